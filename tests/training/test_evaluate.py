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


def test_model_card_is_built_from_recorded_numbers(
    tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path
) -> None:
    import shutil

    from training.model_card import CardConfig, write_card

    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    evaluate(EvalConfig(model_dir=model, corpus_dir=synthetic_corpus, limit=10, with_apertium=False))
    (tmp_path / "bench.json").write_text(json.dumps({"ratio_service_vs_direct": 0.9}))
    card = write_card(CardConfig(model_dir=model, corpus_dir=synthetic_corpus, bench_json=tmp_path / "bench.json"))
    text = card.read_text()
    saved = json.loads((model / "eval" / "report.json").read_text())[0]
    bleu = next(m["score"] for m in saved["model"] if m["name"] == "BLEU")
    assert f"| synthetic | 10 | {bleu} |" in text
    assert "ratio_service_vs_direct: 0.9" in text and "tiny 0.0.1" in text
