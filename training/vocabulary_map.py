"""`fairmt vmap`: the vocabulary map CTranslate2 decodes over (ct2/vmap.txt).

Most of a small decoder's work is its output layer, which scores all 16,001 pieces at every step for every
beam. With a map, each batch scores only the pieces its source pieces can translate to: the most frequent
target pieces, each source piece itself (names, numbers, URLs, and the target side of inline term annotations
are copied) and the target pieces that most often share a training pair with it. Small batches gain the most,
which are what a service under concurrent one-sentence requests decodes (README, *Benchmarks*).

The map depends on the corpus and the SentencePiece model only, not on the weights: re-conversion and GFST
keep it (training/convert.py).
"""

from __future__ import annotations

import hashlib
import heapq
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from mt_core.manifest import SPM_FILE, VOCABULARY_MAP_FILE
from mt_core.tokenizer import Tokenizer
from training.corpus.records import read_pairs

#: The build's config and fingerprint, beside the map.
VOCABULARY_MAP_CONFIG_FILE = VOCABULARY_MAP_FILE.removesuffix(".txt") + ".json"


@dataclass(frozen=True)
class VocabularyMapConfig:
    model_dir: Path = Path("models/fairmt-en-es")
    corpus_dir: Path = Path("data/corpus")
    #: Target pieces every batch scores: the most frequent in the training references. Fewer is faster; on the
    #: default model 4,000 left 95.7% of the test splits' outputs identical to decoding without a map and their
    #: BLEU within 0.15 (README, *Benchmarks*).
    frequent_pieces: int = 4000
    #: For each source piece, the target pieces that share the most training pairs with it (Dice).
    associated_pieces: int = 100


@dataclass
class CoOccurrence:
    """In how many training pairs each source piece, target piece and (source, target) pair occurs."""

    source: Counter[str]
    target: Counter[str]
    pairs: dict[str, Counter[str]]

    @classmethod
    def count(cls, pairs: Iterable[tuple[list[str], list[str]]]) -> CoOccurrence:
        counts = cls(Counter(), Counter(), {})
        for source_pieces, target_pieces in pairs:
            sources, targets = set(source_pieces), set(target_pieces)
            counts.source.update(sources)
            counts.target.update(targets)
            for piece in sources:
                counts.pairs.setdefault(piece, Counter()).update(targets)
        return counts

    def associated(self, source_piece: str, limit: int) -> list[str]:
        """The target pieces with the highest Dice coefficient with ``source_piece``, ties by piece."""
        together = self.pairs.get(source_piece)
        if not together or limit <= 0:
            return []
        source_count = self.source[source_piece]
        ranked = heapq.nsmallest(
            limit,
            together.items(),
            key=lambda item: (-2 * item[1] / (source_count + self.target[item[0]]), item[0]),
        )
        return [piece for piece, _ in ranked]


def training_pieces(corpus_dir: Path, tokenizer: Tokenizer) -> Iterator[tuple[list[str], list[str]]]:
    """Every training pair in pieces, the tagged form too where the corpus has one (the model learned both)."""
    paths = sorted(corpus_dir.glob("*.train.jsonl"))
    if not paths:
        raise FileNotFoundError(f"no *.train.jsonl in {corpus_dir}: run `make data` first")
    for path in paths:
        for pair in tqdm(list(read_pairs(path)), desc=f"count {path.name}", unit=" pairs"):
            yield tokenizer.pieces(pair.src), tokenizer.pieces(pair.tgt)
            if pair.src_tagged and pair.tgt_tagged:
                yield tokenizer.pieces(pair.src_tagged), tokenizer.pieces(pair.tgt_tagged)


def map_lines(vocabulary: list[str], counts: CoOccurrence, config: VocabularyMapConfig) -> list[str]:
    """CTranslate2's format: ``source piece<TAB>target pieces``; the empty key's pieces are always scored."""
    frequent = sorted(counts.target, key=lambda piece: (-counts.target[piece], piece))[: config.frequent_pieces]
    lines = ["\t" + " ".join(frequent)]
    for piece in tqdm(vocabulary, desc="rank", unit=" pieces"):
        targets = dict.fromkeys([piece, *counts.associated(piece, config.associated_pieces)])
        lines.append(piece + "\t" + " ".join(targets))
    return lines


def fingerprint(config: VocabularyMapConfig) -> str:
    """What the map is built from: the config, the SentencePiece model and the training files' sizes."""
    digest = hashlib.sha256((config.model_dir / SPM_FILE).read_bytes())
    digest.update(json.dumps([config.frequent_pieces, config.associated_pieces]).encode())
    for path in sorted(config.corpus_dir.glob("*.train.jsonl")):
        digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()


def build_vocabulary_map(config: VocabularyMapConfig) -> Path:
    """Idempotent: a map built from the same config, vocabulary and corpus is kept."""
    target = config.model_dir / VOCABULARY_MAP_FILE
    record = config.model_dir / VOCABULARY_MAP_CONFIG_FILE
    built_from = fingerprint(config)
    if target.exists() and record.exists() and json.loads(record.read_text())["fingerprint"] == built_from:
        print(f"{target} is built from this vocabulary and corpus, keeping it")
        return target
    tokenizer = Tokenizer(config.model_dir / SPM_FILE)
    counts = CoOccurrence.count(training_pieces(config.corpus_dir, tokenizer))
    lines = map_lines(tokenizer.vocabulary(), counts, config)
    staging = target.with_suffix(".staging")
    staging.write_text("\n".join(lines) + "\n", encoding="utf-8")
    staging.replace(target)
    settings = {key: str(value) if isinstance(value, Path) else value for key, value in asdict(config).items()}
    record.write_text(json.dumps({"config": settings, "fingerprint": built_from}, indent=1) + "\n")
    return target
