"""General-domain synthetic pairs from WordNet (Debian wordnet-base), translated by Apertium eng-spa.

Brown alone leaves the model without everyday person vocabulary ("nurse",
"surgeon"), which the gender suite and biographical text need. WordNet gives
three kinds of English text, each kept as its own line:

- usage examples quoted in every gloss ("she is a born musician");
- ``headword: definition`` lines for person nouns (lexicographer file 18),
  so each occupation is seen next to its Apertium translation;
- one lead sentence per biographical instance, written from its gloss the way
  an encyclopedia opens ("Mark Twain (1835-1910) was a United States writer").

A synset is the "document": the by-document split keeps all its lines together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from training.corpus.brown_apertium import apertium_pairs
from training.corpus.records import Pair

WORDNET_DIR = Path("/usr/share/wordnet")
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
PERSON_LEXICOGRAPHER_FILE = "18"
EXAMPLE = re.compile(r'"([^"]+)"')
YEARS = re.compile(r"\s*\((?:born |died |flourished |fl\. )?\d{1,4}[^()]*\)\s*$")
LEADING_LABEL = re.compile(r"^\([^()]*\)\s*")
ADJECTIVE_MARKER = re.compile(r"\((?:a|p|ip)\)$")


@dataclass(frozen=True)
class Synset:
    offset: str
    part_of_speech: str
    lexicographer_file: str
    lemmas: tuple[str, ...]
    is_instance: bool
    gloss: str

    @property
    def definition(self) -> str:
        """The gloss minus its quoted examples."""
        return self.gloss.split('; "')[0].split(' "')[0].strip().rstrip(";").strip()

    @property
    def examples(self) -> list[str]:
        return [example.strip() for example in EXAMPLE.findall(self.gloss)]


def _lemma(raw: str) -> str:
    return ADJECTIVE_MARKER.sub("", raw).replace("_", " ")


def parse_line(line: str, part_of_speech: str) -> Synset | None:
    """One ``data.*`` line (WordNet's wndb format); the licence header yields None."""
    if line.startswith("  ") or " | " not in line:
        return None
    fields, gloss = line.rstrip("\n").split(" | ", 1)
    parts = fields.split()
    word_count = int(parts[3], 16)
    lemmas = tuple(_lemma(parts[4 + 2 * i]) for i in range(word_count))
    pointers = parts[4 + 2 * word_count :]
    return Synset(parts[0], part_of_speech, parts[1], lemmas, "@i" in pointers, gloss.strip())


def read_synsets(directory: Path = WORDNET_DIR) -> Iterator[Synset]:
    for part_of_speech in PARTS_OF_SPEECH:
        path = directory / f"data.{part_of_speech}"
        with path.open(encoding="latin-1") as lines:
            for line in lines:
                synset = parse_line(line, part_of_speech)
                if synset is not None:
                    yield synset


#: Vowel letters read with a consonant sound ("a United States writer", "a European painter").
CONSONANT_SOUND = ("uni", "use", "usu", "uru", "uto", "ute", "eu", "one")


def _article(phrase: str) -> str:
    word = phrase.lower()
    return "an" if word[:1] in "aeiou" and not word.startswith(CONSONANT_SOUND) else "a"


def biography(synset: Synset) -> str | None:
    """An encyclopedia-style lead sentence for a person instance, or None when the gloss is no noun phrase."""
    definition = LEADING_LABEL.sub("", synset.definition)
    years = YEARS.search(definition)
    body = definition[: years.start()] if years else definition
    if len(body.split()) < 2:
        return None
    name = next((lemma for lemma in synset.lemmas if " " in lemma), synset.lemmas[0])
    lifespan = f" {years.group(0).strip()}" if years else ""
    determiner = "" if body.split()[0] in {"a", "an", "the", "one"} else f"{_article(body)} "
    return f"{name}{lifespan} was {determiner}{body}."


def english_lines(synset: Synset, min_words: int = 3) -> list[str]:
    lines = [example[0].upper() + example[1:] for example in synset.examples if len(example.split()) >= min_words]
    if synset.part_of_speech == "noun" and synset.lexicographer_file == PERSON_LEXICOGRAPHER_FILE:
        if synset.is_instance:
            lead = biography(synset)
            if lead:
                lines.append(lead)
        elif synset.definition:
            lines.append(f"{synset.lemmas[0]}: {synset.definition}")
    return lines


def iter_pairs(directory: Path = WORDNET_DIR, chunk: int = 2000) -> Iterator[Pair]:
    lines = (
        (f"{synset.part_of_speech}{synset.offset}", line)
        for synset in read_synsets(directory)
        for line in english_lines(synset)
    )
    return apertium_pairs("wordnet-apertium", lines, chunk)
