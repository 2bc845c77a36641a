import json
from pathlib import Path

from training.evaluate import EvalConfig, evaluate


def test_evaluate_writes_reports_per_test_split(tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path) -> None:
    reports = evaluate(
        EvalConfig(
            model_dir=tiny_model_dir, corpus_dir=synthetic_corpus, output=tmp_path, limit=20, with_apertium=False
        )
    )
    assert [r.source for r in reports] == ["synthetic"] and reports[0].sentences == 20
    saved = json.loads((tmp_path / "report.json").read_text())
    assert {m["name"] for m in saved[0]["model"]} == {"BLEU", "chrF"}
    assert "| synthetic | 20 |" in (tmp_path / "report.md").read_text()
