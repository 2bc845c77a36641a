import shutil
from pathlib import Path

import pytest

from training.corpus.brown_apertium import apertium_translate, detokenize, iter_pairs, read_brown


def test_detokenize_brown_tags() -> None:
    line = "The/at jury/nn said/vbd ``/`` no/at ''/'' ,/, it/pps isn't/bez* ./."
    assert detokenize(line) == "The jury said \u201cno\u201d, it isn't."


def test_read_brown_keeps_file_as_document(tmp_path: Path) -> None:
    (tmp_path / "ca01").write_text("\n\n\tThe/at dog/nn ./.\n\n\tA/at cat/nn ./.\n")
    (tmp_path / "README").write_text("not a corpus file")
    assert list(read_brown(tmp_path)) == [("ca01", "The dog."), ("ca01", "A cat.")]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium-eng-spa is installed by `make test`")
def test_apertium_translates_line_aligned(tmp_path: Path) -> None:
    out = apertium_translate(["The house is big.", "My sister is a doctor."])
    assert len(out) == 2 and "casa" in out[0].lower() and "hermana" in out[1].lower()
    (tmp_path / "ca01").write_text("\tThe/at big/jj house/nn is/bez red/jj ./.\n\tNo/at ./.\n")
    pairs = list(iter_pairs(tmp_path))
    assert len(pairs) == 1 and pairs[0].source == "brown-apertium" and "casa" in pairs[0].tgt
