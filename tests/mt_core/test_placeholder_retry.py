from pathlib import Path

import pytest

from mt_core import grammar
from mt_core.engine import Engine, Hypothesis
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.pipeline_steps import Selection
from mt_core.placeholder_retry import apply_retry, placeholder_retries, retry_tokens
from mt_core.terminology import Term


@pytest.fixture(scope="module")
def pipeline(tiny_model_dir: Path) -> TranslationPipeline:
    return TranslationPipeline(Engine(tiny_model_dir))


def test_placeholder_fallback_writes_the_term_into_the_span_the_model_placed(pipeline: TranslationPipeline) -> None:

    prepared = pipeline.prepare(["The order arrived."], RequestOptions(terms=[Term("order", "pedido")]))
    missing = Selection("La orden llegó.", "annotation", [False], False)
    assert placeholder_retries(pipeline, [missing]) == [0]  # the tiny model's manifest says markup
    retry = pipeline.engine.tokenizer.decode(retry_tokens(pipeline, prepared, 0, missing))
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    assert retry == f"The {open1}order{close1} arrived."
    tokenizer = pipeline.engine.tokenizer
    carried = Hypothesis(tokenizer.pieces(f"La {open1}orden{close1} llegó."), 0.0, False)
    fixed = apply_retry(pipeline, prepared, 0, missing, carried)
    assert (fixed.text, fixed.method, fixed.present) == ("La pedido llegó.", "placeholder", [True])
    dropped = Hypothesis(tokenizer.pieces("La orden llegó."), 0.0, False)
    assert apply_retry(pipeline, prepared, 0, missing, dropped) is missing
