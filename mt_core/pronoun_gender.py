"""'She was proud' is 'era orgullosa': a predicate about 'she' or 'he' takes the pronoun's gender.

The model wrote "La profesora dijo ... que era orgulloso de ellos" for "The teacher told the students that
she was proud of them." The pronoun fixes the gender in English, so no hint is needed; the hard part is
knowing which Spanish predicate is the pronoun's. The rule is kept to the case where that is certain: the
source has one linking verb ('is', 'was', 'seemed', 'felt', ...) and it follows 'she' or 'he' (so no other
subject, 'I' included, has a predicate); the translation has one third-person linking verb. Its predicate
then takes the pronoun's gender (mt_core/predicates.py).
"""

from __future__ import annotations

import re

from mt_core.gender_lexicon import AUXILIARIES
from mt_core.grammar import Gender
from mt_core.morphology import Analysis, Token
from mt_core.predicates import (
    COPULAS,
    linking_starts,
    plan_predicates,
    predicate_gender,
    predicates,
)

#: The hint's source word for a rewrite of a pronoun's predicate (GenderReader.rewrite).
PRONOUN = "she/he"

_LINKING = (
    r"am|is|are|was|were|be|been|being|seem|seems|seemed|feel|feels|felt|look|looks|looked|become|becomes|became"
    r"|remain|remains|remained|get|gets|got"
)
_LINKING_VERB = re.compile(rf"\b(?:{_LINKING})\b|\b\w+'(?:s|re|m)\b", re.IGNORECASE)
_SUBJECT_PREDICATE = re.compile(
    rf"\b(she|he|I)(?:\s+(?:{AUXILIARIES}))*"
    rf"(?:\s+(?:{_LINKING})\b|'s\b|'m\b)",
    re.IGNORECASE,
)
_LINKS_P3 = COPULAS | frozenset({"parecer"})
#: The marker for a rewrite of the predicate of a sentence whose one linking verb is the speaker's ("I was
#: angry" → "Era muy enojada": 'era' may be third person, but no third person has a predicate here).
SOLE_SPEAKER = "I, the one predicate"


def sole_predicate_subject(source: str) -> str | None:
    """'she', 'he' or 'i' where the source has one linking verb and it follows that pronoun; None otherwise."""
    clauses = _SUBJECT_PREDICATE.findall(source)
    if len(clauses) != 1 or len(_LINKING_VERB.findall(source)) != 1:
        return None
    return str(clauses[0]).lower()


def pronoun_predicate_gender(source: str) -> Gender | None:
    """The gender of the one predicate clause of ``source`` where it belongs to 'she' or 'he'; None otherwise."""
    return {"she": Gender.FEMININE, "he": Gender.MASCULINE}.get(sole_predicate_subject(source) or "")


def plan_sole_speaker_rewrite(tokens: list[Token], gender: str) -> dict[int, Analysis]:
    """The predicate of the translation's one linking verb that may be first person ('era', 'estaba'), for a
    source whose one linking verb is the speaker's."""
    starts = linking_starts(tokens, "p1", "me", COPULAS, only=False)
    return plan_predicates(predicates(tokens, starts), gender) if len(starts) == 1 else {}


def _third_person_starts(tokens: list[Token]) -> list[int]:
    return linking_starts(tokens, "p3", "se", _LINKS_P3, only=False)


def plan_pronoun_rewrite(tokens: list[Token], gender: str) -> dict[int, Analysis]:
    """Token index → the analysis to generate in ``gender`` for the predicate of the translation's one
    third-person linking verb; nothing where it has none or several."""
    starts = _third_person_starts(tokens)
    return plan_predicates(predicates(tokens, starts), gender) if len(starts) == 1 else {}


def pronoun_predicate_reading(tokens: list[Token]) -> Gender | None:
    """The gender of the predicate of the translation's one third-person linking verb; None where it has none,
    several, or nothing marked."""
    starts = _third_person_starts(tokens)
    return predicate_gender(predicates(tokens, starts)) if len(starts) == 1 else None


def sole_speaker_reading(tokens: list[Token]) -> Gender | None:
    """The gender of the predicate of the translation's one linking verb that may be first person."""
    starts = linking_starts(tokens, "p1", "me", COPULAS, only=False)
    return predicate_gender(predicates(tokens, starts)) if len(starts) == 1 else None
