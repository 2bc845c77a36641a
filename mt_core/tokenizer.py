"""SentencePiece tokenization, shared by training and serving."""

from __future__ import annotations

from pathlib import Path

import sentencepiece as spm

EOS = "</s>"
#: Appended after the SentencePiece pieces; the model starts decoding from it (Marian convention).
PAD = "<pad>"


class Tokenizer:
    """A joint source/target SentencePiece model."""

    def __init__(self, model_path: Path | str) -> None:
        self._sp = spm.SentencePieceProcessor(model_file=str(model_path))

    def pieces(self, text: str) -> list[str]:
        return list(self._sp.encode(text, out_type=str))

    def ids(self, text: str) -> list[int]:
        return list(self._sp.encode(text, out_type=int))

    def source_tokens(self, text: str) -> list[str]:
        """Model input: the pieces followed by the end-of-sentence token, as Marian expects."""
        return [*self.pieces(text), EOS]

    def decode(self, pieces: list[str]) -> str:
        return str(self._sp.decode_pieces([p for p in pieces if p not in (EOS, PAD)]))

    def decode_ids(self, ids: list[int]) -> str:
        return str(self._sp.decode_ids(ids))

    @property
    def eos_id(self) -> int:
        return int(self._sp.eos_id())

    @property
    def unk_id(self) -> int:
        return int(self._sp.unk_id())

    def vocabulary(self) -> list[str]:
        """Pieces in id order, then PAD: the model's vocabulary."""
        return [self._sp.id_to_piece(i) for i in range(self._sp.get_piece_size())] + [PAD]

    def __len__(self) -> int:
        return int(self._sp.get_piece_size()) + 1

    @property
    def pad_id(self) -> int:
        return int(self._sp.get_piece_size())
