"""The model directory's manifest: what the model is and which annotations it was trained for."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

MANIFEST_FILE = "manifest.json"
CT2_DIR = "ct2"
SPM_FILE = "spm.model"
#: CTranslate2 reads its vocabulary map from this name inside the converted model.
VOCABULARY_MAP_FILE = f"{CT2_DIR}/vmap.txt"


@dataclass(frozen=True)
class Annotations:
    """Which parts of the model-input grammar the model learned; the service uses no others."""

    terms: bool = False
    markup: bool = False
    gender: bool = False


@dataclass(frozen=True)
class ModelManifest:
    name: str
    version: str
    source_lang: str
    target_lang: str
    annotations: Annotations = field(default_factory=Annotations)
    max_input_tokens: int = 400
    max_output_tokens: int = 512
    description: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.source_lang, self.target_lang)

    def save(self, model_dir: Path) -> None:
        (model_dir / MANIFEST_FILE).write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def load(cls, model_dir: Path) -> ModelManifest:
        path = model_dir / MANIFEST_FILE
        if not path.exists():
            raise FileNotFoundError(f"{model_dir} has no {MANIFEST_FILE}: not a fairmt model directory")
        data = json.loads(path.read_text())
        data["annotations"] = Annotations(**data.get("annotations", {}))
        return cls(**data)
