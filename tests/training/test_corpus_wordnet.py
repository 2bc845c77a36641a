import shutil
from pathlib import Path

import pytest

from training.corpus.wordnet_apertium import biography, english_lines, iter_pairs, parse_line

NURSE = (
    "10366966 18 n 01 nurse 0 001 @ 10255567 n 0000 | one skilled in caring for young children or the sick "
    '(usually under the supervision of a physician); "she is a nurse at the local hospital"  \n'
)
TWAIN = (
    "11243906 18 n 03 Twain 0 Mark_Twain 0 Samuel_Clemens 0 001 @i 10794014 n 0000 | United States writer "
    "and humorist best known for his novels about Mississippi River life (1835-1910)  \n"
)
RIVER = '09411430 17 n 01 river 0 000 | a large natural stream of water; "the river was wide"  \n'


def test_parse_wndb_lines() -> None:
    nurse = parse_line(NURSE, "noun")
    assert nurse is not None and nurse.lemmas == ("nurse",) and not nurse.is_instance
    assert nurse.examples == ["she is a nurse at the local hospital"]
    assert nurse.definition.startswith("one skilled") and '"' not in nurse.definition
    assert parse_line("  1 This software and database is provided", "noun") is None


def test_lines_per_kind_of_synset() -> None:
    nurse, twain, river = (parse_line(line, "noun") for line in (NURSE, TWAIN, RIVER))
    assert nurse and twain and river
    assert english_lines(nurse) == [
        "She is a nurse at the local hospital",
        f"nurse: {nurse.definition}",
    ]
    assert biography(twain) == (
        "Mark Twain (1835-1910) was a United States writer and humorist best known for his novels about "
        "Mississippi River life."
    )
    assert english_lines(river) == ["The river was wide"], "only person nouns get gloss lines"


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium-eng-spa is installed by `make test`")
def test_pairs_keep_a_synset_together(tmp_path: Path) -> None:
    (tmp_path / "data.noun").write_text(NURSE + RIVER, encoding="latin-1")
    for part in ("verb", "adj", "adv"):
        (tmp_path / f"data.{part}").write_text("")
    pairs = list(iter_pairs(tmp_path))
    assert [p.doc for p in pairs] == ["noun10366966", "noun10366966", "noun09411430"]
    assert "enfermer" in pairs[0].tgt and pairs[2].source == "wordnet-apertium"
