"""How far the service's phrase repairs reach into the corpus's own references.

A repair that changes a human-made reference is suspect: the translator wrote it on purpose. Run over every
split of the built corpus, it counts the references the repairs change, human-made (LibreOffice, UI, Bible)
and Apertium-made (Brown, WordNet) apart, and writes the changed human-made ones to look at:

    python -m training.repair_reach --corpus data/corpus --output work/repaired-references.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from mt_core.analysed_repairs import repairs_for
from mt_core.gender import gender_reader_for
from mt_core.phrase_repair import repair_phrases
from training.corpus.records import read_pairs


def repair_reach(corpus_dir: Path, output: Path) -> dict[str, tuple[int, int]]:
    """(changed, all) references per origin; the changed human-made pairs go to ``output``, one JSON list a line."""
    reader = gender_reader_for("es")
    if reader is None:
        raise RuntimeError("the repairs need Apertium's Spanish analyser (make system-deps)")
    repairs = repairs_for("en", "es", reader.analyser, reader.person_lemmas())
    changed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as written:
        for path in tqdm(sorted(corpus_dir.glob("*.jsonl")), desc="repairing references", unit="split"):
            origin = "apertium" if "apertium" in path.name else "human"
            for pair in read_pairs(path):
                total[origin] += 1
                repaired = repair_phrases(pair.src, pair.tgt, repairs)
                if repaired != pair.tgt:
                    changed[origin] += 1
                    if origin == "human":
                        row = [path.name, pair.src, pair.tgt, repaired]
                        written.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {origin: (changed[origin], total[origin]) for origin in ("human", "apertium")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--output", type=Path, default=Path("work/repaired-references.jsonl"))
    args = parser.parse_args()
    for origin, (changed, total) in repair_reach(args.corpus, args.output).items():
        print(f"{origin}-made references changed: {changed:,} of {total:,}")


if __name__ == "__main__":
    main()
