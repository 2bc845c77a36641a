"""What a gender re-inflection pays Apertium, side by side in one run: a persistent lt-proc per mode (the
service now) against one lt-proc process per call (before: generation and bilingual lookups did not answer
until their process closed).

    python bench/apertium_calls.py --calls 200 --rounds 3

Each call is what re-inflecting one sentence asks of the generator (its noun, article and adjective in the
other gender) and what finding one hinted noun asks of the bilingual dictionary.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import report  # noqa: E402
from mt_core.gender_rewrite import Generator  # noqa: E402
from mt_core.morphology import (  # noqa: E402
    APERTIUM_ENG_SPA,
    Analysis,
    english_to_spanish_lemmas,
    lexical_unit,
    lt_proc_executable,
)

GENERATION = [Analysis("enfermero", ("n", "f", "sg")), Analysis("el", ("det", "def", "f", "sg")),
              Analysis("cansado", ("adj", "f", "sg"))]  # fmt: skip
LOOKUP = [Analysis("nurse", ("n", "sg"))]


def _one_process(mode: str, transducer: Path, stream: str) -> str:
    command = [lt_proc_executable(transducer), mode, str(transducer)]
    return subprocess.run(command, input=stream, capture_output=True, text=True, check=True).stdout


def per_process(calls: int) -> float:
    generator, bilingual = APERTIUM_ENG_SPA / "eng-spa.autogen.bin", APERTIUM_ENG_SPA / "eng-spa.autobil.bin"
    started = time.perf_counter()
    for _ in range(calls):
        _one_process("-g", generator, "".join(lexical_unit(u) + "\n" for u in GENERATION))
        _one_process("-b", bilingual, " ".join(lexical_unit(u) for u in LOOKUP))
    return time.perf_counter() - started


def persistent(calls: int, generator: Generator, bilingual: object) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        assert generator.generate(GENERATION)[0] == "enfermera"
        bilingual.lookup(LOOKUP)  # type: ignore[attr-defined]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    generator, bilingual = Generator(), english_to_spanish_lemmas()
    ratios, old, new = [], [], []
    for _ in range(args.rounds):
        old.append(per_process(args.calls))
        new.append(persistent(args.calls, generator, bilingual))
        ratios.append(old[-1] / new[-1])
    report(
        {
            "calls_per_round": args.calls,
            "one_process_per_call_ms": round(1000 * statistics.median(old) / args.calls, 2),
            "persistent_process_ms": round(1000 * statistics.median(new) / args.calls, 3),
            "speedup_rounds": [round(r, 1) for r in ratios],
            "speedup_median": round(statistics.median(ratios), 1),
        },
        None,
    )


if __name__ == "__main__":
    main()
