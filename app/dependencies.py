"""Objects the routes need, injected from what `lifespan` loaded into app.state.

They are ``async def`` on purpose: FastAPI runs plain ``def`` dependencies in its thread pool, which cost
more per request than the lookups themselves (measured with bench/throughput.py).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from app.observability import ServiceMetrics
from app.settings import Settings
from mt_core.batching import DynamicBatcher
from mt_core.glossary_store import PUBLIC_TENANT, GlossaryStore
from mt_core.keys import ApiKey, KeyStore
from mt_core.pipeline import TranslationPipeline


def _state(request: Request, name: str) -> object:
    value = getattr(request.app.state, name, None)
    if value is None:
        database_error = getattr(request.app.state, "database_error", None)
        if name in ("store", "keys") and database_error:
            raise HTTPException(status_code=503, detail=database_error, headers={"Retry-After": "5"})
        raise HTTPException(status_code=503, detail="the service is still starting (model or database not loaded)")
    return value


async def get_pipeline(request: Request) -> TranslationPipeline:
    pipeline = _state(request, "pipeline")
    assert isinstance(pipeline, TranslationPipeline)
    return pipeline


async def get_batcher(request: Request) -> DynamicBatcher:
    batcher = _state(request, "batcher")
    assert isinstance(batcher, DynamicBatcher)
    return batcher


async def get_store(request: Request) -> GlossaryStore:
    store = _state(request, "store")
    assert isinstance(store, GlossaryStore)
    return store


@dataclass(frozen=True)
class LazyStore:
    """For routes that need the database only sometimes (a translation with a glossary_id), so that plain
    translation keeps working while the database is down."""

    request: Request

    def get(self) -> GlossaryStore:
        store = _state(self.request, "store")
        assert isinstance(store, GlossaryStore)
        return store


async def get_lazy_store(request: Request) -> LazyStore:
    return LazyStore(request)


@dataclass(frozen=True)
class Tenant:
    name: str
    key: ApiKey | None
    keys: KeyStore | None = None

    async def charge(self, characters: int) -> None:
        """Count characters against the key's quota (a database write, so off the event loop)."""
        if self.key is not None and self.keys is not None:
            await asyncio.to_thread(self.keys.charge, self.key, characters)


async def _presented_key(request: Request) -> str | None:
    authorization = request.headers.get("authorization", "")
    for scheme in ("Bearer ", "DeepL-Auth-Key "):
        if authorization.startswith(scheme):
            return authorization[len(scheme) :].strip()
    key = request.headers.get("x-api-key") or request.query_params.get("api_key")
    key = key or request.query_params.get("auth_key")
    if key is None and request.url.path == "/translate" and request.method == "POST":  # LibreTranslate body
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = json.loads(await request.body() or b"{}")
            except json.JSONDecodeError:
                body = {}
            key = body.get("api_key") if isinstance(body, dict) else None
        else:
            value = (await request.form()).get("api_key")
            key = value if isinstance(value, str) else None
    return key or None


async def get_tenant(request: Request) -> Tenant:
    """Open mode: everyone is the public tenant. Keys mode: a valid key, within its rate limit."""
    settings = request.app.state.settings
    if settings.auth == "open":
        request.state.tenant = PUBLIC_TENANT
        return Tenant(PUBLIC_TENANT, None)
    presented = await _presented_key(request)
    status = 403 if request.url.path.startswith("/v2") else 401
    if presented is None:
        raise HTTPException(status, "an API key is required (Authorization: Bearer <key>)")
    keys = _state(request, "keys")
    assert isinstance(keys, KeyStore)
    key = await asyncio.to_thread(keys.authenticate, presented)
    if key is None:
        raise HTTPException(status, "the API key is invalid or revoked")
    keys.admit(key)
    request.state.tenant = key.tenant
    return Tenant(key.tenant, key, keys)


async def get_keys(request: Request) -> KeyStore:
    keys = _state(request, "keys")
    assert isinstance(keys, KeyStore)
    return keys


async def get_settings_dep(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


async def get_metrics(request: Request) -> ServiceMetrics:
    metrics = request.app.state.metrics
    assert isinstance(metrics, ServiceMetrics)
    return metrics


PipelineDep = Annotated[TranslationPipeline, Depends(get_pipeline)]
BatcherDep = Annotated[DynamicBatcher, Depends(get_batcher)]
StoreDep = Annotated[GlossaryStore, Depends(get_store)]
LazyStoreDep = Annotated[LazyStore, Depends(get_lazy_store)]
TenantDep = Annotated[Tenant, Depends(get_tenant)]
KeysDep = Annotated[KeyStore, Depends(get_keys)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
