"""The last fallback for a required term: constrained re-decoding with a target prefix.

When neither the annotated output, the n-best list nor the placeholder retry
contains a term, the decoder's attention shows where the translation reached
the term: the first target token that attends most to the term's annotation in
the source. The output up to that token, followed by the term itself, becomes a
forced target prefix, and the model writes the rest of the sentence after it.
The term is then in the output by construction, in exactly the form given.

A determiner before the term often attends to it too ("Tu" and "orden" both to
"order"), so each word of that first run is a place to try. The first place after
which the model does not translate the term's source a second time in its own
words wins: forced before "Tu", the model went on "pedido Vuestro orden ha
embarcado"; forced after it, "Tu pedido ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mt_core import grammar
from mt_core.engine import Hypothesis
from mt_core.pipeline_steps import PreparedTexts, Selection
from mt_core.term_alignment import split_term, term_regions, terms_found
from mt_core.tokenizer import EOS, WORD_START, Tokenizer

if TYPE_CHECKING:
    from mt_core.pipeline import TranslationPipeline


def annotation_positions(source_tokens: list[str], number: int) -> range | None:
    """Source token positions of the ``number``-th term annotation (0-based), markers included."""
    regions = term_regions(source_tokens)
    return regions[number] if number < len(regions) else None


#: Places tried for a forced term: the first target word that attends mostly to the term, and the next words
#: of that run (a determiner before the term often attends to it too: "Tu" and "orden" both to "order").
MAX_PLACES = 3
#: Rounds of prefix forcing, one missing term each.
MAX_FORCED_TERMS = 3


def forced_prefixes(
    tokenizer: Tokenizer,
    source_tokens: list[str],
    target_tokens: list[str],
    attention: list[list[float]],
    number: int,
    term: str,
    keep: int = 0,
) -> list[list[str]]:
    """Target prefixes that force the ``number``-th annotated term in, one for each place it may go, first
    place first; none when the source carries no such annotation. The first ``keep`` target tokens (a prefix
    forced before) always stay."""
    span = annotation_positions(source_tokens, number)
    if span is None:
        return []
    target = [token for token in target_tokens if token != EOS]

    def looks_at_term(position: int) -> bool:
        row = attention[position] if position < len(attention) else []
        return bool(row) and max(range(len(row)), key=row.__getitem__) in span

    first = next((position for position in range(keep, len(target)) if looks_at_term(position)), None)
    if first is None:  # no token looked at the term: place it where its source position suggests
        cuts = [max(round(len(target) * (span.start + span.stop) / 2 / len(source_tokens)), keep)]
    else:
        last = first
        while last + 1 < len(target) and looks_at_term(last + 1):
            last += 1
        cuts = [first] + [p for p in range(first + 1, last + 1) if target[p].startswith(WORD_START)]
    places: list[int] = []
    for cut in cuts:
        while keep < cut < len(target) and not target[cut].startswith(WORD_START):  # never split a word
            cut -= 1
        if cut not in places:
            places.append(cut)
    forced = tokenizer.pieces(term) + _word_break(source_tokens, span)
    return [target[:cut] + forced for cut in places[:MAX_PLACES]]


def translated_again(
    source_tokens: list[str], number: int, prefix_length: int, tokens: list[str], attention: list[list[float]] | None
) -> bool:
    """After the forced term, the model wrote the term's source again in its own words (a word attending
    mostly to the term's source words): "pedido Vuestro orden ha embarcado" for "Your order has shipped".
    Copying the term's target again is not counted: that is an invented tail, which is cut."""
    span = annotation_positions(source_tokens, number)
    if span is None or attention is None:
        return False
    words, _ = split_term(source_tokens, span)
    rest = list(zip(tokens, attention, strict=False))[prefix_length:]
    return any(
        row and max(range(len(row)), key=row.__getitem__) in words and any(c.isalnum() for c in token)
        for token, row in rest
    )


def inside_tag_prefix(
    tokenizer: Tokenizer, source_tokens: list[str], target_tokens: list[str], number: int, term: str
) -> list[str] | None:
    """In markup, where the ``number``-th term is the first thing inside a tag (the tag's opening placeholder
    right before its annotation), the output up to that placeholder, then the term. Forced where the model
    first looked at the term, it lands before the placeholder, and the model either writes its own word in
    the tag after it ('Entrega ⟦x1⟧Deliveral⟦/x1⟧') or drops the placeholder. None elsewhere, or when the
    output does not hold the placeholder exactly once."""
    span = annotation_positions(source_tokens, number)
    if span is None or span.start == 0:
        return None
    opening = source_tokens[span.start - 1]
    found = grammar.find_placeholders(opening)
    if len(found) != 1 or found[0].kind is not grammar.PlaceholderKind.OPEN or target_tokens.count(opening) != 1:
        return None
    return target_tokens[: target_tokens.index(opening) + 1] + tokenizer.pieces(term)


def _word_break(source_tokens: list[str], span: range) -> list[str]:
    """A lone word-boundary piece after the term when a word follows it in the source, so the model cannot
    glue a suffix onto the forced term ('aliado' + 'sal'); nothing before punctuation."""
    following = source_tokens[span.stop] if span.stop < len(source_tokens) else EOS
    return [WORD_START] if following.startswith(WORD_START) and following[1:2].isalnum() else []


def force_terms(pipeline: TranslationPipeline, prepared: PreparedTexts, selections: list[Selection]) -> None:
    """Re-decode each sentence still missing a term with a target prefix that forces its first missing
    term in, one term a round, each round keeping the terms forced before;
    a result is kept only where it holds more of the terms."""
    retries = pipeline.prefix_retries(selections)
    kept: dict[int, list[str]] = {}
    for _ in range(MAX_FORCED_TERMS):
        if not retries:
            return
        tokens = [prepared.tokens[i] for i in retries]
        aligned = pipeline.engine.translate_with_attention(tokens, pipeline.decoding, [kept.get(i) for i in retries])
        candidates: list[tuple[int, list[str]]] = []
        for index, (target, attention) in zip(retries, aligned, strict=True):
            missing = selections[index].present.index(False)
            term = prepared.terms[index][missing].target
            before = len(kept.get(index, []))
            source = prepared.tokens[index]
            limit = pipeline.engine.decoding_limit(len(source), pipeline.decoding)
            candidates += [
                (index, prefix)
                for prefix in forced_prefixes(
                    pipeline.engine.tokenizer, source, target, attention, missing, term, before
                )
                if len(prefix) < limit  # room left for the model to finish the sentence
            ]
        retries = []
        for index, (prefix, hypothesis) in first_places(pipeline, prepared, selections, candidates).items():
            previous = selections[index]
            selections[index] = apply_forced(pipeline, prepared, index, previous, hypothesis)
            if selections[index] is not previous and not all(selections[index].present):
                kept[index] = prefix
                retries.append(index)


def first_places(
    pipeline: TranslationPipeline,
    prepared: PreparedTexts,
    selections: list[Selection],
    candidates: list[tuple[int, list[str]]],
) -> dict[int, tuple[list[str], Hypothesis]]:
    """Each sentence's output forced at the first place where the model does not then translate the term
    a second time in its own words (else at the first place)."""
    outputs = pipeline.engine.translate_tokens(
        [prepared.tokens[index] for index, _ in candidates], pipeline.decoding, [prefix for _, prefix in candidates]
    )
    chosen: dict[int, tuple[list[str], Hypothesis]] = {}
    settled: set[int] = set()
    for (index, prefix), (hypothesis, *_) in zip(candidates, outputs, strict=True):
        if index in settled:
            continue
        missing = selections[index].present.index(False)
        twice = translated_again(prepared.tokens[index], missing, len(prefix), hypothesis.tokens, hypothesis.attention)
        if index not in chosen or not twice:
            chosen[index] = (prefix, hypothesis)
        if not twice:
            settled.add(index)
    return chosen


def apply_forced(
    pipeline: TranslationPipeline, prepared: PreparedTexts, index: int, selection: Selection, hypothesis: Hypothesis
) -> Selection:
    output = pipeline.output_text(hypothesis.tokens, prepared.inputs[index])
    present = terms_found(prepared.terms[index], output.text, prepared.tokens[index], hypothesis)
    if sum(present) <= sum(selection.present):
        return selection
    genders = pipeline.genders_found(output.text, prepared.genders[index])
    return Selection(
        output.text,
        "prefix",
        present,
        hypothesis.truncated,
        genders,
        output.misplaced,
        hypothesis.tokens,  # from the sentence's model input: an invented tail after the term is cut too
        hypothesis.attention,
    )
