"""Conversion keeps what describes the weights only while the weights stay the same."""

from pathlib import Path

import pytest

from training.convert import DESCRIBES_THE_WEIGHTS, ConvertConfig, convert


def _checkpoint(tiny_spm: Path, root: Path, seed: int) -> Path:
    import torch

    from mt_core.tokenizer import Tokenizer
    from training.config import ModelConfig
    from training.marian import new_model

    torch.manual_seed(seed)
    model = new_model(
        ModelConfig(d_model=32, encoder_layers=1, decoder_layers=1, attention_heads=2, ffn_dim=64), Tokenizer(tiny_spm)
    )
    model.save_pretrained(str(root / f"checkpoint-{seed}"))
    return root / f"checkpoint-{seed}"


def _write_ups(model_dir: Path) -> None:
    (model_dir / "MODEL_CARD.md").write_text("# card\n")
    (model_dir / "DATACARD.json").write_text("{}")
    (model_dir / "ANNOTATIONS.json").write_text("{}")
    for folder in ("eval", "gfst"):
        (model_dir / folder).mkdir()
        (model_dir / folder / "report.json").write_text("{}")


@pytest.fixture
def converted(tiny_spm: Path, tmp_path: Path) -> Path:
    model_dir = convert(
        ConvertConfig(checkpoint=_checkpoint(tiny_spm, tmp_path, 0), spm_model=tiny_spm, output_dir=tmp_path / "model")
    )
    _write_ups(model_dir)
    return model_dir


def test_reconverting_the_same_weights_keeps_eval_and_cards(converted: Path, tiny_spm: Path, tmp_path: Path) -> None:
    convert(ConvertConfig(checkpoint=tmp_path / "checkpoint-0", spm_model=tiny_spm, output_dir=converted))
    assert all((converted / name).exists() for name in DESCRIBES_THE_WEIGHTS)
    assert (converted / "eval" / "report.json").read_text() == "{}"


def test_new_weights_drop_what_described_the_old_ones(converted: Path, tiny_spm: Path, tmp_path: Path) -> None:
    convert(ConvertConfig(checkpoint=_checkpoint(tiny_spm, tmp_path, 1), spm_model=tiny_spm, output_dir=converted))
    assert not any((converted / name).exists() for name in DESCRIBES_THE_WEIGHTS)
    assert (converted / "ct2" / "model.bin").exists() and (converted / "manifest.json").exists()
