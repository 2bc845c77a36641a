"""Tiny synthetic corpus -> SentencePiece -> a few training steps -> convert -> translate."""

import json
from pathlib import Path

import ctranslate2
import pytest
import torch

from mt_core.engine import DecodingOptions, Engine
from mt_core.pipeline import TranslationPipeline
from mt_core.tokenizer import Tokenizer
from training.config import ModelConfig, TrainConfig
from training.convert import ConvertConfig, convert
from training.marian import load_model
from training.train import train


@pytest.mark.slow
def test_train_convert_translate(synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path) -> None:
    config = TrainConfig(
        corpus_dir=synthetic_corpus,
        spm_model=tiny_spm,
        run_dir=tmp_path / "run",
        model=ModelConfig(d_model=128, encoder_layers=2, decoder_layers=1, attention_heads=4, ffn_dim=256, dropout=0.0),
        source_weights={},
        max_tokens=600,
        learning_rate=3e-3,
        warmup_steps=100,
        max_steps=600,
        checkpoint_minutes=100,
        log_every=20,
        threads=1,
    )
    checkpoint = train(config)
    log = [json.loads(line) for line in (config.run_dir / "train_log.jsonl").read_text().splitlines()]
    losses = [entry["loss"] for entry in log if "loss" in entry]
    assert losses[-1] < losses[0] * 0.3, losses
    assert any("dev_loss" in entry for entry in log)
    assert json.loads((checkpoint / "progress.json").read_text())["step"] == 600

    model_dir = convert(ConvertConfig(checkpoint=checkpoint, spm_model=tiny_spm, output_dir=tmp_path / "model"))
    assert (model_dir / "checkpoint" / "model.safetensors").exists()
    pipeline = TranslationPipeline(Engine(model_dir), DecodingOptions(beam_size=2))
    outputs = [r.text for r in pipeline.translate(["Red house.", "The big dog.\n\nOne two."], "en", "es")]
    assert "\n\n" in outputs[1]
    # The word-mapping task is learnable in a few hundred steps: expect real target words.
    words = " ".join(outputs).lower()
    assert sum(word in words for word in ("casa", "rojo", "perro", "grande", "uno", "dos")) >= 4, outputs

    # The served model decodes as the trained one does: CTranslate2 starts Marian's decoder from a zero
    # vector, training from the <pad> row, which must therefore stay zero (`training.train.zero_decoder_start`).
    trained = load_model(checkpoint).eval()
    tokenizer = Tokenizer(tiny_spm)
    assert not trained.get_input_embeddings().weight[tokenizer.pad_id].any()
    exact = convert(
        ConvertConfig(
            checkpoint=checkpoint,
            spm_model=tiny_spm,
            output_dir=tmp_path / "float32",
            quantization="float32",
            ship_checkpoint=False,
        )
    )
    translator = ctranslate2.Translator(str(exact / "ct2"))
    vocabulary = tokenizer.vocabulary()
    for sentence in ("Red house.", "The big dog.", "One two three.", "Green cat."):
        ids = torch.tensor([[*tokenizer.ids(sentence), tokenizer.eos_id]])
        generated = trained.generate(input_ids=ids, num_beams=1, do_sample=False, max_new_tokens=20)[0].tolist()
        expected = [vocabulary[i] for i in generated[1:] if i != tokenizer.eos_id]
        served = translator.translate_batch([tokenizer.source_tokens(sentence)], beam_size=1, max_decoding_length=20)
        assert served[0].hypotheses[0] == expected, sentence


@pytest.mark.slow
def test_training_resumes_where_it_stopped(synthetic_corpus: Path, tiny_spm: Path, tmp_path: Path) -> None:
    def config(steps: int) -> TrainConfig:
        return TrainConfig(
            corpus_dir=synthetic_corpus,
            spm_model=tiny_spm,
            run_dir=tmp_path / "run",
            model=ModelConfig(d_model=32, encoder_layers=1, decoder_layers=1, attention_heads=2, ffn_dim=64),
            source_weights={},
            max_tokens=400,
            max_steps=steps,
            checkpoint_minutes=100,
            log_every=5,
            threads=1,
        )

    train(config(10))
    train(config(20))
    progress = json.loads((tmp_path / "run" / "checkpoint" / "progress.json").read_text())
    assert progress["step"] == 20
    steps = [json.loads(line)["step"] for line in (tmp_path / "run" / "train_log.jsonl").read_text().splitlines()]
    assert steps.count(10) >= 1 and max(steps) == 20 and len([s for s in steps if s <= 10]) < 4
