"""Bible verses: World English Bible (sword-text-web) and Reina-Valera 1909 (sword-text-sparv).

The 1909 Spanish is archaic, so the common archaic spellings are modernised here
and the builder caps the source's share of the training mix.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator

from mt_core import grammar
from training.corpus.records import Pair

ENGLISH_MODULE = "engWEB2015eb"
SPANISH_MODULE = "spaRV1909eb"
BOOKS = [
    "Genesis",
    "Exodus",
    "Leviticus",
    "Numbers",
    "Deuteronomy",
    "Joshua",
    "Judges",
    "Ruth",
    "I_Samuel",
    "II_Samuel",
    "I_Kings",
    "II_Kings",
    "I_Chronicles",
    "II_Chronicles",
    "Ezra",
    "Nehemiah",
    "Esther",
    "Job",
    "Psalms",
    "Proverbs",
    "Ecclesiastes",
    "Song_of_Solomon",
    "Isaiah",
    "Jeremiah",
    "Lamentations",
    "Ezekiel",
    "Daniel",
    "Hosea",
    "Joel",
    "Amos",
    "Obadiah",
    "Jonah",
    "Micah",
    "Nahum",
    "Habakkuk",
    "Zephaniah",
    "Haggai",
    "Zechariah",
    "Malachi",
    "Matthew",
    "Mark",
    "Luke",
    "John",
    "Acts",
    "Romans",
    "I_Corinthians",
    "II_Corinthians",
    "Galatians",
    "Ephesians",
    "Philippians",
    "Colossians",
    "I_Thessalonians",
    "II_Thessalonians",
    "I_Timothy",
    "II_Timothy",
    "Titus",
    "Philemon",
    "Hebrews",
    "James",
    "I_Peter",
    "II_Peter",
    "I_John",
    "II_John",
    "III_John",
    "Jude",
    "Revelation_of_John",
]
VERSE = re.compile(r"^(.+? \d+):(\d+): ?(.*)$")

# Archaic accents on one-letter words and preterites that modern spelling dropped.
ARCHAIC = {
    "á": "a",
    "Á": "A",
    "ó": "o",
    "Ó": "O",
    "é": "e",
    "É": "E",
    "fué": "fue",
    "Fué": "Fue",
    "dió": "dio",
    "Dió": "Dio",
    "vió": "vio",
    "Vió": "Vio",
    "fuí": "fui",
    "dí": "di",
    "ví": "vi",
}
ARCHAIC_WORD = re.compile(r"\b(" + "|".join(sorted(ARCHAIC, key=len, reverse=True)) + r")\b")
SHOUTED_FIRST_WORD = re.compile(r"^([A-ZÁÉÍÓÚÑ]{2,})(?=\s)")


def modernise_spanish(text: str) -> str:
    text = ARCHAIC_WORD.sub(lambda m: ARCHAIC[m.group(1)], text)
    return SHOUTED_FIRST_WORD.sub(lambda m: m.group(1).capitalize(), text)


def read_verses(module: str, book: str) -> dict[str, str]:
    """Verses of one book keyed 'Book C:V', from diatheke's plain output."""
    output = subprocess.run(
        ["diatheke", "-b", module, "-f", "plain", "-k", book.replace("_", " ")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    verses = {}
    for line in output.splitlines():
        match = VERSE.match(line.strip())
        # Strong's numbers ("vida <H2416>"): a model trained on them writes them ("constituyóle <G0846> a Pablo").
        text = grammar.CONCORDANCE_NUMBER.sub("", match.group(3)) if match else ""
        if match and text.strip():
            verses[f"{match.group(1)}:{match.group(2)}"] = " ".join(text.split())
    return verses


def iter_pairs() -> Iterator[Pair]:
    for book in BOOKS:
        english, spanish = read_verses(ENGLISH_MODULE, book), read_verses(SPANISH_MODULE, book)
        for key, src in english.items():
            tgt = spanish.get(key)
            if tgt:
                chapter = key.rsplit(":", 1)[0]
                yield Pair(source="bible", doc=chapter, src=src, tgt=modernise_spanish(tgt))
