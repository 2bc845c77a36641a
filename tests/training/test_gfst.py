import json
import shutil
from pathlib import Path

import pytest

from mt_core.grammar import Gender
from training.corpus.records import Pair, read_pairs, write_pairs
from training.gfst import GfstConfig, label, run_gfst, select


def test_label_needs_one_gender() -> None:
    assert label("My sister is a doctor.") == Gender.FEMININE
    assert label("He is a nurse.") == Gender.MASCULINE
    assert label("She met his brother.") is None and label("It rains.") is None


def test_select_puts_feminine_first_and_needs_a_person_noun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_pairs(
        corpus / "brown-apertium.train.jsonl",
        [
            Pair("b", "d1", "He is a doctor.", "x"),
            Pair("b", "d2", "She is a teacher.", "x"),
            Pair("b", "d3", "She smiled.", "x"),
            Pair("b", "d4", "The nurse said she would come.", "x"),
        ],
    )
    counts = select(GfstConfig(model_dir=tmp_path, corpus_dir=corpus, work_dir=tmp_path / "gfst", max_sentences=2))
    assert counts == {"feminine": 2, "masculine": 0}
    assert [p.src for p in read_pairs(tmp_path / "gfst" / "selected.jsonl")] == [
        "She is a teacher.",
        "The nurse said she would come.",
    ]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_gfst_runs_end_to_end_and_resumes(tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    corpus = tmp_path / "corpus"
    shutil.copytree(synthetic_corpus, corpus)
    write_pairs(
        corpus / "brown-apertium.train.jsonl",
        [Pair("b", f"d{i}", f"My sister is a doctor number {i}.", "x") for i in range(6)],
    )
    config = GfstConfig(
        model_dir=model,
        corpus_dir=corpus,
        work_dir=tmp_path / "gfst",
        finetune_steps=4,
        eval_limit=4,
        replace_model=True,
    )
    results = run_gfst(config)
    assert list(results) == ["select", "translate", "filter", "finetune", "eval"]
    manifest = json.loads((tmp_path / "gfst" / "manifest.json").read_text())
    assert manifest["select"] == {"feminine": 6, "masculine": 0}
    assert sum(manifest["filter"].values()) == 6
    report = json.loads((model / "gfst" / "gfst_report.json").read_text())
    assert set(report) == {"before", "after", "chrf_loss", "feminine_gain", "accepted"}
    assert (model / "gfst" / "gfst_plot.svg").read_text().startswith("<svg")
    assert run_gfst(config) == {}  # every stage is done: nothing reruns
