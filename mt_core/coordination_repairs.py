"""A word the model coordinated with itself: 'Somos huérfanos y huérfanos', 'Las viñetas y viñetas', 'una
expolítica científica y científica' (for 'a former politician and scientist'); or an article after another ('un
el oficial').

Spanish says it once. Where the English source coordinates two person nouns, the word before the pair is the
first of them, and the 'y' goes between ('una expolítica y científica'); elsewhere the second copy goes
('Somos huérfanos'). Not where the source says a word twice itself ('again and again'). The shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/compound_repairs.py's.
"""

from __future__ import annotations

import re

from mt_core.demonyms import ANY_NATIONALITY, DEMONYM_KEYS
from mt_core.gender_lexicon import AMBIGUOUS_PERSON_NOUNS
from mt_core.text_repair import Repair

#: A word coordinated with itself in English ('again and again', 'more and more'), which Spanish may keep.
_SAID_TWICE = re.compile(r"\b(\w+)\s+and\s+\1\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_AND = frozenset({"and"})
_TWICE = r"([a-záéíóúñ]{5,})\s+y\s+\1\b"


#: A word of five letters or more said twice in a row ('tiempo tiempo').
_IN_A_ROW = re.compile(r"\b([a-záéíóúñ]{5,})(?:\s+\1\b)+")


def said_once(name: str, keys: frozenset[str] = frozenset(), after_gender: bool = False) -> Repair:
    """A word the translation says twice in a row, said once; before the gender steps (mt_core/phrase_repair.py)
    and after them, which may write a copied noun beside the model's own translation of it."""
    return Repair(name, lambda source: True, _IN_A_ROW, lambda m: m.group(1), keys=keys, after_gender=after_gender)


def _people(source: str) -> bool:
    """Two person nouns coordinated: 'politician and scientist', 'a nurse and a teacher' (words, not a regex of
    every noun, which took longer than the rest of the repairs together)."""
    words = [word.lower() for word in _WORD.findall(source)]
    for index, word in enumerate(words[1:-1], start=1):
        if word != "and" or words[index - 1] not in AMBIGUOUS_PERSON_NOUNS:
            continue
        after = words[index + 2] if words[index + 1] in ("a", "an") and index + 2 < len(words) else words[index + 1]
        if after in AMBIGUOUS_PERSON_NOUNS:
            return not _SAID_TWICE.search(source)
    return False


_NATIONALITY = "|".join(sorted(ANY_NATIONALITY, key=len, reverse=True))


COORDINATION_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "a noun said again after its nationality",  # 'un médico escocés médico y microbiólogo' → 'médico escocés y'
        lambda source: True,
        re.compile(rf"\b([a-záéíóúñ]{{5,}})\s+({_NATIONALITY})\s+\1\b"),
        lambda m: f"{m.group(1)} {m.group(2)}",
        keys=DEMONYM_KEYS,
    ),
    Repair(
        "two people, the second written twice",  # 'una expolítica científica y científica' → 'expolítica y científica'
        _people,
        re.compile(rf"(?<=[a-záéíóúñ] ){_TWICE}"),
        lambda m: f"y {m.group(1)}",
        keys=_AND,
    ),
    Repair(
        "a word coordinated with itself",  # 'Somos huérfanos y huérfanos' → 'Somos huérfanos'
        lambda source: not _SAID_TWICE.search(source),
        re.compile(rf"\b{_TWICE}"),
        lambda m: m.group(1),
        keys=_AND,
    ),
    Repair(
        "an article written twice",  # 'fue un el oficial militar' → 'un oficial militar'
        lambda source: True,
        # (a nationality the model left in English between them: 'un Burkinabe el agente')
        re.compile(
            r"\b([Uu]n\s+(?:[A-Z][a-z]+\s+)?)el\s+(?=[a-záéíóúñ])|\b([Uu]na\s+(?:[A-Z][a-z]+\s+)?)la\s+(?=[a-záéíóúñ])"
        ),
        lambda m: m.group(1) or m.group(2),
        keys=frozenset({"a", "an"}),  # what 'un' and 'una' translate
    ),
    # 'un médico médico y microbiólogo': a copied 'physician' written in Spanish beside the model's own
    said_once("a word written twice by the gender steps", AMBIGUOUS_PERSON_NOUNS, after_gender=True),
)
