"""`fairmt convert`: a training checkpoint becomes a servable model directory.

The directory holds the CTranslate2 model (int8 by default), the SentencePiece
model, the manifest and, optionally, the trainable checkpoint for GFST.
"""

from __future__ import annotations

import filecmp
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ctranslate2.converters import TransformersConverter

from mt_core.manifest import CT2_DIR, SPM_FILE, VOCABULARY_MAP_FILE, Annotations, ModelManifest
from mt_core.tokenizer import EOS, Tokenizer

CHECKPOINT_DIR = "checkpoint"
CHECKPOINT_FILES = ("config.json", "generation_config.json", "model.safetensors", "train_config.json", "progress.json")


class _VocabularyShim:
    """What the converter asks of a Hugging Face tokenizer, answered from our SentencePiece model."""

    eos_token = EOS
    unk_token = "<unk>"

    def __init__(self, tokenizer: Tokenizer) -> None:
        self._vocabulary = tokenizer.vocabulary()

    def get_vocab(self) -> dict[str, int]:
        return {piece: index for index, piece in enumerate(self._vocabulary)}


class MarianConverter(TransformersConverter):  # type: ignore[misc]
    def __init__(self, checkpoint: Path, tokenizer: Tokenizer) -> None:
        super().__init__(str(checkpoint))
        self._tokenizer = tokenizer

    def load_tokenizer(self, tokenizer_class: Any, model_name_or_path: str, **kwargs: Any) -> _VocabularyShim:
        return _VocabularyShim(self._tokenizer)


def _save_half_precision(source: Path, target: Path) -> None:
    """Ship trainable weights in float16: half the repository weight, and fine-tuning loads them as float32."""
    from safetensors.torch import load_file, save_file

    tensors = load_file(str(source))
    save_file(
        {k: v.half() if v.is_floating_point() else v for k, v in tensors.items()},
        str(target),
        metadata={"format": "pt"},
    )


@dataclass
class ConvertConfig:
    checkpoint: Path
    spm_model: Path
    output_dir: Path
    name: str = "fairmt-en-es"
    version: str = "0.1.0"
    quantization: str = "int8"
    source_lang: str = "en"
    target_lang: str = "es"
    annotations: Annotations = field(default_factory=lambda: Annotations(markup=True))
    ship_checkpoint: bool = True


#: What `fairmt eval`, `fairmt gfst`, `make bench` and `fairmt card` write about one set of weights. A
#: re-conversion of the same weights keeps them; new weights drop them, so no card describes another model.
DESCRIBES_THE_WEIGHTS = ("MODEL_CARD.md", "DATACARD.json", "ANNOTATIONS.json", "eval", "gfst")


def _same_weights(new_ct2: Path, old_ct2: Path) -> bool:
    old = old_ct2 / "model.bin"
    return old.exists() and filecmp.cmp(new_ct2 / "model.bin", old, shallow=False)


def _keep_vocabulary_map(config: ConvertConfig, staging: Path) -> None:
    """A vocabulary map depends on the vocabulary, not the weights (training/vocabulary_map.py), so new weights
    over the same SentencePiece model keep the one beside the old weights or beside ``spm_model`` (GFST's case)."""
    from training.vocabulary_map import VOCABULARY_MAP_CONFIG_FILE

    for model_dir in (config.output_dir, config.spm_model.parent):
        vocabulary_map = model_dir / VOCABULARY_MAP_FILE
        spm_model = model_dir / SPM_FILE
        if vocabulary_map.is_file() and spm_model.is_file() and filecmp.cmp(spm_model, config.spm_model, shallow=False):
            for name in (VOCABULARY_MAP_FILE, VOCABULARY_MAP_CONFIG_FILE):
                if (model_dir / name).is_file():
                    shutil.copy(model_dir / name, staging / name)
            return


def convert(config: ConvertConfig) -> Path:
    """Idempotent: the output directory is rebuilt in a staging folder and swapped in."""
    tokenizer = Tokenizer(config.spm_model)
    staging = config.output_dir.with_name(config.output_dir.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    MarianConverter(config.checkpoint, tokenizer).convert(
        str(staging / CT2_DIR), quantization=config.quantization, force=True
    )
    shutil.copy(config.spm_model, staging / SPM_FILE)
    _keep_vocabulary_map(config, staging)
    if config.ship_checkpoint:
        (staging / CHECKPOINT_DIR).mkdir()
        for name in CHECKPOINT_FILES:
            if name == "model.safetensors":
                _save_half_precision(config.checkpoint / name, staging / CHECKPOINT_DIR / name)
            elif (config.checkpoint / name).exists():
                shutil.copy(config.checkpoint / name, staging / CHECKPOINT_DIR / name)
    ModelManifest(config.name, config.version, config.source_lang, config.target_lang, config.annotations).save(staging)
    if _same_weights(staging / CT2_DIR, config.output_dir / CT2_DIR):
        for keep in DESCRIBES_THE_WEIGHTS:
            if (config.output_dir / keep).exists():
                target = staging / keep
                copy = shutil.copytree if (config.output_dir / keep).is_dir() else shutil.copy
                copy(config.output_dir / keep, target)
    shutil.rmtree(config.output_dir, ignore_errors=True)
    staging.rename(config.output_dir)
    return config.output_dir
