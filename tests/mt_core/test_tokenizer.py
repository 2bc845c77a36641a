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


def test_word_after_an_opening_symbol_keeps_its_word_initial_piece(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    opening, closing = (
        grammar.placeholder(1, grammar.PlaceholderKind.OPEN),
        grammar.placeholder(1, grammar.PlaceholderKind.CLOSE),
    )
    plain = tokenizer.pieces("The dog runs.")
    tagged = tokenizer.pieces(f"The {opening}dog{closing} runs.")
    assert [piece for piece in tagged if piece not in (opening, closing)] == plain
    assert tagged[tagged.index(opening) + 1].startswith("\u2581")
    assert tagged[tagged.index(opening) - 1] != "\u2581", "no lone word-start piece in front of a symbol"


def test_text_glued_after_a_closing_symbol_stays_glued(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    closing = grammar.placeholder(1, grammar.PlaceholderKind.CLOSE)
    glued = tokenizer.pieces(f"dog{closing}s.")
    spaced = tokenizer.pieces(f"dog{closing} runs")
    assert not glued[glued.index(closing) + 1].startswith("\u2581")
    assert spaced[spaced.index(closing) + 1].startswith("\u2581")


def test_decoding_puts_the_space_in_front_of_opening_symbols(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    first, second = (grammar.placeholder(i, grammar.PlaceholderKind.OPEN) for i in (1, 2))
    ends = [grammar.placeholder(i, grammar.PlaceholderKind.CLOSE) for i in (2, 1)]
    canonical = f"The {first}{second}big{ends[0]}{ends[1]} dog{grammar.placeholder(3, grammar.PlaceholderKind.VOID)}."
    assert tokenizer.decode(tokenizer.pieces(canonical)) == canonical
    assert tokenizer.decode(tokenizer.pieces(f"{first}The{ends[1]} dog")) == f"{first}The{ends[1]} dog"


def test_bracketed_text_that_is_no_reserved_symbol_is_plain_text(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    text = f"a {grammar.OPEN}x99{grammar.CLOSE} b"
    assert tokenizer.pieces(text) == list(tokenizer._sp.encode(text, out_type=str))


def test_known_characters_are_those_of_ordinary_pieces(tiny_spm: Path) -> None:
    tokenizer = Tokenizer(tiny_spm)
    known = tokenizer.known_characters
    assert "e" in known and "\u2581" not in known and "🎉" not in known
    assert all(piece.startswith("<0x") for piece in tokenizer.pieces("🎉") if piece != "\u2581")  # bytes
