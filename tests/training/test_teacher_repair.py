import json
import shutil
from pathlib import Path

import pytest

from training.corpus.records import Pair, read_pairs, write_pairs
from training.loss_focus import read_focus
from training.teacher_repair import REPAIR_SOURCE, RepairConfig, changed_spans, repair_teacher_corpus


def test_changed_spans_are_the_words_the_repair_wrote() -> None:
    before, after = "Casó su prima en 1707.", "Se casó con su prima en 1707."
    assert [after[s:e] for s, e in changed_spans(before, after)] == ["Se casó con"]
    assert changed_spans("Sin cambios.", "Sin cambios.") == []


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_teacher_references_are_repaired_but_test_references_and_human_ones_stay(tmp_path: Path) -> None:
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    slip = Pair("brown-apertium", "d1", "She is known for her novels.", "Es sabida para sus novelas.")
    plain = Pair("brown-apertium", "d2", "It rained.", "Llovió.")
    human = Pair("ui", "d3", "She is known for her novels.", "Es sabida para sus novelas.")  # humans are trusted
    for name, pairs in {
        "brown-apertium.train.jsonl": [slip, plain],
        "brown-apertium.test.jsonl": [slip],
        "ui.train.jsonl": [human],
    }.items():
        write_pairs(corpus / name, pairs)
        annotations.mkdir(exist_ok=True)
        (annotations / name).write_text("".join(json.dumps({"terms": [], "genders": []}) + "\n" for _ in pairs))
    output = tmp_path / "repaired"

    counts = repair_teacher_corpus(RepairConfig(corpus, annotations, output))

    assert counts == {"brown-apertium.train.jsonl": 1}
    train = list(read_pairs(output / "corpus" / "brown-apertium.train.jsonl"))
    assert [p.tgt for p in train] == ["Es conocida por sus novelas.", "Llovió."]
    assert [p.tgt for p in read_pairs(output / "corpus" / "brown-apertium.test.jsonl")] == [
        "Es sabida para sus novelas."
    ]
    assert [p.tgt for p in read_pairs(output / "corpus" / "ui.train.jsonl")] == ["Es sabida para sus novelas."]
    repaired = list(read_pairs(output / "corpus" / f"{REPAIR_SOURCE}.train.jsonl"))
    assert [(p.source, p.tgt) for p in repaired] == [(REPAIR_SOURCE, "Es conocida por sus novelas.")]
    focus = read_focus(output / "focus" / f"{REPAIR_SOURCE}.train.jsonl")
    assert [[repaired[0].tgt[s:e] for s, e in spans] for spans in focus] == [["conocida por"]]
    assert len((output / "annotations" / f"{REPAIR_SOURCE}.train.jsonl").read_text().splitlines()) == 1
    assert repair_teacher_corpus(RepairConfig(corpus, annotations, output)) == {}  # done once
