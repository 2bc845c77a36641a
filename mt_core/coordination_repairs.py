"""A word the model coordinated with itself: 'Somos huérfanos y huérfanos', 'Las viñetas y viñetas', 'una
expolítica científica y científica' (for 'a former politician and scientist').

Spanish says it once. Where the English source coordinates two person nouns, the word before the pair is the
first of them, and the 'y' goes between ('una expolítica y científica'); elsewhere the second copy goes
('Somos huérfanos'). Not where the source says a word twice itself ('again and again'). The shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/compound_repairs.py's.
"""

from __future__ import annotations

import re

from mt_core.demonyms import ANY_NATIONALITY
from mt_core.gender_lexicon import AMBIGUOUS_PERSON_NOUNS
from mt_core.text_repair import Repair

#: A word coordinated with itself in English ('again and again', 'more and more'), which Spanish may keep.
_SAID_TWICE = re.compile(r"\b(\w+)\s+and\s+\1\b", re.IGNORECASE)
_PERSON = "|".join(sorted(AMBIGUOUS_PERSON_NOUNS, key=len, reverse=True))
#: Two person nouns coordinated: 'politician and scientist'.
_PEOPLE_COORDINATED = re.compile(rf"\b(?:{_PERSON})\s+and\s+(?:an?\s+)?(?:{_PERSON})\b", re.IGNORECASE)
_TWICE = r"([a-záéíóúñ]{5,})\s+y\s+\1\b"


def _people(source: str) -> bool:
    return bool(_PEOPLE_COORDINATED.search(source)) and not _SAID_TWICE.search(source)


_NATIONALITY = "|".join(sorted(ANY_NATIONALITY, key=len, reverse=True))


COORDINATION_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "a noun said again after its nationality",  # 'un médico escocés médico y microbiólogo' → 'médico escocés y'
        lambda source: True,
        re.compile(rf"\b([a-záéíóúñ]{{5,}})\s+({_NATIONALITY})\s+\1\b"),
        lambda m: f"{m.group(1)} {m.group(2)}",
    ),
    Repair(
        "two people, the second written twice",  # 'una expolítica científica y científica' → 'expolítica y científica'
        _people,
        re.compile(rf"(?<=[a-záéíóúñ] ){_TWICE}"),
        lambda m: f"y {m.group(1)}",
    ),
    Repair(
        "a word coordinated with itself",  # 'Somos huérfanos y huérfanos' → 'Somos huérfanos'
        lambda source: not _SAID_TWICE.search(source),
        re.compile(rf"\b{_TWICE}"),
        lambda m: m.group(1),
    ),
    Repair(
        "a word written twice by the gender steps",  # 'un médico médico y microbiólogo' (a copied 'physician' written)
        lambda source: True,
        re.compile(r"\b([a-záéíóúñ]{5,})(?:\s+\1\b)+"),
        lambda m: m.group(1),
        after_gender=True,
    ),
)
