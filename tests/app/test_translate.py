import asyncio

import httpx
import pytest
from fastapi.testclient import TestClient

from mt_core.markup_words import same_layout
from tests.app.conftest import create_glossary


def test_translate_returns_one_translation_per_text_and_model_info(client: TestClient) -> None:
    response = client.post(
        "/v1/translate", json={"text": ["The dog.", "Red house."], "source_lang": "en", "target_lang": "es"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["translations"]) == 2
    assert body["model"] == {"name": "tiny", "version": "0.0.1"}
    assert all(isinstance(t["text"], str) for t in body["translations"])


def test_paragraph_blank_lines_survive(client: TestClient) -> None:
    text = "The dog.\n\nThe cat.\n\n\nRed."
    translated = client.post("/v1/translate", json={"text": text}).json()["translations"][0]["text"]
    assert translated.count("\n\n") == 2 and "\n\n\n" in translated


def test_single_string_is_accepted(client: TestClient) -> None:
    assert len(client.post("/v1/translate", json={"text": "One."}).json()["translations"]) == 1


def test_unsupported_pair_is_400_listing_pairs(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": ["x"], "source_lang": "en", "target_lang": "de"})
    assert response.status_code == 400
    assert "en->es" in response.json()["detail"]


def test_a_region_or_script_in_a_language_tag_is_served_by_the_languages_model(client: TestClient) -> None:
    for source, target in (("en-US", "es-419"), ("EN", "es_MX"), ("en-GB", "ES-es")):
        response = client.post("/v1/translate", json={"text": ["x"], "source_lang": source, "target_lang": target})
        assert response.status_code == 200, (source, target, response.text)
    refused = client.post("/v1/translate", json={"text": ["x"], "source_lang": "en-US", "target_lang": "de-DE"})
    assert refused.status_code == 400 and "en-US->de-DE" in refused.json()["detail"]
    glossary = client.post(
        "/v1/glossaries",
        json={"name": "g", "source_lang": "en-GB", "target_lang": "es-ES", "entries": [{"source": "a", "target": "b"}]},
    ).json()
    assert (glossary["source_lang"], glossary["target_lang"]) == ("en", "es")
    used = client.post(
        "/v1/translate",
        json={"text": ["a"], "source_lang": "en-US", "target_lang": "es", "glossary_id": glossary["glossary_id"]},
    )
    assert used.status_code == 200, used.text


def test_validation_errors_name_the_field(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": []})
    assert response.status_code == 422
    assert "text" in str(response.json()["detail"][0]["loc"])
    response = client.post("/v1/translate", json={"text": ["x"], "format": "pdf"})
    assert response.status_code == 422 and "format" in str(response.json())
    response = client.post("/v1/translate", json={"text": ["x"], "unknown": 1})
    assert response.status_code == 422 and "unknown" in str(response.json())


def test_limits_on_texts_and_characters(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": ["a"] * 17})
    assert response.status_code == 422 and "at most 16" in response.json()["detail"]
    response = client.post("/v1/translate", json={"text": ["ok", "b" * 5001]})
    assert response.status_code == 422 and "text[1]" in response.json()["detail"]


def test_overlong_sentence_is_422_not_truncated(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": ["word " * 900]})
    assert response.status_code == 422
    assert "never truncates" in response.json()["detail"]


def test_body_over_limit_is_413(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": ["x" * 30_000]})
    assert response.status_code == 413


def test_invalid_utf8_and_bad_json_are_4xx(client: TestClient) -> None:
    for raw in (b'{"text": ["\xff\xfe"]}', b"{not json", b""):
        response = client.post("/v1/translate", content=raw, headers={"content-type": "application/json"})
        assert 400 <= response.status_code < 500, raw
    assert client.get("/health").status_code == 200


def test_emoji_control_and_rtl_text_do_not_break_the_service(client: TestClient) -> None:
    texts = ["👩‍⚕️ doctor 😀", "a\u200db\u200c", "שלום עולם", "tab\there\x07"]
    response = client.post("/v1/translate", json={"text": texts})
    assert response.status_code == 200
    assert len(response.json()["translations"]) == 4


async def test_concurrent_requests_get_their_own_results_in_order(async_client: httpx.AsyncClient) -> None:
    texts = [[f"{a} {b}." for b in ("dog", "cat", "house")] for a in ("One", "Two", "Red", "Blue", "Big", "Small")]
    solo = []
    for batch in texts:
        solo.append((await async_client.post("/v1/translate", json={"text": batch})).json()["translations"])
    responses = await asyncio.gather(*(async_client.post("/v1/translate", json={"text": b}) for b in texts * 4))
    for index, response in enumerate(responses):
        assert response.status_code == 200
        assert response.json()["translations"] == solo[index % len(texts)]


def test_terms_in_request_and_inline_are_reported(client: TestClient) -> None:
    response = client.post(
        "/v1/translate",
        json={
            "text": ['My <term tgt="casa">house</term> and the dog.', "No terms here."],
            "terms": [{"source": "dog", "target": "perro"}],
        },
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["translations"]
    assert [(t["source"], t["target"], t["origin"]) for t in first["terms"]] == [
        ("house", "casa", "inline"),
        ("dog", "perro", "request"),
    ]
    assert all(
        isinstance(t["applied"], bool) and t["method"] in ("annotation", "nbest", "placeholder", "none")
        for t in first["terms"]
    )
    assert second["terms"] == []


def test_bad_term_annotation_is_422_naming_the_text(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": ["ok", '<term tgt="">order</term>']})
    assert response.status_code == 422 and "text[1]" in response.json()["detail"]
    response = client.post("/v1/translate", json={"text": ["x"], "terms": [{"source": "", "target": "y"}]})
    assert response.status_code == 422 and "terms" in str(response.json())


def test_gender_hints_are_reported(client: TestClient) -> None:
    response = client.post(
        "/v1/translate",
        json={
            "text": ["My friend is a nurse.", 'The <gender value="masculine">doctor</gender> left.'],
            "target_gender": "feminine",
        },
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["translations"]
    assert [(g["source"], g["requested"], g["origin"]) for g in first["genders"]] == [
        ("friend", "feminine", "request"),
        ("nurse", "feminine", "request"),
    ]
    assert [(g["source"], g["requested"], g["origin"]) for g in second["genders"]] == [
        ("doctor", "masculine", "inline")
    ]
    for gender in first["genders"] + second["genders"]:
        assert gender["honoured"] == (gender["found"] == gender["requested"])
    bad = client.post("/v1/translate", json={"text": ["x"], "target_gender": "neutral"})
    assert bad.status_code == 422 and "target_gender" in str(bad.json())


def test_a_gender_the_texts_next_sentence_tells_is_reported_with_origin_text(client: TestClient) -> None:
    response = client.post("/v1/translate", json={"text": ["The new director is a chemist. She studied in Madrid."]})
    assert response.status_code == 200, response.text
    (translation,) = response.json()["translations"]
    assert [(g["source"], g["requested"], g["origin"]) for g in translation["genders"]] == [
        ("director", "feminine", "text"),
        ("chemist", "feminine", "text"),
    ]


def test_gender_alternatives_are_valid_pairs_or_absent(client: TestClient) -> None:
    response = client.post(
        "/v1/translate",
        json={
            "text": ["My friend is a nurse.", "The weather is nice.", "My friend is a nurse."],
            "alternatives": "gender",
            "context": "",
        },
    )
    assert response.status_code == 200, response.text
    translations = response.json()["translations"]
    assert translations[1]["alternatives"] == []  # nothing ambiguous
    assert not any(w.startswith("alternatives:") for w in translations[1]["warnings"])
    for translation in (translations[0], translations[2]):
        alternatives = translation["alternatives"]
        assert alternatives == [] or [a["gender"] for a in alternatives] == ["feminine", "masculine"]
        said = any(w.startswith("alternatives:") for w in translation["warnings"])
        assert said == (alternatives == []), "an ambiguous text without a pair says why"
    with_context = client.post(
        "/v1/translate",
        json={"text": ["My friend is a nurse."], "alternatives": "gender", "context": "She lives in Lima."},
    )
    only = with_context.json()["translations"][0]
    assert only["alternatives"] == [] and [g["requested"] for g in only["genders"]] == ["feminine", "feminine"]


def test_gender_alternatives_take_the_text_as_written_without_inline_annotations(client: TestClient) -> None:
    """A text that is not valid annotation syntax is plain text when inline_annotations is false (was a 500)."""
    texts = ["My friend <term is a nurse.", "<gender> My friend is a nurse."]
    response = client.post("/v1/translate", json={"text": texts, "alternatives": "gender", "inline_annotations": False})
    assert response.status_code == 200, response.text
    assert len(response.json()["translations"]) == 2
    read = client.post("/v1/translate", json={"text": texts, "alternatives": "gender"})
    assert read.status_code == 422 and "text[1]" in read.json()["detail"]


def test_html_and_xml_formats(client: TestClient) -> None:
    html_in = '<p>Choose <span class="menuitem">File - New</span>.</p>'
    response = client.post("/v1/translate", json={"text": [html_in, "<p>bad <b>nest</p></b>"], "format": "html"})
    assert response.status_code == 200, response.text
    first, second = response.json()["translations"]
    assert first["text"].startswith("<p>") and '<span class="menuitem">' in first["text"]
    assert not first["markup_repaired"] and second["markup_repaired"]
    bad = client.post("/v1/translate", json={"text": ["<a><b></a>"], "format": "xml"})
    assert bad.status_code == 400 and "line 1, column" in bad.json()["detail"]


@pytest.mark.parametrize("markup_format", ["html", "xml"])
def test_gender_alternatives_in_markup_are_whole_documents_with_the_same_tags(
    client: TestClient, markup_format: str
) -> None:
    texts = [
        "<p>My <b>friend</b> is a nurse.</p>",
        "<p>The <i>weather</i> is nice.</p>",
        "<p>My sister is a doctor.</p>",
    ]
    response = client.post("/v1/translate", json={"text": texts, "format": markup_format, "alternatives": "gender"})
    assert response.status_code == 200, response.text
    ambiguous, plain, fixed = response.json()["translations"]
    assert plain["alternatives"] == [] and fixed["alternatives"] == []  # no person noun; the source fixes it
    assert not any(w.startswith("alternatives:") for w in plain["warnings"] + fixed["warnings"])
    alternatives = ambiguous["alternatives"]
    assert any(w.startswith("alternatives:") for w in ambiguous["warnings"]) == (alternatives == [])
    assert alternatives == [] or [a["gender"] for a in alternatives] == ["feminine", "masculine"]
    if alternatives:
        feminine, masculine = (a["text"] for a in alternatives)
        assert same_layout(feminine, masculine) and "<b>" in feminine and "</b>" in feminine
    hinted = client.post(
        "/v1/translate",
        json={"text": texts[:1], "format": markup_format, "alternatives": "gender", "target_gender": "masculine"},
    )
    assert hinted.json()["translations"][0]["alternatives"] == []  # a gender was asked for: nothing to offer


def test_gender_hints_inside_markup(client: TestClient) -> None:
    response = client.post(
        "/v1/translate",
        json={
            "text": [
                "<p>My friend is a <b>nurse</b>.</p>",
                '<p>The <gender value="masculine">doctor</gender> left.</p><p>Hello.</p>',
            ],
            "format": "html",
            "target_gender": "feminine",
        },
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["translations"]
    assert [(g["source"], g["requested"], g["origin"]) for g in first["genders"]] == [
        ("friend", "feminine", "request"),
        ("nurse", "feminine", "request"),
    ]
    assert [(g["source"], g["requested"], g["origin"]) for g in second["genders"]] == [
        ("doctor", "masculine", "inline")
    ]
    assert "<b>" in first["text"] and "⟦" not in first["text"] + second["text"]
    by_context = client.post(
        "/v1/translate",
        json={"text": ["<p>The nurse arrived.</p>"], "format": "html", "context": "She is my sister."},
    )
    assert [g["requested"] for g in by_context.json()["translations"][0]["genders"]] == ["feminine"]


def test_terms_without_words_are_422(client: TestClient) -> None:  # found by the schemathesis fuzz
    response = client.post("/v1/translate", json={"text": ["x"], "terms": [{"source": "㋀!", "target": "y"}]})
    assert response.status_code == 422 and "no words" in response.json()["detail"]
    glossary = client.post(
        "/v1/glossaries",
        json={"name": "g", "source_lang": "en", "target_lang": "es", "entries": [{"source": "!!", "target": "y"}]},
    )
    assert glossary.status_code == 400 and "entries[0]" in glossary.json()["detail"]


def test_glossaries_and_request_terms_apply_inside_markup(client: TestClient) -> None:
    created = create_glossary(client, "retail", {"order": "pedido"}).json()
    response = client.post(
        "/v1/translate",
        json={
            "text": ['<p>Your <b>order</b> ships <script>order()</script><span title="order">today</span>.</p>'],
            "format": "html",
            "glossary_id": created["glossary_id"],
            "terms": [{"source": "today", "target": "hoy"}],
        },
    )
    assert response.status_code == 200, response.text
    translation = response.json()["translations"][0]
    assert [(t["source"], t["target"], t["origin"]) for t in translation["terms"]] == [
        ("order", "pedido", "glossary"),
        ("today", "hoy", "request"),
    ]
    assert all(t["applied"] == (t["target"] in translation["text"]) for t in translation["terms"])
    assert "<script>order()</script>" in translation["text"]  # opaque content is never annotated
    assert "<term" not in translation["text"] and "⟦" not in translation["text"]


def test_terms_without_words_are_422_in_markup_too(client: TestClient) -> None:  # found by the schemathesis fuzz
    response = client.post(
        "/v1/translate", json={"text": ["<p>x</p>"], "format": "xml", "terms": [{"source": ":", "target": "0"}]}
    )
    assert response.status_code == 422 and "terms" in response.json()["detail"]


def test_the_response_schema_accepts_every_way_a_term_can_land() -> None:
    from typing import get_args

    from app.schemas import AppliedTerm
    from mt_core.pipeline_steps import TERM_METHODS

    # "prefix" was missing: a term forced in as a target prefix made the response fail validation (a 500)
    assert set(get_args(AppliedTerm.model_fields["method"].annotation)) == set(TERM_METHODS)
