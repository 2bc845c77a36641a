"""Liveness, readiness, languages and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app.dependencies import MetricsDep, PipelineDep
from app.schemas import LanguagePair, LanguagesResponse, error_responses

router = APIRouter(tags=["system"], responses=error_responses(503))


@router.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready")
async def ready(request: Request) -> JSONResponse:
    """Not ready until both the model and the glossary database are up; the reasons say which is missing."""
    state = request.app.state
    reasons = []
    if getattr(state, "pipeline", None) is None:
        reasons.append("the model is loading")
    if getattr(state, "store", None) is None:
        reasons.append(getattr(state, "database_error", None) or "the glossary database is connecting")
    if reasons:
        return JSONResponse({"status": "not ready", "reasons": reasons}, status_code=503)
    return JSONResponse({"status": "ready"})


@router.get("/v1/languages", response_model=LanguagesResponse)
async def languages(pipeline: PipelineDep) -> LanguagesResponse:
    pairs = pipeline.supported_pairs
    return LanguagesResponse(
        pairs=[LanguagePair(source=s, target=t) for s, t in pairs],
        languages=sorted({lang for pair in pairs for lang in pair}),
    )


@router.get("/metrics", response_class=Response)
async def metrics(request: Request, service_metrics: MetricsDep) -> Response:
    batcher = getattr(request.app.state, "batcher", None)
    if batcher is not None:
        service_metrics.queue_depth.set(batcher.queue_depth)
    store = getattr(request.app.state, "store", None)
    if store is not None:
        service_metrics.glossary_cache.labels("hit").set(store.cache_hits)
        service_metrics.glossary_cache.labels("miss").set(store.cache_misses)
    return Response(generate_latest(service_metrics.registry), media_type=CONTENT_TYPE_LATEST)
