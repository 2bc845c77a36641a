"""A required term the model left out is asked for again as a span the model carries (models trained on markup).

Each missing term goes back into the source between a pair of tag placeholders; a model that learned to carry
inline tags moves the pair to the place the term's translation belongs, and fairmt writes the required target
inside it. The new translation is taken only where every pair came back once and more terms are held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mt_core import grammar
from mt_core.engine import Hypothesis
from mt_core.gender import sentence_gender
from mt_core.pipeline_steps import PreparedTexts, Selection
from mt_core.protection import Protected
from mt_core.terminology import term_held

if TYPE_CHECKING:
    from mt_core.pipeline import TranslationPipeline


def placeholder_retries(pipeline: TranslationPipeline, selections: list[Selection]) -> list[int]:
    """Sentences still missing a term, where the model learned to carry inline tags."""
    if not pipeline.engine.manifest.annotations.markup:
        return []
    return [i for i, sel in enumerate(selections) if sel.present and not all(sel.present)]


def retry_tokens(pipeline: TranslationPipeline, prepared: PreparedTexts, index: int, selection: Selection) -> list[str]:
    return pipeline.engine.tokenizer.source_tokens(_retry_input(pipeline, prepared, index, selection).text)


def _retry_input(pipeline: TranslationPipeline, prepared: PreparedTexts, index: int, selection: Selection) -> Protected:
    source = prepared.sources[index]
    missing = [t for t, ok in zip(prepared.terms[index], selection.present, strict=True) if not ok]
    for number, term in reversed(list(enumerate(missing[: grammar.MAX_PLACEHOLDERS], start=1))):
        source = (
            source[: term.start]
            + grammar.placeholder(number, grammar.PlaceholderKind.OPEN)
            + source[term.start : term.end]
            + grammar.placeholder(number, grammar.PlaceholderKind.CLOSE)
            + source[term.end :]
        )
    gender = sentence_gender(prepared.sources[index], prepared.genders[index], prepared.names_of(index))
    return pipeline.protector.protect(source, None, gender, prepared.surnames_of(index))


def apply_retry(
    pipeline: TranslationPipeline, prepared: PreparedTexts, index: int, selection: Selection, hypothesis: Hypothesis
) -> Selection:
    """The retried translation with the required targets written into their spans, or ``selection`` unchanged."""
    restored = pipeline.protector.restore(
        pipeline.engine.tokenizer.decode(hypothesis.tokens), _retry_input(pipeline, prepared, index, selection)
    )
    output = restored.text
    missing = [i for i, ok in enumerate(selection.present) if not ok][: grammar.MAX_PLACEHOLDERS]
    for number, term_index in enumerate(missing, start=1):
        opening = grammar.placeholder(number, grammar.PlaceholderKind.OPEN)
        closing = grammar.placeholder(number, grammar.PlaceholderKind.CLOSE)
        start, end = output.find(opening), output.find(closing)
        if output.count(opening) != 1 or output.count(closing) != 1 or end < start:
            return selection  # the model did not carry the span: keep the first answer
        target = prepared.terms[index][term_index].target
        output = output[:start] + target + output[end + len(closing) :]
    present = [term_held(t.target, t.origin, output) for t in prepared.terms[index]]
    if sum(present) <= sum(selection.present):
        return selection
    text = grammar.strip_symbols(output)
    genders = pipeline.genders_found(text, prepared.genders[index])
    return Selection(text, "placeholder", present, hypothesis.truncated, genders, restored.misplaced)


def apply_retries(
    pipeline: TranslationPipeline,
    prepared: PreparedTexts,
    selections: list[Selection],
    retries: list[int],
    retried: list[list[Hypothesis]],
) -> None:
    for index, hypotheses in zip(retries, retried, strict=True):
        selections[index] = apply_retry(pipeline, prepared, index, selections[index], hypotheses[0])
