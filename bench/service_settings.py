"""Service settings side by side: each variant's throughput as a ratio of the direct baseline, in rounds.

    python bench/service_settings.py --variant default \\
        --variant one-queued FAIRMT_BATCH_SLOTS=3 \\
        --variant wait-10ms FAIRMT_BATCH_WAIT_MS=10

One real server runs per variant (its FAIRMT_* settings on top of the defaults). Every round measures the
direct ``translate_batch`` baseline of bench/throughput.py, then each server under 16 clients (one
sentence per request, or ``--lines`` per request), so drift in the machine's speed hits all of them alike;
a variant's result is the median of its per-round ratios to that round's baseline. Batch sizes come from
each server's own /metrics.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.main import decoding_options, engine_options  # noqa: E402
from app.settings import Settings  # noqa: E402
from bench.server import Server, run_on_service_allocator  # noqa: E402
from bench.throughput import DirectBaseline, bench_sentences, interleaved_rounds  # noqa: E402


def batch_counters(server: Server) -> dict[str, float]:
    _, body = server.request_raw("GET", "/metrics", None)
    counters: dict[str, float] = {}
    for line in body.decode().splitlines():
        if line.startswith("fairmt_batch_sentences_") and " " in line:
            name, value = line.rsplit(" ", 1)
            counters[name] = float(value)
    return counters


def mean_batch(before: dict[str, float], after: dict[str, float]) -> float:
    batches = after["fairmt_batch_sentences_count"] - before["fairmt_batch_sentences_count"]
    return (after["fairmt_batch_sentences_sum"] - before["fairmt_batch_sentences_sum"]) / max(batches, 1)


def parse_variant(words: list[str]) -> tuple[str, dict[str, str]]:
    name, *settings = words
    environment = {}
    for setting in settings:
        key, separator, value = setting.partition("=")
        # The service ignores unknown FAIRMT_ variables, so a misspelt one would silently measure the defaults.
        if not separator or key.removeprefix("FAIRMT_").lower() not in Settings.model_fields:
            raise SystemExit(f"variant {name}: expected FAIRMT_<setting>=value, got {setting!r}")
        environment[key] = value
    return name, environment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--variant", nargs="+", action="append", required=True, metavar="NAME [FAIRMT_X=VALUE ...]")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--lines", type=int, default=1, help="sentences per request, one per line")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    variants = dict(parse_variant(words) for words in args.variant)
    run_on_service_allocator()
    sentences = bench_sentences(args.sentences)
    baseline = DirectBaseline(args.model, sentences, decoding_options(Settings()), engine_options(Settings()))
    print(f"direct baseline: {baseline.chosen} (of {baseline.sweep})", flush=True)
    servers = {name: Server(args.model, beam_size=2, extra_env=env) for name, env in variants.items()}
    batches: dict[str, list[float]] = {name: [] for name in variants}

    def batch_size(name: str, server: Server) -> Callable[[], str]:
        before = batch_counters(server)

        def after() -> str:
            batches[name].append(mean_batch(before, batch_counters(server)))
            return f", batch {batches[name][-1]:.1f}"

        return after

    try:
        ratios = interleaved_rounds(
            baseline, servers, sentences, args.clients, args.lines, args.rounds, note=batch_size
        )
    finally:
        for server in servers.values():
            server.stop()
    summary = {
        name: {
            "settings": variants[name],
            "ratio_median": round(statistics.median(ratios[name]), 3),
            "ratio_rounds": [round(r, 3) for r in ratios[name]],
            "mean_batch_sentences": round(statistics.mean(batches[name]), 2),
        }
        for name in variants
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
