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
from mt_core.predicates import (
    COPULAS,
    is_person_of,
    linking_starts,
    participle_of,
    plan_predicates,
    predicate_gender,
    predicates,
)

#: The hint's source word: a request-level gender on the speaker reads as a hint on "I".
SPEAKER = "I"
_FIRST_PERSON_SUBJECT = re.compile(r"\bI\b(?!\.)")

HABER = frozenset({"haber"})


def speaker_span(sentence: str) -> tuple[int, int] | None:
    """Where the sentence says "I" (the first time), if it does; "I." is a letter or a numeral, not a subject."""
    match = _FIRST_PERSON_SUBJECT.search(sentence)
    return match.span() if match else None


def _predicate_starts(tokens: list[Token]) -> list[int]:
    """Indices right after each first-person-only linking verb: 'soy', 'estoy', 'me siento', 'he estado'."""
    starts = linking_starts(tokens, "p1", "me", COPULAS, only=True)
    for index, token in enumerate(tokens[:-1]):
        if is_person_of(token, HABER, "p1", only=True) and participle_of(tokens[index + 1], COPULAS):
            starts.append(index + 2)
    return sorted(starts)


def speaker_predicates(tokens: list[Token]) -> dict[int, Analysis]:
    """Token index → analysis of each gender-marked adjective or participle that describes the speaker."""
    return predicates(tokens, _predicate_starts(tokens))


def speaker_gender(tokens: list[Token]) -> Gender | None:
    """The gender the translation gives the speaker; None where nothing marks it ('Estoy feliz')."""
    return predicate_gender(speaker_predicates(tokens))


def plan_speaker_rewrite(tokens: list[Token], gender: str) -> dict[int, Analysis]:
    """Token index → the analysis to generate in ``gender`` ('f' or 'm') for the speaker's predicates."""
    return plan_predicates(speaker_predicates(tokens), gender)


def worth_reporting(source: str, found: Gender | None) -> bool:
    """A person noun is reported found or not; the speaker only where the translation marks its gender (in
    "Estoy feliz" nothing does, and nothing went wrong)."""
    return found is not None or source != SPEAKER
