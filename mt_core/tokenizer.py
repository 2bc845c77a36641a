"""SentencePiece tokenization, shared by training and serving.

Grammar symbols are segmented by the grammar's spacing convention
(`grammar.binds_forward`) rather than SentencePiece's raw behaviour, which
would glue the word after a placeholder into a rarer non-initial piece
("⟦x1⟧", "In" instead of "⟦x1⟧", "▁In").
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import sentencepiece as spm

from mt_core import grammar

EOS = "</s>"
#: Appended after the SentencePiece pieces; the model starts decoding from it (Marian convention).
PAD = "<pad>"
WORD_START = "\u2581"
#: Changes whenever the segmentation of grammar symbols changes, so training caches rebuild.
TOKENIZER_CONVENTION = "symbols-bind-v2"


class Tokenizer:
    """A joint source/target SentencePiece model."""

    def __init__(self, model_path: Path | str) -> None:
        self._sp = spm.SentencePieceProcessor(model_file=str(model_path))

    @cached_property
    def _symbols(self) -> frozenset[str]:
        """The grammar symbols this vocabulary holds as single pieces."""
        vocabulary = {self._sp.id_to_piece(i) for i in range(self._sp.get_piece_size())}
        return frozenset(symbol for symbol in grammar.reserved_symbols() if symbol in vocabulary)

    @cached_property
    def known_characters(self) -> frozenset[str]:
        """Characters some ordinary piece holds; any other is spelled in byte pieces."""
        ordinary = (
            self._sp.id_to_piece(i)
            for i in range(self._sp.get_piece_size())
            if not (self._sp.is_byte(i) or self._sp.is_control(i) or self._sp.is_unknown(i))
        )
        return frozenset(c for piece in ordinary if piece not in self._symbols for c in piece) - {WORD_START}

    def pieces(self, text: str) -> list[str]:
        if grammar.OPEN not in text:
            return list(self._sp.encode(text, out_type=str))
        pieces: list[str] = []
        previous: str | None = None
        cursor = 0
        for match in grammar.ANY_SYMBOL_RE.finditer(text):
            if match.group(0) not in self._symbols:
                continue
            pieces += self._chunk(text[cursor : match.start()], previous)
            previous = match.group(0)
            pieces.append(previous)
            cursor = match.end()
        return pieces + self._chunk(text[cursor:], previous)

    def _chunk(self, text: str, after: str | None) -> list[str]:
        """Pieces of the text between symbols; glued text after a closing symbol keeps no word start."""
        if not text.strip():
            return []
        if after is not None and not grammar.binds_forward(after) and not text[0].isspace():
            glued = list(self._sp.encode(after + text, out_type=str))
            return glued[glued.index(after) + 1 :]
        return list(self._sp.encode(text, out_type=str))

    def ids(self, text: str) -> list[int]:
        return [self._sp.piece_to_id(piece) for piece in self.pieces(text)]

    def source_tokens(self, text: str) -> list[str]:
        """Model input: the pieces followed by the end-of-sentence token, as Marian expects."""
        return [*self.pieces(text), EOS]

    def decode(self, pieces: list[str]) -> str:
        return str(self._sp.decode_pieces(_space_before_openings([p for p in pieces if p not in (EOS, PAD)])))

    def decode_ids(self, ids: list[int]) -> str:
        return self.decode([self._sp.id_to_piece(i) for i in ids])

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


def _is_opening(piece: str) -> bool:
    return grammar.ANY_SYMBOL_RE.fullmatch(piece) is not None and grammar.binds_forward(piece)


def _space_before_openings(pieces: list[str]) -> list[str]:
    """Move the word start of the word after a run of opening symbols in front of the run."""
    result = list(pieces)
    index = 0
    while index < len(result):
        if not _is_opening(result[index]):
            index += 1
            continue
        run_end = index
        while run_end < len(result) and _is_opening(result[run_end]):
            run_end += 1
        if run_end < len(result) and result[run_end].startswith(WORD_START):
            word = result[run_end][len(WORD_START) :]
            result[run_end : run_end + 1] = [word] if word else []
            if index > 0:
                result.insert(index, WORD_START)
                run_end += 1
        index = run_end
    return result
