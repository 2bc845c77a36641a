"""Request and response bodies. Kept apart from mt_core's dataclasses so the API can evolve alone."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class TermPair(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(..., min_length=1, max_length=200, examples=["order"])
    target: str = Field(..., min_length=1, max_length=200, examples=["pedido"])


class TranslateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: list[str] = Field(..., min_length=1, description="Texts to translate; a single string is accepted too")
    source_lang: str = Field("en", min_length=2, max_length=8, examples=["en"])
    target_lang: str = Field("es", min_length=2, max_length=8, examples=["es"])
    format: Literal["text", "html", "xml"] = Field(
        "text", description="text; html (lenient, repaired like a browser) or xml (strict): tags are preserved"
    )
    terms: list[TermPair] = Field(
        default_factory=list, max_length=256, description="Required translations, applied to every text"
    )
    glossary_id: str | None = Field(None, description="Apply this glossary's entries to every text")
    target_gender: Literal["feminine", "masculine"] | None = Field(
        None,
        description="Gender for the speaker ('I am tired' → 'Estoy cansada') and the gender-ambiguous person nouns "
        "of every text",
    )
    context: str = Field("", max_length=5000, description="Untranslated text that can resolve gender")
    alternatives: Literal["gender"] | None = Field(
        None,
        description="'gender': a feminine and a masculine translation for gender-ambiguous texts "
        "(whole documents, with the same tags, for html and xml)",
    )
    inline_annotations: bool = Field(
        True, description='Read <term tgt="…">…</term> in the text as annotations; false sends them as plain text'
    )

    @field_validator("text", mode="before")
    @classmethod
    def _single_text(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


class ModelInfo(BaseModel):
    name: str
    version: str


class AppliedTerm(BaseModel):
    source: str
    target: str
    origin: Literal["inline", "request", "glossary"]
    applied: bool
    method: Literal["annotation", "nbest", "placeholder", "prefix", "none"]


class AppliedGender(BaseModel):
    source: str = Field(description='The person noun as the source has it, or "I" for the speaker')
    requested: Literal["feminine", "masculine"]
    found: Literal["feminine", "masculine"] | None = Field(description="null: the noun was not found in the output")
    honoured: bool
    origin: Literal["inline", "request", "source", "name", "text"] = Field(
        description="inline annotation, request-level hint, the sentence's own gender words, the first name of "
        "the noun's subject ('Marie Curie was a physicist'), or the text's next sentence ('Benazir Bhutto was a "
        "politician. She ...')"
    )


class Alternative(BaseModel):
    gender: Literal["feminine", "masculine"]
    text: str


class Translation(BaseModel):
    text: str
    warnings: list[str] = Field(default_factory=list)
    terms: list[AppliedTerm] = Field(default_factory=list, description="Each required term and whether it landed")
    genders: list[AppliedGender] = Field(default_factory=list, description="Each gender hint and what was found")
    markup_repaired: bool = Field(False, description="format=html: the input was malformed and was repaired")
    alternatives: list[Alternative] = Field(
        default_factory=list,
        description="With alternatives='gender': both readings of an ambiguous text; empty, with a warning, where "
        "the two differ in more than gender",
    )


class TranslateResponse(BaseModel):
    translations: list[Translation]
    model: ModelInfo


class LanguagePair(BaseModel):
    source: str
    target: str


class LanguagesResponse(BaseModel):
    pairs: list[LanguagePair]
    languages: list[str]


class ErrorResponse(BaseModel):
    """Errors name the problem: a message, or FastAPI's list of invalid fields for 422s."""

    detail: str | list[dict[str, Any]]


class GlossaryEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(..., min_length=1)
    target: str = Field(..., min_length=1)


class GlossaryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., min_length=1, max_length=200)
    source_lang: str = Field(..., min_length=2, max_length=8)
    target_lang: str = Field(..., min_length=2, max_length=8)
    entries: list[GlossaryEntry] = Field(..., min_length=1)


class GlossaryInfoModel(BaseModel):
    glossary_id: str
    name: str
    source_lang: str
    target_lang: str
    entry_count: int
    version: int
    created_at: datetime
    updated_at: datetime


class GlossaryList(BaseModel):
    glossaries: list[GlossaryInfoModel]


class GlossaryEntries(BaseModel):
    entries: list[GlossaryEntry]


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a router can answer, so clients and fuzzers know them."""
    meaning = {
        400: "Bad request: the message names the problem",
        401: "API key missing or invalid",
        403: "API key missing or invalid (DeepL-compatible status)",
        404: "Not found (or another tenant's)",
        413: "Body too large",
        422: "Invalid field: the message names it",
        429: "Rate limit or quota",
        456: "Quota exceeded (DeepL-compatible status)",
        503: "The model is not loaded yet",
    }
    return {code: {"description": meaning[code]} for code in codes}
