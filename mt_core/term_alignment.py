"""Is a required term in the translation where its source term went, or only somewhere in it?

A string check is fooled when the term's target word turns up in another role. With the glossary entry
order → pedido, "Your order has shipped." came back as "Tu orden ha sido pedido, …": the model kept
"orden" for "order" and wrote "pedido" as the participle of "shipped", and the string check called the term
applied. The decoder's attention, which comes with every translation (``Hypothesis.attention``), tells the
two apart: "orden" attends to the annotated term, "pedido" to "shipped".

The check only ever overrules the string check in one direction, and only on evidence: a term counts as
missing when some output word attends mostly to the term's annotation, yet no occurrence of the target does.
Where nothing attends to the term, or the output's words cannot be read off its pieces (protected characters),
the string check stands. In ``make eval`` it sends a few LibreOffice terms on to the fallbacks: a second "link"
the model wrote as "enlazar", found only in an earlier "enlace" (README "Terminology and glossaries").
"""

from __future__ import annotations

from collections.abc import Sequence

from mt_core import grammar
from mt_core.engine import Hypothesis
from mt_core.terminology import WORD, TermMatch, fold_word, term_held, term_occurrences
from mt_core.tokenizer import WORD_START


def term_regions(model_input: Sequence[str]) -> list[range]:
    """Each annotated term's pieces in the model input, from its opening to its closing symbol, in order."""
    regions: list[range] = []
    start: int | None = None
    for index, piece in enumerate(model_input):
        if piece == grammar.TERM_START:
            start = index
        elif piece == grammar.TERM_END and start is not None:
            regions.append(range(start, index + 1))
            start = None
    return regions


def split_term(model_input: Sequence[str], region: range) -> tuple[range, range]:
    """A term annotation's source words, and its target with the symbols around it."""
    target = next((i for i in region if model_input[i] == grammar.TERM_TARGET), region.stop)
    return range(region.start + 1, target), range(target, region.stop)


def output_words(pieces: Sequence[str], attention: Sequence[Sequence[float]], region: range) -> list[tuple[str, bool]]:
    """The output's words, each with whether one of its pieces attends mostly to ``region``."""
    groups: list[tuple[str, bool]] = []
    for piece, row in zip(pieces, attention, strict=False):
        focus = max(range(len(row)), key=row.__getitem__) in region if row else False
        if piece.startswith(WORD_START) or not groups or grammar.ANY_SYMBOL_RE.fullmatch(piece):
            groups.append((piece.removeprefix(WORD_START), focus))
        else:
            text, seen = groups[-1]
            groups[-1] = (text + piece, seen or focus)
    return [(fold_word(word), focus) for text, focus in groups for word in WORD.findall(text)]


def misplaced_term(target: str, pieces: Sequence[str], attention: Sequence[Sequence[float]], region: range) -> bool:
    """The model translated the term's source with other words: something in the output attends mostly to
    the term, and the target occurs in the output, but not where the term went."""
    words = output_words(pieces, attention, region)
    occurrences = term_occurrences(target, [word for word, _ in words])
    if not occurrences or not any(focus for _, focus in words):
        return False
    return not any(words[index][1] for occurrence in occurrences for index in occurrence)


def terms_in_place(
    targets: Sequence[str],
    present: Sequence[bool],
    model_input: Sequence[str],
    pieces: Sequence[str],
    attention: Sequence[Sequence[float]] | None,
) -> list[bool]:
    """``present`` (the string check of each target), less the terms the attention shows are not in place.
    Unchanged where there is no attention or the model input's annotations do not pair up with the targets."""
    regions = term_regions(model_input)
    if attention is None or len(regions) != len(targets):
        return list(present)
    return [
        found and not misplaced_term(target, pieces, attention, region)
        for target, found, region in zip(targets, present, regions, strict=True)
    ]


def terms_found(
    terms: Sequence[TermMatch], text: str, model_input: Sequence[str], hypothesis: Hypothesis
) -> list[bool]:
    """Which required terms ``text``, decoded from ``hypothesis``, holds where their source went."""
    targets = [term.target for term in terms]
    present = [term_held(term.target, term.origin, text) for term in terms]
    return terms_in_place(targets, present, model_input, hypothesis.tokens, hypothesis.attention)
