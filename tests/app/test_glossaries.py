from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.app.conftest import create_glossary

TSV = "en\tes\norder\tpedido\npurchase order\torden de compra\n"


def upload(client: TestClient, data: str | bytes, filename: str = "retail.tsv", **fields: str):  # type: ignore[no-untyped-def]
    form = {"name": "retail", "source_lang": "en", "target_lang": "es", **fields}
    return client.post("/v1/glossaries", data=form, files={"file": (filename, data)})


def test_tsv_upload_translate_with_glossary_then_delete(client: TestClient) -> None:
    created = upload(client, TSV)
    assert created.status_code == 201, created.text
    glossary = created.json()
    assert glossary["entry_count"] == 2 and glossary["version"] == 1
    response = client.post(
        "/v1/translate", json={"text": ["The order shipped."], "glossary_id": glossary["glossary_id"]}
    )
    assert response.status_code == 200, response.text
    (term,) = response.json()["translations"][0]["terms"]
    assert (term["source"], term["target"], term["origin"]) == ("order", "pedido", "glossary")
    assert client.delete(f"/v1/glossaries/{glossary['glossary_id']}").status_code == 204
    assert client.get(f"/v1/glossaries/{glossary['glossary_id']}").status_code == 404
    response = client.post("/v1/translate", json={"text": ["x"], "glossary_id": glossary["glossary_id"]})
    assert response.status_code == 404


def test_json_entries_list_get_and_tsv_export(client: TestClient) -> None:
    created = create_glossary(client, "it", {"file": "archivo"})
    assert created.status_code == 201, created.text
    glossary_id = created.json()["glossary_id"]
    assert [g["glossary_id"] for g in client.get("/v1/glossaries").json()["glossaries"]] == [glossary_id]
    assert client.get(f"/v1/glossaries/{glossary_id}").json()["name"] == "it"
    assert client.get(f"/v1/glossaries/{glossary_id}/entries").json() == {
        "entries": [{"source": "file", "target": "archivo"}]
    }
    exported = client.get(f"/v1/glossaries/{glossary_id}/entries?format=tsv")
    assert exported.text == "file\tarchivo\n" and exported.headers["content-type"].startswith("text/tab-separated")


def test_replace_entries_is_atomic_and_bumps_version(client: TestClient) -> None:
    glossary_id = upload(client, TSV).json()["glossary_id"]
    replaced = client.put(f"/v1/glossaries/{glossary_id}/entries", files={"file": ("g.tsv", "cart\tcarrito\n")})
    assert replaced.status_code == 200 and replaced.json()["version"] == 2 and replaced.json()["entry_count"] == 1
    bad = client.put(f"/v1/glossaries/{glossary_id}/entries", files={"file": ("g.tsv", "cart\tcarrito\nbroken\n")})
    assert bad.status_code == 400 and "line 2" in bad.json()["detail"]
    assert client.get(f"/v1/glossaries/{glossary_id}/entries").json()["entries"] == [
        {"source": "cart", "target": "carrito"}
    ]
    response = client.post("/v1/translate", json={"text": ["My cart."], "glossary_id": glossary_id})
    assert [t["target"] for t in response.json()["translations"][0]["terms"]] == ["carrito"]


def test_bad_uploads_name_the_problem_and_leave_nothing(client: TestClient) -> None:
    cases = [
        ("g.tsv", "order\tpedido\nno tab here\n", "line 2"),
        ("g.csv", "\ufeffen,es\norder,pedido\nbox,\n", "line 3"),
        ("g.tmx", "<tmx><body><tu></body></tmx>", "line 1"),
        (
            "g.tbx",
            "<martif><text><body><termEntry id='c7'><langSet xml:lang='en'><tig><term>a</term></tig>"
            "</langSet></termEntry></body></text></martif>",
            "c7",
        ),
        ("g.tsv", "x\t" + "y" * 300 + "\n", "at most 200"),
        ("g.tsv", b"order\t\xff\xfe\n", "UTF-8"),
        ("g.tmx", '<!DOCTYPE x [<!ENTITY a "b">]><tmx/>', "DTD"),
    ]
    for filename, data, expected in cases:
        response = upload(client, data, filename)
        assert response.status_code == 400, (filename, response.text)
        assert expected in response.json()["detail"], (expected, response.json())
    assert client.get("/v1/glossaries").json()["glossaries"] == []


def test_limits_and_validation(client: TestClient) -> None:
    many = "".join(f"term{i}\tt{i}\n" for i in range(1001))
    response = upload(client, many)
    assert response.status_code == 400 and "at most 1000" in response.json()["detail"]
    response = client.post(
        "/v1/glossaries", json={"name": "x", "source_lang": "en", "target_lang": "es", "entries": []}
    )
    assert response.status_code == 422 and "entries" in response.json()["detail"]
    response = client.post("/v1/glossaries", data={"name": "x"}, files={"file": ("g.tsv", "a\tb\n")})
    assert response.status_code == 422 and "source_lang" in response.json()["detail"]


def test_glossary_pair_must_match_request(client: TestClient) -> None:
    glossary_id = upload(client, "order\tpedido\n", source_lang="en", target_lang="fr").json()["glossary_id"]
    response = client.post("/v1/translate", json={"text": ["The order."], "glossary_id": glossary_id})
    assert response.status_code == 400 and "en->fr" in response.json()["detail"]


def test_glossaries_survive_a_restart(settings: Settings) -> None:
    with TestClient(create_app(settings)) as first:
        glossary_id = upload(first, TSV).json()["glossary_id"]
    with TestClient(create_app(settings)) as second:
        assert second.get(f"/v1/glossaries/{glossary_id}").json()["entry_count"] == 2
