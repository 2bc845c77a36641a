from pathlib import Path

import pytest

from mt_core import grammar
from mt_core.engine import Engine, Hypothesis
from mt_core.pipeline import TranslationPipeline
from mt_core.protection import PRINTF_SPECIFIER
from mt_core.specifier_retry import lost_specifiers


def test_lost_specifiers_are_counted_one_for_one() -> None:
    assert lost_specifiers("You have %d new messages.", "Tienes mensajes nuevos.") == ["%d"]
    assert lost_specifiers("Saving %1$s to %2$s failed.", "Falló %1$s.") == ["%2$s"]
    assert lost_specifiers("%s and %s", "%s y %s") == [] and lost_specifiers("%s and %s", "%s y") == ["%s"]
    assert lost_specifiers("50% off, 100%.", "50% de descuento.") == []  # prose, not specifiers
    assert PRINTF_SPECIFIER.findall("%(count)d, %.2f, %-5s, %*d") == ["%(count)d", "%.2f", "%-5s", "%*d"]


@pytest.fixture()
def pipeline(tiny_model_dir: Path) -> TranslationPipeline:
    return TranslationPipeline(Engine(tiny_model_dir))


def _answers(pipeline: TranslationPipeline, monkeypatch: pytest.MonkeyPatch, *outputs: str) -> list[str]:
    """The engine answers each call with the next output; returns the inputs it was given, decoded."""
    seen: list[str] = []
    replies = iter(outputs)
    pieces, decode = pipeline.engine.tokenizer.pieces, pipeline.engine.tokenizer.decode

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        if not batch:
            return []
        seen.extend(decode(tokens) for tokens in batch)
        reply = next(replies)
        return [[Hypothesis(pieces(reply), -1.0, False)] for _ in batch]

    monkeypatch.setattr(pipeline.engine, "translate_tokens", translate_tokens)
    return seen


def test_a_sentence_that_lost_a_specifier_is_translated_again_with_it_protected(
    pipeline: TranslationPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    void = grammar.placeholder(1, grammar.PlaceholderKind.VOID)
    seen = _answers(pipeline, monkeypatch, "Tienes mensajes nuevos.", f"Tienes {void} mensajes nuevos.")
    (result,) = pipeline.translate(["You have %d new messages."], "en", "es")
    assert seen[0] == "You have %d new messages." and void in seen[1] and "%d" not in seen[1]
    assert result.text == "Tienes %d mensajes nuevos." and result.warnings == []


def test_a_specifier_the_retry_leaves_out_goes_back_at_the_end_with_a_warning(
    pipeline: TranslationPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answers(pipeline, monkeypatch, "Tienes mensajes nuevos.", "Tienes mensajes nuevos.")
    (result,) = pipeline.translate(["You have %d new messages."], "en", "es")
    assert result.text == "Tienes mensajes nuevos %d."  # before the closing full stop
    assert result.warnings == ["sentence 1: the model left out %d, which was put back at an end of the sentence"]


def test_a_specifier_still_missing_is_reported(pipeline: TranslationPipeline) -> None:
    from mt_core.pipeline_steps import Selection

    prepared = pipeline.prepare(["You have %d new messages."])
    (result,) = pipeline.assemble(prepared, [Selection("Tienes mensajes nuevos.", "annotation", [], False)])
    assert result.warnings == ["sentence 1: the format specifier %d is missing from the translation"]


def test_a_kept_specifier_costs_no_second_decoding(
    pipeline: TranslationPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _answers(pipeline, monkeypatch, "Tienes %d mensajes nuevos.")
    (result,) = pipeline.translate(["You have %d new messages."], "en", "es")
    assert seen == ["You have %d new messages."] and result.text == "Tienes %d mensajes nuevos."
