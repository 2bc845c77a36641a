"""Morphological analysis and bilingual lemma lookup through Apertium's lttoolbox (`lt-proc`).

One persistent `lt-proc -z` process per transducer: each text is written with a
NUL terminator and its analysis read back up to the next NUL, so analysing a
sentence costs a pipe round trip, not a process start.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

APERTIUM_ENG_SPA = Path("/usr/share/apertium/apertium-eng-spa")
LEXICAL_UNIT = re.compile(r"\^((?:\\.|[^$\\])*)\$")
TAG = re.compile(r"<([^>]+)>")


@dataclass(frozen=True)
class Analysis:
    lemma: str
    tags: tuple[str, ...]

    @property
    def gender(self) -> str | None:
        """'f', 'm' or None; Apertium writes 'mf'/'GD' where the form does not fix a gender."""
        for tag in self.tags:
            if tag in ("f", "m"):
                return tag
        return None


@dataclass(frozen=True)
class Token:
    surface: str
    analyses: tuple[Analysis, ...]
    #: Character offsets of the surface form in the analysed text.
    start: int
    end: int

    @property
    def known(self) -> bool:
        return bool(self.analyses)

    def has_tag(self, tag: str) -> bool:
        return any(tag in a.tags for a in self.analyses)


def _parse_analysis(text: str) -> Analysis:
    first_tag = text.find("<")
    lemma = text if first_tag < 0 else text[:first_tag]
    return Analysis(lemma.replace("\\", ""), tuple(TAG.findall(text)))


def parse_stream(output: str, source: str) -> list[Token]:
    """Turn lt-proc's ``^surface/analysis/…$`` stream into tokens located in ``source``."""
    tokens: list[Token] = []
    cursor = 0
    for match in LEXICAL_UNIT.finditer(output):
        parts = re.split(r"(?<!\\)/", match.group(1))
        surface = parts[0].replace("\\", "")
        analyses = tuple(_parse_analysis(p) for p in parts[1:] if not p.startswith("*"))
        start = source.find(surface, cursor)
        if start < 0:
            start = cursor
        end = start + len(surface)
        cursor = end
        tokens.append(Token(surface, analyses, start, end))
    return tokens


def lt_proc_executable(transducer: Path) -> str:
    executable = shutil.which("lt-proc")
    if executable is None:
        raise FileNotFoundError("lt-proc not found: install Debian packages lttoolbox and apertium-eng-spa")
    if not transducer.exists():
        raise FileNotFoundError(f"{transducer} not found: install the Debian package apertium-eng-spa")
    return executable


class LtProc:
    """A persistent lt-proc process; thread-safe, one request at a time.

    Each request ends in a newline before the NUL: without it, analysis held back the end of a text that may
    begin a multiword unit ("carrito de compras" came back as "carrito"), and the generation (-g) and
    bilingual (-b) modes answered nothing until the process closed, so each of their calls was a new process
    (about 25 ms)."""

    def __init__(self, transducer: Path, mode: str | None = None) -> None:
        arguments = [lt_proc_executable(transducer), "-z", *([mode] if mode else []), str(transducer)]
        self._process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._lock = threading.Lock()

    def __call__(self, text: str) -> str:
        payload = text.replace("\0", " ").encode("utf-8") + b"\n\0"
        with self._lock:
            assert self._process.stdin is not None and self._process.stdout is not None
            self._process.stdin.write(payload)
            self._process.stdin.flush()
            chunks = bytearray()
            descriptor = self._process.stdout.fileno()
            while not chunks.endswith(b"\0"):
                chunk = os.read(descriptor, 65536)
                if not chunk:
                    raise RuntimeError("lt-proc exited unexpectedly")
                chunks += chunk
        return chunks[:-1].decode("utf-8", errors="replace")

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait(timeout=10)


def escape(text: str) -> str:
    """Escape lt-proc's stream metacharacters in plain text."""
    return re.sub(r"([\^\$/<>@\\\[\]{}*])", r"\\\1", text)


class Analyser:
    """Surface text → tokens with all their analyses (e.g. Spanish gender and number)."""

    def __init__(self, transducer: Path) -> None:
        self._proc = LtProc(transducer)

    def analyse(self, text: str) -> list[Token]:
        return parse_stream(self._proc(escape(text)), text)

    def close(self) -> None:
        self._proc.close()


def lexical_unit(unit: Analysis) -> str:
    """``^lemma<tag>…$``, the stream form lt-proc's -b and -g modes read."""
    return "^" + escape(unit.lemma) + "".join(f"<{t}>" for t in unit.tags) + "$"


class Bilingual:
    """Lemma + tags in one language → lemma + tags in the other (Apertium's bilingual dictionary)."""

    def __init__(self, transducer: Path) -> None:
        self._proc = LtProc(transducer, "-b")

    def lookup(self, units: Sequence[Analysis]) -> list[Analysis | None]:
        if not units:
            return []
        output = self._proc(" ".join(lexical_unit(u) for u in units))
        results: list[Analysis | None] = []
        for match in LEXICAL_UNIT.finditer(output):
            parts = re.split(r"(?<!\\)/", match.group(1))
            found = [p for p in parts[1:] if p and not p.startswith(("@", "*"))]
            results.append(_parse_analysis(found[0]) if found else None)
        return results if len(results) == len(units) else [None] * len(units)


def english_analyser() -> Analyser:
    return Analyser(APERTIUM_ENG_SPA / "eng-spa.automorf.bin")


def spanish_analyser() -> Analyser:
    return Analyser(APERTIUM_ENG_SPA / "spa-eng.automorf.bin")


def english_to_spanish_lemmas() -> Bilingual:
    return Bilingual(APERTIUM_ENG_SPA / "eng-spa.autobil.bin")
