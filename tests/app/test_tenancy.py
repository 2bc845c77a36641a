import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from mt_core.glossary_store import GlossaryStore
from mt_core.keys import KeyStore


@pytest.fixture
def keyed(settings: Settings) -> Settings:
    return settings.model_copy(update={"auth": "keys"})


def make_key(settings: Settings, tenant: str, **limits: int) -> str:
    key, _ = KeyStore(GlossaryStore(settings.database_url).engine).create(tenant, **limits)
    return key


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_keys_are_required_and_checked(keyed: Settings) -> None:
    key = make_key(keyed, "acme")
    with TestClient(create_app(keyed)) as client:
        assert client.post("/v1/translate", json={"text": ["x"]}).status_code == 401
        assert client.post("/v1/translate", json={"text": ["x"]}, headers=bearer("fmt_wrong")).status_code == 401
        assert client.post("/v1/translate", json={"text": ["x"]}, headers=bearer(key)).status_code == 200
        assert client.post("/v2/translate", json={"text": ["x"], "target_lang": "ES"}).status_code == 403
        assert client.get("/health").status_code == 200  # liveness needs no key


def test_tenants_never_see_each_others_glossaries(keyed: Settings) -> None:
    acme, other = make_key(keyed, "acme"), make_key(keyed, "other")
    with TestClient(create_app(keyed)) as client:
        created = client.post(
            "/v1/glossaries",
            headers=bearer(acme),
            json={"name": "g", "source_lang": "en", "target_lang": "es", "entries": [{"source": "a", "target": "b"}]},
        )
        glossary_id = created.json()["glossary_id"]
        assert client.get(f"/v1/glossaries/{glossary_id}", headers=bearer(other)).status_code == 404
        assert client.get("/v1/glossaries", headers=bearer(other)).json()["glossaries"] == []
        assert client.delete(f"/v1/glossaries/{glossary_id}", headers=bearer(other)).status_code == 404
        response = client.post("/v1/translate", headers=bearer(other), json={"text": ["a"], "glossary_id": glossary_id})
        assert response.status_code == 404
        assert (
            client.get(
                f"/v2/glossaries/{glossary_id}", headers={"Authorization": f"DeepL-Auth-Key {other}"}
            ).status_code
            == 404
        )
        assert client.get(f"/v1/glossaries/{glossary_id}", headers=bearer(acme)).status_code == 200


def test_rate_limit_and_quota_give_429_with_retry_after(keyed: Settings) -> None:
    limited = make_key(keyed, "acme", requests_per_minute=2)
    small = make_key(keyed, "acme", character_quota=10)
    with TestClient(create_app(keyed)) as client:
        statuses = [
            client.post("/v1/translate", json={"text": ["x"]}, headers=bearer(limited)).status_code for _ in range(3)
        ]
        assert statuses == [200, 200, 429]
        response = client.post("/v1/translate", json={"text": ["x"]}, headers=bearer(limited))
        assert int(response.headers["Retry-After"]) >= 1
        assert client.post("/v1/translate", json={"text": ["12345"]}, headers=bearer(small)).status_code == 200
        over = client.post("/v1/translate", json={"text": ["123456"]}, headers=bearer(small))
        assert over.status_code == 429 and "quota" in over.json()["detail"]


def test_quota_survives_restarts_and_is_shared_by_replicas(keyed: Settings) -> None:
    small = make_key(keyed, "acme", character_quota=10)
    with TestClient(create_app(keyed)) as first, TestClient(create_app(keyed)) as replica:
        assert first.post("/v1/translate", json={"text": ["123456"]}, headers=bearer(small)).status_code == 200
        over = replica.post("/v1/translate", json={"text": ["12345"]}, headers=bearer(small))
        assert over.status_code == 429 and "6 used" in over.json()["detail"]
    with TestClient(create_app(keyed)) as restarted:
        usage = restarted.get("/v2/usage", headers={"Authorization": f"DeepL-Auth-Key {small}"}).json()
        assert usage == {"character_count": 6, "character_limit": 10}
        assert restarted.post("/v1/translate", json={"text": ["1234"]}, headers=bearer(small)).status_code == 200
        assert restarted.post("/v1/translate", json={"text": ["1"]}, headers=bearer(small)).status_code == 429


def test_revoked_keys_stop_working(keyed: Settings) -> None:
    keys = KeyStore(GlossaryStore(keyed.database_url).engine)
    key, record = keys.create("acme")
    keys.revoke(record.id)
    assert keys.authenticate(key) is None
    with TestClient(create_app(keyed)) as client:
        assert client.post("/v1/translate", json={"text": ["x"]}, headers=bearer(key)).status_code == 401


def test_only_hashes_are_stored(keyed: Settings) -> None:
    key = make_key(keyed, "acme")
    with GlossaryStore(keyed.database_url).engine.connect() as connection:
        dump = "\n".join(str(row) for row in connection.exec_driver_sql("SELECT * FROM api_keys"))
    assert key not in dump and key[4:] not in dump


def test_keys_cli(keyed: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from fairmt.cli import main

    assert main(["keys", "--database-url", keyed.database_url, "create", "--tenant", "acme"]) == 0
    out = capsys.readouterr().out
    key_id = out.split()[1]
    assert "key fmt_" in out
    assert main(["keys", "--database-url", keyed.database_url, "list"]) == 0
    assert key_id in capsys.readouterr().out
    assert main(["keys", "--database-url", keyed.database_url, "revoke", key_id]) == 0


def test_metrics_count_requests_and_characters_per_tenant(keyed: Settings) -> None:
    acme, other = make_key(keyed, "acme"), make_key(keyed, "other")
    with TestClient(create_app(keyed)) as client:
        client.post("/v1/translate", json={"text": ["The dog."]}, headers=bearer(acme))
        client.post("/v1/translate", json={"text": ["A cat.", "Two."]}, headers=bearer(other))
        client.post("/v1/glossaries/missing-id", headers=bearer(other))
        client.post("/translate", json={"q": "Hi.", "source": "en", "target": "es", "api_key": acme})
        metrics = client.get("/metrics").text
    assert 'fairmt_tenant_requests_total{status="200",tenant="acme"} 2.0' in metrics
    assert 'fairmt_tenant_requests_total{status="200",tenant="other"} 1.0' in metrics
    assert 'fairmt_tenant_characters_total{tenant="acme"} 11.0' in metrics  # "The dog." + "Hi."
    assert 'fairmt_tenant_characters_total{tenant="other"} 10.0' in metrics
