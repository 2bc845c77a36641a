"""Terminology: glossary matching and checking that required terms landed (inline syntax: mt_core.inline)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)


class TermSyntaxError(ValueError):
    """A term that cannot be matched (no words in its source)."""


@dataclass(frozen=True)
class Term:
    source: str
    target: str


@dataclass(frozen=True)
class TermMatch:
    """A term located in a text: characters ``start:end`` must become ``target``."""

    start: int
    end: int
    source: str
    target: str
    origin: str  # "inline" | "request" | "glossary"
    #: The source has the term's last word in the plural ("invoices" for "invoice").
    plural: bool = False


def fold_word(word: str) -> str:
    """Case and width folded, as terms are compared."""
    return unicodedata.normalize("NFKC", word).casefold()


def english_singular(word: str) -> str:
    """English plural → singular, enough for glossary matching ('orders', 'boxes', 'policies')."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    term: Term | None = None
    case_sensitive: bool = False


class TermMatcher:
    """A word trie over glossary sources: longest match wins, at word boundaries, in one pass.

    Matching is case-insensitive, except for entries written with capitals after
    the first letter (acronyms such as 'API'), which must match exactly. The last
    word of a source may carry an English plural ending ('orders' matches 'order').
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self._root = _Node()
        self.size = 0
        for term in terms:
            self.add(term)

    def add(self, term: Term) -> None:
        words = WORD.findall(term.source)
        if not words:
            raise TermSyntaxError(f"term source {term.source!r} has no words")
        node = self._root
        for word in words:
            node = node.children.setdefault(fold_word(word), _Node())
        if node.term is None:
            self.size += 1
        node.term = term
        node.case_sensitive = any(ch.isupper() for ch in term.source[1:])

    def find(self, text: str, limit: int = 16, taken: Sequence[tuple[int, int]] = ()) -> list[TermMatch]:
        words = list(WORD.finditer(text))
        matches: list[TermMatch] = []
        index = 0
        while index < len(words) and len(matches) < limit:
            best: tuple[int, Term, bool] | None = None
            node = self._root
            for offset in range(index, len(words)):
                word = fold_word(words[offset].group())
                child = node.children.get(word)
                plural_child = node.children.get(english_singular(word)) if child is None else None
                node_next = child or plural_child
                if node_next is None:
                    break
                node = node_next
                if node.term and self._case_ok(node, text[words[index].start() : words[offset].end()]):
                    best = (offset, node.term, plural_child is not None)
                if plural_child is not None:
                    break  # an inflected word can only end a term
            if best is None:
                index += 1
                continue
            end_index, term, plural = best
            start, end = words[index].start(), words[end_index].end()
            if not any(start < t_end and t_start < end for t_start, t_end in taken):
                matches.append(TermMatch(start, end, text[start:end], term.target, "glossary", plural))
            index = end_index + 1
        return matches

    @staticmethod
    def _case_ok(node: _Node, surface: str) -> bool:
        if not node.case_sensitive or node.term is None:
            return True
        found, wanted = WORD.findall(surface), WORD.findall(node.term.source)
        return found[:-1] == wanted[:-1] and found[-1] in (wanted[-1], wanted[-1] + "s")


def term_present(target: str, translation: str) -> bool:
    """Does the translation contain the target term, allowing Spanish inflection of each word?

    Each term word must appear in order, as the same word or one differing only in
    a number/gender ending (-s, -es, -a/-o, -as/-os), compared case- and width-insensitively.
    """
    if not WORD.search(target):
        return True
    return bool(term_occurrences(target, [fold_word(w) for w in WORD.findall(translation)]))


#: The origin of terms fairmt adds itself for a hinted noun it lost (mt_core/gender_fallbacks.py). They are
#: checked as written: the inflection other terms may take is the very gender they are there to fix
#: ('pilota' is not 'piloto', the common-gender form the hint asked for).
GENDER_TERM_ORIGIN = "gender"


def term_written(target: str, translation: str) -> bool:
    """The target's words as given, in order (case and width folded; no inflection allowed)."""
    term = [fold_word(w) for w in WORD.findall(target)]
    words = [fold_word(w) for w in WORD.findall(translation)]
    return any(words[start : start + len(term)] == term for start in range(len(words) - len(term) + 1))


def term_held(target: str, origin: str, translation: str) -> bool:
    """Whether a required term of this origin is in the translation: as written for fairmt's gender terms (a
    person noun, also as a former role or a rank below: 'exvelocista' holds 'velocista', 'contraalmirante'
    'almirante'), inflection allowed for every other."""
    if origin != GENDER_TERM_ORIGIN:
        return term_present(target, translation)
    if term_written(target, translation):
        return True
    return " " not in target and any(term_written(prefix + target, translation) for prefix in ("ex", "contra"))


def term_occurrences(target: str, words: Sequence[str]) -> list[range]:
    """Where the target term occurs in ``words`` (folded with ``fold_word``), inflection allowed as in
    ``term_present``: the word indices of each occurrence."""
    term_words = [fold_word(w) for w in WORD.findall(target)]
    if not term_words:
        return []
    return [
        range(start, start + len(term_words))
        for start in range(len(words) - len(term_words) + 1)
        if all(_inflected_same(t, w) for t, w in zip(term_words, words[start:], strict=False))
    ]


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _inflected_same(term_word: str, word: str) -> bool:
    if term_word == word:
        return True
    term_word, word = _strip_accents(term_word), _strip_accents(word)
    if term_word == word or _plural_of(word, term_word) or _plural_of(term_word, word):
        return True
    stem_term, stem_word = _strip_ending(term_word), _strip_ending(word)
    return len(stem_term) >= 3 and stem_term == stem_word


def _plural_of(plural: str, singular: str) -> bool:
    """Spanish plurals that stripping an ending misses: borde → bordes, luz → luces."""
    if plural in (singular + "s", singular + "es"):
        return True
    return singular.endswith("z") and plural == singular[:-1] + "ces"


def _strip_ending(word: str) -> str:
    for ending in ("es", "as", "os", "s", "a", "o"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
