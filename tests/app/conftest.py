from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


@pytest.fixture
def settings(tiny_model_dir: Path, tmp_path: Path) -> Settings:
    return Settings(
        model_dir=tiny_model_dir,
        max_body_bytes=20_000,
        max_texts=16,
        max_text_chars=5_000,
        beam_size=1,
        database_url=f"sqlite:///{tmp_path}/glossaries.db",
        glossary_max_entries=1000,
        glossary_max_bytes=200_000,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
async def async_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://fairmt") as http:
            yield http


def create_glossary(client: TestClient, name: str, entries: dict[str, str]) -> httpx.Response:
    """POST an en→es glossary from JSON entries (source → target)."""
    rows = [{"source": source, "target": target} for source, target in entries.items()]
    return client.post("/v1/glossaries", json={"name": name, "source_lang": "en", "target_lang": "es", "entries": rows})
