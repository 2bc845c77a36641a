import json
import shutil
from pathlib import Path

import pytest

from training.repair_reach import repair_reach

pytestmark = pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test")


def _split(path: Path, rows: list[tuple[str, str]]) -> None:
    path.write_text("".join(json.dumps({"source": "x", "doc": "d", "src": s, "tgt": t}) + "\n" for s, t in rows))


def test_changed_references_are_counted_by_origin_and_the_human_ones_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _split(corpus / "ui.test.jsonl", [("She is known for it.", "Es sabida para ello."), ("Open it.", "Ábralo.")])
    _split(corpus / "brown-apertium.test.jsonl", [("He grew up there.", "Creció arriba allí.")])
    output = tmp_path / "changed.jsonl"
    assert repair_reach(corpus, output) == {"human": (1, 2), "apertium": (1, 1)}
    (row,) = [json.loads(line) for line in output.read_text().splitlines()]
    assert row == ["ui.test.jsonl", "She is known for it.", "Es sabida para ello.", "Es conocida por ello."]
