"""Service throughput and batch sizes for several batch-wait settings, in interleaved rounds.

    python bench/batch_wait.py --model models/fairmt-en-es --waits 0 3 10

Each round starts one real server per FAIRMT_BATCH_WAIT_MS value, in turn, and sends the
one-sentence-per-request workload of bench/throughput.py from 16 concurrent clients, best of N.
Rounds alternate the settings so that drift in the machine's speed hits all of them alike. The batch
sizes come from the server's own /metrics (mean sentences per batch, share of one-sentence batches).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.clients import run_requests  # noqa: E402
from bench.server import Server  # noqa: E402
from bench.throughput import SENTENCES, translate_request  # noqa: E402


def _batch_counters(server: Server) -> dict[str, float]:
    _, body = server.request_raw("GET", "/metrics", None)
    counters: dict[str, float] = {}
    for line in body.decode().splitlines():
        if line.startswith("fairmt_batch_sentences_") and " " in line:
            name, value = line.rsplit(" ", 1)
            counters[name] = float(value)
    return counters


def measure(model: Path, wait_ms: str, requests: list[bytes], clients: int, repeats: int) -> dict[str, float]:
    server = Server(model, beam_size=2, extra_env={"FAIRMT_BATCH_WAIT_MS": wait_ms})
    try:
        run_requests(server.port, requests[: clients * 4], clients)  # warm-up
        before = _batch_counters(server)
        best = max(len(requests) / run_requests(server.port, requests, clients).seconds for _ in range(repeats))
        after = _batch_counters(server)
    finally:
        server.stop()
    batches = after["fairmt_batch_sentences_count"] - before["fairmt_batch_sentences_count"]
    single = 'fairmt_batch_sentences_bucket{le="1.0"}'
    return {
        "sent_per_s": round(best, 1),
        "mean_batch_sentences": round(
            (after["fairmt_batch_sentences_sum"] - before["fairmt_batch_sentences_sum"]) / batches, 2
        ),
        "single_sentence_batch_share": round((after[single] - before[single]) / batches, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--waits", nargs="+", default=["0", "3", "10"], help="FAIRMT_BATCH_WAIT_MS values")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sentences = [line.strip() for line in SENTENCES.read_text().splitlines() if line.strip()][:400]
    requests = [translate_request([sentence]) for sentence in sentences]
    results: dict[str, list[dict[str, float]]] = {wait: [] for wait in args.waits}
    for round_number in range(args.rounds):
        for wait in args.waits:
            results[wait].append(measure(args.model, wait, requests, args.clients, args.repeats))
            print(f"round {round_number + 1} wait {wait} ms: {results[wait][-1]}", flush=True)
    summary = {f"wait_{wait}_ms_sent_per_s": [r["sent_per_s"] for r in runs] for wait, runs in results.items()} | {
        f"wait_{wait}_ms_mean_batch": [r["mean_batch_sentences"] for r in runs] for wait, runs in results.items()
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
