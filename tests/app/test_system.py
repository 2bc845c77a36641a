from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


def test_health_ready_languages(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").json() == {"status": "ready"}
    languages = client.get("/v1/languages").json()
    assert languages["pairs"] == [{"source": "en", "target": "es"}]
    assert languages["languages"] == ["en", "es"]


def test_ready_is_503_before_the_model_loads(settings: Settings) -> None:
    app = create_app(settings)
    client = TestClient(app)  # no context manager: lifespan has not run
    assert client.get("/ready").status_code == 503
    assert client.post("/v1/translate", json={"text": ["x"]}).status_code == 503


def test_metrics_in_prometheus_format(client: TestClient) -> None:
    client.post("/v1/translate", json={"text": ["The dog."]})
    text = client.get("/metrics").text
    for name in (
        "fairmt_requests_total",
        "fairmt_request_seconds_bucket",
        "fairmt_batch_sentences_bucket",
        "fairmt_queue_depth",
        "fairmt_batch_tokens_bucket",
        "fairmt_glossary_cache",
    ):
        assert name in text
    assert 'route="/v1/translate",status="200"' in text


def test_openapi_docs(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    assert "/v1/translate" in client.get("/openapi.json").json()["paths"]


def test_settings_read_prefixed_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FAIRMT_MODEL_DIR", str(tmp_path))
    monkeypatch.setenv("FAIRMT_BATCH_WAIT_MS", "2.5")
    settings = Settings()
    assert settings.model_dir == tmp_path and settings.batch_wait_ms == 2.5


def test_importing_app_creates_no_settings() -> None:
    import app.settings

    app.settings.get_settings.cache_clear()
    import app.main

    assert app.settings.get_settings.cache_info().currsize == 0


def test_request_ids_and_json_access_log(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    import json
    import logging

    from app.middleware import JsonFormatter

    with caplog.at_level(logging.INFO, logger="fairmt.access"):
        response = client.get("/health", headers={"X-Request-ID": "abc123"})
        fresh = client.get("/health")
    assert response.headers["x-request-id"] == "abc123"
    assert len(fresh.headers["x-request-id"]) == 32
    record = next(r for r in caplog.records if getattr(r, "fields", {}).get("request_id") == "abc123")
    line = json.loads(JsonFormatter().format(record))
    assert line["path"] == "/health" and line["status"] == 200 and line["method"] == "GET"
