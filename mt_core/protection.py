"""Text the model must not touch goes around it, as void placeholders.

SentencePiece spells a character it has no piece for (emoji, "®", "ï", a word in
another script) as UTF-8 byte pieces, and a small model rarely writes such bytes
back whole: "Great job 🎉" came back as an invented sentence and "Widget®" as
"Widget\ufffd256". Symbols that NFKC rewrites ("™" as "TM", "²" as "2") would come
back changed, and web and e-mail addresses translated. Each run of such text is
sent as a void placeholder, which the model places like an inline tag, and is
written back into the output as it was. A letter the vocabulary lacks takes its
whole word along: the word is copied, not spelled into another.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from mt_core import grammar

#: Unicode categories of symbols and special digits whose NFKC form is another character ("™", "²", "½").
_REWRITTEN_SYMBOLS = ("Sm", "Sc", "Sk", "So", "No")


@dataclass(frozen=True)
class Protected:
    """A model input with its protected runs replaced by void placeholders."""

    text: str
    #: Placeholder number -> the characters it stands for.
    originals: dict[int, str] = field(default_factory=dict)
    #: Placeholders that follow whitespace in ``text``, for the space the model's output drops.
    spaced: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Restored:
    text: str
    #: Runs the model left out, put back at the start or the end of the sentence.
    misplaced: list[str] = field(default_factory=list)


def _is_mark(character: str) -> bool:
    return unicodedata.category(character)[0] == "M"


#: Text copied as written whatever its characters: web addresses and e-mail addresses (the model would
#: translate "user@example.com" into "usuario@ejemplo.com").
VERBATIM = re.compile(
    r"(?i:https?://|www\.)[^\s<>\"⟦⟧]*[^\s<>\"⟦⟧.,;:!?)\]']|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b"
)

VERBATIM_HINT = re.compile(r"@|://|www\.", re.IGNORECASE)


class SymbolProtector:
    def __init__(self, known_characters: frozenset[str]) -> None:
        #: Characters that some piece of the vocabulary holds.
        self.known = known_characters

    def needs_protection(self, character: str) -> bool:
        """ASCII is left to the model: it learned to copy the single byte piece of "@" or "~"."""
        if character.isascii() or character.isspace() or character in (grammar.OPEN, grammar.CLOSE):
            return False
        normalised = unicodedata.normalize("NFKC", character)
        if any(c not in self.known and not c.isspace() for c in normalised):
            return True
        return normalised != character and unicodedata.category(character) in _REWRITTEN_SYMBOLS

    def _runs(self, text: str) -> list[tuple[int, int]]:
        """Spans of protected characters, widened to whole words for letters and marks, and joined across
        the whitespace between two of them."""
        symbols = {i for match in grammar.ANY_SYMBOL_RE.finditer(text) for i in range(match.start(), match.end())}
        found = [match.span() for match in VERBATIM.finditer(text)]
        for position, character in enumerate(text):
            if position in symbols or not self.needs_protection(character):
                continue
            start, end = position, position + 1
            if unicodedata.category(character)[0] in "LM":
                while start > 0 and text[start - 1].isalnum() and start - 1 not in symbols:
                    start -= 1
                while end < len(text) and end not in symbols and (text[end].isalnum() or _is_mark(text[end])):
                    end += 1
            found.append((start, end))
        spans: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if spans and (spans[-1][1] >= start or not text[spans[-1][1] : start].strip()):
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        return spans

    def protect(self, text: str) -> Protected:
        """``text`` may already hold placeholders (a term retry's tags); the voids are numbered after them.
        Runs beyond the grammar's last placeholder number stay as they are."""
        if text.isascii() and not VERBATIM_HINT.search(text):  # most text: no pass over its characters
            return Protected(text)
        used = [token.index for token in grammar.find_placeholders(text)]
        number = max(used, default=0)
        originals: dict[int, str] = {}
        pieces: list[str] = []
        cursor = 0
        for start, end in self._runs(text):
            if number == grammar.MAX_PLACEHOLDERS or grammar.OPEN in text[start:end]:
                continue
            number += 1
            originals[number] = text[start:end]
            pieces += [text[cursor:start], grammar.placeholder(number, grammar.PlaceholderKind.VOID)]
            cursor = end
        if not originals:
            return Protected(text)
        protected = "".join(pieces) + text[cursor:]
        spaced = frozenset(grammar.voids_after_space(protected) & originals.keys())
        return Protected(protected, originals, spaced)

    @staticmethod
    def restore(output: str, protected: Protected) -> Restored:
        """The output with each protected run where the model put its placeholder (a repeat is dropped); a
        run the model left out goes back at the start if it began the input, else at the end."""
        if not protected.originals:
            return Restored(output)
        pieces: list[str] = []
        placed: set[int] = set()
        cursor = 0
        for token in grammar.find_placeholders(output):
            if token.kind is not grammar.PlaceholderKind.VOID or token.index not in protected.originals:
                continue
            pieces.append(output[cursor : token.start])
            if token.index not in placed:
                glued = token.start > 0 and not output[token.start - 1].isspace()
                pieces += [" " if glued and token.index in protected.spaced else "", protected.originals[token.index]]
                placed.add(token.index)
            cursor = token.end
        text = "".join(pieces) + output[cursor:]
        misplaced = [number for number in protected.originals if number not in placed]
        for number in misplaced:
            original = protected.originals[number]
            leading = protected.text.startswith(grammar.placeholder(number, grammar.PlaceholderKind.VOID))
            text = f"{original} {text}" if leading else f"{text.rstrip()} {original}"
        return Restored(text, [protected.originals[number] for number in misplaced])
