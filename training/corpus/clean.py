"""Cleaning shared by every source: deduplicate, then filter by language, length and ratio."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from training.corpus.records import Pair

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ENGLISH_MARKERS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "are",
        "was",
        "be",
        "with",
        "this",
        "that",
        "for",
        "you",
        "it",
        "which",
        "from",
        "by",
    ]
)
SPANISH_MARKERS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "que",
        "y",
        "en",
        "es",
        "un",
        "una",
        "para",
        "con",
        "por",
        "se",
        "no",
        "al",
        "lo",
        "como",
        "su",
    ]
)


@dataclass
class CleaningStats:
    seen: int = 0
    kept: int = 0
    dropped: dict[str, int] = field(default_factory=dict)

    def drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1


def looks_spanish(text: str) -> bool:
    """A cheap language check for the target: Spanish function words outnumber English ones."""
    words = [w.lower() for w in WORD.findall(text)]
    english = sum(w in ENGLISH_MARKERS for w in words)
    spanish = sum(w in SPANISH_MARKERS for w in words)
    return spanish >= english if len(words) >= 4 else english == 0


def rejection(pair: Pair, max_words: int, max_ratio: float) -> str | None:
    src_words, tgt_words = len(pair.src.split()), len(pair.tgt.split())
    if not WORD.search(pair.src) or not WORD.search(pair.tgt):
        return "no letters"
    if src_words > max_words or tgt_words > max_words:
        return "too long"
    if max(src_words, tgt_words) > max_ratio * min(src_words, tgt_words) + 3:
        return "length ratio"
    if pair.src == pair.tgt and src_words > 2:
        return "untranslated"
    if not looks_spanish(pair.tgt):
        return "target not Spanish"
    return None


def clean(pairs: Iterable[Pair], stats: CleaningStats, max_words: int = 120, max_ratio: float = 2.5) -> Iterator[Pair]:
    seen: set[tuple[str, str]] = set()
    for pair in pairs:
        stats.seen += 1
        pair = Pair(
            pair.source,
            pair.doc,
            " ".join(pair.src.split()),
            " ".join(pair.tgt.split()),
            pair.src_tagged,
            pair.tgt_tagged,
        )
        key = (pair.src, pair.tgt)
        if key in seen:
            stats.drop("duplicate")
            continue
        seen.add(key)
        reason = rejection(pair, max_words, max_ratio)
        if reason:
            stats.drop(reason)
            continue
        stats.kept += 1
        yield pair
