import shutil
from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.pipeline import TranslationPipeline
from mt_core.speaker_gender import speaker_span
from training.speaker_eval import evaluate_speaker, read_speaker_suite, render_speaker_markdown


def test_every_suite_sentence_is_about_the_speaker() -> None:
    suite = read_speaker_suite()
    assert len(suite) >= 40 and all(speaker_span(sentence) for sentence in suite)


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test")
def test_the_report_scores_both_requests_for_the_model_alone_and_fairmt(tiny_model_dir: Path) -> None:
    report = evaluate_speaker(TranslationPipeline(Engine(tiny_model_dir)), limit=3)
    assert report is not None and report.sentences == 3
    for score in (report.model_alone, report.fairmt):
        assert score.signature.startswith("sentences:6|")
    assert "| fairmt |" in render_speaker_markdown(report)
