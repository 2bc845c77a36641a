"""Text the model must not touch goes around it, as void placeholders.

SentencePiece spells a character it has no piece for (emoji, "®", "ï", a word in
another script) as UTF-8 byte pieces, and a small model rarely writes such bytes
back whole: "Great job 🎉" came back as an invented sentence and "Widget®" as
"Widget\ufffd256". Symbols that NFKC rewrites ("™" as "TM", "²" as "2") would come
back changed, and web and e-mail addresses, file names, paths and code identifiers
translated. Each run of such text is sent as a void placeholder, which the model
places like an inline tag, and is written back into the output as it was. A letter the vocabulary lacks takes its
whole word along: the word is copied, not spelled into another.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from mt_core import grammar
from mt_core.dates import DateFinder
from mt_core.grammar import Gender
from mt_core.person_names import NameFinder


class InputRewrite(Protocol):
    """Writes a model input the way the model reads best (mt_core/english_input.py)."""

    def __call__(self, text: str, keep: list[tuple[int, int]]) -> str:
        """``text`` rewritten, the ``keep`` spans left alone."""
        ...

    def as_read(self, text: str) -> str:
        """The source's words as the model read them, for the steps that compare its output with them."""
        ...

    def before_names(self, text: str) -> str:
        """``text`` rewritten before names are found in it, where a rewrite makes one findable."""
        ...


#: A term annotation's target: the target language's words.
_TERM_TARGET = re.compile(re.escape(grammar.TERM_TARGET) + ".*?" + re.escape(grammar.TERM_END))

#: Unicode categories of symbols and special digits whose NFKC form is another character ("™", "²", "½").
_REWRITTEN_SYMBOLS = ("Sm", "Sc", "Sk", "So", "No")


@dataclass(frozen=True)
class Protected:
    """A model input with its protected runs replaced by void placeholders."""

    text: str
    #: Placeholder number -> the characters it stands for (for a date, its spelling in the target language).
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


#: File extensions that mark a word as a file name ("settings.json" came back as "configuración.json",
#: "main.py" as "principal.py").
FILE_EXTENSIONS = (
    "txt|csv|tsv|json|ya?ml|toml|xml|html?|md|rst|ini|cfg|conf|log|lock|sql|db|"
    "py|js|ts|jsx|tsx|java|c|h|cpp|hpp|cs|go|rs|rb|php|sh|bat|ps1|exe|dll|so|jar|"
    "pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|epub|png|jpe?g|gif|svg|webp|ico|mp3|mp4|wav|zip|gz|tgz|tar|7z|rar|iso"
)
#: Top-level domains, in lower case, that mark a dotted word as a host name ("example.com" came back as
#: "ejemplo.com"); "the end.It was" is a missing space, not a host.
HOST_DOMAINS = (
    "com|org|net|edu|gov|mil|int|io|dev|app|ai|co|cloud|tech|info|biz|online|site|xyz|me|tv|eu|uk|us|ca|au|"
    "de|fr|es|it|pt|nl|be|ch|at|se|no|dk|fi|pl|ie|mx|ar|cl|br|jp|cn|in|ru"
)
#: Brace placeholders of software strings ("{0}", "{user.name}", "{{ count }}", "${file}"), which must come back
#: exactly: the model translated "{name}" as "{nombre}" and "{days}" as "{días}".
PLACEHOLDERS = r"\$?\{\{\s*[\w.\[\]-]+\s*\}\}|\$?\{[\w.:\[\]!#-]*\}"
#: printf specifiers ("%s", "%1$s", "%.2f", "%(count)d"), not after a digit ("50%off" is prose). The model
#: learned to copy them from gettext catalogues, and protecting them all cost the UI split 1.8 BLEU, so they
#: are protected only to translate again a sentence that lost one (mt_core/specifier_retry.py).
PRINTF_SPECIFIER = re.compile(
    r"(?<![\d%])%(?:\d+\$|\([A-Za-z_]\w*\))?[-+0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t|q)?"
    r"[diouxXeEfFgGaAcspn@](?![A-Za-z])"
)
#: Every placeholder of a software string, braces and printf alike: what must come back exactly.
SOFTWARE_PLACEHOLDER = re.compile(f"{PLACEHOLDERS}|{PRINTF_SPECIFIER.pattern}")
#: Text copied as written whatever its characters: web and e-mail addresses and host names (the model would
#: translate "user@example.com" into "usuario@ejemplo.com"), file names and bare extensions, paths of two or
#: more parts or starting "./", "../" or "~/", command-line options, and identifiers in camelCase or snake_case
#: ("fontSize" came back as "tipo de letra").
VERBATIM = re.compile(
    r"(?i:https?://|www\.)[^\s<>\"⟦⟧]*[^\s<>\"⟦⟧.,;:!?)\]']|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b"
    rf"|(?<![\w.@/-])(?i:[a-z](?:[a-z\d-]*[a-z\d])?\.(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)*)(?:{HOST_DOMAINS})\b(?![\w-]|\.\w)"
    r"(?:/[^\s<>\"⟦⟧]*[^\s<>\"⟦⟧.,;:!?)\]'])?"
    rf"|(?<![\w.-])[\w-]*\w(?:\.[\w-]+)*\.(?i:{FILE_EXTENSIONS})\b(?!\.\w)"
    rf"|(?<!\S)\.(?i:{FILE_EXTENSIONS})\b(?!\.\w)"
    r"|(?<![\w/.~])(?:(?:~|\.{1,2})/[\w.-]+(?:/[\w.-]+)*|/[\w.-]+(?:/[\w.-]+)+)/?"
    r"|(?<![\w-])--[A-Za-z][\w-]*"
    r"|\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+\b"
    r"|\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b"
    rf"|{PLACEHOLDERS}"
)

#: What every VERBATIM match holds somewhere, cheap to look for: text without it skips the full pattern. Case
#: matters: case-blind, the camelCase hint matched any two letters and no sentence ever skipped it.
VERBATIM_HINT = re.compile(r"@|://|(?i:www)\.|\.\w|/[\w.-]|--|_|[a-z\d][A-Z]|\{")


def may_hold_verbatim(text: str) -> bool:
    return VERBATIM_HINT.search(text) is not None


class SymbolProtector:
    def __init__(
        self,
        known_characters: frozenset[str],
        dates: DateFinder | None = None,
        names: NameFinder | None = None,
        known_names: NameFinder | None = None,
        input_rewrite: InputRewrite | None = None,
    ) -> None:
        #: Characters that some piece of the vocabulary holds.
        self.known = known_characters
        #: Finds the source's dates with their target-language spelling (mt_core/dates.py), which the
        #: placeholders stand for instead of the source's characters.
        self.dates = dates
        #: Finds people's names, kept as written (mt_core/person_names.py).
        self.names = names
        #: Finds names of wars, prizes and the like with their target-language name (mt_core/known_names.py).
        self.known_names = known_names
        #: Writes the model's input the way it reads best (mt_core/english_input.py).
        self.input_rewrite = input_rewrite

    def surnames_in(self, text: str) -> frozenset[str]:
        """The last names of the people a whole text names in full: a biography calls Steve Jobs 'Jobs' after
        its first sentence, which the model translated ('Los trabajos murieron')."""
        if self.names is None:
            return frozenset()
        return frozenset(surname for _, _, name in self.names(text) if (surname := last_name(name)) is not None)

    def needs_protection(self, character: str) -> bool:
        """ASCII is left to the model: it learned to copy the single byte piece of "@" or "~"."""
        if character.isascii() or character.isspace() or character in (grammar.OPEN, grammar.CLOSE):
            return False
        normalised = unicodedata.normalize("NFKC", character)
        if any(c not in self.known and not c.isspace() for c in normalised):
            return True
        return normalised != character and unicodedata.category(character) in _REWRITTEN_SYMBOLS

    def _runs(self, text: str, also: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
        """Spans of protected characters, widened to whole words for letters and marks, and joined across
        the whitespace between two of them; ``also`` adds spans of its own."""
        symbols = {i for match in grammar.ANY_SYMBOL_RE.finditer(text) for i in range(match.start(), match.end())}
        found = [match.span() for match in VERBATIM.finditer(text)]
        found += [match.span() for match in also.finditer(text)] if also else []
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

    def protect(
        self,
        text: str,
        also: re.Pattern[str] | None = None,
        gender: Gender | None = None,
        surnames: frozenset[str] = frozenset(),
    ) -> Protected:
        """``text`` may already hold placeholders (a term retry's tags); the voids are numbered after them.
        Runs beyond the grammar's last placeholder number stay as they are. ``also`` protects more; ``gender``
        is the sentence's person's, for the dates that name a birth; ``surnames`` are kept as written too (the
        text's people's, `surnames_in`)."""
        text = self.input_rewrite.before_names(text) if self.input_rewrite is not None else text
        # Spans that stand for a text of their own: dates in their Spanish spelling, known names in theirs,
        # people's names as written. Where two overlap, the first found wins.
        written_as = self.dates(text, gender) if self.dates else []
        for finder in (self.known_names, self.names, _surname_finder(surnames)):
            found = finder(text) if finder else []
            written_as += [n for n in found if not any(n[0] < e and s < n[1] for s, e, _ in written_as)]
        if also is None and not written_as and text.isascii() and not may_hold_verbatim(text):  # most text: no pass
            return Protected(self._rewritten(text))
        used = [token.index for token in grammar.find_placeholders(text)]
        number = max(used, default=0)
        originals: dict[int, str] = {}
        pieces: list[str] = []
        cursor = 0
        spans = self._runs(text, also)
        # a finder's span that cuts a protected run in two misread the word ('Marie Sk' of 'Skłodowska'): the run
        # wins, or the rest of the word would reach the model with a character it has no piece for
        written_as = [
            w for w in written_as if not any(w[0] < e and s < w[1] and not w[0] <= s < e <= w[1] for s, e in spans)
        ]
        runs = [(s, e, text[s:e]) for s, e in spans if not any(s < b and a < e for a, b, _ in written_as)]
        for start, end, written in sorted(runs + written_as):
            if number == grammar.MAX_PLACEHOLDERS or grammar.OPEN in text[start:end]:
                continue
            number += 1
            originals[number] = written
            pieces += [text[cursor:start], grammar.placeholder(number, grammar.PlaceholderKind.VOID)]
            cursor = end
        if not originals:
            return Protected(self._rewritten(text))
        protected = self._rewritten("".join(pieces) + text[cursor:])
        spaced = frozenset(grammar.voids_after_space(protected) & originals.keys())
        return Protected(protected, originals, spaced)

    def _rewritten(self, text: str) -> str:
        """Term targets are the target language's words, and left alone."""
        if self.input_rewrite is None:
            return text
        keep = [m.span() for m in _TERM_TARGET.finditer(text)] if grammar.OPEN in text else []
        return self.input_rewrite(text, keep)

    def as_read(self, text: str) -> str:
        """The source's words as the model read them: the steps that compare the output with the source read
        it so, as a copied 'canonized' is the source's 'canonised'."""
        return self.input_rewrite.as_read(text) if self.input_rewrite is not None else text

    @staticmethod
    def restore(output: str, protected: Protected) -> Restored:
        """The output with each protected run where the model put its placeholder (a repeat is dropped); a
        run the model left out goes back at the start if it began the input, else at the end."""
        if not protected.originals:
            return Restored(output)
        output = _case_after_runs(output, protected)
        pieces: list[str] = []
        placed: set[int] = set()
        cursor = 0
        for token in grammar.find_placeholders(output):
            if token.kind is not grammar.PlaceholderKind.VOID or token.index not in protected.originals:
                continue
            pieces.append(output[cursor : token.start])
            if token.index not in placed:
                glued = token.start > 0 and not output[token.start - 1].isspace()
                # a run that opened the input had no space before it, but a word the model put first wants one
                opened = protected.text.startswith(grammar.placeholder(token.index, grammar.PlaceholderKind.VOID))
                spaced = token.index in protected.spaced or (opened and output[token.start - 1].isalpha())
                pieces += [" " if glued and spaced else "", protected.originals[token.index]]
                placed.add(token.index)
            cursor = token.end
        text = "".join(pieces) + output[cursor:]
        misplaced = [number for number in protected.originals if number not in placed]
        for number in misplaced:
            original = protected.originals[number]
            leading = protected.text.startswith(grammar.placeholder(number, grammar.PlaceholderKind.VOID))
            if leading:
                text = f"{original} {text}"
            else:  # before the sentence's closing punctuation, not after it
                end = _CLOSING.search(text.rstrip())
                body, closing = (text.rstrip()[: end.start()], end.group()) if end else (text.rstrip(), "")
                text = f"{body.rstrip()} {original}{closing}"
        return Restored(text, [protected.originals[number] for number in misplaced])


_CLOSING = re.compile(r"[.!?…:;]+[\"'”’»)\]]*$")


def last_name(name: str) -> str | None:
    """The word a text calls a person by after naming them in full: 'King' of 'Martin Luther King Jr.'."""
    words = [word for word in name.split() if word.rstrip(".,") not in ("Jr", "Sr") and not _ROMAN.fullmatch(word)]
    return words[-1] if len(words) > 1 and words[-1][:1].isupper() else None


_ROMAN = re.compile(r"[IVX]+")


def _surname_finder(surnames: frozenset[str]) -> NameFinder | None:
    if not surnames:
        return None
    # not after an article: 'a Bézier curve' names a thing after the person, which the model writes 'una curva
    # de Bézier' when it sees the name
    pattern = re.compile(
        rf"(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )\b(?:{'|'.join(map(re.escape, sorted(surnames)))})\b(?!-)"
    )
    return lambda text: [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


_AFTER_VOID = re.compile(r"\s+(\w)(\w*)")


def _case_after_runs(output: str, protected: Protected) -> str:
    """A run reads to the model as a sentence of its own, and it capitalises the word after it ("--binary Lee
    y escribe", "En la década de 1960 Obró en París"); where the source's word after that run is in lower
    case, so is the translation's, unless the source has the word with its capital (a name) or it is an
    acronym."""
    pieces, cursor = [], 0
    for token in grammar.find_placeholders(output):
        if token.kind is not grammar.PlaceholderKind.VOID or token.index not in protected.originals:
            continue
        word = _AFTER_VOID.match(output, token.end)
        written = grammar.placeholder(token.index, grammar.PlaceholderKind.VOID)
        at = protected.text.find(written)
        source = _AFTER_VOID.match(protected.text, at + len(written)) if at >= 0 else None
        if word is None or source is None or not word.group(1).isupper() or not source.group(1).islower():
            continue
        if word.group(2)[:1].isupper() or re.search(rf"\b{re.escape(word.group(1) + word.group(2))}\b", protected.text):
            continue
        pieces += [output[cursor : word.start(1)], word.group(1).lower()]
        cursor = word.end(1)
    return "".join(pieces) + output[cursor:]
