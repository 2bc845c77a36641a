"""Service throughput against CTranslate2 called directly, measured side by side in one run.

    python bench/throughput.py --model models/fairmt-en-es

Prints sentences/s for (a) one direct ``translate_batch`` call over all sentences,
(b) CTranslate2 alone with the service's workers and the largest batches that
16 one-sentence requests can form, then for two request shapes, one sentence per
request and a text of four lines per request: (c) the HTTP service under
16 concurrent clients and (d) one request at a time, with their ratios; and the
p50/p95 latency of a single 20-word sentence on an idle server. (a) and (c) are
measured in interleaved rounds, and the service/direct ratio is the median of
the rounds' ratios. The server runs
as a real uvicorn process on loopback; clients use keep-alive connections
(bench/clients.py: one asyncio loop, so the client takes as little of the shared
cores as it can; its CPU share is printed).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import ctranslate2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.main import decoding_options, engine_options  # noqa: E402
from app.settings import Settings  # noqa: E402
from bench.clients import LoadResult, encode_post, run_requests  # noqa: E402
from bench.server import Server, report, run_on_service_allocator  # noqa: E402
from fairmt.allocator import allocator_in_use  # noqa: E402
from mt_core.engine import DecodingOptions, Engine, EngineOptions, Hypothesis, available_cores  # noqa: E402
from mt_core.manifest import CT2_DIR  # noqa: E402

SENTENCES = ROOT / "bench" / "sentences.en.txt"
TWENTY_WORDS = (
    "The committee announced on Tuesday that the new library will open next spring with longer hours for students."
)


#: Direct configurations tried; the fastest is the baseline. (inter, intra) threads: one translation using every
#: core, or one single-threaded translation per core as the service runs. Sub-batches: CTranslate2 sorts the
#: whole call by length and cuts it into sub-batches of this size. On this project's 2-core machine their
#: speeds differ by up to 6x (one 2-threaded translation in 512-token sub-batches is the slowest), so a
#: baseline fixed to one of them would measure the choice of configuration, not the service.
DIRECT_SUB_BATCHES: tuple[tuple[str, int], ...] = (
    ("tokens", 4096),
    ("tokens", 1024),
    ("tokens", 512),
    ("examples", 16),
)


class DirectBaseline:
    """``translate_batch`` over all the sentences in one call, as CTranslate2 is meant to be used offline, in
    the fastest of several thread layouts and sub-batch sizes (picked after one warm pass of each)."""

    def __init__(self, model: Path, sentences: list[str], decoding: DecodingOptions, engine: EngineOptions) -> None:
        engine = Engine(model, engine)  # for its tokenizer, decoding limit and vocabulary map only
        cores = available_cores()
        self.batch = [engine.tokenizer.source_tokens(s) for s in sentences]
        # The options the service's engine passes (mt_core/engine.py), attention and scores included: the
        # service returns both with every translation (invented tails are cut from the attention).
        self.decoding = dict(
            beam_size=decoding.beam_size,
            max_input_length=0,
            max_decoding_length=engine.decoding_limit(max(len(b) for b in self.batch), decoding),
            return_scores=True,
            return_attention=decoding.return_attention,
            num_hypotheses=decoding.num_hypotheses,  # the beam's second, for the copy check
            use_vmap=engine.uses_vocabulary_map,  # the model's vocabulary map, as the service decodes
        )
        layouts = sorted({(1, cores), (cores, 1)})
        translators = {
            layout: ctranslate2.Translator(
                str(model / CT2_DIR),
                device="cpu",
                compute_type="int8",
                inter_threads=layout[0],
                intra_threads=layout[1],
            )
            for layout in layouts
        }
        #: sent/s of each configuration in the selection pass, by its description.
        self.sweep: dict[str, float] = {}
        best = 0.0
        for layout, translator in translators.items():
            translator.translate_batch(self.batch[:8], **self.decoding)  # warm-up
            for batch_type, size in DIRECT_SUB_BATCHES:
                rate = self._run(translator, batch_type, size)
                name = f"{layout[0]}x{layout[1]} threads, {batch_type} {size}"
                self.sweep[name] = round(rate, 1)
                if rate > best:
                    best, self.chosen, self._best = rate, name, (translator, batch_type, size)

    def _run(self, translator: ctranslate2.Translator, batch_type: str, size: int) -> float:
        started = time.perf_counter()
        translator.translate_batch(self.batch, max_batch_size=size, batch_type=batch_type, **self.decoding)
        return len(self.batch) / (time.perf_counter() - started)

    def throughput(self) -> float:
        return self._run(*self._best)


def translate_in_batches(
    engine: Engine, tokens: list[list[str]], size: int, decoding: DecodingOptions
) -> list[list[Hypothesis]]:
    """Batches of ``size`` sentences, one engine call each, on as many threads as the engine has workers."""
    chunks = [tokens[i : i + size] for i in range(0, len(tokens), size)]
    with ThreadPoolExecutor(engine.inter_threads) as pool:
        return [
            result for chunk in pool.map(lambda c: engine.translate_tokens(c, decoding), chunks) for result in chunk
        ]


def small_batch_ceiling(
    model: Path, sentences: list[str], decoding: DecodingOptions, options: EngineOptions, clients: int
) -> float:
    """CTranslate2 alone, with the service's worker layout and the batch size that ``clients`` one-sentence
    requests can form at best (clients / workers): what a one-sentence-per-request service would reach if it
    cost nothing beyond decoding."""
    engine = Engine(model, options)
    batch_size = max(1, clients // engine.inter_threads)
    tokens = [engine.tokenizer.source_tokens(s) for s in sentences]
    engine.translate_tokens(tokens[:batch_size], decoding)  # warm-up
    started = time.perf_counter()
    translate_in_batches(engine, tokens, batch_size, decoding)
    return len(sentences) / (time.perf_counter() - started)


def bench_sentences(count: int) -> list[str]:
    """The first ``count`` lines of the bench file, cycled when it has fewer."""
    pool = [line.strip() for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return (pool * (count // len(pool) + 1))[:count]


def translate_request(sentences: Sequence[str]) -> bytes:
    """One request whose single text holds ``sentences`` one per line, which the service splits again.

    Lines, not a space-joined paragraph: a third of the benchmark's lines are UI strings and titles with no
    final stop, and joined by spaces they merge into longer run-on segments (261 segments instead of 346),
    so the service would translate different, longer inputs than the direct baseline.
    """
    body = json.dumps({"text": ["\n".join(sentences)], "source_lang": "en", "target_lang": "es"}).encode()
    return encode_post("/v1/translate", body)


def service_throughput(
    server: Server, sentences: list[str], clients: int, per_request: int = 1
) -> tuple[float, LoadResult]:
    """Sentences/s with ``clients`` concurrent connections, ``per_request`` sentences per request."""
    requests = [translate_request(sentences[i : i + per_request]) for i in range(0, len(sentences), per_request)]
    result = run_requests(server.port, requests, clients)
    return len(sentences) / result.seconds, result


def interleaved_rounds(
    baseline: DirectBaseline,
    servers: dict[str, Server],
    sentences: list[str],
    clients: int,
    per_request: int,
    rounds: int,
    note: Callable[[str, Server], Callable[[], str]] | None = None,
) -> dict[str, list[float]]:
    """Each server's throughput as a ratio of the direct baseline, round by round, after a warm-up of each:
    every round measures the baseline and then every server, so the machine's drift hits them alike.
    ``note(name, server)``, called before a server's run, returns what to add to its part of the round's line
    once the run is over (bench/service_settings.py's batch sizes)."""
    for server in servers.values():  # a first pass over a fresh process is slower: keep it out
        service_throughput(server, sentences, clients, per_request)
    baseline.throughput()
    ratios: dict[str, list[float]] = {name: [] for name in servers}
    for round_number in range(1, rounds + 1):
        direct = baseline.throughput()
        line = f"round {round_number}: direct {direct:6.1f} sent/s"
        for name, server in servers.items():
            noted = note(name, server) if note else None
            rate, _ = service_throughput(server, sentences, clients, per_request)
            ratios[name].append(rate / direct)
            line += f" | {name} {rate:6.1f} ({rate / direct:.3f}{noted() if noted else ''})"
        print(line, flush=True)
    return ratios


def single_latency(server: Server, runs: int) -> tuple[float, float]:
    service_throughput(server, [TWENTY_WORDS] * 3, 1)  # warm-up
    latencies = service_throughput(server, [TWENTY_WORDS] * runs, 1)[1].latencies
    quantiles = statistics.quantiles(latencies, n=20)
    return statistics.median(latencies) * 1000, quantiles[18] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--lines", type=int, default=4, help="lines per request in the multi-line workload")
    parser.add_argument("--beam-size", type=int, default=2)
    parser.add_argument("--latency-runs", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved direct/service rounds")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    run_on_service_allocator()  # the baseline runs in this process, the service in its own
    sentences = bench_sentences(args.sentences)
    # As the server, started with this environment, decodes (FAIRMT_CUT_INVENTED_TAILS turns attention off,
    # FAIRMT_RETRANSLATE_COPIES the beam's second hypothesis).
    settings = Settings(beam_size=args.beam_size)
    decoding = decoding_options(settings)
    # FAIRMT_VOCABULARY_MAP=true decodes over the model's map, in the server and the baselines alike.
    engine = engine_options(settings)
    shapes = {"sentence": 1, f"text_of_{args.lines}_lines": args.lines}

    baseline = DirectBaseline(args.model, sentences, decoding, engine)
    ceiling = small_batch_ceiling(args.model, sentences, decoding, engine, args.clients)
    server = Server(args.model, args.beam_size)
    allocator_service = server.allocator
    direct: list[float] = []
    concurrent: dict[str, list[float]] = {name: [] for name in shapes}
    ratios: dict[str, list[float]] = {name: [] for name in shapes}
    client_share: dict[str, float] = {}
    try:
        # Warm-up: one full pass of each workload, and of the baseline. The first pass over a fresh process is
        # up to a third slower (allocator arenas, CPU caches), and would otherwise land in the first round.
        baseline.throughput()
        for per_request in shapes.values():
            service_throughput(server, sentences, args.clients, per_request)
        # Each round measures the baseline and then the service, back to back: this machine's speed drifts by
        # up to a third within minutes, and a ratio of two runs seconds apart is far steadier than one of two
        # bests taken minutes apart. The reported ratio is the median of the rounds' ratios.
        for _ in range(args.rounds):
            direct.append(baseline.throughput())
            for name, per_request in shapes.items():
                rate, load = service_throughput(server, sentences, args.clients, per_request)
                concurrent[name].append(rate)
                ratios[name].append(rate / direct[-1])
                client_share[name] = load.client_cpu_seconds / (load.seconds * available_cores())
        # The same sentences as the concurrent runs: the first hundred lines alone average 17.0 words against
        # 16.4 for the whole set, and a loop over longer sentences would flatter the ratio by about 4%.
        sequential = {name: service_throughput(server, sentences, 1, n)[0] for name, n in shapes.items()}
        p50, p95 = single_latency(server, args.latency_runs)
    finally:
        server.stop()
    results: dict[str, object] = {
        "cores": available_cores(),
        "allocator_direct": allocator_in_use(),
        "allocator_service": allocator_service,
        "sentences": len(sentences),
        "beam_size": args.beam_size,
        "rounds": args.rounds,
        "vocabulary_map": baseline.decoding["use_vmap"],
        "direct_configuration": baseline.chosen,
        "direct_configurations_sent_per_s": baseline.sweep,
        "direct_translate_batch_sent_per_s_median": round(statistics.median(direct), 1),
        "direct_translate_batch_sent_per_s_rounds": [round(d, 1) for d in direct],
        f"direct_batches_of_{args.clients}_clients_per_worker_sent_per_s": round(ceiling, 1),
    }
    for name in shapes:
        median = statistics.median(concurrent[name])
        results |= {
            f"{name}_requests_{args.clients}_clients_sent_per_s_median": round(median, 1),
            f"{name}_requests_{args.clients}_clients_sent_per_s_rounds": [round(c, 1) for c in concurrent[name]],
            f"{name}_requests_one_at_a_time_sent_per_s": round(sequential[name], 1),
            f"{name}_requests_client_cpu_share": round(client_share[name], 3),
            f"{name}_requests_ratio_service_vs_direct_rounds": [round(r, 3) for r in ratios[name]],
            f"{name}_requests_ratio_service_vs_direct": round(statistics.median(ratios[name]), 3),
            f"{name}_requests_ratio_service_vs_one_at_a_time": round(median / sequential[name], 2),
        }
    results |= {"latency_20_words_p50_ms": round(p50, 1), "latency_20_words_p95_ms": round(p95, 1)}
    report(results, args.json)


if __name__ == "__main__":
    main()
