"""The glossary database connection, kept out of the start-up path so that an unreachable database never
crash-loops the service: it starts, reports not-ready with the reason, and connects once the database answers."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from mt_core.glossary_store import GlossaryStore
from mt_core.keys import KeyStore

LOG = logging.getLogger("fairmt.database")


def describe(error: BaseException) -> str:
    """The driver's first line names the cause (refused, auth failed, no such file) without the SQL noise."""
    original = getattr(error, "orig", None)
    if isinstance(error, SQLAlchemyError) and isinstance(original, BaseException):
        error = original
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else 'no detail'}"


async def connect_once(app: FastAPI, url: str) -> bool:
    """Open the store (running migrations) and publish it on app.state; record the reason when it fails."""
    try:
        store = await asyncio.to_thread(GlossaryStore, url)
    except (SQLAlchemyError, OSError) as error:
        app.state.database_error = f"the glossary database is unavailable ({describe(error)})"
        return False
    app.state.store, app.state.keys = store, KeyStore(store.engine)
    app.state.database_error = None
    return True


async def keep_connecting(app: FastAPI, url: str, retry_seconds: float) -> None:
    """Retry with capped backoff until the database answers; each failure is logged, so operators see why
    /ready says no."""
    delay = retry_seconds
    while True:
        LOG.error(app.state.database_error, extra={"fields": {"retry_in_s": delay}})
        await asyncio.sleep(delay)
        if await connect_once(app, url):
            LOG.info("glossary database connected")
            return
        delay = min(delay * 2, max(retry_seconds, 60.0))
