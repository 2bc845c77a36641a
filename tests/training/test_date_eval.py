import shutil
from pathlib import Path

import pytest

from mt_core.dates import english_dates_in_spanish
from mt_core.engine import Engine
from mt_core.pipeline import TranslationPipeline
from training.date_eval import evaluate_dates, read_date_suite, render_dates_markdown


def test_every_suite_sentence_has_as_many_dates_as_spellings() -> None:
    suite = read_date_suite()
    assert len(suite) >= 30
    for sentence, spellings in suite:
        assert len(english_dates_in_spanish(sentence)) == len(spellings.split(" | ")), sentence


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test")
def test_the_report_scores_the_model_alone_and_fairmt(tiny_model_dir: Path, tmp_path: Path) -> None:
    split = tmp_path / "x.test.jsonl"
    split.write_text('{"source": "x", "doc": "d", "src": "On 4 July 1934.", "tgt": "El 4 de julio de 1934."}\n')
    report = evaluate_dates(TranslationPipeline(Engine(tiny_model_dir)), [split], limit=3)
    assert report is not None and report.sentences == 3 and report.test_sentences_with_dates == 1
    # fairmt writes the spelling itself, whatever the tiny model does with the placeholder
    assert report.service.score == 100.0 and report.model_alone.signature.startswith("dates:")
    assert "## Dates" in render_dates_markdown(report)
