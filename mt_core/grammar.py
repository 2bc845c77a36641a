"""The model-input grammar: how term, gender and markup annotations reach the model.

Training (data annotation, the SentencePiece vocabulary) and serving (request
annotation, output clean-up) both import this module, so the symbols the model
was trained on and the symbols the service sends can never drift apart.

Symbols use the brackets U+27E6/U+27E7, which NFKC leaves unchanged, so they
survive SentencePiece's normalisation and stay single pieces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

OPEN = "\u27e6"  # ⟦
CLOSE = "\u27e7"  # ⟧

TERM_START = f"{OPEN}t{CLOSE}"
TERM_TARGET = f"{OPEN}={CLOSE}"
TERM_END = f"{OPEN}/t{CLOSE}"
GENDER_SPAN_END = f"{OPEN}/g{CLOSE}"

#: Highest placeholder index the vocabulary reserves; more tags fall back to alignment.
MAX_PLACEHOLDERS = 24


class Gender(StrEnum):
    FEMININE = "feminine"
    MASCULINE = "masculine"


SENTENCE_GENDER_TAG = {Gender.FEMININE: f"{OPEN}f{CLOSE}", Gender.MASCULINE: f"{OPEN}m{CLOSE}"}
GENDER_SPAN_START = {Gender.FEMININE: f"{OPEN}gf{CLOSE}", Gender.MASCULINE: f"{OPEN}gm{CLOSE}"}


class PlaceholderKind(StrEnum):
    OPEN = "open"
    CLOSE = "close"
    VOID = "void"


def placeholder(index: int, kind: PlaceholderKind) -> str:
    """The symbol that stands for inline tag number ``index`` (1-based)."""
    if not 1 <= index <= MAX_PLACEHOLDERS:
        raise ValueError(f"placeholder index {index} outside 1..{MAX_PLACEHOLDERS}")
    if kind is PlaceholderKind.OPEN:
        return f"{OPEN}x{index}{CLOSE}"
    if kind is PlaceholderKind.CLOSE:
        return f"{OPEN}/x{index}{CLOSE}"
    return f"{OPEN}x{index}/{CLOSE}"


PLACEHOLDER_RE = re.compile(f"{OPEN}(/?)x(\\d+)(/?){CLOSE}")
ANY_SYMBOL_RE = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]{{1,4}}{CLOSE}")


@dataclass(frozen=True)
class PlaceholderToken:
    index: int
    kind: PlaceholderKind
    start: int
    end: int


def find_placeholders(text: str) -> list[PlaceholderToken]:
    found = []
    for match in PLACEHOLDER_RE.finditer(text):
        closing, index, void = match.group(1), int(match.group(2)), match.group(3)
        if closing and void:
            continue
        kind = PlaceholderKind.CLOSE if closing else PlaceholderKind.VOID if void else PlaceholderKind.OPEN
        found.append(PlaceholderToken(index, kind, match.start(), match.end()))
    return found


def voids_after_space(source: str, kind: PlaceholderKind = PlaceholderKind.VOID) -> set[int]:
    """Numbers of the void placeholders (or of another ``kind``) that follow whitespace in ``source``. The
    tokenizer binds a void to the text before it, so a model's output never has a space before one; an
    opening followed by a void has no word whose space decoding could move in front of it. Callers put the
    source's space back."""
    return {
        token.index
        for token in find_placeholders(source)
        if token.kind is kind and token.start > 0 and source[token.start - 1].isspace()
    }


def reserved_symbols() -> list[str]:
    """Every symbol of the grammar, for the vocabulary's user-defined pieces."""
    symbols = [TERM_START, TERM_TARGET, TERM_END, GENDER_SPAN_END]
    symbols += list(SENTENCE_GENDER_TAG.values()) + list(GENDER_SPAN_START.values())
    for index in range(1, MAX_PLACEHOLDERS + 1):
        symbols += [placeholder(index, kind) for kind in PlaceholderKind]
    return symbols


def binds_forward(symbol: str) -> bool:
    """Whether a symbol belongs to the word after it (openings) rather than the text before it.

    The tokenizer gives the word after an opening symbol its usual word-initial
    piece ("▁File", not "File"), so a tag never changes how its text segments;
    decoding puts the word's space back in front of the symbol.
    """
    return not (symbol.startswith(f"{OPEN}/") or symbol.endswith(f"/{CLOSE}"))


def sanitize(text: str) -> str:
    """Keep user text from forging grammar symbols: the reserved brackets become plain ones."""
    return text.replace(OPEN, "[").replace(CLOSE, "]")


def strip_symbols(text: str) -> str:
    """Remove grammar symbols a model may leave in its output, tidying the spaces they held."""
    cleaned = ANY_SYMBOL_RE.sub("", text)
    return re.sub(r" {2,}", " ", cleaned).strip(" ") if cleaned != text else text


_SPACE_BEFORE_STOP = re.compile(r"(?<=\w) +([.,])(?=\s|$)")


_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_STOP_BEFORE_LOWER = re.compile(r"(?<=[^\W\d_])\.(?= [a-záéíóúñ])")


def tidy_spacing(source: str, translation: str) -> str:
    """No space before a full stop or comma unless the source has one there too. Apertium, the teacher of
    part of the training data, sometimes writes 'un profeta hebreo .', and a model trained on it copies that.
    Nor two spaces between words where the source has none ('guionista  y cuentista'), nor a full stop inside
    a sentence whose source has none ('Murió de cáncer de ovario. a la edad de')."""
    if "  " in translation and "  " not in source:
        translation = _DOUBLE_SPACE.sub(" ", translation)
    if ". " in translation and "." not in source.rstrip().rstrip(".!?\"')»”"):
        # a full stop the source lacks, before a lower-case word: the model wrote one between two placeholders
        translation = _STOP_BEFORE_LOWER.sub("", translation)
    if _SPACE_BEFORE_STOP.search(source):
        return translation
    return _SPACE_BEFORE_STOP.sub(r"\1", translation)


#: Strong's concordance numbers ("<H2416>"), which the Reina-Valera Bible module puts after words. The corpus
#: builder removes them; models trained before it did learned to write them.
CONCORDANCE_NUMBER = re.compile(r"\s*<[GH]\d{3,5}>")


def drop_concordance_numbers(source: str, translation: str) -> str:
    """The translation without concordance numbers, unless the source has them too."""
    return translation if CONCORDANCE_NUMBER.search(source) else CONCORDANCE_NUMBER.sub("", translation)


@dataclass(frozen=True)
class TermSpan:
    """Source characters ``start:end`` must be translated as ``target``."""

    start: int
    end: int
    target: str


@dataclass(frozen=True)
class GenderSpan:
    """The person noun at source characters ``start:end`` has ``gender``."""

    start: int
    end: int
    gender: Gender


def render(
    sentence: str,
    terms: Sequence[TermSpan] = (),
    genders: Sequence[GenderSpan] = (),
    sentence_gender: Gender | None = None,
) -> str:
    """Build the annotated model input for one sentence.

    Terms follow Dinu et al. (2019): the required target is inserted inline after
    its source span. Spans must not overlap; the caller resolves overlaps.
    """
    spans: list[tuple[int, int, str, str]] = []
    for term in terms:
        spans.append((term.start, term.end, f"{TERM_START} ", f" {TERM_TARGET} {term.target} {TERM_END}"))
    for span in genders:
        spans.append((span.start, span.end, f"{GENDER_SPAN_START[span.gender]} ", f" {GENDER_SPAN_END}"))
    spans.sort()
    for (_, prev_end, _, _), (start, _, _, _) in itertools.pairwise(spans):
        if start < prev_end:
            raise ValueError("annotation spans overlap")
    pieces: list[str] = []
    cursor = 0
    for start, end, before, after in spans:
        if not 0 <= start < end <= len(sentence):
            raise ValueError(f"annotation span {start}:{end} outside the sentence")
        pieces += [sentence[cursor:start], before, sentence[start:end], after]
        cursor = end
    pieces.append(sentence[cursor:])
    text = "".join(pieces)
    if sentence_gender is not None:
        text = f"{SENTENCE_GENDER_TAG[sentence_gender]} {text}"
    return text
