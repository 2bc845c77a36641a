"""Words the model left in English, and a second look at its n-best list for them.

A small model sometimes copies a source word instead of translating it, most often an imperative before a
file name: "Delete main.py." came back as "Delete main.py.", while its second hypothesis was "Eliminar
main.py.". A copied word counts as left untranslated when the source language's analyser knows it, the
target language's does not, and it is no name: lowercase in the source, or capitalised only as the
sentence's first word. Loanwords the target dictionary has (software, email, web, link) are never counted.
Protected runs (file names, addresses) are placeholders on both sides, so their words are not counted
either.

The service decodes with the beam's second hypothesis returned too (free at beam 2). For such sentences the
hypothesis with the fewest copied words wins if it scores within SCORE_MARGIN of the best and only changes
words (``CopyCheck.replaces``); else the first output stands. Decoding them again 4-best found about twice
as many, but re-decoded 9% of the benchmark's sentences, mostly in vain, for 12–14% of the throughput.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from mt_core.engine import DecodingOptions, Hypothesis
from mt_core.morphology import (
    Analyser,
    Analysis,
    Bilingual,
    english_analyser,
    english_to_spanish_lemmas,
    spanish_analyser,
)
from mt_core.pipeline_steps import PreparedTexts, Selection

if TYPE_CHECKING:
    from mt_core.pipeline import TranslationPipeline

#: How much lower (in CTranslate2's length-normalised log-probability) a hypothesis without the copy may
#: score and still replace the first; the translated imperatives above score 0.2 to 0.3 lower.
SCORE_MARGIN = 0.5
LETTERS = re.compile(r"[^\W\d_]{3,}")
#: Everything but words and spaces: punctuation, symbols, numbers, format specifiers (%s), placeholders.
MARKS = re.compile(r"[^\w\s]|\d+")
MAX_CACHED_WORDS = 100_000
#: Characters that join a word into an identifier, an option or a compound ('eos-after', 'File1').
JOINERS = frozenset("-_/@#0123456789")
#: Target words a reworded hypothesis may add freely (Apertium's tags: determiners, prepositions,
#: conjunctions, pronouns, relatives).
FUNCTION_WORDS = frozenset({"det", "pr", "cnjcoo", "cnjsub", "cnjadv", "prn", "rel"})
#: How alike a source word and an added target word must be to count as its cognate (direction/dirección).
COGNATE_RATIO = 0.8
#: Shorter words look alike by chance (rut/ruta).
COGNATE_LENGTH = 5


class CopyCheck:
    """Finds source words copied into the output untranslated, and judges a replacement; every analyser and
    dictionary verdict is cached per word."""

    def __init__(self, source_analyser: Analyser, target_analyser: Analyser, dictionary: Bilingual) -> None:
        self._source, self._target, self._dictionary = source_analyser, target_analyser, dictionary
        self._source_words: dict[str, tuple[Analysis, ...]] = {}
        self._target_words: dict[str, tuple[Analysis, ...]] = {}
        self._translations: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()

    def _analyses(self, side: str, word: str) -> tuple[Analysis, ...]:
        """The word's analyses, () where the analyser does not know it."""
        cache, analyser = (self._source_words, self._source) if side == "source" else (self._target_words, self._target)
        with self._lock:
            if word not in cache:
                if len(cache) >= MAX_CACHED_WORDS:  # bounded: any text can bring new words
                    cache.clear()
                tokens = analyser.analyse(word)
                cache[word] = tokens[0].analyses if len(tokens) == 1 else ()
            return cache[word]

    def _translated(self, word: str) -> frozenset[str]:
        """The dictionary's target lemmas for each reading of a source word."""
        analyses = self._analyses("source", word)
        with self._lock:
            if word not in self._translations:
                if len(self._translations) >= MAX_CACHED_WORDS:
                    self._translations.clear()
                found = self._dictionary.lookup(list(analyses)) if analyses else []
                self._translations[word] = frozenset(a.lemma.lower() for a in found if a is not None)
            return self._translations[word]

    def copied(self, source: str, output: str, keep: Collection[str] = ()) -> list[str]:
        """The output's words copied from ``source`` untranslated, in output order; ``keep``: words the output
        is meant to hold (a required term that happens to be English)."""
        shared = {w.lower() for w in LETTERS.findall(output)} & {w.lower() for w in LETTERS.findall(source)}
        shared -= {word.lower() for word in keep}
        if not shared:  # most sentences: checked without the analysers
            return []
        eligible = set()
        for position, match in enumerate(LETTERS.finditer(source)):
            word = match.group()
            if word.lower() not in shared or _in_identifier(source, match.start(), match.end()):
                continue  # 'eos-after', 'File1', 'NFS-safe', 'notes.txt'
            if word.islower() or (position == 0 and word[1:].islower()):
                eligible.add(word.lower())
        candidates = [m.group() for m in LETTERS.finditer(output) if m.group().lower() in eligible]
        return [
            word
            for word in candidates
            if self._analyses("source", word.lower()) and not self._analyses("target", word.lower())
        ]

    def replaces(self, output: str, other: str, copied: Collection[str]) -> bool:
        """Whether ``other`` can stand in for ``output``, whose ``copied`` words it translates: it drops no
        word, keeps the punctuation, numbers, format specifiers and placeholders, and each word it adds is a
        function word, the dictionary's translation of a copied word, or a close cognate of one. An n-best
        list also holds invented words ('transparcción') and other senses ('Acquire' → 'Almacenar', 'Milk' →
        'Lecho'), which the first output's English at least does not hide."""
        words, others = LETTERS.findall(output), LETTERS.findall(other)
        if len(others) < len(words) or _marks(other) != _marks(output):
            return False
        added = Counter(w.lower() for w in others) - Counter(w.lower() for w in words)
        sources = [word.lower() for word in copied]
        translations = frozenset().union(*(self._translated(word) for word in sources))
        return all(self._justified(word, sources, translations) for word in added)

    def _justified(self, word: str, sources: list[str], translations: frozenset[str]) -> bool:
        analyses = self._analyses("target", word)
        if not analyses:
            return False
        if any(a.tags[:1] and a.tags[0] in FUNCTION_WORDS for a in analyses):
            return True
        if any(a.lemma.lower() in translations for a in analyses):
            return True
        plain = _strip_accents(word)
        return any(
            len(source) >= COGNATE_LENGTH
            and SequenceMatcher(None, _strip_accents(source), plain).ratio() >= COGNATE_RATIO
            for source in sources
        )


def _cognates(source: str, target: str) -> bool:
    if len(source) < COGNATE_LENGTH:
        return False
    return SequenceMatcher(None, _strip_accents(source), _strip_accents(target)).ratio() >= COGNATE_RATIO


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _in_identifier(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is joined to a neighbour (a '.' or ':' only when a letter or digit follows
    it: 'notes.txt', 'File::Lock', but not a sentence's last word)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if (before and before in JOINERS) or (after and after in JOINERS):
        return True
    return (before in (".", ":") and text[start - 2 : start - 1].isalnum()) or (
        after in (".", ":") and text[end + 1 : end + 2].isalnum()
    )


def _marks(text: str) -> list[str]:
    """Punctuation, symbols, numbers and placeholders, as a sorted multiset: what a better word choice must
    leave as it was."""
    return sorted(MARKS.findall(text))


def with_beam_alternative(decoding: DecodingOptions) -> DecodingOptions:
    """The decoding the check needs: the beam's second hypothesis returned too (free when the beam holds two),
    where the copied word is often translated. The service and the direct baseline of bench/throughput.py
    both take it from here."""
    return replace(decoding, num_hypotheses=max(decoding.num_hypotheses, min(2, decoding.beam_size)))


def copy_check_for(source_lang: str, target_lang: str) -> CopyCheck | None:
    """The check for a pair whose analysers are installed (Apertium's en→es), else None."""
    if (source_lang, target_lang) != ("en", "es"):
        return None
    try:
        return _english_spanish_check()
    except FileNotFoundError:
        return None


@functools.cache
def _english_spanish_check() -> CopyCheck:
    """One check for every pipeline of the process: it holds three lt-proc processes and thread-safe caches."""
    return CopyCheck(english_analyser(), spanish_analyser(), english_to_spanish_lemmas())


def sentences_with_copies(
    pipeline: TranslationPipeline, prepared: PreparedTexts, selections: list[Selection]
) -> list[int]:
    """Sentences without terms or gender hints (those choose among n-best hypotheses already) whose output
    holds a copied word."""
    check = pipeline.copy_check
    if check is None:
        return []
    # The output as returned: its protected runs are back, but the source's are placeholders, so their words
    # are never the source's.
    return [
        index
        for index, selection in enumerate(selections)
        if selection.tokens
        and not prepared.terms[index]
        and not prepared.genders[index]
        and check.copied(prepared.inputs[index].text, selection.text)
    ]


def prefer_translated(
    pipeline: TranslationPipeline,
    prepared: PreparedTexts,
    selections: list[Selection],
    sentences: list[int],
    nbest: list[list[Hypothesis]],
) -> None:
    """For each of the ``sentences``, the hypothesis of its ``nbest`` list (the beam's) that translates
    what the chosen one copied, where one qualifies (module docstring)."""
    check = pipeline.copy_check
    if check is None or not sentences:
        return
    decode = pipeline.engine.tokenizer.decode
    for index, options in zip(sentences, nbest, strict=True):
        selection = selections[index]
        position = translated_alternative(check, prepared.inputs[index].text, decode(selection.tokens), options, decode)
        if position is None:
            continue
        hypothesis = options[position]
        output = pipeline.output_text(hypothesis.tokens, prepared.inputs[index])
        selections[index] = Selection(
            output.text,
            selection.method,
            selection.present,
            hypothesis.truncated,
            selection.genders_found,
            output.misplaced,
            hypothesis.tokens,
            hypothesis.attention,
        )


def translated_alternative(
    check: CopyCheck, source: str, first: str, options: Sequence[Hypothesis], decode: Callable[[list[str]], str]
) -> int | None:
    """The position in ``options`` of the hypothesis to take instead of the ``first`` output (decoded, with its
    placeholders), which copied words of ``source`` untranslated; None if it copied none or nothing qualifies."""
    copied = check.copied(source, first)
    best_score = max((h.score for h in options if h.score is not None), default=None)
    if not copied or best_score is None:
        return None
    better: list[tuple[int, int]] = []
    for position, hypothesis in enumerate(options):
        if hypothesis.score is None or hypothesis.score < best_score - SCORE_MARGIN:
            continue
        text = decode(hypothesis.tokens)
        if check.replaces(first, text, copied):
            better.append((len(check.copied(source, text)), position))
    fewest = min(better, default=None)
    return fewest[1] if fewest is not None and fewest[0] < len(copied) else None
