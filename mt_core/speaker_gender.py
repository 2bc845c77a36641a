"""The speaker's gender: what a request-level gender means for a sentence about "I".

Spanish marks the speaker's gender on a predicate adjective or participle:
"I am tired" is "Estoy cansada" for a woman. A request's ``target_gender`` is
the speaker's gender as well as that of the ambiguous person nouns, but the
model wrote "Estoy cansado", "Soy tan entusiasmado" and "Soy una profesora y
yo soy muy ocupado" with a feminine request. The speaker becomes one more gender
hint, on the source's "I", read and re-inflected here: the adjectives and
participles after a verb that can only be first person singular ("soy",
"estoy", "fui", "me siento", "he estado"), across adverbs and "y".
"""

from __future__ import annotations

import re

from mt_core.grammar import Gender
from mt_core.morphology import Analysis, Token

#: The hint's source word: a request-level gender on the speaker reads as a hint on "I".
SPEAKER = "I"
_FIRST_PERSON_SUBJECT = re.compile(r"\bI\b(?!\.)")

COPULAS = frozenset({"ser", "estar"})
#: Verbs that take a predicate with "me": "me siento cansada", "me quedé dormida", "me puse nerviosa".
PRONOMINAL_LINKS = frozenset({"sentir", "sentirse", "quedar", "quedarse", "poner", "ponerse", "volver", "volverse"})
HABER = frozenset({"haber"})
FEEL = frozenset({"sentir"})
_COORDINATORS = frozenset({"y", "e", "o", "u", "ni", ","})


def speaker_span(sentence: str) -> tuple[int, int] | None:
    """Where the sentence says "I" (the first time), if it does; "I." is a letter or a numeral, not a subject."""
    match = _FIRST_PERSON_SUBJECT.search(sentence)
    return match.span() if match else None


def _first_person_only(token: Token, lemmas: frozenset[str]) -> bool:
    """One of ``lemmas`` in the first person singular, and no third-person reading ('estaba' is both)."""
    verbs = [a for a in token.analyses if a.tags[:1] in (("vbser",), ("vblex",), ("vbhaver",))]
    return any(a.lemma.lower() in lemmas and "p1" in a.tags and "sg" in a.tags for a in verbs) and not any(
        "p3" in a.tags for a in verbs
    )


def _is_me(token: Token) -> bool:
    return token.surface.lower() == "me"


def _participle_of(token: Token, lemmas: frozenset[str]) -> bool:
    return any(a.lemma.lower() in lemmas and "pp" in a.tags for a in token.analyses)


def _predicate_starts(tokens: list[Token]) -> list[int]:
    """Indices right after each first-person linking verb: 'soy', 'estoy', 'me siento', 'he estado'."""
    starts = []
    for index, token in enumerate(tokens):
        after_me = index > 0 and _is_me(tokens[index - 1])
        linking = COPULAS | (PRONOMINAL_LINKS if after_me else FEEL)  # the model drops 'me': 'Siento cansado'
        if _first_person_only(token, linking):
            starts.append(index + 1)
        elif (
            _first_person_only(token, HABER) and index + 1 < len(tokens) and _participle_of(tokens[index + 1], COPULAS)
        ):
            starts.append(index + 2)
    return starts


def _gendered(token: Token) -> Analysis | None:
    """The token as a singular adjective or participle marked feminine or masculine."""
    for analysis in token.analyses:
        kind = analysis.tags[:1]
        participle = kind in (("vblex",), ("vbser",)) and "pp" in analysis.tags
        if (kind == ("adj",) or participle) and analysis.gender in ("f", "m") and "pl" not in analysis.tags:
            return analysis
    return None


def _degree_or_neutral(token: Token) -> bool:
    """A word a predicate can pass over: an adverb ('muy', 'un poco', 'más', 'bastante') or an adjective
    without gender ('feliz' in 'feliz y orgullosa')."""
    return any(
        a.tags[:1] in (("adv",), ("preadv",)) or (a.tags[:1] == ("adj",) and a.gender is None) for a in token.analyses
    )


def speaker_predicates(tokens: list[Token]) -> dict[int, Analysis]:
    """Token index → analysis of each gender-marked adjective or participle that describes the speaker."""
    found: dict[int, Analysis] = {}
    for start in _predicate_starts(tokens):
        position = start
        while position < len(tokens):
            token = tokens[position]
            analysis = _gendered(token)
            if analysis is not None:
                found[position] = analysis
            elif not _degree_or_neutral(token) and not (
                position > start and token.surface.lower() in _COORDINATORS  # 'cansada y aburrida'
            ):
                break
            position += 1
    return found


def speaker_gender(tokens: list[Token]) -> Gender | None:
    """The gender the translation gives the speaker; None where nothing marks it ('Estoy feliz')."""
    genders = {analysis.gender for analysis in speaker_predicates(tokens).values()}
    if len(genders) != 1:
        return None
    return Gender.FEMININE if genders.pop() == "f" else Gender.MASCULINE


def plan_speaker_rewrite(tokens: list[Token], gender: str) -> dict[int, Analysis]:
    """Token index → the analysis to generate in ``gender`` ('f' or 'm') for the speaker's predicates."""
    return {
        index: Analysis(a.lemma, tuple(gender if tag in ("f", "m") else tag for tag in a.tags))
        for index, a in speaker_predicates(tokens).items()
        if a.gender != gender
    }


def worth_reporting(source: str, found: Gender | None) -> bool:
    """A person noun is reported found or not; the speaker only where the translation marks its gender (in
    "Estoy feliz" nothing does, and nothing went wrong)."""
    return found is not None or source != SPEAKER
