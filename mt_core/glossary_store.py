"""Glossary storage on SQLAlchemy Core: SQLite by default, any SQLAlchemy URL (PostgreSQL) by setting.

Every write is one transaction, so a failed upload or replacement leaves nothing
behind. Each glossary carries a version that changes on every replacement;
compiled matchers are cached by (id, version), so replicas sharing a database
never serve a stale glossary.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from mt_core.languages import primary_language
from mt_core.schema import upgrade
from mt_core.terminology import Term, TermMatcher

metadata = MetaData()
#: The tenant of open (unauthenticated) mode.
PUBLIC_TENANT = "public"
glossaries = Table(
    "glossaries",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant", String(100), nullable=False, index=True, default=PUBLIC_TENANT),
    Column("name", String(200), nullable=False),
    Column("source_lang", String(8), nullable=False),
    Column("target_lang", String(8), nullable=False),
    Column("entry_count", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
glossary_entries = Table(
    "glossary_entries",
    metadata,
    Column("glossary_id", String(36), ForeignKey("glossaries.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("source", String(400), nullable=False),
    Column("target", String(400), nullable=False),
)


class GlossaryNotFoundError(LookupError):
    def __init__(self, glossary_id: str) -> None:
        super().__init__(f"glossary {glossary_id} not found")
        self.glossary_id = glossary_id


@dataclass(frozen=True)
class GlossaryInfo:
    id: str
    tenant: str
    name: str
    source_lang: str
    target_lang: str
    entry_count: int
    version: int
    created_at: datetime
    updated_at: datetime


def _sqlite_foreign_keys(dbapi_connection: object, _: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class GlossaryStore:
    def __init__(self, url: str, cache_size: int = 32) -> None:
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_foreign_keys)
        upgrade(self.engine)
        self._cache: OrderedDict[tuple[str, int], TermMatcher] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.cache_hits = 0
        self.cache_misses = 0

    def create(
        self, name: str, source_lang: str, target_lang: str, terms: Sequence[Term], tenant: str = PUBLIC_TENANT
    ) -> GlossaryInfo:
        glossary_id = str(uuid.uuid4())
        now = datetime.now(UTC)
        with self.engine.begin() as connection:
            connection.execute(
                insert(glossaries).values(
                    id=glossary_id,
                    tenant=tenant,
                    name=name,
                    source_lang=primary_language(source_lang),
                    target_lang=primary_language(target_lang),
                    entry_count=len(terms),
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
            )
            self._insert_entries(connection, glossary_id, terms)
        return self.get(glossary_id, tenant)

    def replace_entries(self, glossary_id: str, terms: Sequence[Term], tenant: str = PUBLIC_TENANT) -> GlossaryInfo:
        """Atomic: readers see the old entries or the new ones, never a mix."""
        with self.engine.begin() as connection:
            changed = connection.execute(
                update(glossaries)
                .where(glossaries.c.id == glossary_id, glossaries.c.tenant == tenant)
                .values(entry_count=len(terms), version=glossaries.c.version + 1, updated_at=datetime.now(UTC))
            ).rowcount
            if not changed:
                raise GlossaryNotFoundError(glossary_id)
            connection.execute(delete(glossary_entries).where(glossary_entries.c.glossary_id == glossary_id))
            self._insert_entries(connection, glossary_id, terms)
        return self.get(glossary_id, tenant)

    @staticmethod
    def _insert_entries(connection: object, glossary_id: str, terms: Sequence[Term]) -> None:
        rows = [
            {"glossary_id": glossary_id, "position": i, "source": t.source, "target": t.target}
            for i, t in enumerate(terms)
        ]
        for start in range(0, len(rows), 10_000):
            connection.execute(insert(glossary_entries), rows[start : start + 10_000])  # type: ignore[attr-defined]

    def get(self, glossary_id: str, tenant: str = PUBLIC_TENANT) -> GlossaryInfo:
        """Another tenant's glossary is 'not found', never 'forbidden', so ids do not leak."""
        with self.engine.connect() as connection:
            row = (
                connection.execute(
                    select(glossaries).where(glossaries.c.id == glossary_id, glossaries.c.tenant == tenant)
                )
                .mappings()
                .first()
            )
        if row is None:
            raise GlossaryNotFoundError(glossary_id)
        return GlossaryInfo(**row)

    def all(self, tenant: str = PUBLIC_TENANT) -> list[GlossaryInfo]:
        with self.engine.connect() as connection:
            rows = (
                connection.execute(
                    select(glossaries).where(glossaries.c.tenant == tenant).order_by(glossaries.c.created_at)
                )
                .mappings()
                .all()
            )
        return [GlossaryInfo(**row) for row in rows]

    def entries(self, glossary_id: str, tenant: str = PUBLIC_TENANT) -> list[Term]:
        self.get(glossary_id, tenant)
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(glossary_entries.c.source, glossary_entries.c.target)
                .where(glossary_entries.c.glossary_id == glossary_id)
                .order_by(glossary_entries.c.position)
            ).all()
        return [Term(source, target) for source, target in rows]

    def delete(self, glossary_id: str, tenant: str = PUBLIC_TENANT) -> None:
        self.get(glossary_id, tenant)
        with self.engine.begin() as connection:
            connection.execute(delete(glossary_entries).where(glossary_entries.c.glossary_id == glossary_id))
            deleted = connection.execute(
                delete(glossaries).where(glossaries.c.id == glossary_id, glossaries.c.tenant == tenant)
            ).rowcount
            if not deleted:
                raise GlossaryNotFoundError(glossary_id)

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(glossaries)).scalar_one())

    def matcher(self, glossary_id: str, tenant: str = PUBLIC_TENANT) -> tuple[GlossaryInfo, TermMatcher]:
        """The compiled matcher, rebuilt only when the glossary's version changed."""
        info = self.get(glossary_id, tenant)
        key = (glossary_id, info.version)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                self.cache_hits += 1
                return info, cached
        matcher = TermMatcher(self.entries(glossary_id, tenant))
        with self._lock:
            self.cache_misses += 1
            self._cache[key] = matcher
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return info, matcher
