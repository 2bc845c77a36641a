"""API keys and tenants. Only a SHA-256 of each key is stored; keys are 256-bit random tokens,
so a plain hash is enough (no password stretching is needed for non-guessable secrets).

Rate limits (requests per minute) and character quotas are enforced per key in
this process; replicas behind a load balancer each enforce them on their share.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Column, DateTime, Integer, String, Table, insert, select, update
from sqlalchemy.engine import Engine

from mt_core.glossary_store import metadata

KEY_PREFIX = "fmt_"
api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("tenant", String(100), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("requests_per_minute", Integer, nullable=False),
    Column("character_quota", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("characters_used", BigInteger, nullable=False, server_default="0"),
)


class RateLimitedError(Exception):
    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class ApiKey:
    id: str
    tenant: str
    name: str
    requests_per_minute: int
    character_quota: int
    created_at: datetime
    revoked_at: datetime | None
    characters_used: int = 0


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyStore:
    """Shares the glossary store's engine, whose start-up migrated the schema."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def create(
        self, tenant: str, name: str = "", requests_per_minute: int = 600, character_quota: int = 10_000_000
    ) -> tuple[str, ApiKey]:
        """Returns the key itself (shown once) and its record."""
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        key_id = secrets.token_hex(8)
        with self.engine.begin() as connection:
            connection.execute(
                insert(api_keys).values(
                    id=key_id,
                    tenant=tenant,
                    name=name or tenant,
                    key_hash=_hash(key),
                    requests_per_minute=requests_per_minute,
                    character_quota=character_quota,
                    created_at=datetime.now(UTC),
                    revoked_at=None,
                )
            )
        return key, self.get(key_id)

    def get(self, key_id: str) -> ApiKey:
        with self.engine.connect() as connection:
            row = connection.execute(select(api_keys).where(api_keys.c.id == key_id)).mappings().first()
        if row is None:
            raise KeyError(f"no API key with id {key_id}")
        return ApiKey(**{k: v for k, v in row.items() if k != "key_hash"})

    def all(self) -> list[ApiKey]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(api_keys).order_by(api_keys.c.created_at)).mappings().all()
        return [ApiKey(**{k: v for k, v in row.items() if k != "key_hash"}) for row in rows]

    def revoke(self, key_id: str) -> None:
        with self.engine.begin() as connection:
            if not connection.execute(
                update(api_keys).where(api_keys.c.id == key_id).values(revoked_at=datetime.now(UTC))
            ).rowcount:
                raise KeyError(f"no API key with id {key_id}")

    def authenticate(self, key: str) -> ApiKey | None:
        with self.engine.connect() as connection:
            row = (
                connection.execute(
                    select(api_keys).where(api_keys.c.key_hash == _hash(key), api_keys.c.revoked_at.is_(None))
                )
                .mappings()
                .first()
            )
        return ApiKey(**{k: v for k, v in row.items() if k != "key_hash"}) if row else None

    def admit(self, key: ApiKey) -> None:
        """Count one request; raise RateLimitedError past the key's requests per minute."""
        now = time.monotonic()
        with self._lock:
            window_start, count = self._windows.get(key.id, (now, 0))
            if now - window_start >= 60:
                window_start, count = now, 0
            if count >= key.requests_per_minute:
                raise RateLimitedError(
                    f"rate limit of {key.requests_per_minute} requests per minute reached",
                    max(1, int(60 - (now - window_start)) + 1),
                )
            self._windows[key.id] = (window_start, count + 1)

    def charge(self, key: ApiKey, characters: int) -> None:
        """Count translated characters in the database, in one conditional update, so the quota holds across
        restarts and replicas; past the quota raise RateLimitedError and count nothing."""
        with self.engine.begin() as connection:
            counted = connection.execute(
                update(api_keys)
                .where(
                    api_keys.c.id == key.id,
                    api_keys.c.characters_used + characters <= api_keys.c.character_quota,
                )
                .values(characters_used=api_keys.c.characters_used + characters)
            ).rowcount
        if not counted:
            used = self.characters_used(key.id)
            raise RateLimitedError(
                f"character quota of {key.character_quota} reached ({used} used, {characters} requested)", 3600
            )

    def characters_used(self, key_id: str) -> int:
        with self.engine.connect() as connection:
            used = connection.execute(select(api_keys.c.characters_used).where(api_keys.c.id == key_id)).scalar()
        return int(used or 0)
