from pathlib import Path

from mt_core import grammar
from mt_core.tokenizer import EOS, PAD, Tokenizer


def test_grammar_symbols_are_single_pieces(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    for symbol in grammar.reserved_symbols():
        assert symbol in tokenizer.pieces(f"a {symbol} b"), symbol


def test_round_trip_and_model_vocabulary_layout(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    assert tokenizer.decode(tokenizer.pieces("The big dog.")) == "The big dog."
    assert tokenizer.source_tokens("dog")[-1] == EOS
    vocabulary = tokenizer.vocabulary()
    assert vocabulary[tokenizer.eos_id] == EOS and vocabulary[-1] == PAD == vocabulary[tokenizer.pad_id]
    assert len(vocabulary) == len(tokenizer)


def test_unseen_characters_fall_back_to_bytes(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    assert tokenizer.decode(tokenizer.pieces("emoji 😀 ok")) == "emoji 😀 ok"
