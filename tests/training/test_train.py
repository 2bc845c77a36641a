"""Training keeps its best weights and trains from a run directory copied without the corpus."""

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from mt_core.tokenizer import Tokenizer
from training import train as train_module
from training.config import ModelConfig, TrainConfig
from training.train import tokenize_corpus, train

TINY = ModelConfig(d_model=32, encoder_layers=1, decoder_layers=1, attention_heads=2, ffn_dim=64)


def test_a_run_directory_trains_without_its_corpus(synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path) -> None:
    config = TrainConfig(corpus_dir=synthetic_corpus, spm_model=tiny_spm, run_dir=tmp_path / "run", annotation_dir=None)
    tokenizer = Tokenizer(tiny_spm)
    built = tokenize_corpus(config, tokenizer)
    copied = TrainConfig(
        corpus_dir=tmp_path / "absent", spm_model=tiny_spm, run_dir=tmp_path / "copy", annotation_dir=None
    )
    shutil.copytree(config.run_dir, copied.run_dir)
    assert tokenize_corpus(copied, tokenizer) == built
    with pytest.raises(FileNotFoundError, match="no dev corpus"):
        tokenize_corpus(copied, tokenizer, "dev")


def test_best_keeps_the_lowest_dev_loss(
    synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    losses = iter([3.0, 1.0, 2.0, 2.5])
    monkeypatch.setattr(train_module, "dev_loss", lambda *args: next(losses))
    config = TrainConfig(
        corpus_dir=synthetic_corpus,
        spm_model=tiny_spm,
        run_dir=tmp_path / "run",
        annotation_dir=None,
        model=TINY,
        max_steps=4,
        max_tokens=400,
        checkpoint_minutes=0.0,
        device="cpu",
    )
    train(config)
    best = json.loads((config.run_dir / "best" / "progress.json").read_text())
    latest = json.loads((config.run_dir / "checkpoint" / "progress.json").read_text())
    assert (best["step"], best["best_dev_loss"]) == (2, 1.0), "a worse later dev loss must not replace best/"
    assert (latest["step"], latest["best_dev_loss"]) == (4, 1.0)
    assert (config.run_dir / "best" / "model.safetensors").exists()


def test_weights_above_one_upsample(synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path) -> None:
    base = TrainConfig(corpus_dir=synthetic_corpus, spm_model=tiny_spm, run_dir=tmp_path / "run", annotation_dir=None)
    pairs = tokenize_corpus(base, Tokenizer(tiny_spm))
    sources = {pair.source for pair in pairs}

    def examples(weight: float) -> int:
        config = replace(base, source_weights=dict.fromkeys(sources, weight), max_tokens=100_000)
        return sum(len(batch) for batch in train_module.epoch_batches(pairs, config, epoch=0))

    once = examples(1.0)
    assert examples(3.0) == 3 * once
    assert once < examples(1.5) < 2 * once
    assert examples(0.0) == 0


def test_presets_name_only_known_fields() -> None:
    """`load_train_config` skips unknown keys, so a misspelt preset field would silently train with a default."""
    from dataclasses import fields

    from training.config import load_train_config

    known = {f.name for f in fields(TrainConfig)}
    presets = sorted(Path("training/presets").glob("*.json"))
    assert presets
    for preset in presets:
        assert set(json.loads(preset.read_text())) <= known, preset
        assert load_train_config(preset).model.d_model > 0


def test_focus_files_weight_their_pairs_and_drop_tagged_copies(
    synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path
) -> None:
    from training.corpus.records import read_pairs
    from training.loss_focus import write_focus

    name = sorted(synthetic_corpus.glob("*.train.jsonl"))[0].name
    corpus = list(read_pairs(synthetic_corpus / name))
    focus = tmp_path / "focus"
    write_focus(focus / name, [[(0, len(pair.tgt.split()[0]))] for pair in corpus])
    config = TrainConfig(corpus_dir=synthetic_corpus, spm_model=tiny_spm, run_dir=tmp_path / "run", annotation_dir=None)
    tokenizer = Tokenizer(tiny_spm)
    unfocused = tokenize_corpus(config, tokenizer)
    focused = tokenize_corpus(replace(config, focus_dir=focus, outside_focus_weight=0.25), tokenizer)
    assert all(pair.weights is None for pair in unfocused), "no focus file, no weights"
    first = next(p for p in focused if p.weights is not None)
    assert first.tagged is None and 1.0 in first.weights and first.weights[-1] == 0.25
    assert len(first.weights) == len(first.plain[1]) + 1
    assert sum(p.weights is not None for p in focused) == len(corpus)
