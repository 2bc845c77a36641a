from training.corpus.clean import CleaningStats, clean, looks_spanish
from training.corpus.records import Pair, read_pairs, split_for_doc, write_pairs


def pair(src: str, tgt: str, doc: str = "d") -> Pair:
    return Pair("s", doc, src, tgt)


def test_cleaning_drops_with_reasons() -> None:
    stats = CleaningStats()
    pairs = [
        pair("The file is open.", "El archivo está abierto."),
        pair("The file is open.", "El archivo está abierto."),
        pair("This is the window of the file", "This is the window of the file"),
        pair("12345", "12345"),
        pair("Short.", " ".join(["palabra"] * 40)),
        pair("The file is the one", "The file is the one that was saved"),
    ]
    kept = list(clean(pairs, stats))
    assert [p.tgt for p in kept] == ["El archivo está abierto."]
    assert stats.dropped == {
        "duplicate": 1,
        "untranslated": 1,
        "no letters": 1,
        "length ratio": 1,
        "target not Spanish": 1,
    }


def test_language_check() -> None:
    assert looks_spanish("Haga clic en el botón para guardar los cambios")
    assert not looks_spanish("Click the button to save the changes and exit")


def test_split_is_by_document_and_stable() -> None:
    assert split_for_doc("src", "doc-1") == split_for_doc("src", "doc-1")
    splits = {split_for_doc("src", f"doc-{i}") for i in range(500)}
    assert splits == {"train", "dev", "test"}


def test_pairs_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pairs = [pair("a", "b"), Pair("s", "d", "x", "y", "x⟦x1/⟧", "y⟦x1/⟧")]
    assert write_pairs(tmp_path / "p.jsonl", pairs) == 2
    assert list(read_pairs(tmp_path / "p.jsonl")) == pairs
