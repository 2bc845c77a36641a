"""CTranslate2 with and without the model's vocabulary map, side by side in one run.

    python bench/vocabulary_map.py --model models/fairmt-en-es [--sources data/corpus/ui.test.jsonl ...]

For each of three batch shapes (one call over every sentence in 1024-token sub-batches, batches of 8 and
batches of 1, two single-threaded workers as the service runs) it prints sentences/s without and with the map,
alternating in rounds, and the median ratio. It then prints how many outputs the map changes (the same
batches, with and without it) and how many depend on their batch mates (each sentence alone against in batches
of 8), with and without the map: a map scores the union of its batch's candidates, so a sentence's output may
depend on what it was batched with.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import report  # noqa: E402
from bench.throughput import bench_sentences, translate_in_batches  # noqa: E402
from mt_core.engine import DecodingOptions, Engine, EngineOptions  # noqa: E402
from mt_core.service_pipeline import PipelineOptions, decoding_options  # noqa: E402
from training.corpus.records import read_pairs  # noqa: E402

Batch = list[list[str]]


def shapes(engine: Engine, decoding: DecodingOptions) -> dict[str, Callable[[Batch], list[list[str]]]]:
    """Each shape translates all sentences and returns the best hypotheses in order."""

    def best(results: list) -> list[list[str]]:  # type: ignore[type-arg]
        return [hypotheses[0].tokens for hypotheses in results]

    def in_batches_of(size: int) -> Callable[[Batch], list[list[str]]]:
        return lambda batch: best(translate_in_batches(engine, batch, size, decoding))

    def one_call(batch: Batch) -> list[list[str]]:
        return best(engine.translate_tokens(batch, decoding))

    return {
        "one call, 1024-token sub-batches": one_call,
        "batches of 8": in_batches_of(8),
        "batches of 1": in_batches_of(1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--sentences", type=int, default=400, help="bench sentences for the speed rounds")
    parser.add_argument("--sources", type=Path, nargs="*", default=[], help="corpus splits for the output counts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    decoding = decoding_options(PipelineOptions())
    engines = {
        mapped: Engine(args.model, EngineOptions(vocabulary_map=mapped, max_batch_tokens=1024))
        for mapped in (False, True)
    }
    if not engines[True].uses_vocabulary_map:
        raise SystemExit(f"{args.model} has no vocabulary map: run `fairmt vmap --model {args.model}` first")
    tokenizer = engines[True].tokenizer
    speed_batch = [tokenizer.source_tokens(s) for s in bench_sentences(args.sentences)]
    runs = {mapped: shapes(engine, decoding) for mapped, engine in engines.items()}
    results: dict[str, object] = {"sentences": len(speed_batch), "rounds": args.rounds}
    for shape in runs[True]:
        rates: dict[bool, list[float]] = {False: [], True: []}
        for mapped in (False, True):
            runs[mapped][shape](speed_batch[:16])  # warm-up
        for _ in range(args.rounds):
            for mapped in (False, True):
                started = time.perf_counter()
                runs[mapped][shape](speed_batch)
                rates[mapped].append(len(speed_batch) / (time.perf_counter() - started))
        ratio = statistics.median(b / a for a, b in zip(rates[False], rates[True], strict=True))
        results[shape] = {
            "without_map_sent_per_s": round(statistics.median(rates[False]), 1),
            "with_map_sent_per_s": round(statistics.median(rates[True]), 1),
            "ratio_with_to_without": round(ratio, 3),
        }
        print(shape, results[shape], flush=True)
    sources = [pair.src for path in args.sources for pair in read_pairs(path)]
    if sources:
        batch = [tokenizer.source_tokens(s) for s in sources]
        alone = {mapped: runs[mapped]["batches of 1"](batch) for mapped in (False, True)}
        in_eights = {mapped: runs[mapped]["batches of 8"](batch) for mapped in (False, True)}
        results["outputs"] = {
            "sentences": len(batch),
            "changed_by_the_map_in_batches_of_8": sum(
                a != b for a, b in zip(in_eights[False], in_eights[True], strict=True)
            ),
            "alone_vs_batches_of_8_differ_without_map": sum(
                a != b for a, b in zip(alone[False], in_eights[False], strict=True)
            ),
            "alone_vs_batches_of_8_differ_with_map": sum(
                a != b for a, b in zip(alone[True], in_eights[True], strict=True)
            ),
        }
        print(results["outputs"], flush=True)
    report(results, args.json)


if __name__ == "__main__":
    main()
