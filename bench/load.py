"""Bounded load and soak test on loopback: N clients for D seconds, mixed requests, zero errors expected.

    python bench/load.py --model models/fairmt-en-es --clients 16 --seconds 600

Each client loops over plain text (one to three sentences), HTML and glossary
requests against a real uvicorn server on 127.0.0.1, and stops by itself when the
time is up. Prints requests/s, p50/p95/p99 latency, the error count, and the
server's resident memory sampled every 10 s: its growth from the end of the
warm-up (the first --warmup-seconds of the run) to the end must stay within 10%.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import Server, report  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sample_rss(pid: int, started: float, deadline: float, samples: list[tuple[float, float]]) -> None:
    """(seconds since start, RSS MB) every 10 s, so a slow leak shows as a trend, not just two points."""
    while time.monotonic() < deadline:
        samples.append((time.monotonic() - started, rss_mb(pid)))
        time.sleep(min(10.0, max(0.0, deadline - time.monotonic())))


def make_requests(sentences: list[str], glossary_id: str) -> list[dict[str, object]]:
    rng = random.Random(0)
    requests: list[dict[str, object]] = []
    for _ in range(200):
        kind = rng.random()
        chosen = rng.sample(sentences, rng.randint(1, 3))
        if kind < 0.7:
            requests.append({"text": [" ".join(chosen)]})
        elif kind < 0.85:
            requests.append({"text": [f"<p>{chosen[0]} <b>{chosen[-1]}</b></p>"], "format": "html"})
        else:
            requests.append({"text": chosen, "glossary_id": glossary_id})
    return requests


def client(
    port: int, requests: list[dict[str, object]], deadline: float, latencies: list[float], errors: list[str], seed: int
) -> None:
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    while time.monotonic() < deadline:
        body = json.dumps(rng.choice(requests)).encode()
        started = time.perf_counter()
        try:
            connection.request("POST", "/v1/translate", body=body, headers={"content-type": "application/json"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException) as error:
            errors.append(repr(error))
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            continue
        latencies.append(time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=600, help="whole run, warm-up included")
    parser.add_argument("--warmup-seconds", type=float, default=60)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--allocator",
        choices=("jemalloc", "system"),
        nargs="+",
        default=["jemalloc"],
        help="one soak per allocator, side by side in this run (`fairmt serve` uses jemalloc when installed)",
    )
    args = parser.parse_args()
    sentences = [s for s in (ROOT / "bench" / "sentences.en.txt").read_text().splitlines() if s.strip()]
    runs = {allocator: soak(args, sentences, allocator) for allocator in args.allocator}
    results: dict[str, object] = {
        f"{allocator}_{key}": value for allocator, run in runs.items() for key, value in run.items()
    }
    if len(runs) > 1:
        rates = {allocator: float(run["requests_per_s"]) for allocator, run in runs.items()}  # type: ignore[arg-type]
        first, *others = args.allocator
        for other in others:
            results[f"requests_per_s_ratio_{first}_to_{other}"] = round(rates[first] / rates[other], 3)
    # The verdict is the first allocator's (what `fairmt serve` uses); the others are comparisons.
    results["passed"] = runs[args.allocator[0]]["passed"]
    report(results, args.json)


def soak(args: argparse.Namespace, sentences: list[str], allocator: str) -> dict[str, object]:
    """One soak: 16 clients for ``args.seconds`` against a fresh server on ``allocator``."""
    database = Path("/tmp") / f"fairmt-load-{time.time_ns()}.db"
    server = Server(args.model, 2, database_url=f"sqlite:///{database}", extra_env={"FAIRMT_ALLOCATOR": allocator})
    running_on = server.allocator
    try:
        status, body = server.request_raw(
            "POST",
            "/v1/glossaries",
            json.dumps(
                {
                    "name": "load",
                    "source_lang": "en",
                    "target_lang": "es",
                    "entries": [{"source": "file", "target": "archivo"}, {"source": "window", "target": "ventana"}],
                }
            ).encode(),
        )
        assert status == 201, body
        requests = make_requests(sentences, json.loads(body)["glossary_id"])
        rss_start = rss_mb(server.process.pid)
        latencies: list[float] = []
        errors: list[str] = []
        started = time.monotonic()
        deadline = started + args.seconds
        samples: list[tuple[float, float]] = []
        sampler = threading.Thread(target=sample_rss, args=(server.process.pid, started, deadline, samples))
        sampler.start()
        threads = [
            threading.Thread(target=client, args=(server.port, requests, deadline, latencies, errors, i))
            for i in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        sampler.join()
        rss_end = rss_mb(server.process.pid)
        healthy = server.request_raw("GET", "/health", None)[0] == 200
    finally:
        server.stop()
        database.unlink(missing_ok=True)
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    after_warmup = next((rss for at, rss in samples if at >= args.warmup_seconds), rss_end)
    growth = 100 * (rss_end - after_warmup) / after_warmup if after_warmup else 0.0
    results = {
        "clients": args.clients,
        "allocator": running_on,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 2),
        "p50_ms": round(quantiles[49] * 1000, 1),
        "p95_ms": round(quantiles[94] * 1000, 1),
        "p99_ms": round(quantiles[98] * 1000, 1),
        "errors": len(errors),
        "first_errors": errors[:5],
        "server_rss_mb_before_load": round(rss_start, 1),
        "server_rss_mb_after_warmup": round(after_warmup, 1),
        "server_rss_mb_end": round(rss_end, 1),
        "server_rss_mb_max": round(max([rss_end, *(rss for _, rss in samples)]), 1),
        "rss_growth_after_warmup_percent": round(growth, 2),
        "rss_samples_mb": [round(rss, 1) for _, rss in samples],
        "healthy_after": healthy,
        "passed": not errors and healthy and growth <= 10,
    }
    return results


if __name__ == "__main__":
    main()
