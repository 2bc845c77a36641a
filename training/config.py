"""Training configuration dataclasses, saved as JSON next to every checkpoint."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class ModelConfig:
    """A deep-encoder, shallow-decoder Marian transformer: decoding cost dominates on CPU."""

    d_model: int = 256
    encoder_layers: int = 6
    decoder_layers: int = 2
    attention_heads: int = 4
    ffn_dim: int = 1024
    max_positions: int = 512
    dropout: float = 0.1


@dataclass
class TrainConfig:
    corpus_dir: Path = Path("data/corpus")
    spm_model: Path = Path("data/vocab/spm.model")
    run_dir: Path = Path("work/run")
    init_checkpoint: Path | None = None
    #: Side files from `fairmt data annotate`; None trains on plain text only.
    annotation_dir: Path | None = Path("data/annotations")
    #: Share of sentences with term candidates that carry term annotations (Dinu et al. use ~10%).
    term_percent: int = 12
    #: Share of plain pairs with alignable term spans that also get a copy with injected placeholders.
    tag_injection_percent: int = 15
    #: Side files naming the target words a pair trains on (`training.loss_focus`); None trains every word.
    focus_dir: Path | None = None
    #: Loss weight of the target tokens outside a focused pair's focus words.
    outside_focus_weight: float = 0.0
    model: ModelConfig = field(default_factory=ModelConfig)
    #: Per-source sampling weight per epoch: below 1 a random share, above 1 extra copies (upsampling).
    source_weights: dict[str, float] = field(
        default_factory=lambda: {
            "libreoffice": 1.0,
            "ui": 1.0,
            "bible": 0.5,
            "brown-apertium": 0.6,
            "wordnet-apertium": 0.7,
        }
    )
    tagged_probability: float = 0.5
    max_tokens: int = 2500
    max_length: int = 200
    learning_rate: float = 7e-4
    warmup_steps: int = 800
    label_smoothing: float = 0.1
    clip_norm: float = 1.0
    max_steps: int = 200_000
    max_minutes: float = 0.0
    checkpoint_minutes: float = 10.0
    log_every: int = 20
    threads: int = 0
    #: "auto": CUDA when available (bf16 autocast), else CPU.
    device: str = "auto"
    seed: int = 1


def to_json(config: Any) -> str:
    return json.dumps(asdict(config), indent=2, default=str)


def _coerce(cls: type[T], data: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for item in fields(cls):  # type: ignore[arg-type]
        if item.name not in data:
            continue
        value = data[item.name]
        if item.name == "model":
            value = _coerce(ModelConfig, value)
        elif isinstance(value, str) and "Path" in str(item.type):
            value = Path(value)
        values[item.name] = value
    return cls(**values)


def load_train_config(path: Path) -> TrainConfig:
    return _coerce(TrainConfig, json.loads(path.read_text()))
