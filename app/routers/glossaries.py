"""Glossaries: create (multipart file or JSON entries), list, get, entries (JSON or TSV), replace, delete."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from app.dependencies import SettingsDep, StoreDep, TenantDep
from app.schemas import GlossaryCreate, GlossaryEntries, GlossaryEntry, GlossaryInfoModel, GlossaryList, error_responses
from app.settings import Settings
from mt_core.glossary_formats import (
    GlossaryFormatError,
    GlossaryLimits,
    check_entry,
    guess_format,
    parse_glossary,
    validate_entries,
)
from mt_core.glossary_store import GlossaryInfo
from mt_core.terminology import Term

router = APIRouter(
    prefix="/v1/glossaries", tags=["glossaries"], responses=error_responses(400, 401, 404, 413, 422, 429, 503)
)

UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": GlossaryCreate.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": "TSV, CSV, TMX or TBX"},
                        "name": {"type": "string"},
                        "source_lang": {"type": "string"},
                        "target_lang": {"type": "string"},
                        "format": {"type": "string", "enum": ["tsv", "csv", "tmx", "tbx"]},
                    },
                }
            },
        },
    }
}


def _limits(settings: Settings) -> GlossaryLimits:
    return GlossaryLimits(settings.glossary_max_entries, settings.glossary_max_term_chars, settings.glossary_max_bytes)


def _info(info: GlossaryInfo) -> GlossaryInfoModel:
    return GlossaryInfoModel(
        glossary_id=info.id,
        name=info.name,
        source_lang=info.source_lang,
        target_lang=info.target_lang,
        entry_count=info.entry_count,
        version=info.version,
        created_at=info.created_at,
        updated_at=info.updated_at,
    )


async def _read_upload(
    request: Request, settings: Settings, defaults: dict[str, str] | None = None
) -> tuple[dict[str, str], list[Term]]:
    """Fields and validated entries from either body form; errors are 400s naming the place."""
    content_type = request.headers.get("content-type", "")
    limits = _limits(settings)
    try:
        if content_type.startswith("multipart/form-data"):
            form = await request.form()
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise HTTPException(422, "file: a multipart field 'file' with the glossary is required")
            data = await upload.read()
            fields = {k: str(v) for k, v in form.items() if k != "file" and isinstance(v, str)}
            fields = {**(defaults or {}), **fields}
            for name in ("name", "source_lang", "target_lang"):
                if not fields.get(name):
                    raise HTTPException(422, f"{name}: required")
            file_format = fields.get("format") or guess_format(upload.filename, data)
            return fields, parse_glossary(data, file_format, fields["source_lang"], fields["target_lang"], limits)
        raw: Any = json.loads(await request.body() or b"null")
        if defaults is not None and isinstance(raw, dict):
            raw = {**defaults, **raw}
        body = GlossaryCreate.model_validate(raw)
        terms = [check_entry(e.source, e.target, f"entries[{i}]", limits) for i, e in enumerate(body.entries)]
        return body.model_dump(exclude={"entries"}), validate_entries(terms, limits)
    except GlossaryFormatError as error:
        raise HTTPException(400, f"glossary: {error}") from error
    except json.JSONDecodeError as error:
        raise HTTPException(422, f"body: invalid JSON ({error.msg} at position {error.pos})") from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise HTTPException(422, f"{where}: {first['msg']}") from error


@router.post("", status_code=201, response_model=GlossaryInfoModel, openapi_extra=UPLOAD_BODY)
async def create_glossary(
    request: Request, store: StoreDep, settings: SettingsDep, tenant: TenantDep
) -> GlossaryInfoModel:
    fields, terms = await _read_upload(request, settings)
    info = store.create(fields["name"], fields["source_lang"], fields["target_lang"], terms, tenant.name)
    return _info(info)


@router.get("", response_model=GlossaryList)
def list_glossaries(store: StoreDep, tenant: TenantDep) -> GlossaryList:
    return GlossaryList(glossaries=[_info(info) for info in store.all(tenant.name)])


@router.get("/{glossary_id}", response_model=GlossaryInfoModel)
def get_glossary(glossary_id: str, store: StoreDep, tenant: TenantDep) -> GlossaryInfoModel:
    return _info(store.get(glossary_id, tenant.name))


@router.get(
    "/{glossary_id}/entries",
    response_model=GlossaryEntries,
    responses={200: {"content": {"text/tab-separated-values": {}}}},
)
def glossary_entries(glossary_id: str, store: StoreDep, tenant: TenantDep, format: str = "json") -> Any:
    entries = store.entries(glossary_id, tenant.name)
    if format == "tsv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerows((term.source, term.target) for term in entries)
        return Response(out.getvalue(), media_type="text/tab-separated-values; charset=utf-8")
    if format != "json":
        raise HTTPException(422, "format: use json or tsv")
    return GlossaryEntries(entries=[GlossaryEntry(source=t.source, target=t.target) for t in entries])


@router.put("/{glossary_id}/entries", response_model=GlossaryInfoModel, openapi_extra=UPLOAD_BODY)
async def replace_entries(
    glossary_id: str, request: Request, store: StoreDep, settings: SettingsDep, tenant: TenantDep
) -> GlossaryInfoModel:
    """Replace every entry in one transaction: translations see the old glossary or the new one."""
    current = store.get(glossary_id, tenant.name)
    defaults = {"name": current.name, "source_lang": current.source_lang, "target_lang": current.target_lang}
    _, terms = await _read_upload(request, settings, defaults)
    return _info(store.replace_entries(glossary_id, terms, tenant.name))


@router.delete("/{glossary_id}", status_code=204)
def delete_glossary(glossary_id: str, store: StoreDep, tenant: TenantDep) -> Response:
    store.delete(glossary_id, tenant.name)
    return Response(status_code=204)
