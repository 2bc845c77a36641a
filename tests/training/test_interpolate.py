import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from training.interpolate import interpolate_checkpoints


def _checkpoint(path: Path, weight: torch.Tensor, step: int) -> Path:
    path.mkdir()
    save_file({"w": weight, "position": torch.arange(3)}, str(path / "model.safetensors"))
    (path / "progress.json").write_text(json.dumps({"step": step}))
    (path / "state.pt").write_text("optimizer")
    return path


def test_weights_are_mixed_and_the_tuned_files_travel(tmp_path: Path) -> None:
    base = _checkpoint(tmp_path / "base", torch.zeros(2, dtype=torch.float16), 100)
    tuned = _checkpoint(tmp_path / "tuned", torch.tensor([4.0, -2.0]), 150)
    out = interpolate_checkpoints(base, tuned, tmp_path / "mixed", 0.25)
    mixed = load_file(str(out / "model.safetensors"))
    assert mixed["w"].tolist() == [1.0, -0.5] and mixed["position"].tolist() == [0, 1, 2]
    assert json.loads((out / "progress.json").read_text()) == {"step": 150}
    assert not (out / "state.pt").exists(), "an optimizer state does not belong to mixed weights"
    assert load_file(str(interpolate_checkpoints(base, tuned, out, 1.0) / "model.safetensors"))["w"].tolist() == [
        4.0,
        -2.0,
    ]


def test_different_architectures_and_weights_outside_0_1_are_refused(tmp_path: Path) -> None:
    base = _checkpoint(tmp_path / "base", torch.zeros(2), 1)
    tuned = _checkpoint(tmp_path / "tuned", torch.zeros(3), 2)
    with pytest.raises(ValueError, match="shape"):
        interpolate_checkpoints(base, tuned, tmp_path / "out", 0.5)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        interpolate_checkpoints(base, base, tmp_path / "out", 1.5)
