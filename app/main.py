"""The FastAPI application: model loaded in lifespan, routers mounted, errors mapped to 4xx."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from app.database import connect_once, describe, keep_connecting
from app.middleware import BodyLimitMiddleware, MetricsMiddleware, RequestLogMiddleware
from app.observability import ServiceMetrics
from app.routers import compat, glossaries, system, translate
from app.settings import Settings, get_settings
from mt_core.batching import BatchingOptions, DynamicBatcher
from mt_core.engine import DecodingOptions, EngineOptions
from mt_core.errors import FairmtError, InputTooLongError, UnsupportedLanguagePairError
from mt_core.glossary_store import GlossaryNotFoundError
from mt_core.keys import RateLimitedError
from mt_core.markup import MarkupError
from mt_core.pipeline import AnnotationError, TranslationPipeline
from mt_core.service_pipeline import PipelineOptions, service_pipeline
from mt_core.service_pipeline import decoding_options as service_decoding

ERROR_STATUS: dict[type[FairmtError], int] = {
    MarkupError: 400,
    InputTooLongError: 422,
    UnsupportedLanguagePairError: 400,
    AnnotationError: 422,
}


def load_pipeline(settings: Settings) -> TranslationPipeline:
    return service_pipeline(settings.model_dir, engine_options(settings), pipeline_options(settings))


def engine_options(settings: Settings) -> EngineOptions:
    """How the service loads and calls CTranslate2; bench/throughput.py's baselines read the same."""
    return EngineOptions(
        compute_type=settings.compute_type,
        intra_threads=settings.intra_threads,
        inter_threads=settings.inter_threads,
        max_batch_tokens=settings.engine_batch_tokens,
        vocabulary_map=settings.vocabulary_map,
    )


def pipeline_options(settings: Settings) -> PipelineOptions:
    return PipelineOptions(settings.beam_size, settings.cut_invented_tails, settings.retranslate_copies)


def decoding_options(settings: Settings) -> DecodingOptions:
    """How the service decodes; bench/throughput.py gives its direct baseline the same options."""
    return service_decoding(pipeline_options(settings))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    pipeline = await asyncio.to_thread(load_pipeline, settings)
    batcher = DynamicBatcher(
        pipeline.engine,
        BatchingOptions(
            max_batch_tokens=settings.batch_max_tokens,
            max_wait_ms=settings.batch_wait_ms,
            concurrent_batches=settings.batch_slots or pipeline.engine.inter_threads,
        ),
        on_batch=app.state.metrics.observe_batch,
    )
    batcher.start()
    reconnect = None
    if not await connect_once(app, settings.database_url):
        reconnect = asyncio.create_task(keep_connecting(app, settings.database_url, settings.database_retry_seconds))
    app.state.pipeline, app.state.batcher = pipeline, batcher
    try:
        yield
    finally:
        if reconnect is not None:
            reconnect.cancel()
        await batcher.stop()
        if app.state.store is not None:
            app.state.store.engine.dispose()
        app.state.pipeline = app.state.batcher = app.state.store = app.state.keys = None


async def _fairmt_error(request: Request, error: Exception) -> JSONResponse:
    status = next((code for kind, code in ERROR_STATUS.items() if isinstance(error, kind)), 400)
    return JSONResponse({"detail": str(error)}, status_code=status)


async def _not_found(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=404)


async def _database_down(request: Request, error: Exception) -> JSONResponse:
    """A database that drops out while serving is the service's problem, not the client's: 503, never 500."""
    return JSONResponse(
        {"detail": f"the glossary database is unavailable ({describe(error)})"},
        status_code=503,
        headers={"Retry-After": "5"},
    )


async def _rate_limited(request: Request, error: Exception) -> JSONResponse:
    retry_after = getattr(error, "retry_after", 60)
    return JSONResponse(
        {"detail": str(error), "message": str(error)}, status_code=429, headers={"Retry-After": str(retry_after)}
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="fairmt",
        summary="Machine translation that gets gender, terminology and markup right",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = ServiceMetrics()
    app.state.pipeline = app.state.batcher = app.state.store = app.state.keys = None
    app.state.database_error = None
    app.include_router(translate.router)
    app.include_router(glossaries.router)
    app.include_router(compat.deepl)
    app.include_router(compat.libretranslate)
    app.include_router(system.router)
    app.add_exception_handler(FairmtError, _fairmt_error)
    app.add_exception_handler(GlossaryNotFoundError, _not_found)
    app.add_exception_handler(RateLimitedError, _rate_limited)
    app.add_exception_handler(OperationalError, _database_down)
    app.add_middleware(
        BodyLimitMiddleware,
        max_body_bytes=settings.max_body_bytes,
        larger_limits={
            glossaries.router.prefix: settings.glossary_max_bytes + 64_000,
            "/v2/glossaries": settings.glossary_max_bytes + 64_000,
        },
    )
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.add_middleware(RequestLogMiddleware)
    return app
