"""Bring a database to the current schema with Alembic (never by hand, never with create_all)."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_lock = threading.Lock()


def upgrade(engine: Engine) -> None:
    """Idempotent; safe when several replicas start at once on PostgreSQL (each runs in a transaction)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _lock, engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
