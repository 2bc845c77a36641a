import struct
from pathlib import Path

from training.corpus.gettext_catalogs import iter_pairs, read_mo, strip_mnemonic


def write_mo(path: Path, entries: dict[bytes, bytes]) -> None:
    """A minimal GNU .mo writer, so the test needs no msgfmt."""
    keys = sorted(entries)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(entries[k] + b"\0" for k in keys)
    header = 7 * 4
    offsets_at = header
    translations_at = offsets_at + 8 * len(keys)
    ids_at = translations_at + 8 * len(keys)
    strs_at = ids_at + len(ids)
    table_ids, table_strs = b"", b""
    pos = 0
    for k in keys:
        table_ids += struct.pack("<2I", len(k), ids_at + pos)
        pos += len(k) + 1
    pos = 0
    for k in keys:
        table_strs += struct.pack("<2I", len(entries[k]), strs_at + pos)
        pos += len(entries[k]) + 1
    data = struct.pack("<7I", 0x950412DE, 0, len(keys), offsets_at, translations_at, 0, 0)
    path.write_bytes(data + table_ids + table_strs + ids + strs)


def test_reads_catalog_and_skips_plural_and_context(tmp_path: Path) -> None:
    write_mo(
        tmp_path / "app.mo",
        {
            b"_Open File": b"_Abrir archivo",
            b"menu\x04Save": b"Guardar",
            b"%d file\x00%d files": b"%d archivo\x00%d archivos",
            b"Quit": b"Salir",
        },
    )
    assert read_mo(tmp_path / "app.mo") == {"_Open File": "_Abrir archivo", "Quit": "Salir"}
    pairs = list(iter_pairs((tmp_path,)))
    assert {(p.src, p.tgt) for p in pairs} == {("Open File", "Abrir archivo"), ("Quit", "Salir")}
    assert {p.doc for p in pairs} == {"app"}


def test_strip_mnemonic_keeps_identifiers() -> None:
    assert strip_mnemonic("&Save as") == "Save as"
    assert strip_mnemonic("Save _as") == "Save as"
    assert strip_mnemonic("snake_case stays") == "snake_case stays"
