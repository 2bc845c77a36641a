"""Weight-space interpolation of a fine-tuned checkpoint with the one it started from (WiSE-FT).

Wortsman et al. 2022 ("Robust fine-tuning of zero-shot models") found that mixing the
weights of a fine-tuned model with those it started from keeps most of what the
fine-tune gained and most of what it forgot. GFST needs exactly that trade: a short
fine-tune on a few thousand gendered sentences moves feminine accuracy and costs chrF
on the domains it did not see.
"""

from __future__ import annotations

import shutil
from pathlib import Path

MODEL_FILE = "model.safetensors"


def interpolate_checkpoints(base: Path, tuned: Path, output: Path, tuned_weight: float) -> Path:
    """``output`` gets ``tuned``'s files with weights ``(1 - w) * base + w * tuned``; rebuilt on every call."""
    import torch
    from safetensors.torch import load_file, save_file

    if not 0.0 <= tuned_weight <= 1.0:
        raise ValueError(f"tuned_weight must lie in [0, 1], not {tuned_weight}")
    base_tensors, tuned_tensors = load_file(str(base / MODEL_FILE)), load_file(str(tuned / MODEL_FILE))
    if base_tensors.keys() != tuned_tensors.keys():
        raise ValueError(f"{base} and {tuned} are not the same architecture: their weights differ in names")
    mixed: dict[str, torch.Tensor] = {}
    for name, tuned_tensor in tuned_tensors.items():
        base_tensor = base_tensors[name]
        if base_tensor.shape != tuned_tensor.shape:
            raise ValueError(
                f"weight {name} has shape {tuple(base_tensor.shape)} in {base}, {tuple(tuned_tensor.shape)} in {tuned}"
            )
        if tuned_tensor.is_floating_point():
            mixed[name] = torch.lerp(base_tensor.float(), tuned_tensor.float(), tuned_weight)
        else:
            mixed[name] = tuned_tensor
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    for path in tuned.iterdir():
        if path.is_file() and path.name not in (MODEL_FILE, "state.pt"):  # no optimizer state for a mixed model
            shutil.copy(path, output / path.name)
    save_file(mixed, str(output / MODEL_FILE), metadata={"format": "pt"})
    return output
