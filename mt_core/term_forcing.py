"""The last fallback for a required term: constrained re-decoding with a target prefix.

When neither the annotated output, the n-best list nor the placeholder retry
contains a term, the decoder's attention shows where the translation reached
the term: the first target token that attends most to the term's annotation in
the source. The output up to that token, followed by the term itself, becomes a
forced target prefix, and the model writes the rest of the sentence after it.
The term is then in the output by construction, in exactly the form given.
"""

from __future__ import annotations

from mt_core.term_alignment import term_regions
from mt_core.tokenizer import EOS, Tokenizer

WORD_START = "\u2581"  # SentencePiece's word-boundary mark


def annotation_positions(source_tokens: list[str], number: int) -> range | None:
    """Source token positions of the ``number``-th term annotation (0-based), markers included."""
    regions = term_regions(source_tokens)
    return regions[number] if number < len(regions) else None


def forced_prefix(
    tokenizer: Tokenizer,
    source_tokens: list[str],
    target_tokens: list[str],
    attention: list[list[float]],
    number: int,
    term: str,
    keep: int = 0,
) -> list[str] | None:
    """The target prefix that forces the ``number``-th annotated term in; None when the source carries no
    such annotation (a model that did not learn terms). The first ``keep`` target tokens (a prefix forced
    before) always stay."""
    span = annotation_positions(source_tokens, number)
    if span is None:
        return None
    target = [token for token in target_tokens if token != EOS]
    cut = next(
        (
            position
            for position, row in enumerate(attention[: len(target)])
            if position >= keep and row and max(range(len(row)), key=row.__getitem__) in span
        ),
        None,
    )
    if cut is None:  # no token looked at the term: place it where its source position suggests
        cut = round(len(target) * (span.start + span.stop) / 2 / len(source_tokens))
    cut = max(cut, keep)
    while keep < cut < len(target) and not target[cut].startswith(WORD_START):  # never split a word
        cut -= 1
    return target[:cut] + tokenizer.pieces(term) + _word_break(source_tokens, span)


def _word_break(source_tokens: list[str], span: range) -> list[str]:
    """A lone word-boundary piece after the term when a word follows it in the source, so the model cannot
    glue a suffix onto the forced term ('aliado' + 'sal'); nothing before punctuation."""
    following = source_tokens[span.stop] if span.stop < len(source_tokens) else EOS
    return [WORD_START] if following.startswith(WORD_START) and following[1:2].isalnum() else []
