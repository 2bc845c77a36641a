"""POST /v1/translate."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import asdict

from fastapi import APIRouter, HTTPException, Response

from app.dependencies import BatcherDep, LazyStoreDep, MetricsDep, PipelineDep, SettingsDep, TenantDep
from app.observability import ServiceMetrics
from app.schemas import (
    Alternative,
    AppliedGender,
    AppliedTerm,
    ModelInfo,
    TranslateRequest,
    TranslateResponse,
    Translation,
    error_responses,
)
from mt_core.batching import DynamicBatcher
from mt_core.gender import context_gender
from mt_core.gender_alternatives import (
    NO_PAIR_WARNING,
    Alternatives,
    gender_alternatives_async,
    markup_gender_alternatives_async,
)
from mt_core.grammar import Gender
from mt_core.languages import primary_language
from mt_core.markup_translate import MarkupOptions, MarkupTranslator
from mt_core.pipeline import RequestOptions, TranslationPipeline, request_term_matcher
from mt_core.pipeline_steps import AppliedGender as CoreAppliedGender
from mt_core.pipeline_steps import AppliedTerm as CoreAppliedTerm
from mt_core.terminology import Term, TermMatcher

router = APIRouter(prefix="/v1", tags=["translate"], responses=error_responses(400, 401, 404, 413, 422, 429, 503))


@router.post(
    "/translate",
    response_model=TranslateResponse,
)
async def translate(
    body: TranslateRequest,
    pipeline: PipelineDep,
    batcher: BatcherDep,
    settings: SettingsDep,
    metrics: MetricsDep,
    store: LazyStoreDep,
    tenant: TenantDep,
) -> Response:
    if len(body.text) > settings.max_texts:
        raise HTTPException(422, f"text: {len(body.text)} texts given; at most {settings.max_texts} per request")
    for index, text in enumerate(body.text):
        if len(text) > settings.max_text_chars:
            raise HTTPException(
                422, f"text[{index}]: {len(text)} characters; at most {settings.max_text_chars} per text"
            )
    await tenant.charge(sum(len(text) for text in body.text))
    glossary = None
    if body.glossary_id is not None:
        info, glossary = await asyncio.to_thread(store.get().matcher, body.glossary_id, tenant.name)
        if (info.source_lang, info.target_lang) != (
            primary_language(body.source_lang),
            primary_language(body.target_lang),
        ):
            raise HTTPException(
                400,
                f"glossary_id: glossary {info.id} is {info.source_lang}->{info.target_lang}, "
                f"the request is {body.source_lang}->{body.target_lang}",
            )
    if body.format != "text":
        return await _translate_markup(body, pipeline, batcher, metrics, tenant.name, glossary)
    options = RequestOptions(
        terms=[Term(t.source, t.target) for t in body.terms],
        glossary=glossary,
        inline_annotations=body.inline_annotations,
        target_gender=Gender(body.target_gender) if body.target_gender else None,
        context=body.context,
    )
    results = await pipeline.translate_async(body.text, body.source_lang, body.target_lang, batcher, options)
    alternatives: list[Alternatives] = [{} for _ in body.text]
    if body.alternatives == "gender":
        alternatives = await gender_alternatives_async(
            pipeline, body.text, body.source_lang, body.target_lang, batcher, options
        )
    metrics.count_characters(sum(len(text) for text in body.text), tenant.name)
    translations = [
        _translation(r.text, r.warnings, r.terms, r.genders, alternative)
        for r, alternative in zip(results, alternatives, strict=True)
    ]
    return _json(translations, pipeline)


def _translation(
    text: str,
    warnings: list[str],
    terms: Sequence[CoreAppliedTerm],
    genders: Sequence[CoreAppliedGender],
    alternatives: Alternatives,
    markup_repaired: bool = False,
) -> Translation:
    """One translation in API form, from the pipeline's dataclasses."""
    return Translation(
        text=text,
        warnings=warnings if alternatives is not None else [*warnings, NO_PAIR_WARNING],
        terms=[AppliedTerm(**asdict(term)) for term in terms],
        genders=[
            AppliedGender(
                source=g.source,
                requested=g.requested.value,
                found=g.found.value if g.found else None,
                honoured=g.honoured,
                origin=g.origin,
            )
            for g in genders
        ],
        alternatives=[Alternative(gender=g.value, text=t) for g, t in (alternatives or {}).items()],
        markup_repaired=markup_repaired,
    )


def _json(translations: list[Translation], pipeline: TranslationPipeline) -> Response:
    """Serialise once with pydantic-core; returning the model would make FastAPI validate and encode it again
    (a measurable share of per-request cost in bench/throughput.py)."""
    manifest = pipeline.engine.manifest
    response = TranslateResponse(
        translations=translations, model=ModelInfo(name=manifest.name, version=manifest.version)
    )
    return Response(response.model_dump_json(), media_type="application/json")


async def _translate_markup(
    body: TranslateRequest,
    pipeline: TranslationPipeline,
    batcher: DynamicBatcher,
    metrics: ServiceMetrics,
    tenant: str,
    glossary: TermMatcher | None,
) -> Response:
    request_terms = request_term_matcher([Term(t.source, t.target) for t in body.terms])
    terms = [(request_terms, "request")] if request_terms is not None else []
    terms += [(glossary, "glossary")] if glossary is not None else []
    xml_mode = body.format == "xml"
    options = MarkupOptions(
        annotations=body.inline_annotations,
        terms=terms,
        target_gender=Gender(body.target_gender) if body.target_gender else context_gender(body.context),
    )
    results = await MarkupTranslator(pipeline).translate_async(
        body.text, body.source_lang, body.target_lang, xml_mode, batcher, options
    )
    alternatives: list[Alternatives] = [{} for _ in body.text]
    if body.alternatives == "gender":
        alternatives = await markup_gender_alternatives_async(
            pipeline, body.text, body.source_lang, body.target_lang, xml_mode, batcher, options, body.context
        )
    metrics.count_characters(sum(len(text) for text in body.text), tenant)
    translations = [
        _translation(r.text, r.warnings, r.terms, r.genders, alternative, r.repaired)
        for r, alternative in zip(results, alternatives, strict=True)
    ]
    return _json(translations, pipeline)
