"""Re-inflect a Spanish translation for the other gender of its person nouns (Apertium analyser + generator).

The model's feminine and masculine translations of an ambiguous sentence often
differ in more than gender, and a hint is not always honoured. Rewriting one
translation instead changes only the person noun, the determiners and adjectives
that agree with it, and a predicative adjective or participle after ser/estar:
the two readings then differ in gender-marked words alone, by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from mt_core.gender_lexicon import is_epicene
from mt_core.grammar import Gender
from mt_core.morphology import (
    APERTIUM_ENG_SPA,
    LEXICAL_UNIT,
    Analyser,
    Analysis,
    LtProc,
    Token,
    lexical_unit,
)
from mt_core.predicates import plan_predicates, predicates, verb_readings
from mt_core.spanish_forms import regular_noun_form

COPULAS = frozenset({"ser", "estar"})
#: Feminine person nouns with a stressed first 'a', which take 'el' and 'un' in the singular: 'el ama' is right
#: as it is. Every other noun in a- is not one ('la abogada', 'nuestra amiga').
STRESSED_A_NOUNS = frozenset({"ama", "aya"})


class Generator:
    """Lemma + tags → surface form, one line per unit."""

    def __init__(self, transducer: Path = APERTIUM_ENG_SPA / "eng-spa.autogen.bin") -> None:
        self._proc = LtProc(transducer, "-g")

    def generate(self, units: Sequence[Analysis]) -> list[str | None]:
        if not units:
            return []
        output = self._proc("\n".join(lexical_unit(u) for u in units))
        forms = [line.strip().lstrip("~") for line in output.strip("\n").split("\n")]
        if len(forms) != len(units):
            return [None] * len(units)
        unusable = ("#", "@", "*")  # lt-proc's marks for forms it cannot generate
        return [None if not form or form.startswith(unusable) or LEXICAL_UNIT.search(form) else form for form in forms]


def _regular(noun: Analysis) -> str | None:
    """A person noun the generator lacks ('carnicero'), by the regular endings."""
    gender = Gender.FEMININE if noun.gender == "f" else Gender.MASCULINE
    return regular_noun_form(noun.lemma, gender, "pl" in noun.tags)


def _flipped(analysis: Analysis, gender: str) -> Analysis:
    return Analysis(analysis.lemma, tuple(gender if tag in ("f", "m") else tag for tag in analysis.tags))


def _agreeing(token: Token, other: str) -> Analysis | None:
    """The token's analysis as a determiner, adjective or participle of the other gender, if it has one."""
    for analysis in token.analyses:
        if analysis.gender == other and analysis.tags[:1] in (("det",), ("adj",)):
            return analysis
        if analysis.gender == other and analysis.tags[:1] in (("vblex",), ("vbser",)) and "pp" in analysis.tags:
            return analysis
    return None


def unknown_person_noun(token: Token, lemmas: frozenset[str]) -> Analysis | None:
    """A word the analyser does not know that is one of the noun's lemmas, singular or plural ('chef'), or its
    regular feminine ('carnicera', 'carniceras' for 'carnicero'; 'entrenadora' for 'entrenador'; 'faraona' for
    'faraón'): the lemma, with the gender its ending shows (none for an epicene noun) and its number."""
    if token.analyses:
        return None
    surface = token.surface.lower()
    plural = surface.endswith("s")
    singular = surface[:-2] if surface.endswith(("ores", "oras")) else surface.rstrip("s")
    candidates = {singular: "m", singular[:-1] + "o": "f"} if singular.endswith("a") else {singular: "m"}
    if singular.endswith("ora"):
        candidates[singular[:-1]] = "f"
    if singular.endswith(("ona", "ana", "ina")):  # 'faraona' for 'faraón'
        candidates[singular[:-3] + {"o": "ó", "a": "á", "i": "í"}[singular[-3]] + "n"] = "f"
    for lemma, gender in candidates.items():
        if lemma in lemmas:
            if is_epicene(lemma):
                gender = "mf"
            return Analysis(lemma, ("n", gender, "pl" if plural else "sg"))
    if surface.startswith("ex") and len(surface) > 5:  # a former role the analyser lacks twice: 'exvelocista'
        return unknown_person_noun(Token(token.surface[2:], (), token.start, token.end), lemmas)
    return None


def is_unknown_person_noun(token: Token, lemmas: frozenset[str]) -> bool:
    return unknown_person_noun(token, lemmas) is not None


def _person_noun(token: Token, lemmas: frozenset[str], other: str) -> Analysis | None:
    """The noun analysis to re-inflect; an epicene noun ('el/la piloto', 'chef', which the analyser may not
    know or may list with one gender) or one already in the wanted gender comes back without a gender, so
    only its agreeing words change."""
    surface = token.surface.lower()
    agreeing_already = [
        a
        for a in token.analyses
        if a.tags[:1] == ("n",) and a.lemma.lower() in lemmas and a.gender not in (other, None)
    ]
    if agreeing_already and surface not in STRESSED_A_NOUNS:
        # Already in the wanted gender ('el bibliotecaria' after a forced term): repair the words around it.
        return Analysis(surface, ("n", "mf"))
    if is_epicene(surface) and (
        any(a.tags[:1] == ("n",) and a.lemma.lower() in lemmas for a in token.analyses)
        or is_unknown_person_noun(token, lemmas)
    ):
        return Analysis(surface, ("n", "mf"))
    for analysis in token.analyses:
        if analysis.tags[:1] == ("n",) and analysis.lemma.lower() in lemmas and analysis.gender in (other, None):
            return analysis
    unknown = unknown_person_noun(token, lemmas)  # 'carnicero', which Apertium lacks
    if unknown is not None and unknown.gender == other:
        return unknown
    if unknown is not None:  # already in the wanted gender: its words only
        return Analysis(surface, ("n", "mf"))
    return None


def _adjective_as_noun(tokens: list[Token], index: int, lemmas: frozenset[str], other: str) -> Analysis | None:
    """A person noun the analyser lists as an adjective only, after a determiner: 'un informático', as the gender
    reader reads it."""
    if index == 0 or not any(a.tags[:1] == ("det",) for a in tokens[index - 1].analyses):
        return None
    return next(
        (
            a
            for a in tokens[index].analyses
            if a.tags[:1] == ("adj",) and a.lemma.lower() in lemmas and a.gender in (other, None)
        ),
        None,
    )


def _is_copula(token: Token) -> bool:
    return any(a.lemma.lower() in COPULAS and a.tags[:1] in (("vbser",), ("vblex",)) for a in token.analyses)


def _compound_first(tokens: list[Token], index: int) -> bool:
    """The first part of a compound adjective, joined by a hyphen to the next word: it takes no gender."""
    if index + 2 >= len(tokens) or tokens[index + 1].surface != "-":
        return False
    return tokens[index].end == tokens[index + 1].start and tokens[index + 1].end == tokens[index + 2].start


def plan_rewrite(tokens: list[Token], lemmas: frozenset[str], gender: str) -> dict[int, Analysis]:
    """Token index → the analysis to generate in ``gender`` ('f' or 'm'): each person noun of the other
    gender whose lemma is in ``lemmas``, the agreeing words right before and after it, and a predicative
    adjective or participle after a following ser/estar."""
    other = "m" if gender == "f" else "f"
    plan: dict[int, Analysis] = {}
    for index, token in enumerate(tokens):
        noun = _person_noun(token, lemmas, other) or _adjective_as_noun(tokens, index, lemmas, other)
        if noun is None:
            continue
        if noun.gender is not None:  # an invariant noun, or one already right, shows it in other words only
            plan[index] = _flipped(noun, gender)
        left = index - 1
        while left >= 0 and (found := _agreeing(tokens[left], other)) is not None:
            plan[left] = _flipped(found, gender)
            left -= 1
        right = index + 1
        while right < len(tokens):
            if _compound_first(tokens, right):  # 'una física austriaco-sueca': the first part stays
                right += 2
                continue
            if (found := _agreeing(tokens[right], other)) is not None:
                plan[right] = _flipped(found, gender)
            elif _agreeing(tokens[right], gender) is None:  # 'colega nueva es': past words already right
                break
            right += 1
        if right + 1 < len(tokens) and _is_copula(tokens[right]):
            # 'es muy buena', 'son felices y orgullosas'; a plural verb after a singular noun is the predicate of
            # 'la médica y la enfermera' only where the other noun is hinted too
            plural = any("pl" in a.tags for a in verb_readings(tokens[right]))
            if not plural or _is_plural(token) or _coordinated(tokens, left, lemmas, other):
                plan.update(plan_predicates(predicates(tokens, [right + 1], plural), gender))
    return plan


def _is_plural(token: Token) -> bool:
    return any("pl" in a.tags for a in token.analyses if a.tags[:1] == ("n",)) or (
        not token.analyses and token.surface.lower().endswith("s")
    )


def _coordinated(tokens: list[Token], left: int, lemmas: frozenset[str], other: str) -> bool:
    """The noun whose words begin after ``left`` follows 'y' and another of the hinted nouns ('la médica y la
    enfermera'), past the words before it that already agree."""
    while left >= 0 and _agreeing(tokens[left], "f" if other == "m" else "m") is not None:
        left -= 1
    if left < 0 or tokens[left].surface.lower() not in ("y", "e"):
        return False
    return any(_person_noun(token, lemmas, other) is not None for token in tokens[:left])


def read_former_roles(tokens: list[Token], analyser: Analyser) -> list[Token]:
    """A former role the analyser lacks ('exprofesora', 'expolítico'; mt_core/person_repairs.py) read as the
    role itself, so it is found and rewritten like one."""
    read = []
    for token in tokens:
        if not token.analyses and token.surface[:2].lower() == "ex" and len(token.surface) > 5:
            inner = analyser.analyse(token.surface[2:])
            if len(inner) == 1:
                token = Token(token.surface, inner[0].analyses, token.start, token.end)
        read.append(token)
    return read


def _is_former_role(token: Token) -> bool:
    return token.surface[:2].lower() == "ex" and all(not a.lemma.lower().startswith("ex") for a in token.analyses)


def rewrite_gender(
    text: str,
    lemmas: frozenset[str],
    gender: str,
    analyser: Analyser,
    generator: Generator,
    predicate_plans: Sequence[Callable[[list[Token], str], dict[int, Analysis]]] = (),
) -> str | None:
    """``text`` with its person nouns (lemmas) and their agreeing words in ``gender``, and the predicates each
    of ``predicate_plans`` finds (the speaker's, mt_core/speaker_gender.py; a pronoun's,
    mt_core/pronoun_gender.py). None if nothing to change or a form cannot be generated (never a
    half-rewritten sentence)."""
    tokens = read_former_roles(analyser.analyse(text), analyser)
    plan = plan_rewrite(tokens, lemmas, gender)
    for plan_predicate in predicate_plans:
        plan.update(plan_predicate(tokens, gender))
    if not plan:
        return None
    order = sorted(plan)
    forms = [
        form if form is not None or plan[i].tags[:1] != ("n",) else _regular(plan[i])
        for i, form in zip(order, generator.generate([plan[i] for i in order]), strict=True)
    ]
    if any(form is None for form in forms):
        return None
    pieces: list[str] = []
    cursor = 0
    for index, form in zip(order, forms, strict=True):
        token = tokens[index]
        assert form is not None
        if _is_former_role(token):
            form = token.surface[:2] + form
        elif token.surface[:1].isupper():
            # every word of a multiword noun in capitals where each was ('Primera Ministra')
            capitals = " " in token.surface and all(word[:1].isupper() for word in token.surface.split())
            words = form.split(" ") if capitals else [form]
            form = " ".join(word[:1].upper() + word[1:] for word in words)
        pieces += [text[cursor : token.start], form]
        cursor = token.end
    pieces.append(text[cursor:])
    rewritten = "".join(pieces)
    return rewritten if rewritten != text else None
