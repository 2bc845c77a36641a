"""Loss focus: the weights a focused pair's target tokens train with."""

from pathlib import Path

import pytest
import torch

from mt_core.tokenizer import WORD_START
from training.loss_focus import piece_weights, read_focus, write_focus
from training.train import collate, token_loss

W = WORD_START


def test_pieces_inside_a_span_weigh_one_and_the_rest_outside() -> None:
    text = "La doctora dijo."
    pieces = [f"{W}La", f"{W}doctor", "a", f"{W}dijo", "."]
    assert piece_weights(pieces, text, [(0, 2), (3, 10)], 0.1) == [1.0, 1.0, 1.0, 0.1, 0.1, 0.1]
    # Punctuation glued to a focus word is not part of its span.
    assert piece_weights([f"{W}¿", "La", f"{W}jefa", "?"], "¿La jefa?", [(1, 3), (4, 8)], 0.0) == [0, 1, 1, 0, 0]


def test_pieces_that_do_not_spell_the_text_train_nothing_in_focus() -> None:
    pieces = [f"{W}La", f"{W}doctora"]
    assert piece_weights(pieces, "La  doctora", [(4, 11)], 0.0) == [0.0, 0.0, 0.0]
    assert piece_weights(pieces, "Le doctora", [(3, 10)], 0.5) == [0.5, 0.5, 0.5]


def test_focus_files_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "focus" / "gfst.train.jsonl"
    write_focus(path, [[(0, 2), (3, 10)], []])
    assert read_focus(path) == [[[0, 2], [3, 10]], []]


def test_weighted_loss_is_the_mean_over_weighted_tokens() -> None:
    torch.manual_seed(0)
    logits = torch.randn(2, 3, 7)
    labels = torch.tensor([[1, 2, 3], [4, 5, -100]])
    plain = token_loss(logits, labels, None, 0.1)
    assert token_loss(logits, labels, torch.tensor([[1.0, 1, 1], [1, 1, 0]]), 0.1) == pytest.approx(plain.item())
    per_token = torch.nn.functional.cross_entropy(logits.transpose(1, 2), labels, label_smoothing=0.1, reduction="none")
    only_first = token_loss(logits, labels, torch.tensor([[1.0, 0, 0], [0, 0, 0]]), 0.1)
    assert only_first == pytest.approx(per_token[0, 0].item())


def test_collate_carries_weights_only_for_batches_that_have_them() -> None:
    class Ids:
        pad_id, eos_id = 0, 1

    plain = collate([([5, 6], [7, 8], None)], Ids())  # type: ignore[arg-type]
    assert "loss_weights" not in plain
    mixed = collate([([5, 6], [7, 8], None), ([5], [9], [0.0, 0.5])], Ids())  # type: ignore[arg-type]
    assert mixed["loss_weights"].tolist() == [[1.0, 1.0, 1.0], [0.0, 0.5, 0.0]]
