from pathlib import Path

import pytest

from fairmt import allocator


@pytest.fixture
def fake_jemalloc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    library = tmp_path / "libjemalloc.so.2"
    library.write_bytes(b"")
    monkeypatch.setattr(allocator, "JEMALLOC_CANDIDATES", (tmp_path / "missing.so", library))
    return library


def test_jemalloc_is_preloaded_once_and_other_preloads_are_kept(fake_jemalloc: Path) -> None:
    environment = allocator.preload_environment("jemalloc", {"PATH": "/bin", "LD_PRELOAD": "/opt/other.so"})
    assert environment == {
        "PATH": "/bin",
        "LD_PRELOAD": f"{fake_jemalloc}:/opt/other.so",
        "MALLOC_CONF": allocator.JEMALLOC_CONF,
    }
    assert allocator.preload_environment("jemalloc", environment) is None, "already preloaded: no second exec"


def test_system_choice_and_missing_library_leave_the_process_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_jemalloc: Path
) -> None:
    assert allocator.preload_environment("system", {}) is None
    monkeypatch.setattr(allocator, "JEMALLOC_CANDIDATES", (tmp_path / "missing.so",))
    assert allocator.preload_environment("jemalloc", {}) is None


def test_unknown_choice_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="tcmalloc"):
        allocator.preload_environment("tcmalloc", {})


def test_an_operator_malloc_conf_wins(fake_jemalloc: Path) -> None:
    environment = allocator.preload_environment("jemalloc", {"MALLOC_CONF": "narenas:1"})
    assert environment is not None and environment["MALLOC_CONF"] == "narenas:1"
