"""Service throughput against CTranslate2 called directly, measured side by side in one run.

    python bench/throughput.py --model models/fairmt-en-es

Prints sentences/s for (a) one direct ``translate_batch`` call over all sentences,
(b) the HTTP service under 16 concurrent clients, (c) one request at a time,
their ratios, and p50/p95 latency of a single 20-word sentence on an idle server.
The server runs as a real uvicorn process on loopback; clients send one
sentence per request over keep-alive connections.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
from pathlib import Path

import ctranslate2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import Server, report  # noqa: E402
from mt_core.engine import DecodingOptions, Engine, available_cores  # noqa: E402
from mt_core.manifest import CT2_DIR  # noqa: E402

SENTENCES = ROOT / "bench" / "sentences.en.txt"
TWENTY_WORDS = (
    "The committee announced on Tuesday that the new library will open next spring with longer hours for students."
)


def direct_throughput(model: Path, sentences: list[str], decoding: DecodingOptions, repeats: int) -> float:
    """Best of ``repeats`` runs: the baseline gets every benefit of the doubt."""
    engine = Engine(model)  # for its tokenizer and decoding limit only
    translator = ctranslate2.Translator(
        str(model / CT2_DIR), device="cpu", compute_type="int8", intra_threads=available_cores()
    )
    batch = [engine.tokenizer.source_tokens(s) for s in sentences]
    limit = engine.decoding_limit(max(len(b) for b in batch), decoding)
    options = dict(
        max_batch_size=engine.options.max_batch_tokens,
        batch_type="tokens",
        beam_size=decoding.beam_size,
        max_input_length=0,
        max_decoding_length=limit,
    )
    translator.translate_batch(batch[:8], **options)  # warm-up
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        translator.translate_batch(batch, **options)
        best = min(best, time.perf_counter() - started)
    return len(sentences) / best


def client_loop(port: int, work: list[str], lock: threading.Lock, latencies: list[float]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    while True:
        with lock:
            if not work:
                return
            sentence = work.pop()
        body = json.dumps({"text": [sentence], "source_lang": "en", "target_lang": "es"}).encode()
        started = time.perf_counter()
        connection.request("POST", "/v1/translate", body=body, headers={"content-type": "application/json"})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}")
        latencies.append(time.perf_counter() - started)


def service_throughput(server: Server, sentences: list[str], clients: int) -> float:
    work = list(reversed(sentences))
    lock = threading.Lock()
    latencies: list[float] = []
    threads = [threading.Thread(target=client_loop, args=(server.port, work, lock, latencies)) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(sentences) / (time.perf_counter() - started)


def single_latency(server: Server, runs: int) -> tuple[float, float]:
    latencies: list[float] = []
    service_throughput(server, [TWENTY_WORDS] * 3, 1)  # warm-up
    for _ in range(runs):
        collected: list[float] = []
        client_loop(server.port, [TWENTY_WORDS], threading.Lock(), collected)
        latencies += collected
    quantiles = statistics.quantiles(latencies, n=20)
    return statistics.median(latencies) * 1000, quantiles[18] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--beam-size", type=int, default=2)
    parser.add_argument("--latency-runs", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3, help="best of N for the direct and 16-client runs")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    pool = [line.strip() for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences = (pool * (args.sentences // len(pool) + 1))[: args.sentences]
    decoding = DecodingOptions(beam_size=args.beam_size)

    direct = direct_throughput(args.model, sentences, decoding, args.repeats)
    server = Server(args.model, args.beam_size)
    try:
        service_throughput(server, sentences[:32], args.clients)  # warm-up
        concurrent = max(service_throughput(server, sentences, args.clients) for _ in range(args.repeats))
        sequential = service_throughput(server, sentences[: max(50, args.sentences // 4)], 1)
        p50, p95 = single_latency(server, args.latency_runs)
    finally:
        server.stop()

    results = {
        "cores": available_cores(),
        "sentences": len(sentences),
        "beam_size": args.beam_size,
        "repeats_best_of": args.repeats,
        "direct_translate_batch_sent_per_s": round(direct, 1),
        f"service_{args.clients}_clients_sent_per_s": round(concurrent, 1),
        "service_sequential_sent_per_s": round(sequential, 1),
        "ratio_service_vs_direct": round(concurrent / direct, 3),
        "ratio_service_vs_sequential": round(concurrent / sequential, 2),
        "latency_20_words_p50_ms": round(p50, 1),
        "latency_20_words_p95_ms": round(p95, 1),
    }
    report(results, args.json)


if __name__ == "__main__":
    main()
