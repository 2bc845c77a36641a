"""UI strings from the Spanish gettext catalogs (.mo) that installed Debian packages ship."""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from pathlib import Path

from training.corpus.records import Pair

LOCALE_DIRS = (Path("/usr/share/locale/es/LC_MESSAGES"), Path("/usr/share/locale/es_ES/LC_MESSAGES"))
MNEMONIC = re.compile(r"(?<![\w&])[_&](?=\w)")  # at word start only: mid-word "_" is an identifier


def read_mo(path: Path) -> dict[str, str]:
    """Parse a GNU .mo catalog; plural and context entries are skipped as ambiguous."""
    data = path.read_bytes()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">"
    _, count, originals_at, translations_at = struct.unpack(endian + "4I", data[4:20])
    entries = {}
    for i in range(count):
        olen, ooff = struct.unpack(endian + "2I", data[originals_at + 8 * i : originals_at + 8 * i + 8])
        tlen, toff = struct.unpack(endian + "2I", data[translations_at + 8 * i : translations_at + 8 * i + 8])
        original, translation = data[ooff : ooff + olen], data[toff : toff + tlen]
        if not original or b"\x00" in original or b"\x04" in original:
            continue
        try:
            entries[original.decode("utf-8")] = translation.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return entries


def strip_mnemonic(text: str) -> str:
    """'_Open' and '&Save' carry keyboard accelerators, not text."""
    return MNEMONIC.sub("", text) if "_" in text or "&" in text else text


def iter_pairs(dirs: tuple[Path, ...] = LOCALE_DIRS) -> Iterator[Pair]:
    for directory in dirs:
        for path in sorted(directory.glob("*.mo")):
            for original, translation in read_mo(path).items():
                src, tgt = strip_mnemonic(original).strip(), strip_mnemonic(translation).strip()
                if src and tgt and "\n" not in src.strip("\n"):
                    yield Pair(source="ui", doc=path.stem, src=src, tgt=tgt)
