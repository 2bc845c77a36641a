"""Shared fixtures: a tiny vocabulary and a tiny random Marian model converted to CTranslate2.

They are built once per test session in seconds, so no test needs the shipped
model or the network.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.synthetic import write_synthetic_corpus


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def tiny_spm(synthetic_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from training.vocab import VocabConfig, train_vocabulary

    prefix = tmp_path_factory.mktemp("vocab") / "spm"
    return train_vocabulary(VocabConfig(corpus_dir=synthetic_corpus, output_prefix=prefix, vocab_size=420))


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_spm: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch

    from mt_core.tokenizer import Tokenizer
    from training.config import ModelConfig
    from training.convert import ConvertConfig, convert
    from training.marian import new_model

    torch.manual_seed(0)
    root = tmp_path_factory.mktemp("tiny-model")
    model = new_model(
        ModelConfig(d_model=32, encoder_layers=1, decoder_layers=1, attention_heads=2, ffn_dim=64), Tokenizer(tiny_spm)
    )
    model.save_pretrained(str(root / "checkpoint"))
    return convert(
        ConvertConfig(
            checkpoint=root / "checkpoint", spm_model=tiny_spm, output_dir=root / "model", name="tiny", version="0.0.1"
        )
    )
