"""The official DeepL and LibreTranslate client libraries against a live fairmt server on loopback."""

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from mt_core.grammar import Gender
from mt_core.markup_translate import MarkupOptions, MarkupTranslator
from tests.app.conftest import create_glossary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server_url(settings: Settings) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_deepl_client_translates_and_manages_glossaries(server_url: str) -> None:
    deepl = pytest.importorskip("deepl")
    translator = deepl.Translator("any-key", server_url=server_url)
    result = translator.translate_text("The dog.", target_lang="ES")
    assert isinstance(result.text, str) and result.detected_source_lang == "EN"
    results = translator.translate_text(["One.", "Two."], source_lang="EN", target_lang="ES")
    assert len(results) == 2
    html_result = translator.translate_text("<p>The <b>red</b> house.</p>", target_lang="ES", tag_handling="html")
    assert html_result.text.startswith("<p>") and "<b>" in html_result.text and "</b>" in html_result.text
    ignored = translator.translate_text("<x>keep me</x> house", target_lang="ES", tag_handling="xml", ignore_tags="x")
    assert "<x>keep me</x>" in ignored.text
    assert [lang.code for lang in translator.get_source_languages()] == ["EN"]
    assert [lang.code for lang in translator.get_target_languages()] == ["ES"]
    assert translator.get_usage().character.count >= len("The dog.")
    assert [(p.source_lang, p.target_lang) for p in translator.get_glossary_languages()] == [("en", "es")]

    glossary = translator.create_glossary("retail", "EN", "ES", {"order": "pedido", "cart": "carrito"})
    assert glossary.entry_count == 2 and glossary.ready
    assert translator.get_glossary_entries(glossary) == {"order": "pedido", "cart": "carrito"}
    assert [g.glossary_id for g in translator.list_glossaries()] == [glossary.glossary_id]
    translated = translator.translate_text("Your order.", source_lang="EN", target_lang="ES", glossary=glossary)
    assert isinstance(translated.text, str)
    translator.delete_glossary(glossary)
    with pytest.raises(deepl.GlossaryNotFoundException):
        translator.get_glossary(glossary.glossary_id)
    with pytest.raises(deepl.DeepLException):
        translator.translate_text("x", target_lang="DE")


def test_libretranslate_client(server_url: str) -> None:
    libretranslatepy = pytest.importorskip("libretranslatepy")
    client = libretranslatepy.LibreTranslateAPI(server_url)
    assert isinstance(client.translate("The dog.", "en", "es"), str)
    assert isinstance(client.translate("The dog.", "auto", "es"), str)
    languages = client.languages()
    assert {"code": "en", "name": "English", "targets": ["es"]} in languages


def test_libretranslate_lists_html_and_errors(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/translate", json={"q": ["One.", "Two."], "source": "en", "target": "es"})
    assert response.status_code == 200 and len(response.json()["translatedText"]) == 2
    response = client.post(
        "/translate", json={"q": "<p>The <b>dog</b>.</p>", "source": "en", "target": "es", "format": "html"}
    )
    assert "<b>" in response.json()["translatedText"]
    response = client.post("/translate", json={"source": "en", "target": "es"})
    assert response.status_code == 400 and "q" in response.json()["error"]
    response = client.post("/translate", json={"q": "x", "source": "en", "target": "de"})
    assert response.status_code == 400 and "en->es" in response.json()["error"]


def test_deepl_applies_the_glossary_and_context_with_tag_handling(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both used to be dropped silently when tag_handling was set."""
    seen: list[MarkupOptions] = []
    original = MarkupTranslator.translate_async

    async def spy(self: MarkupTranslator, *args: Any) -> Any:
        seen.append(args[-1])
        return await original(self, *args)

    monkeypatch.setattr(MarkupTranslator, "translate_async", spy)
    glossary = create_glossary(client, "retail", {"order": "pedido"}).json()
    body = {
        "text": ["<p>Your <b>order</b>.</p>"],
        "target_lang": "ES",
        "tag_handling": "html",
        "glossary_id": glossary["glossary_id"],
        "context": "She is my sister.",
    }
    response = client.post("/v2/translate", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["translations"][0]["text"].startswith("<p>")
    (options,) = seen
    assert [origin for _, origin in options.terms] == ["glossary"] and options.target_gender is Gender.FEMININE
    missing = client.post("/v2/translate", json={**body, "glossary_id": "no-such-glossary"})
    assert missing.status_code == 404
    unsupported = client.post("/v2/translate", json={**body, "tag_handling": "markdown"})
    assert unsupported.status_code == 400 and "tag_handling" in unsupported.json()["message"]
