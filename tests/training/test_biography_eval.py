from pathlib import Path

from mt_core.engine import Engine
from mt_core.pipeline import TranslationPipeline
from training.biography_eval import (
    RUNNING_TEXT_SYSTEMS,
    SUITES,
    evaluate_biographies,
    person_groups,
    render_biographies_markdown,
)
from training.suites import read_suite_rows


def test_each_persons_sentences_are_one_group() -> None:
    sources = [
        "Junko Tabei was a Japanese mountaineer.",
        "In 1975, she became the first woman to reach the summit.",
        "Tabei was a teacher too.",  # the surname alone: the same person
        "Oscar Niemeyer was a Brazilian architect.",
        "He designed Brasília.",
    ]
    assert person_groups(sources) == [[0, 1, 2], [3, 4]]


def test_every_set_has_hand_written_references_for_every_row() -> None:
    for path in SUITES:
        rows = read_suite_rows(path)
        assert len(rows) >= 40 and all(source and reference for source, reference in rows), path.name


def test_the_report_scores_the_sets_sentence_by_sentence_and_as_running_text(tiny_model_dir: Path) -> None:
    reports = evaluate_biographies(TranslationPipeline(Engine(tiny_model_dir)), limit=4)
    assert [report.suite for report in reports] == [path.name for path in SUITES]
    for report in reports:
        assert report.sentences == 4 and set(report.running_text) == set(RUNNING_TEXT_SYSTEMS) and report.people >= 1
    markdown = render_biographies_markdown(reports)
    assert "fairmt, as running text, BLEU" in markdown and "biography_heldout7.txt" in markdown
