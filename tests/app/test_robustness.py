"""Hostile and odd inputs: each gets a clear 4xx (or a correct 200) and the service stays healthy."""

from fastapi.testclient import TestClient


def healthy(client: TestClient) -> None:
    assert client.get("/health").status_code == 200
    assert client.post("/v1/translate", json={"text": ["The dog."]}).status_code == 200


def test_oversized_and_overlong_inputs(client: TestClient) -> None:
    big = client.post(
        "/v1/translate",
        content=b'{"text": ["' + b"a" * 10_000_000 + b'"]}',
        headers={"content-type": "application/json"},
    )
    assert big.status_code == 413
    many = client.post("/v1/translate", json={"text": ["x"] * 10_000})
    assert many.status_code in (413, 422)
    huge_word = client.post("/v1/translate", json={"text": ["a" * 100_000]})
    assert huge_word.status_code in (413, 422) and "detail" in huge_word.json()
    word = client.post("/v1/translate", json={"text": ["a" * 4_900]})
    assert word.status_code == 422 and "never truncates" in word.json()["detail"]
    healthy(client)


def test_unicode_edge_cases(client: TestClient) -> None:
    texts = [
        "emoji 👩🏽‍⚕️ and flags 🇪🇸",
        "control \x00\x01\x1b chars",
        "zero\u200bwidth\u200djoiners\ufeff",
        "مرحبا بالعالم",
        "mixed עברית and English",
        "\u202eright-to-left override",
    ]
    response = client.post("/v1/translate", json={"text": texts})
    assert response.status_code == 200
    assert len(response.json()["translations"]) == len(texts)
    healthy(client)


def test_invalid_bodies(client: TestClient) -> None:
    for raw in (b"\xff\xfe\xfa", b'{"text": "\xc3\x28"}', b"[1, 2]", b'{"text": [1, 2]}', b"null"):
        response = client.post("/v1/translate", content=raw, headers={"content-type": "application/json"})
        assert 400 <= response.status_code < 500, raw
    healthy(client)


def test_hostile_markup(client: TestClient) -> None:
    for tag in ("div", "b"):  # deeper than Python's recursion limit, within the body limit
        deep = f"<{tag}>" * 1200 + "text" + f"</{tag}>" * 1200
        for format in ("html", "xml"):
            response = client.post("/v1/translate", json={"text": [deep], "format": format})
            assert response.status_code in (200, 400, 422), (tag, format, response.text[:200])
    unclosed = client.post("/v1/translate", json={"text": ["<a><b>text</a>"], "format": "xml"})
    assert unclosed.status_code == 400 and "line 1" in unclosed.json()["detail"]
    entity_bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>'
    assert client.post("/v1/translate", json={"text": [entity_bomb], "format": "xml"}).status_code in (200, 400)
    healthy(client)


def test_hostile_glossaries(client: TestClient) -> None:
    huge = b"".join(b"t%d\tu%d\n" % (i, i) for i in range(1_000_000))
    response = client.post(
        "/v1/glossaries", data={"name": "g", "source_lang": "en", "target_lang": "es"}, files={"file": ("g.tsv", huge)}
    )
    assert response.status_code == 413
    bom = client.post(
        "/v1/glossaries",
        data={"name": "g", "source_lang": "en", "target_lang": "es"},
        files={"file": ("g.csv", "\ufeffen,es\norder,pedido\n".encode())},
    )
    assert bom.status_code == 201 and bom.json()["entry_count"] == 1
    healthy(client)
