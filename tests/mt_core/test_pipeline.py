from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.errors import InputTooLongError, UnsupportedLanguagePairError
from mt_core.pipeline import TranslationPipeline


@pytest.fixture(scope="module")
def pipeline(tiny_model_dir: Path) -> TranslationPipeline:
    return TranslationPipeline(Engine(tiny_model_dir))


def test_layout_of_paragraphs_is_preserved(pipeline: TranslationPipeline) -> None:
    text = "The dog.  The cat.\n\n\tRed house.\n"
    result = pipeline.translate([text], "en", "es")[0].text
    assert result.count("\n\n\t") == 1 and result.endswith("\n")
    assert len(result.split("\n\n\t")) == 2


def test_texts_keep_their_order_and_empty_text_stays_empty(pipeline: TranslationPipeline) -> None:
    texts = ["One.", "", "Two three.", "   "]
    results = pipeline.translate(texts, "en", "es")
    assert len(results) == 4
    assert results[1].text == "" and results[3].text == "   "
    assert results[0].text == pipeline.translate(["One."], "en", "es")[0].text


def test_unsupported_pair_lists_supported(pipeline: TranslationPipeline) -> None:
    with pytest.raises(UnsupportedLanguagePairError, match="en->es"):
        pipeline.translate(["x"], "en", "de")


def test_overlong_sentence_is_rejected_not_truncated(pipeline: TranslationPipeline) -> None:
    with pytest.raises(InputTooLongError, match=r"text\[1\]"):
        pipeline.translate(["ok.", "word " * 2000], "en", "es")


def test_grammar_symbols_in_user_text_are_neutralised(pipeline: TranslationPipeline) -> None:
    prepared = pipeline.prepare(["a \u27e6t\u27e7 b"])
    assert "\u27e6t\u27e7" not in prepared.tokens[0]
