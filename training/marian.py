"""Build MarianMTModel instances whose vocabulary layout ctranslate2's converter understands."""

from __future__ import annotations

from pathlib import Path

from transformers import MarianConfig, MarianMTModel

from mt_core.tokenizer import Tokenizer
from training.config import ModelConfig


def marian_config(model: ModelConfig, tokenizer: Tokenizer) -> MarianConfig:
    """Marian layout: PAD is the last id and doubles as the decoder start (a zero embedding)."""
    return MarianConfig(
        vocab_size=len(tokenizer),
        decoder_vocab_size=len(tokenizer),
        d_model=model.d_model,
        encoder_layers=model.encoder_layers,
        decoder_layers=model.decoder_layers,
        encoder_attention_heads=model.attention_heads,
        decoder_attention_heads=model.attention_heads,
        encoder_ffn_dim=model.ffn_dim,
        decoder_ffn_dim=model.ffn_dim,
        max_position_embeddings=model.max_positions,
        dropout=model.dropout,
        attention_dropout=0.0,
        activation_function="swish",
        scale_embedding=True,
        pad_token_id=tokenizer.pad_id,
        eos_token_id=tokenizer.eos_id,
        decoder_start_token_id=tokenizer.pad_id,
        forced_eos_token_id=tokenizer.eos_id,
        share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True,
    )


def new_model(model: ModelConfig, tokenizer: Tokenizer) -> MarianMTModel:
    return MarianMTModel(marian_config(model, tokenizer))


def load_model(path: Path) -> MarianMTModel:
    """Always float32: shipped checkpoints are stored in float16 to keep the repository lean."""
    import torch

    return MarianMTModel.from_pretrained(str(path), dtype=torch.float32)
