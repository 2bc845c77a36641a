from pathlib import Path

from mt_core.engine import Engine
from mt_core.pipeline import TranslationPipeline
from mt_core.source_spelling import AmericanSpelling
from training.spelling_eval import SYSTEMS, britishised, evaluate_spellings, render_spellings_markdown

TO_BRITISH = {"color": "colour", "center": "centre"}


def test_american_words_of_the_table_are_written_the_british_way() -> None:
    assert britishised("Color the center, not the CENTER or colorful.", TO_BRITISH) == (
        "Colour the centre, not the CENTER or colorful."
    )


def test_the_report_holds_the_sentences_the_table_changes_with_three_inputs(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    split = tmp_path / "x.test.jsonl"
    split.write_text(
        '{"source": "x", "doc": "d", "src": "The color.", "tgt": "El color."}\n'
        '{"source": "x", "doc": "d", "src": "The cat.", "tgt": "El gato."}\n'
    )
    plain = TranslationPipeline(Engine(tiny_model_dir))
    assert evaluate_spellings(plain, [split], limit=5) is None  # no respelling: nothing to score
    respelling = TranslationPipeline(Engine(tiny_model_dir), input_rewrite=AmericanSpelling({"colour": "color"}))
    report = evaluate_spellings(respelling, [split], limit=5)
    assert report is not None and report.sentences == 1 and list(report.scores) == list(SYSTEMS)
    # respelled, the British sentence is the American one again, word for word
    assert report.scores[SYSTEMS[0]] == report.scores[SYSTEMS[1]]
    assert "## British spellings (1 test-split sentences)" in render_spellings_markdown(report)
