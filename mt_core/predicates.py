"""Spanish predicates: the adjectives and participles after a linking verb, which agree with its subject.

"Estoy cansada", "Era orgullosa de él", "Me siento muy cansada y aburrida": the words after the linking verb,
across adverbs ('muy', 'un poco', 'bastante'), genderless adjectives ('feliz') and 'y', show the subject's
gender. The speaker (mt_core/speaker_gender.py) and a third person named by 'she' or 'he'
(mt_core/pronoun_gender.py) are read and re-inflected through them.
"""

from __future__ import annotations

from collections.abc import Iterable

from mt_core.grammar import Gender
from mt_core.morphology import Analysis, Token

COPULAS = frozenset({"ser", "estar"})
#: Verbs that take a predicate with a reflexive pronoun: "me siento cansada", "se quedó dormida", "se hizo famosa".
PRONOMINAL_LINKS = frozenset(
    {"sentir", "sentirse", "quedar", "quedarse", "poner", "ponerse", "volver", "volverse", "hacer", "hacerse"}
)
_COORDINATORS = frozenset({"y", "e", "o", "u", "ni", ","})
_VERB_KINDS = (("vbser",), ("vblex",), ("vbhaver",))


def verb_readings(token: Token) -> list[Analysis]:
    return [a for a in token.analyses if a.tags[:1] in _VERB_KINDS]


def is_person_of(token: Token, lemmas: frozenset[str], person: str, only: bool) -> bool:
    """One of ``lemmas`` in ``person`` ('p1', 'p3') singular; with ``only``, and no reading in another person
    ('estaba' is first and third)."""
    readings = verb_readings(token)
    found = any(a.lemma.lower() in lemmas and person in a.tags and "sg" in a.tags for a in readings)
    return found and not (only and any(p in a.tags for a in readings for p in ("p1", "p2", "p3") if p != person))


#: The linking verb the model writes without its pronoun ('Siento cansado', 'sentía sola').
FEEL = frozenset({"sentir"})


def linking_starts(tokens: list[Token], person: str, reflexive: str, verbs: frozenset[str], only: bool) -> list[int]:
    """Indices right after each linking verb in ``person`` singular: ``verbs`` and 'sentir' as they are, the
    pronominal ones after ``reflexive`` ('me siento', 'se quedó'); ``only`` as in is_person_of."""
    starts = []
    for index, token in enumerate(tokens):
        after_reflexive = index > 0 and tokens[index - 1].surface.lower() == reflexive
        linking = verbs | (PRONOMINAL_LINKS if after_reflexive else FEEL)
        if is_person_of(token, linking, person, only) and not _after_determiner(tokens, index):
            starts.append(index + 1)
    return starts


def _after_determiner(tokens: list[Token], index: int) -> bool:
    """'en la era moderna': after a determiner 'era' is the noun ('lo era' is the verb)."""
    before = tokens[index - 1] if index > 0 else None
    return (
        before is not None and before.surface.lower() != "lo" and any(a.tags[:1] == ("det",) for a in before.analyses)
    )


def participle_of(token: Token, lemmas: frozenset[str]) -> bool:
    return any(a.lemma.lower() in lemmas and "pp" in a.tags for a in token.analyses)


def _gendered(token: Token, plural: bool) -> Analysis | None:
    """The token as an adjective or participle marked feminine or masculine, in the number asked for."""
    for analysis in token.analyses:
        kind = analysis.tags[:1]
        participle = kind in (("vblex",), ("vbser",)) and "pp" in analysis.tags
        if (kind == ("adj",) or participle) and analysis.gender in ("f", "m") and ("pl" in analysis.tags) == plural:
            return analysis
    return None


def _degree_or_neutral(token: Token) -> bool:
    """A word a predicate can pass over: an adverb ('muy', 'un poco', 'más', 'bastante') or an adjective
    without gender ('feliz' in 'feliz y orgullosa')."""
    return any(
        a.tags[:1] in (("adv",), ("preadv",)) or (a.tags[:1] == ("adj",) and a.gender is None) for a in token.analyses
    )


def predicates(tokens: list[Token], starts: Iterable[int], plural: bool = False) -> dict[int, Analysis]:
    """Token index → analysis of each gender-marked adjective or participle of the predicates that begin at
    ``starts`` (the indices right after their linking verbs), singular or ``plural``."""
    found: dict[int, Analysis] = {}
    for start in starts:
        position = start
        while position < len(tokens):
            token = tokens[position]
            analysis = _gendered(token, plural)
            if analysis is not None:
                found[position] = analysis
            elif not _degree_or_neutral(token) and not (
                position > start and token.surface.lower() in _COORDINATORS  # 'cansada y aburrida'
            ):
                break
            position += 1
    return found


def predicate_gender(found: dict[int, Analysis]) -> Gender | None:
    """The one gender the predicates show; None where none or both."""
    genders = {analysis.gender for analysis in found.values()}
    if len(genders) != 1:
        return None
    return Gender.FEMININE if genders.pop() == "f" else Gender.MASCULINE


def plan_predicates(found: dict[int, Analysis], gender: str) -> dict[int, Analysis]:
    """Token index → the analysis to generate in ``gender`` ('f' or 'm') for the predicates not in it."""
    return {
        index: Analysis(a.lemma, tuple(gender if tag in ("f", "m") else tag for tag in a.tags))
        for index, a in found.items()
        if a.gender != gender
    }
