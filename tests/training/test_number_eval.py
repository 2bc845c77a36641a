from pathlib import Path

from mt_core.engine import Engine
from mt_core.number_check import source_numerals
from mt_core.pipeline import TranslationPipeline
from training.number_eval import as_html, evaluate_numbers, read_number_suite, render_numbers_markdown


def test_the_suite_has_a_number_in_every_sentence_and_html_bolds_the_first() -> None:
    suite = read_number_suite()
    assert len(suite) >= 50 and all(source_numerals(sentence) for sentence in suite)
    assert as_html("Add 2.5 cups & 1.5 spoons.") == "<p>Add <b>2.5</b> cups &amp; 1.5 spoons.</p>"


def test_number_rows_compare_the_model_alone_with_the_service(tiny_model_dir: Path, synthetic_corpus: Path) -> None:
    pipeline = TranslationPipeline(Engine(tiny_model_dir))
    rows = evaluate_numbers(pipeline, sorted(synthetic_corpus.glob("*.test.jsonl")), limit=5)
    assert [row.name for row in rows][:2] == ["number suite", "number suite in HTML"]
    for row in rows:
        assert row.service.details["numbers"] == row.model_alone.details["numbers"]
        # the check only ever writes a number back, so the service keeps at least what the model kept
        assert row.service.score >= row.model_alone.score
        assert row.service.details["kept"] - row.model_alone.details["kept"] <= row.repaired
    assert f"| number suite | {len(read_number_suite())} |" in render_numbers_markdown(rows)


def test_placeholder_rows_count_the_suite_and_the_test_splits(tiny_model_dir: Path, synthetic_corpus: Path) -> None:
    from training.number_eval import evaluate_placeholders, render_placeholders_markdown

    rows = evaluate_placeholders(
        TranslationPipeline(Engine(tiny_model_dir)), sorted(synthetic_corpus.glob("*.test.jsonl")), 5
    )
    assert rows[0].name == "placeholder suite" and rows[0].service.details["placeholders"] >= 18
    assert 0 <= rows[0].service.score <= 100 and "## Placeholders kept" in render_placeholders_markdown(rows)
