"""Tag-injection augmentation: synthetic inline markup on plain pairs.

Only LibreOffice help carries real tags, so without this the model meets
placeholders in one domain only. Term annotations already give aligned span
pairs (a source noun and its dictionary translation found in the reference);
wrapping both sides of such spans in the same placeholder teaches the model to
carry tags across reordering in every domain. A void placeholder at one end of
some sentences stands for ``<br/>`` and icons.
"""

from __future__ import annotations

import re

from mt_core.grammar import OPEN, PlaceholderKind, placeholder
from training.annotate import PairAnnotations, stable_bucket

MAX_WRAPPED_SPANS = 2


def _unique_occurrence(text: str, term: str) -> tuple[int, int] | None:
    matches = list(re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text))
    return (matches[0].start(), matches[0].end()) if len(matches) == 1 else None


def inject_tags(src: str, tgt: str, annotations: PairAnnotations, percent: int = 15) -> tuple[str, str] | None:
    """A tagged copy of a plain pair, for a stable ``percent`` share of the pairs that have alignable spans."""
    if stable_bucket(src, "inject") >= percent:
        return None
    spans: list[tuple[int, int, int, int]] = []
    for start, end, target, _ in annotations.terms:
        found = _unique_occurrence(tgt, target)
        if found and not any(
            (start < s_end and s_start < end) or (found[0] < t_end and t_start < found[1])
            for s_start, s_end, t_start, t_end in spans
        ):
            spans.append((start, end, *found))
        if len(spans) == MAX_WRAPPED_SPANS:
            break
    if not spans:
        return None
    spans.sort()
    src_edits: list[tuple[int, str]] = []
    tgt_edits: list[tuple[int, str]] = []
    for index, (s_start, s_end, t_start, t_end) in enumerate(spans, start=1):
        opening, closing = placeholder(index, PlaceholderKind.OPEN), placeholder(index, PlaceholderKind.CLOSE)
        src_edits += [(s_start, opening), (s_end, closing)]
        tgt_edits += [(t_start, opening), (t_end, closing)]
    if stable_bucket(src, "void") < 30:
        void = placeholder(len(spans) + 1, PlaceholderKind.VOID)
        at_end = stable_bucket(src, "void-end") < 50
        src_edits.append((len(src), " " + void) if at_end else (0, void + " "))
        tgt_edits.append((len(tgt), " " + void) if at_end else (0, void + " "))
    return _apply(src, src_edits), _apply(tgt, tgt_edits)


def _apply(text: str, edits: list[tuple[int, str]]) -> str:
    """Insert symbols at character offsets; at a shared offset a closing symbol goes before an opening one."""
    ordered = sorted(edits, key=lambda edit: (edit[0], not edit[1].strip().startswith(f"{OPEN}/")))
    pieces: list[str] = []
    cursor = 0
    for offset, insertion in ordered:
        pieces += [text[cursor:offset], insertion]
        cursor = offset
    return "".join(pieces) + text[cursor:]
