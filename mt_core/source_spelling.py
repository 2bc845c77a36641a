"""British spellings, written the American way before the model reads them.

The model's English side is American: in its training sources 'meters' occurs 26 times and 'metres' never,
'organization' 167 times and 'organisation' never. It copied what it had not seen ('5 kilometres' → '5
kilometres', 'organisation' → 'organisación'), so a biography of a British writer came back half in English.
The table (american_spellings.tsv, written by `fairmt data spellings` from the breame package's list) holds
only the pairs whose American form the training sources use at least three times as often as the British
one, less those where the American word means something else ('tyres' → 'tires', 'philtre' → 'filter').

Only the model's input changes: terms, glossaries, the gender reader and the repairs read the text as
written. Addresses, file names and identifiers (protection.VERBATIM) are never touched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path

TABLE = Path(__file__).with_name("american_spellings.tsv")

#: A word on its own: not part of a file name, address, path or identifier.
_WORD = re.compile(r"(?<![\w./\\@#$%&+=~])(?<!--)[A-Za-z]+(?![\w/\\@]|\.\w)")
_LETTERS = re.compile(r"[a-z]+")
#: A capitalised word just before: 'Grey' in 'Lady Grey' is a name.
_AFTER_CAPITAL = re.compile(r"[A-Z][\w'’-]*\s+$")


class AmericanSpelling:
    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = dict(table)
        self._keys = frozenset(self.table)

    def __call__(self, text: str, keep: list[tuple[int, int]] | None = None) -> str:
        """``text`` with each British word of the table respelled, in its case; words inside ``keep`` spans
        are left as they are, and so is a capitalised word after another, a name's ('Lady Grey')."""
        if self._keys.isdisjoint(_LETTERS.findall(text.lower())):  # most text: no British word at all
            return text
        spans = keep or []

        def respell(match: re.Match[str]) -> str:
            word = match.group()
            american = self.table.get(word.lower())
            if american is None or any(s <= match.start() < e for s, e in spans):
                return word
            if word.isupper() and len(word) > 1:
                return american.upper()
            if word[0].isupper():
                if not word[1:].islower() or _AFTER_CAPITAL.search(text, 0, match.start()):
                    return word
                return american[0].upper() + american[1:]
            return american if word.islower() else word

        return _WORD.sub(respell, text)

    def as_read(self, text: str) -> str:
        return self(text)

    def before_names(self, text: str) -> str:
        return text


def read_table(path: Path) -> dict[str, str]:
    pairs = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {british: american for british, american in pairs}


@functools.cache
def american_spelling() -> AmericanSpelling:
    return AmericanSpelling(read_table(TABLE))
