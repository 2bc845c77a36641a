"""`fairmt data spellings`: the British → American table the service respells English input with
(mt_core/source_spelling.py).

breame (Apache-2.0) lists 1,730 British spellings with their American form. A pair is kept where the training
sources use the American form at least ``ratio`` times as often as the British one (at least ``ratio`` times
when the British one never occurs): the model knows that word, and not the other. ``MEANS_ELSE`` drops pairs
whose American form is another word the model learned ('tyres' → 'tires', 'cansa').
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from mt_core.source_spelling import TABLE

#: British words whose American spelling in the list is another word, or another sense, in the training data.
MEANS_ELSE = frozenset(
    """philtre philtres tranquilly tyre tyres draught groyne groynes bevvy bevvies storey storeys cheque cheques
    kerb kerbs gaol disc discs""".split()
)


@dataclass(frozen=True)
class SpellingConfig:
    corpus_dir: Path = Path("data/corpus")
    ratio: int = 3
    output: Path = TABLE


def source_word_counts(corpus_dir: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    files = sorted(corpus_dir.glob("*.train.jsonl"))
    if not files:
        raise FileNotFoundError(f"no *.train.jsonl under {corpus_dir}: run `fairmt data build` first")
    for path in tqdm(files, desc="counting source words", unit="file"):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                counts.update(re.findall(r"[a-z]+", json.loads(line)["src"].lower()))
    return counts


def american_pairs(british_to_american: dict[str, str], counts: Counter[str], ratio: int) -> dict[str, str]:
    return {
        british: american
        for british, american in sorted(british_to_american.items())
        if british not in MEANS_ELSE and counts[american] >= ratio * max(counts[british], 1)
    }


def write_spelling_table(config: SpellingConfig) -> int:
    """Writes the table; the same corpus writes the same file."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    pairs = american_pairs(BRITISH_ENGLISH_SPELLINGS, source_word_counts(config.corpus_dir), config.ratio)
    config.output.write_text("".join(f"{b}\t{a}\n" for b, a in pairs.items()), encoding="utf-8")
    return len(pairs)
