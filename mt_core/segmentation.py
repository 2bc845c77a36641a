"""Split text into sentences for the model and put it back together byte for byte.

Everything that is not sentence text (newlines, blank lines, indentation, the
spaces between sentences) is kept as a separator and returned untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "fig",
        "no",
        "vol",
        "approx",
        "dept",
        "est",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "u.s",
        "a.m",
        "p.m",
    ]
)
LINE_SPLIT = re.compile(r"(\s*\n\s*)")
SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…])([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[¿¡]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Segment:
    text: str
    #: False for separators: whitespace that must come back exactly as it was.
    translatable: bool


def _ends_with_abbreviation(text: str) -> bool:
    last_word = text.rsplit(None, 1)[-1].rstrip(".").lower() if text.strip() else ""
    return last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())


def split_sentences(line: str) -> list[Segment]:
    """Sentences of one line (no newlines) with the spaces between them as separators."""
    segments: list[Segment] = []
    start = 0
    for match in SENTENCE_BOUNDARY.finditer(line):
        sentence = line[start : match.start(2)]
        if _ends_with_abbreviation(line[start : match.start(1)]):
            continue
        segments.append(Segment(sentence, True))
        segments.append(Segment(match.group(2), False))
        start = match.end(2)
    segments.append(Segment(line[start:], True))
    return segments


def segment(text: str) -> list[Segment]:
    segments: list[Segment] = []
    for part in LINE_SPLIT.split(text):
        if not part:
            continue
        if not part.strip():
            segments.append(Segment(part, False))
            continue
        leading = part[: len(part) - len(part.lstrip())]
        trailing = part[len(part.rstrip()) :]
        if leading:
            segments.append(Segment(leading, False))
        segments.extend(split_sentences(part.strip()))
        if trailing:
            segments.append(Segment(trailing, False))
    return segments


def reassemble(segments: list[Segment], translations: list[str]) -> str:
    """Put translations back in place of the translatable segments, in order."""
    remaining = iter(translations)
    out = [next(remaining) if seg.translatable else seg.text for seg in segments]
    if next(remaining, None) is not None:
        raise ValueError("more translations than translatable segments")
    return "".join(out)
