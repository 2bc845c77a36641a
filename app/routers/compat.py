"""Compatibility APIs: a DeepL API v2 subset under /v2, and LibreTranslate's /translate and /languages.

Both accept JSON or form bodies, as their official clients send, and map onto the
same pipeline, markup translator and glossary store as /v1.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.datastructures import FormData

from app.dependencies import BatcherDep, KeysDep, LazyStore, LazyStoreDep, PipelineDep, StoreDep, TenantDep
from app.schemas import error_responses
from mt_core.errors import FairmtError
from mt_core.gender import context_gender
from mt_core.glossary_formats import GlossaryFormatError, parse_glossary
from mt_core.glossary_store import GlossaryInfo, GlossaryNotFoundError
from mt_core.keys import RateLimitedError
from mt_core.languages import primary_language
from mt_core.markup_translate import MarkupOptions, MarkupTranslator
from mt_core.pipeline import RequestOptions
from mt_core.terminology import TermMatcher

deepl = APIRouter(
    prefix="/v2",
    tags=["compatibility: DeepL v2"],
    responses={
        201: {"description": "Created"},
        204: {"description": "Deleted"},
        **error_responses(400, 403, 404, 413, 422, 429, 456, 503),
    },
)
libretranslate = APIRouter(
    tags=["compatibility: LibreTranslate"], responses=error_responses(400, 401, 413, 422, 429, 503)
)

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"}


async def _body(request: Request) -> dict[str, Any]:
    """JSON or form fields; repeated form fields (DeepL's text=…&text=…) become lists."""
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(await request.body() or b"{}")
        except json.JSONDecodeError as error:
            raise _BadRequest(f"invalid JSON: {error.msg} at position {error.pos}") from error
        if not isinstance(data, dict):
            raise _BadRequest("the JSON body must be an object")
        return data
    form: FormData = await request.form()
    fields: dict[str, Any] = {}
    for key in form:
        values = [v for v in form.getlist(key) if isinstance(v, str)]
        fields[key] = values if len(values) > 1 or key == "text" else (values[0] if values else "")
    return fields


class _BadRequest(Exception):
    pass


def _base(code: object) -> str:
    return primary_language(str(code or ""))


def _ignore_tags(body: dict[str, Any]) -> frozenset[str]:
    """DeepL's ignore_tags: a list, or a comma-separated string, of element names."""
    ignore = body.get("ignore_tags") or []
    return frozenset(
        name.strip()
        for tag in ([ignore] if isinstance(ignore, str) else ignore)
        for name in str(tag).split(",")
        if name.strip()
    )


async def _glossary_matcher(body: dict[str, Any], store: LazyStore, tenant: str) -> TermMatcher | None:
    """The request's glossary_id as a matcher: DeepL applies it with and without tag_handling."""
    if not body.get("glossary_id"):
        return None
    _, matcher = await asyncio.to_thread(store.get().matcher, str(body["glossary_id"]), tenant)
    return matcher


def _deepl_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"message": message}, status_code=status)


def _deepl_glossary(info: GlossaryInfo) -> dict[str, Any]:
    created = info.created_at if info.created_at.tzinfo else info.created_at.replace(tzinfo=UTC)
    return {
        "glossary_id": info.id,
        "name": info.name,
        "ready": True,
        "source_lang": info.source_lang,
        "target_lang": info.target_lang,
        "creation_time": created.isoformat().replace("+00:00", "Z"),
        "entry_count": info.entry_count,
    }


@deepl.post("/translate")
async def deepl_translate(
    request: Request, pipeline: PipelineDep, batcher: BatcherDep, store: LazyStoreDep, tenant: TenantDep
) -> Response:
    try:
        body = await _body(request)
        texts = body.get("text")
        texts = [texts] if isinstance(texts, str) else texts
        if not texts or not all(isinstance(t, str) for t in texts):
            return _deepl_error(400, "Parameter 'text' not specified.")
        await tenant.charge(sum(len(t) for t in texts))
        source = _base(body.get("source_lang")) or pipeline.engine.manifest.source_lang
        target = _base(body.get("target_lang"))
        if not target:
            return _deepl_error(400, "Value for 'target_lang' not supported.")
        tag_handling = body.get("tag_handling")
        if tag_handling and tag_handling not in ("xml", "html"):
            return _deepl_error(400, f"Value for 'tag_handling' not supported: {tag_handling}.")
        glossary = await _glossary_matcher(body, store, tenant.name)
        context = str(body.get("context") or "")
        if tag_handling:
            markup_options = MarkupOptions(
                ignore_tags=_ignore_tags(body),
                terms=[(glossary, "glossary")] if glossary is not None else [],
                target_gender=context_gender(context),
            )
            markup = await MarkupTranslator(pipeline).translate_async(
                texts, source, target, tag_handling == "xml", batcher, markup_options
            )
            outputs = [r.text for r in markup]
        else:
            options = RequestOptions(glossary=glossary, context=context)
            outputs = [r.text for r in await pipeline.translate_async(texts, source, target, batcher, options)]
    except _BadRequest as error:
        return _deepl_error(400, str(error))
    except GlossaryNotFoundError:
        return _deepl_error(404, "Glossary not found.")
    except RateLimitedError as error:
        return JSONResponse(
            {"message": str(error)},
            status_code=456 if "quota" in str(error) else 429,
            headers={"Retry-After": str(error.retry_after)},
        )
    except FairmtError as error:
        return _deepl_error(400, str(error))
    request.app.state.metrics.count_characters(sum(len(t) for t in texts), tenant.name)
    return JSONResponse(
        {
            "translations": [
                {"detected_source_language": source.upper(), "text": out, "billed_characters": len(text)}
                for text, out in zip(texts, outputs, strict=True)
            ]
        }
    )


@deepl.get("/languages", operation_id="deepl_languages_get")
@deepl.post("/languages", operation_id="deepl_languages_post")
async def deepl_languages(request: Request, pipeline: PipelineDep) -> Response:
    kind = request.query_params.get("type") or (await _body(request)).get("type", "source")
    pairs = pipeline.supported_pairs
    codes = sorted({s for s, _ in pairs} if kind != "target" else {t for _, t in pairs})
    entries: list[dict[str, Any]] = [{"language": c.upper(), "name": LANGUAGE_NAMES.get(c, c)} for c in codes]
    if kind == "target":
        for entry in entries:
            entry["supports_formality"] = False
    return JSONResponse(entries)


@deepl.get("/usage", operation_id="deepl_usage_get")
@deepl.post("/usage", operation_id="deepl_usage_post")
async def deepl_usage(request: Request, tenant: TenantDep, keys: KeysDep) -> Response:
    if tenant.key is None:
        return JSONResponse({"character_count": request.app.state.metrics.characters_total, "character_limit": 10**12})
    used = await asyncio.to_thread(keys.characters_used, tenant.key.id)
    return JSONResponse({"character_count": used, "character_limit": tenant.key.character_quota})


@deepl.get("/glossary-language-pairs")
async def deepl_glossary_pairs(pipeline: PipelineDep) -> Response:
    return JSONResponse(
        {"supported_languages": [{"source_lang": s, "target_lang": t} for s, t in pipeline.supported_pairs]}
    )


@deepl.post("/glossaries")
async def deepl_create_glossary(request: Request, store: StoreDep, tenant: TenantDep) -> Response:
    try:
        body = await _body(request)
        entries_format = str(body.get("entries_format") or "tsv")
        if entries_format not in ("tsv", "csv"):
            return _deepl_error(400, "Value for 'entries_format' not supported.")
        for name in ("name", "source_lang", "target_lang", "entries"):
            if not body.get(name):
                return _deepl_error(400, f"Parameter '{name}' not specified.")
        source, target = _base(body["source_lang"]), _base(body["target_lang"])
        terms = parse_glossary(str(body["entries"]).encode(), entries_format, source, target)
    except (_BadRequest, GlossaryFormatError) as error:
        return _deepl_error(400, f"Invalid glossary entries: {error}")
    info = store.create(str(body["name"]), source, target, terms, tenant.name)
    return JSONResponse(_deepl_glossary(info), status_code=201)


@deepl.get("/glossaries")
def deepl_list_glossaries(store: StoreDep, tenant: TenantDep) -> Response:
    return JSONResponse({"glossaries": [_deepl_glossary(info) for info in store.all(tenant.name)]})


@deepl.get("/glossaries/{glossary_id}")
def deepl_get_glossary(glossary_id: str, store: StoreDep, tenant: TenantDep) -> Response:
    try:
        return JSONResponse(_deepl_glossary(store.get(glossary_id, tenant.name)))
    except GlossaryNotFoundError:
        return _deepl_error(404, "Glossary not found.")


@deepl.get("/glossaries/{glossary_id}/entries")
def deepl_glossary_entries(glossary_id: str, store: StoreDep, tenant: TenantDep) -> Response:
    try:
        entries = store.entries(glossary_id, tenant.name)
    except GlossaryNotFoundError:
        return _deepl_error(404, "Glossary not found.")
    return PlainTextResponse(
        "\n".join(f"{t.source}\t{t.target}" for t in entries), media_type="text/tab-separated-values"
    )


@deepl.delete("/glossaries/{glossary_id}")
def deepl_delete_glossary(glossary_id: str, store: StoreDep, tenant: TenantDep) -> Response:
    try:
        store.delete(glossary_id, tenant.name)
    except GlossaryNotFoundError:
        return _deepl_error(404, "Glossary not found.")
    return Response(status_code=204)


@libretranslate.post("/translate")
async def libretranslate_translate(
    request: Request, pipeline: PipelineDep, batcher: BatcherDep, tenant: TenantDep
) -> Response:
    try:
        body = await _body(request)
    except _BadRequest as error:
        return JSONResponse({"error": str(error)}, status_code=400)
    query = body.get("q")
    texts = query if isinstance(query, list) else [query] if isinstance(query, str) else None
    if texts is None or not all(isinstance(t, str) for t in texts):
        return JSONResponse({"error": "Invalid request: missing q parameter"}, status_code=400)
    await tenant.charge(sum(len(t) for t in texts))
    source = _base(body.get("source"))
    source = pipeline.engine.manifest.source_lang if source in ("", "auto") else source
    target = _base(body.get("target"))
    try:
        if body.get("format") == "html":
            outputs = [
                r.text for r in await MarkupTranslator(pipeline).translate_async(texts, source, target, False, batcher)
            ]
        else:
            outputs = [r.text for r in await pipeline.translate_async(texts, source, target, batcher)]
    except FairmtError as error:
        return JSONResponse({"error": str(error)}, status_code=400)
    request.app.state.metrics.count_characters(sum(len(t) for t in texts), tenant.name)
    return JSONResponse({"translatedText": outputs if isinstance(query, list) else outputs[0]})


@libretranslate.get("/languages")
async def libretranslate_languages(pipeline: PipelineDep) -> Response:
    pairs = pipeline.supported_pairs
    codes = sorted({code for pair in pairs for code in pair})
    return JSONResponse(
        [{"code": c, "name": LANGUAGE_NAMES.get(c, c), "targets": sorted(t for s, t in pairs if s == c)} for c in codes]
    )
