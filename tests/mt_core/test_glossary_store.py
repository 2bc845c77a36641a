from pathlib import Path

import pytest

from mt_core.glossary_store import GlossaryNotFoundError, GlossaryStore
from mt_core.terminology import Term


@pytest.fixture
def store(tmp_path: Path) -> GlossaryStore:
    return GlossaryStore(f"sqlite:///{tmp_path}/g.db")


def test_create_read_replace_delete(store: GlossaryStore) -> None:
    info = store.create("retail", "EN", "es", [Term("order", "pedido")])
    assert (info.source_lang, info.entry_count, info.version) == ("en", 1, 1)
    assert store.entries(info.id) == [Term("order", "pedido")]
    replaced = store.replace_entries(info.id, [Term("cart", "carrito"), Term("order", "pedido")])
    assert replaced.version == 2 and replaced.entry_count == 2
    assert [g.id for g in store.all()] == [info.id]
    store.delete(info.id)
    with pytest.raises(GlossaryNotFoundError):
        store.get(info.id)
    with pytest.raises(GlossaryNotFoundError):
        store.delete(info.id)


def test_failed_writes_leave_nothing_behind(store: GlossaryStore) -> None:
    broken = [Term("a", "b"), Term("c", None)]  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - any database error
        store.create("bad", "en", "es", broken)
    assert store.count() == 0
    info = store.create("good", "en", "es", [Term("a", "b")])
    with pytest.raises(Exception):  # noqa: B017
        store.replace_entries(info.id, broken)
    assert store.entries(info.id) == [Term("a", "b")] and store.get(info.id).version == 1


def test_matcher_cache_follows_versions(store: GlossaryStore) -> None:
    info = store.create("g", "en", "es", [Term("order", "pedido")])
    _, first = store.matcher(info.id)
    _, again = store.matcher(info.id)
    assert first is again and store.cache_hits == 1
    store.replace_entries(info.id, [Term("cart", "carrito")])
    _, fresh = store.matcher(info.id)
    assert fresh is not first and [m.target for m in fresh.find("my cart")] == ["carrito"]


def test_a_second_store_on_the_same_database_sees_changes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shared.db"
    writer, reader = GlossaryStore(url), GlossaryStore(url)
    info = writer.create("g", "en", "es", [Term("order", "pedido")])
    assert [m.target for m in reader.matcher(info.id)[1].find("order")] == ["pedido"]
    writer.replace_entries(info.id, [Term("order", "encargo")])
    assert [m.target for m in reader.matcher(info.id)[1].find("order")] == ["encargo"]
