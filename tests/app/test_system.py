import time
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


def test_unreachable_database_gives_not_ready_then_recovers(settings: Settings, tmp_path: Path) -> None:
    """No crash loop: the service starts, says why it is not ready, translates plain text, and connects
    once the database becomes reachable."""
    blocker = tmp_path / "db-dir"
    blocker.write_text("a file where the database directory should be")
    down = settings.model_copy(
        update={"database_url": f"sqlite:///{blocker}/glossaries.db", "database_retry_seconds": 0.05}
    )
    with TestClient(create_app(down)) as client:
        assert client.get("/health").status_code == 200
        not_ready = client.get("/ready")
        assert not_ready.status_code == 503
        assert "glossary database is unavailable" in not_ready.json()["reasons"][0]
        listed = client.get("/v1/glossaries")
        assert listed.status_code == 503 and "glossary database is unavailable" in listed.json()["detail"]
        assert client.post("/v1/translate", json={"text": ["The dog."]}).status_code == 200
        blocker.unlink()  # the store creates the directory on its next attempt
        deadline = time.monotonic() + 10
        while client.get("/ready").status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.get("/ready").json() == {"status": "ready"}
        assert client.get("/v1/glossaries").status_code == 200


def test_unreachable_postgres_is_named_in_readiness(settings: Settings) -> None:
    pytest.importorskip("psycopg")
    down = settings.model_copy(
        update={"database_url": "postgresql+psycopg://fairmt@127.0.0.1:9/fairmt?connect_timeout=2"}
    )
    with TestClient(create_app(down)) as client:
        reasons = client.get("/ready").json()["reasons"]
        assert len(reasons) == 1 and "OperationalError" in reasons[0]
        assert client.post("/v1/glossaries/x/entries").status_code in (405, 503)
        assert client.get("/v2/glossaries").status_code == 503


def test_batcher_hands_one_batch_per_worker_and_the_engine_cuts_sub_batches(settings: Settings) -> None:
    with TestClient(create_app(settings)) as running:
        app = running.app
        assert app.state.batcher.options.concurrent_batches == app.state.pipeline.engine.inter_threads  # type: ignore[attr-defined]
        assert app.state.pipeline.engine.options.max_batch_tokens == 512  # type: ignore[attr-defined]
    tuned = settings.model_copy(update={"batch_slots": 1})
    with TestClient(create_app(tuned)) as running:
        assert running.app.state.batcher.options.concurrent_batches == 1  # type: ignore[attr-defined]


def test_the_invented_tail_cut_can_be_switched_off(tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.main import load_pipeline

    monkeypatch.setenv("FAIRMT_CUT_INVENTED_TAILS", "false")
    pipeline = load_pipeline(Settings(model_dir=tiny_model_dir))
    assert not pipeline.decoding.return_attention
    hypothesis, *_ = pipeline.engine.translate_tokens(
        [pipeline.engine.tokenizer.source_tokens("a b")], pipeline.decoding
    )[0]
    assert hypothesis.attention is None
    assert load_pipeline(Settings(model_dir=tiny_model_dir, cut_invented_tails=True)).decoding.return_attention


def test_the_copy_check_can_be_switched_off(tiny_model_dir: Path) -> None:
    from app.main import load_pipeline

    on = load_pipeline(Settings(model_dir=tiny_model_dir))
    assert on.decoding.num_hypotheses == 2, "the beam's second hypothesis comes back for the copy check"
    off = load_pipeline(Settings(model_dir=tiny_model_dir, retranslate_copies=False))
    assert off.copy_check is None and off.decoding.num_hypotheses == 1
    one_beam = load_pipeline(Settings(model_dir=tiny_model_dir, beam_size=1))
    assert one_beam.decoding.num_hypotheses == 1


def test_the_vocabulary_map_is_opt_in(tiny_model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from app.main import load_pipeline
    from mt_core.manifest import VOCABULARY_MAP_FILE

    model_dir = Path(shutil.copytree(tiny_model_dir, tmp_path / "model"))
    (model_dir / VOCABULARY_MAP_FILE).write_text("\t.\n")
    assert not load_pipeline(Settings(model_dir=model_dir)).engine.uses_vocabulary_map
    monkeypatch.setenv("FAIRMT_VOCABULARY_MAP", "true")
    assert load_pipeline(Settings(model_dir=model_dir)).engine.uses_vocabulary_map
    assert not load_pipeline(Settings(model_dir=tiny_model_dir)).engine.uses_vocabulary_map  # it has none
