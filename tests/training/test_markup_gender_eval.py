import shutil
from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.pipeline import TranslationPipeline
from training.gender_suite import SuiteItem
from training.markup_gender_eval import as_html, evaluate_markup_gender, render_markup_gender_markdown


def test_the_occupation_noun_is_put_in_bold_once() -> None:
    item = SuiteItem("x", "fixed", "The nurse & the nurse's aide said she was tired.", "nurse", "feminine", "pro", None)
    assert as_html(item) == "<p>The <b>nurse</b> &amp; the nurse's aide said she was tired.</p>"
    nurses = SuiteItem("y", "fixed", "The nurses left.", "nurse", "feminine", "pro", None)
    assert as_html(nurses) == "<p>The nurses left.</p>"  # only the noun as written is marked


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_markup_gender_evaluation_runs_on_a_model(tiny_model_dir: Path) -> None:
    report = evaluate_markup_gender(TranslationPipeline(Engine(tiny_model_dir)), limit=5)
    assert report is not None and report.sentences == 10 and report.ambiguous_detected == 5
    assert 0 <= report.default.score <= 100 and 0 <= report.with_hints.score <= 100
    assert 0 <= report.alternatives_valid_percent <= 100
    assert "Gender in HTML" in render_markup_gender_markdown(report)
