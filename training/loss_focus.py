"""Loss focus: a GFST pair teaches only the target words that carry its gender.

GFST targets are the model's own translations. Learning every word of them pulled the model's style on the
Brown and WordNet splits away from their Apertium-made references (README "GFST", runs 6–8), while the lesson
GFST is for sits in a few words: the person noun and the articles, adjectives and participles agreeing with
it. A focus side file lists their character spans for each pair (one JSON line per corpus line, like the annotation
side files); training weighs every other target token by ``outside``, so the original data alone shapes
the rest of the model's output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from mt_core.tokenizer import WORD_START


def piece_weights(pieces: Sequence[str], text: str, spans: Sequence[Sequence[int]], outside: float) -> list[float]:
    """A loss weight for each target piece and the end-of-sentence token: 1 for pieces inside a focus span
    (character offsets in ``text``), ``outside`` elsewhere. Pieces that do not spell ``text`` exactly (a
    normalised character) get ``outside`` throughout: a misplaced focus would teach the wrong words."""
    spelled = "".join(pieces).replace(WORD_START, " ")
    lead = len(spelled) - len(text)
    if spelled[lead:] != text or spelled[:lead].strip():
        return [outside] * (len(pieces) + 1)
    weights: list[float] = []
    cursor = -lead
    for piece in pieces:
        start, cursor = cursor, cursor + len(piece)
        inside = any(s < cursor and start < e for s, e in spans)
        weights.append(1.0 if inside else outside)
    return [*weights, outside]


def write_focus(path: Path, spans: Iterable[Sequence[tuple[int, int]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for pair_spans in spans:
            out.write(json.dumps({"spans": [list(span) for span in pair_spans]}) + "\n")


def read_focus(path: Path) -> list[list[list[int]]]:
    with path.open(encoding="utf-8") as lines:
        return [list(json.loads(line)["spans"]) for line in lines]
