"""What a repair of a translation is: a slip in the target that a phrase of the source shows to be one.

The repair tables (mt_core/verb_repairs.py, mt_core/phrase_repair.py) and the repairs that read the translation
with an analyser (mt_core/analysed_repairs.py, mt_core/demonyms.py) all share this shape, so the pipeline, the
markup path and `fairmt data repair` apply them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

Replacement = Callable[[re.Match[str]], str]


class TextRepair(Protocol):
    """A repair of a translation that its source shows to be wrong (`Repair`, `Demonyms`)."""

    @property
    def name(self) -> str: ...

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str: ...


#: An English noun phrase that ends at the end of its clause (before punctuation, 'who', 'and', a preposition):
#: a few words and gender tags, the last a lower-case word or a closing tag ('world ⟦gf⟧ champion ⟦/g⟧').
CLAUSE_END_NOUN_PHRASE = (
    r"((?:(?:[A-Za-z-]+|⟦[^⟦⟧]*⟧)\s*){0,5}?(?:[a-z][a-z-]*|⟦/[^⟦⟧]*⟧))"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:who|whose|that|and|in|at|with|from|for|of|after|before|since|until|during)\b)"
)


def trigger_words(words: str) -> frozenset[str]:
    return frozenset(words.split())


@dataclass(frozen=True)
class Repair:
    name: str
    #: What the English source must hold for the slip to be one.
    source: re.Pattern[str] | Callable[[str], bool]
    slip: re.Pattern[str]
    replacement: Replacement
    #: Words one of which the source must hold (lower case): `repair_phrases` looks them up in the source's
    #: words, which spares most sentences the search.
    keys: frozenset[str] = frozenset()
    #: Runs after the gender rewrite, which may write the words it mends ('cantante -compositora').
    after_gender: bool = False

    @classmethod
    def swapping(cls, name: str, source: re.Pattern[str], words: Mapping[str, str], keys: frozenset[str]) -> Repair:
        """A slip that is one of ``words``, in any case, written as its value ('obró' → 'trabajó')."""
        pattern = re.compile(rf"\b({'|'.join(map(re.escape, words))})\b", re.IGNORECASE)
        return cls(name, source, pattern, lambda match: words[match.group(1).lower()], keys)

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        """``skip`` marks what is not text (tags in markup): a slip that cuts or changes it is left alone."""
        holds = self.source.search(source) if isinstance(self.source, re.Pattern) else self.source(source)
        if not holds:
            return text
        hidden = [m.span() for m in skip.finditer(text)] if skip else []

        def repaired(match: re.Match[str]) -> str:
            touched = [(start, end) for start, end in hidden if start < match.end() and match.start() < end]
            replacement = keep_case(match, self.replacement(match))
            if touched and not _keeps(match, touched, replacement):
                return match.group()
            return replacement

        return self.slip.sub(repaired, text)


def _keeps(match: re.Match[str], spans: list[tuple[int, int]], replacement: str) -> bool:
    """Whether a slip that holds whole tags writes them back as they were, in order ('<b>Rosa Parks</b> Era'
    → '<b>Rosa Parks</b> fue'); a tag cut by the slip or changed is never touched."""
    cursor = 0
    for start, end in spans:
        if start < match.start() or end > match.end():
            return False
        cursor = replacement.find(match.string[start:end], cursor)
        if cursor < 0:
            return False
        cursor += end - start
    return True


def keep_case(match: re.Match[str], replacement: str) -> str:
    """A slip that began with a capital keeps it where it opens a sentence: 'Casó' → 'Se casó con'. Inside one
    the capital was the model's slip too ('Hemingway Fue otorgado el' → 'Hemingway recibió el')."""
    if match.group()[:1].isupper() and replacement[:1].islower() and _opens_sentence(match.string, match.start()):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _opens_sentence(text: str, position: int) -> bool:
    """Nothing but tags and spaces before, or a sentence's end or an opening quote or bracket."""
    before = _TRAILING_TAGS.sub("", text[:position]).rstrip()
    return not before or before[-1] in '.!?:;«"“(¿¡'


_TRAILING_TAGS = re.compile(r"(?:<[^<>]*>\s*)+$")


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) written in; the edits are in order and do not overlap."""
    for start, end, word in reversed(edits):
        text = text[:start] + word + text[end:]
    return text


#: Each table's repairs by stage, with their keys, worked out once (each sentence is repaired twice); by the
#: table's identity, which the entry keeps alive, as hashing a table of 200 repairs costs more than the lookup.
_STAGES: dict[tuple[int, bool | None], tuple[Sequence[TextRepair], tuple[tuple[TextRepair, frozenset[str]], ...]]] = {}


def staged(repairs: Sequence[TextRepair], after_gender: bool | None) -> tuple[tuple[TextRepair, frozenset[str]], ...]:
    """The repairs that run before the gender rewrite (``after_gender`` False), after it (True) or all (None),
    each with its keys."""
    entry = _STAGES.get((id(repairs), after_gender))
    if entry is not None and entry[0] is repairs:
        return entry[1]
    stage: tuple[tuple[TextRepair, frozenset[str]], ...] = tuple(
        (repair, getattr(repair, "keys", frozenset()))
        for repair in repairs
        if after_gender is None or getattr(repair, "after_gender", False) is after_gender
    )
    if isinstance(repairs, tuple):  # a list may change: worked out each time
        _STAGES[(id(repairs), after_gender)] = (repairs, stage)
    return stage
