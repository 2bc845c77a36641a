"""The record every corpus builder yields, and the by-document split rule they share."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Pair:
    """One aligned segment. ``*_tagged`` carry inline markup as grammar placeholders."""

    source: str
    doc: str
    src: str
    tgt: str
    src_tagged: str | None = None
    tgt_tagged: str | None = None


def split_for_doc(source: str, doc: str, dev_percent: int = 2, test_percent: int = 2) -> str:
    """Assign a whole document to one split, stably, so held-out text never leaks into training."""
    bucket = int(hashlib.sha1(f"{source}/{doc}".encode()).hexdigest(), 16) % 100
    if bucket < test_percent:
        return "test"
    if bucket < test_percent + dev_percent:
        return "dev"
    return "train"


def write_pairs(path: Path, pairs: Iterable[Pair]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(asdict(pair), ensure_ascii=False) + "\n")
            count += 1
    tmp.replace(path)
    return count


def read_pairs(path: Path) -> Iterator[Pair]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield Pair(**json.loads(line))
