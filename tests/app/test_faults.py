"""Faults against a real server process: SIGKILL in the middle of a glossary upload, SIGTERM with requests
in flight. Data is either all there or not there, and accepted requests complete."""

from __future__ import annotations

import http.client
import json
import signal
import threading
import time
from pathlib import Path

import pytest

from bench.server import Server

UPLOAD_ENV = {"FAIRMT_GLOSSARY_MAX_ENTRIES": "200000", "FAIRMT_GLOSSARY_MAX_BYTES": "20000000"}
ENTRIES = 150_000


def glossary_body(entries: int) -> bytes:
    rows = [{"source": f"term number {i}", "target": f"término número {i}"} for i in range(entries)]
    return json.dumps({"name": "big", "source_lang": "en", "target_lang": "es", "entries": rows}).encode()


def post_in_background(port: int, path: str, body: bytes, outcome: dict[str, object]) -> threading.Thread:
    def send() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            connection.request("POST", path, body=body, headers={"content-type": "application/json"})
            response = connection.getresponse()
            outcome["status"], outcome["body"] = response.status, response.read()
        except (OSError, http.client.HTTPException) as error:
            outcome["error"] = error

    thread = threading.Thread(target=send)
    thread.start()
    return thread


def stored_glossaries(server: Server) -> list[tuple[int, int]]:
    """(declared entry_count, entries actually stored) per glossary."""
    status, listing = server.request_raw("GET", "/v1/glossaries", None)
    assert status == 200
    counts = []
    for glossary in json.loads(listing)["glossaries"]:
        status, entries = server.request_raw("GET", f"/v1/glossaries/{glossary['glossary_id']}/entries", None)
        assert status == 200
        counts.append((glossary["entry_count"], len(json.loads(entries)["entries"])))
    return counts


def test_kill_during_upload_transaction_leaves_it_complete_or_absent(tiny_model_dir: Path, tmp_path: Path) -> None:
    database = tmp_path / "glossaries.db"
    server = Server(tiny_model_dir, 1, UPLOAD_ENV, database_url=f"sqlite:///{database}")
    journal = database.with_name(database.name + "-journal")  # exists only while a write transaction is open
    outcome: dict[str, object] = {}
    try:
        upload = post_in_background(server.port, "/v1/glossaries", glossary_body(ENTRIES), outcome)
        deadline = time.monotonic() + 60
        while not journal.exists() and upload.is_alive() and time.monotonic() < deadline:
            time.sleep(0.0005)
        assert journal.exists(), f"the upload never opened a write transaction: {outcome}"
        server.kill()
        upload.join(timeout=30)
    finally:
        server.kill()
    assert "status" not in outcome, "the server answered although it was killed mid-transaction"
    restarted = Server(tiny_model_dir, 1, UPLOAD_ENV, database_url=f"sqlite:///{database}")
    try:
        assert stored_glossaries(restarted) in ([], [(ENTRIES, ENTRIES)])
        outcome.clear()
        post_in_background(restarted.port, "/v1/glossaries", glossary_body(ENTRIES), outcome).join(timeout=120)
        assert outcome.get("status") == 201, outcome
        restarted.kill()
    finally:
        restarted.kill()
    again = Server(tiny_model_dir, 1, UPLOAD_ENV, database_url=f"sqlite:///{database}")
    try:
        glossaries = stored_glossaries(again)
        assert glossaries[-1] == (ENTRIES, ENTRIES)
        assert all(declared == stored for declared, stored in glossaries)
    finally:
        again.stop()


def test_kill_while_the_body_is_still_arriving_stores_nothing(tiny_model_dir: Path, tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path}/glossaries.db"
    server = Server(tiny_model_dir, 1, UPLOAD_ENV, database_url=database)
    body = glossary_body(20_000)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        connection.putrequest("POST", "/v1/glossaries")
        connection.putheader("content-type", "application/json")
        connection.putheader("content-length", str(len(body)))
        connection.endheaders()
        connection.send(body[: len(body) // 2])
        time.sleep(0.5)
    finally:
        server.kill()
    restarted = Server(tiny_model_dir, 1, UPLOAD_ENV, database_url=database)
    try:
        assert stored_glossaries(restarted) == []
    finally:
        restarted.stop()


def test_sigterm_lets_in_flight_requests_finish(tiny_model_dir: Path) -> None:
    server = Server(tiny_model_dir, 1)
    texts = [" ".join(f"Sentence {i} number {j} is long enough." for j in range(40)) for i in range(16)]
    outcome: dict[str, object] = {}
    try:
        request = post_in_background(server.port, "/v1/translate", json.dumps({"text": texts}).encode(), outcome)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            metrics = server.request_raw("GET", "/metrics", None)[1].decode()
            if "fairmt_queue_depth 0.0" not in metrics:
                break
            time.sleep(0.002)
        else:
            pytest.fail("the request never reached the batcher")
        server.process.terminate()
        request.join(timeout=60)
        # uvicorn re-raises the signal once its graceful shutdown is done, so -SIGTERM is a clean exit here
        assert server.process.wait(timeout=30) in (0, -signal.SIGTERM)
    finally:
        server.kill()
    assert outcome.get("status") == 200, outcome
    translations = json.loads(outcome["body"])["translations"]  # type: ignore[arg-type]
    assert len(translations) == len(texts) and all(t["text"] for t in translations)
