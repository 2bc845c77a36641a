from pathlib import Path

import pytest

from mt_core.manifest import Annotations, ModelManifest


def test_manifest_round_trip(tmp_path: Path) -> None:
    manifest = ModelManifest("m", "1.2.3", "en", "es", Annotations(terms=True, markup=True))
    manifest.save(tmp_path)
    assert ModelManifest.load(tmp_path) == manifest
    assert manifest.pair == ("en", "es")


def test_missing_manifest_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"manifest\.json"):
        ModelManifest.load(tmp_path)
