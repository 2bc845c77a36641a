"""Cutting off what the model writes after the source has run out.

A small model trained partly on the Bible sometimes finishes a sentence and goes on in the
Bible's voice: "Your order has shipped." came back as "Tu orden ha embarcado, y tu mano se ha
apartado, y no se arrepintió.". While it writes such a tail, the decoder attends to the source's
end-of-sentence token rather than to any word (Guerreiro et al., 2023, "Looking for a needle in
a haystack"). The attention comes with every translation (``Hypothesis.attention``); in outputs much
longer than their source, a final stretch of mostly end-attending tokens is cut at a word boundary,
with the joining comma or "y".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from mt_core import grammar
from mt_core.engine import Hypothesis
from mt_core.term_alignment import split_term, term_regions, terms_found
from mt_core.tokenizer import WORD_START

if TYPE_CHECKING:
    from mt_core.pipeline import TranslationPipeline
    from mt_core.pipeline_steps import PreparedTexts, Selection

#: An output is checked when it has more than this many target tokens per source token, plus a margin.
SUSPICIOUS_RATIO = 1.3
SUSPICIOUS_MARGIN = 2
#: A tail is at least this many tokens, this share of them attending mostly to the end of the source.
MIN_TAIL_TOKENS = 4
MIN_TAIL_SHARE = 0.75
#: Pieces that join an invented clause to the sentence and go with it.
JOINERS = frozenset({",", ";", ":", f"{WORD_START}y", f"{WORD_START}e", f"{WORD_START},"})
SENTENCE_ENDS = ".!?"
#: How a translation says that its tail was cut.
TAIL_CUT_WARNING = "the words it added were cut"


def is_suspicious(source_tokens: int, target_tokens: int) -> bool:
    return target_tokens > SUSPICIOUS_RATIO * source_tokens + SUSPICIOUS_MARGIN


def invented_tail(source: Sequence[str], target: Sequence[str], attention: Sequence[Sequence[float]]) -> int | None:
    """Where the invented tail of ``target`` starts, or None. ``source`` ends with its end-of-sentence token;
    ``attention`` has a row over the source for each target token. A token that attends mostly to a required
    term's target counts neither way: the model copies the term from there, once where it belongs and again
    in a tail ("Tu orden ha sido pedido, y tus pedregales." for order → pedido)."""
    end = len(source) - 1
    copied = {index for region in term_targets(source) for index in region}
    focus = [max(range(len(row)), key=row.__getitem__) for row in attention[: len(target)]]
    start = None
    count = length = 0
    for index in range(len(focus) - 1, 0, -1):
        if focus[index] in copied:
            continue
        count += focus[index] == end
        length += 1
        if focus[index] == end and length >= MIN_TAIL_TOKENS and count / length >= MIN_TAIL_SHARE:
            start = index
    if start is None:
        return None
    while start < len(target) and target[start][:1].isalnum():  # inside a word: cut at the next one
        start += 1
    while start > 0 and target[start - 1] in JOINERS:
        start -= 1
    return start if start > 0 else None


def term_targets(source: Sequence[str]) -> list[range]:
    """The pieces of each required term's target in the model input, with the symbols around them."""
    return [split_term(source, region)[1] for region in term_regions(source)]


def trim(source: Sequence[str], hypothesis: Hypothesis) -> Hypothesis:
    """The hypothesis without its invented tail, if it has one, as the service will return it."""
    cut = find_tail(source, hypothesis.tokens, hypothesis.attention)
    if cut is None or hypothesis.attention is None:
        return hypothesis
    return Hypothesis(hypothesis.tokens[:cut], hypothesis.score, False, hypothesis.attention[:cut])


def find_tail(source: Sequence[str], target: Sequence[str], attention: Sequence[Sequence[float]] | None) -> int | None:
    """Where an invented tail starts, for an output long enough to hide one and with its attention."""
    if attention is None or not is_suspicious(sentence_tokens(source), len(target)):
        return None
    return invented_tail(source, target, attention)


def close_like(source: str, translation: str) -> str:
    """The cut translation ends as the source does (a full stop, a question or an exclamation)."""
    ending = source.rstrip()[-1:]
    if ending and ending in SENTENCE_ENDS and not translation.rstrip().endswith(tuple(SENTENCE_ENDS)):
        return translation.rstrip() + ending
    return translation


def sentence_tokens(model_input: Sequence[str]) -> int:
    """Source tokens of the sentence itself: no grammar symbols, and no required term's target."""
    count = 0
    in_target = False
    for token in model_input:
        if token in (grammar.TERM_TARGET, grammar.TERM_END):
            in_target = token == grammar.TERM_TARGET
        elif not in_target and not (token.startswith(grammar.OPEN) and grammar.ANY_SYMBOL_RE.fullmatch(token)):
            count += 1
    return count


def tail_checks(prepared: PreparedTexts, selections: list[Selection]) -> list[int]:
    """Sentences whose output is long enough to hide an invented tail."""
    return [
        i
        for i, selection in enumerate(selections)
        if selection.tokens and is_suspicious(sentence_tokens(prepared.tokens[i]), len(selection.tokens))
    ]


def cut_invented_tails(pipeline: TranslationPipeline, prepared: PreparedTexts, selections: list[Selection]) -> None:
    """Cut the tail the model wrote after the source ran out, read from the attention that came with each
    suspicious output; a cut that would lose a required term is not made."""
    for index in tail_checks(prepared, selections):
        selection = selections[index]
        if selection.attention is None:
            continue
        cut = invented_tail(prepared.tokens[index], selection.tokens, selection.attention)
        if cut is None:
            continue
        output = pipeline.output_text(selection.tokens[:cut], prepared.inputs[index])
        text = close_like(prepared.sources[index], output.text)
        kept = Hypothesis(selection.tokens[:cut], None, False, selection.attention[:cut])
        present = terms_found(prepared.terms[index], text, prepared.tokens[index], kept)
        if text == selection.text or sum(present) < sum(selection.present):
            continue
        genders = pipeline.genders_found(text, prepared.genders[index])
        selections[index] = replace(
            selection, text=text, present=present, genders_found=genders, misplaced=output.misplaced, trimmed=True
        )
