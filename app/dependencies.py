"""Objects the routes need, injected from what `lifespan` loaded into app.state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from app.observability import ServiceMetrics
from app.settings import Settings
from mt_core.batching import DynamicBatcher
from mt_core.glossary_store import GlossaryStore
from mt_core.pipeline import TranslationPipeline


def _state(request: Request, name: str) -> object:
    value = getattr(request.app.state, name, None)
    if value is None:
        raise HTTPException(status_code=503, detail="the model is not loaded yet")
    return value


def get_pipeline(request: Request) -> TranslationPipeline:
    pipeline = _state(request, "pipeline")
    assert isinstance(pipeline, TranslationPipeline)
    return pipeline


def get_batcher(request: Request) -> DynamicBatcher:
    batcher = _state(request, "batcher")
    assert isinstance(batcher, DynamicBatcher)
    return batcher


def get_store(request: Request) -> GlossaryStore:
    store = _state(request, "store")
    assert isinstance(store, GlossaryStore)
    return store


def get_settings_dep(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def get_metrics(request: Request) -> ServiceMetrics:
    metrics = request.app.state.metrics
    assert isinstance(metrics, ServiceMetrics)
    return metrics


PipelineDep = Annotated[TranslationPipeline, Depends(get_pipeline)]
BatcherDep = Annotated[DynamicBatcher, Depends(get_batcher)]
StoreDep = Annotated[GlossaryStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
