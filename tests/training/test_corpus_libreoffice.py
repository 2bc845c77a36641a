from pathlib import Path

from mt_core import grammar
from mt_core.grammar import PlaceholderKind
from training.corpus.libreoffice import iter_pairs

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "libreoffice"


def pairs_by_text() -> dict[str, object]:
    return {p.src: p for p in iter_pairs(FIXTURE)}


def test_segments_align_by_path_and_id() -> None:
    pairs = pairs_by_text()
    assert pairs["Find Bar"].tgt == "Barra de búsqueda"  # type: ignore[attr-defined]
    assert "Only in English." not in pairs
    assert all("Block content" not in src for src in pairs)
    assert {p.doc for p in pairs.values()} == {"text/shared/sample.html"}  # type: ignore[attr-defined]


def test_inline_tags_become_numbered_placeholders_matched_across_languages() -> None:
    choose = pairs_by_text()["Choose File - New."]
    open1, close1 = grammar.placeholder(1, PlaceholderKind.OPEN), grammar.placeholder(1, PlaceholderKind.CLOSE)
    assert choose.src_tagged == f"Choose {open1}File - New{close1}."  # type: ignore[attr-defined]
    assert choose.tgt_tagged == f"Elija {open1}Archivo - Nuevo{close1}."  # type: ignore[attr-defined]


def test_reordered_tags_keep_their_source_numbers() -> None:
    click = pairs_by_text()["Click here or press Ctrl+F."]
    link_open = grammar.placeholder(1, PlaceholderKind.OPEN)
    ctrl_open = grammar.placeholder(2, PlaceholderKind.OPEN)
    assert click.src_tagged.index(link_open) < click.src_tagged.index(ctrl_open)  # type: ignore[attr-defined]
    tgt = click.tgt_tagged  # type: ignore[attr-defined]
    assert tgt.index(ctrl_open) < tgt.index(link_open)
    assert f"{link_open}aquí{grammar.placeholder(1, PlaceholderKind.CLOSE)}" in tgt
