"""The token cache is reused only while what it was built from is unchanged."""

import shutil
from pathlib import Path

from mt_core.tokenizer import Tokenizer
from training.config import TrainConfig
from training.train import tokenize_corpus


def test_token_cache_rebuilds_when_the_corpus_changes(synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(synthetic_corpus, corpus)
    config = TrainConfig(corpus_dir=corpus, spm_model=tiny_spm, run_dir=tmp_path / "run", annotation_dir=None)
    tokenizer = Tokenizer(tiny_spm)
    first = tokenize_corpus(config, tokenizer)
    cache = config.run_dir / "tokens.train.pt"
    stamp = cache.stat().st_mtime_ns
    assert tokenize_corpus(config, tokenizer) == first and cache.stat().st_mtime_ns == stamp, "unchanged: reused"

    train_file = next(corpus.glob("*.train.jsonl"))
    lines = train_file.read_text().splitlines(keepends=True)
    train_file.write_text("".join(lines[: len(lines) // 2]))
    rebuilt = tokenize_corpus(config, tokenizer)
    assert len(rebuilt) < len(first), "a changed corpus must not be served from the stale cache"
