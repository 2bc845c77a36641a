"""Service settings from the environment (FAIRMT_*), created lazily, never at import."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from mt_core.engine import EngineOptions

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "fairmt-en-es"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FAIRMT_", env_file=".env", extra="ignore")

    model_dir: Path = Field(DEFAULT_MODEL_DIR, description="Model directory to serve")
    host: str = Field("127.0.0.1", description="Address `fairmt serve` binds")
    port: int = Field(8000, description="Port `fairmt serve` binds")
    allocator: Literal["jemalloc", "system"] = Field(
        "jemalloc",
        description="malloc for `fairmt serve`: jemalloc (preloaded when installed) keeps RSS flat under load",
    )
    compute_type: str = Field("int8", description="CTranslate2 compute type")
    intra_threads: int = Field(0, ge=0, description="CTranslate2 threads per translation; 0 = derived from the cores")
    inter_threads: int = Field(0, ge=0, le=64, description="Translations run in parallel; 0 = derived from the cores")
    vocabulary_map: bool = Field(
        False,
        description="Decode over the model's vocabulary map (ct2/vmap.txt) when it has one: faster, above all in small "
        "batches, but a few outputs change and may depend on their batch mates",
    )
    beam_size: int = Field(2, ge=1, le=8, description="Beam size")
    cut_invented_tails: bool = Field(
        True, description="Cut what the model writes after the source has run out (needs the decoder's attention)"
    )
    retranslate_copies: bool = Field(
        True,
        description="Return the beam's second hypothesis, and take it where the first leaves a common English word "
        "untranslated",
    )
    batch_max_tokens: int = Field(8192, ge=64, description="Token budget of one dynamic batch")
    engine_batch_tokens: int = Field(
        EngineOptions.max_batch_tokens,
        ge=16,
        description="Tokens per CTranslate2 sub-batch: one batch is cut into these for the workers",
    )
    batch_wait_ms: float = Field(
        3.0,
        ge=0,
        le=1000,
        description="Longest wait, once a worker is free, for as many sentences as its previous batch had",
    )
    batch_slots: int = Field(0, ge=0, le=64, description="Batches handed to CTranslate2 at once; 0 = one per worker")
    max_body_bytes: int = Field(1_000_000, ge=1024, description="Largest request body; larger gets 413")
    max_texts: int = Field(128, ge=1, description="Most texts in one request")
    max_text_chars: int = Field(20_000, ge=1, description="Longest single text, in characters")
    auth: Literal["open", "keys"] = Field(
        "open", description="open: no API keys, one shared tenant (local use); keys: every request needs a key"
    )
    database_url: str = Field("sqlite:///var/fairmt.db", description="SQLAlchemy URL of the glossary database")
    database_retry_seconds: float = Field(
        5.0, gt=0, le=600, description="First wait before reconnecting to an unreachable database (doubles, ≤60 s)"
    )
    glossary_max_entries: int = Field(100_000, ge=1, description="Most entries in one glossary")
    glossary_max_term_chars: int = Field(200, ge=1, le=400, description="Longest glossary term")
    glossary_max_bytes: int = Field(10_000_000, ge=1024, description="Largest glossary upload")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
