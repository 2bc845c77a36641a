"""`fairmt vocab`: one joint SentencePiece model for both languages, grammar symbols reserved."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import sentencepiece as spm

from mt_core.grammar import reserved_symbols
from training.corpus.records import read_pairs


@dataclass
class VocabConfig:
    corpus_dir: Path = Path("data/corpus")
    output_prefix: Path = Path("data/vocab/spm")
    vocab_size: int = 16000
    max_sentences: int = 600_000
    seed: int = 1


def sample_text(config: VocabConfig) -> list[str]:
    lines: list[str] = []
    for path in sorted(config.corpus_dir.glob("*.train.jsonl")):
        for pair in read_pairs(path):
            lines += [pair.src, pair.tgt]
            if pair.src_tagged and pair.tgt_tagged:
                lines += [pair.src_tagged, pair.tgt_tagged]
    random.Random(config.seed).shuffle(lines)
    return lines[: config.max_sentences]


def train_vocabulary(config: VocabConfig) -> Path:
    """Train once; an existing model is kept so that checkpoints keep their vocabulary."""
    model_path = config.output_prefix.with_suffix(".model")
    if model_path.exists():
        print(f"{model_path} exists, keeping it")
        return model_path
    config.output_prefix.parent.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sample_text(config)),
        model_prefix=str(config.output_prefix),
        vocab_size=config.vocab_size,
        model_type="unigram",
        character_coverage=0.9999,
        byte_fallback=True,
        eos_id=0,
        unk_id=1,
        bos_id=-1,
        pad_id=-1,
        eos_piece="</s>",
        unk_piece="<unk>",
        user_defined_symbols=reserved_symbols(),
        input_sentence_size=config.max_sentences,
        shuffle_input_sentence=False,  # sample_text already shuffled it, with our seed
        num_threads=2,
        minloglevel=2,
    )
    return model_path
