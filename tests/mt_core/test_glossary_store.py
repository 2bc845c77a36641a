import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from mt_core.glossary_store import GlossaryNotFoundError, GlossaryStore, metadata
from mt_core.keys import KeyStore
from mt_core.terminology import Term

POSTGRES_URL = os.environ.get("FAIRMT_TEST_DATABASE_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every storage test runs on SQLite and, where CI started one (.ci/postgres.sh), on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/g.db"
    if not POSTGRES_URL:
        pytest.skip("FAIRMT_TEST_DATABASE_URL not set (.ci/run starts a PostgreSQL server and sets it)")
    engine = create_engine(POSTGRES_URL)
    metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()
    return POSTGRES_URL


@pytest.fixture
def store(database_url: str) -> GlossaryStore:
    return GlossaryStore(database_url)


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


def test_a_second_store_on_the_same_database_sees_changes(database_url: str) -> None:
    writer, reader = GlossaryStore(database_url), GlossaryStore(database_url)
    info = writer.create("g", "en", "es", [Term("order", "pedido")])
    assert [m.target for m in reader.matcher(info.id)[1].find("order")] == ["pedido"]
    writer.replace_entries(info.id, [Term("order", "encargo")])
    assert [m.target for m in reader.matcher(info.id)[1].find("order")] == ["encargo"]


def test_tenants_are_isolated(store: GlossaryStore) -> None:
    info = store.create("g", "en", "es", [Term("a", "b")], tenant="acme")
    with pytest.raises(GlossaryNotFoundError):
        store.get(info.id, tenant="other")
    with pytest.raises(GlossaryNotFoundError):
        store.delete(info.id, tenant="other")
    assert store.all("other") == [] and [g.id for g in store.all("acme")] == [info.id]


def test_keys_on_both_backends(store: GlossaryStore) -> None:
    keys = KeyStore(store.engine)
    key, record = keys.create("acme", requests_per_minute=1)
    assert keys.authenticate(key) == record
    keys.admit(record)
    from mt_core.keys import RateLimitedError

    with pytest.raises(RateLimitedError):
        keys.admit(record)
    keys.revoke(record.id)
    assert keys.authenticate(key) is None


def test_schema_comes_from_migrations(database_url: str) -> None:
    store = GlossaryStore(database_url)
    with store.engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    assert version == "0002"
    GlossaryStore(database_url)  # a second start (or replica) finds the schema current


def test_a_0001_database_is_migrated_with_its_keys(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from mt_core.keys import KeyStore
    from mt_core.schema import MIGRATIONS

    url = f"sqlite:///{tmp_path}/old.db"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with create_engine(url).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO api_keys VALUES ('k1', 'acme', 'old', 'hash', 60, 100, '2026-01-01 00:00:00', NULL)"
        )
    keys = KeyStore(GlossaryStore(url).engine)  # start-up upgrades to head
    key = keys.get("k1")
    assert key.tenant == "acme" and key.characters_used == 0
    keys.charge(key, 40)
    assert keys.characters_used("k1") == 40
