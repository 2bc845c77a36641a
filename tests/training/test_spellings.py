import json
from collections import Counter
from pathlib import Path

import pytest

from training.spellings import SpellingConfig, american_pairs, source_word_counts, write_spelling_table


def test_a_pair_is_kept_where_the_training_sources_know_the_american_form_far_better() -> None:
    counts = Counter({"color": 30, "colour": 1, "center": 3, "theater": 5, "theatre": 4, "tires": 40})
    pairs = american_pairs(
        {"colour": "color", "centre": "center", "theatre": "theater", "metres": "meters", "tyres": "tires"},
        counts,
        ratio=3,
    )
    # 'metres' → 'meters' is dropped: neither occurs; 'tyres' → 'tires' means something else
    assert pairs == {"colour": "color", "centre": "center"}


def _corpus(directory: Path, sources: list[str]) -> Path:
    directory.mkdir()
    rows = [{"source": "x", "doc": "d", "src": s, "tgt": "-"} for s in sources]
    (directory / "x.train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (directory / "x.test.jsonl").write_text(json.dumps({"source": "x", "doc": "d", "src": "colour " * 9, "tgt": "-"}))
    return directory


def test_the_table_is_written_from_the_training_sources_alone_and_the_same_twice(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", ["The color of the center.", "Color, color, center and centre."] * 3)
    assert source_word_counts(corpus)["color"] == 9
    output = tmp_path / "table.tsv"
    written = write_spelling_table(SpellingConfig(corpus, 3, output))
    first = output.read_text()
    assert written == 1 and first == "colour\tcolor\n"  # centre occurs 3 times to center's 6
    write_spelling_table(SpellingConfig(corpus, 3, output))
    assert output.read_text() == first


def test_a_corpus_without_training_files_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="fairmt data build"):
        source_word_counts(tmp_path)
