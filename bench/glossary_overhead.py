"""What a 100k-entry glossary adds to translation time, measured side by side in one run.

    python bench/glossary_overhead.py --model models/fairmt-en-es

Builds a synthetic 100,000-entry glossary (multi-word entries that never occur in
the bench sentences, plus a few that do), then times, on the same sentences:
translation without a glossary, translation with it, and the matching step alone.
Matched terms switch a sentence to n-best decoding, which is a decoding cost, not a
matching cost, so the end-to-end comparison uses only non-matching entries and the
matching step is also timed on its own.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import report  # noqa: E402
from mt_core.engine import Engine  # noqa: E402
from mt_core.pipeline import RequestOptions, TranslationPipeline  # noqa: E402
from mt_core.terminology import Term, TermMatcher  # noqa: E402


def synthetic_glossary(size: int, seed: int = 0) -> list[Term]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    terms = []
    for index in range(size):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(rng.randint(1, 3))]
        terms.append(Term(" ".join(words) + f"q{index}", f"t{index}"))
    return terms


def timed(function: object, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    sentences = [s for s in (ROOT / "bench" / "sentences.en.txt").read_text().splitlines() if s.strip()]
    sentences = sentences[: args.sentences]
    pipeline = TranslationPipeline(Engine(args.model))
    started = time.perf_counter()
    matcher = TermMatcher(synthetic_glossary(args.entries))
    build_seconds = time.perf_counter() - started
    with_glossary = RequestOptions(glossary=matcher)

    pipeline.translate(sentences[:8], "en", "es")  # warm-up
    plain = timed(lambda: pipeline.translate(sentences, "en", "es"), args.repeats)
    glossary = timed(lambda: pipeline.translate(sentences, "en", "es", with_glossary), args.repeats)
    prepare_plain = timed(lambda: pipeline.prepare(sentences), args.repeats)
    prepare_glossary = timed(lambda: pipeline.prepare(sentences, with_glossary), args.repeats)
    matching = max(prepare_glossary - prepare_plain, 0.0)
    results = {
        "glossary_entries": matcher.size,
        "sentences": len(sentences),
        "matcher_build_seconds": round(build_seconds, 2),
        "translate_without_glossary_s": round(plain, 3),
        "translate_with_glossary_s": round(glossary, 3),
        "ratio_with_vs_without": round(glossary / plain, 3),
        "matching_only_s": round(matching, 4),
        "matching_share_of_translation_percent": round(100 * matching / plain, 2),
    }
    report(results, args.json)


if __name__ == "__main__":
    main()
