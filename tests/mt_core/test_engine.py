from pathlib import Path

import pytest

from mt_core.engine import DecodingOptions, Engine, EngineOptions, available_cores
from mt_core.errors import ModelDirectoryError


def test_engine_loads_model_directory(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir)
    assert engine.manifest.name == "tiny"
    assert engine.options.compute_type == "int8"
    results = engine.translate_tokens(
        [engine.tokenizer.source_tokens("The dog."), engine.tokenizer.source_tokens("Red.")]
    )
    assert len(results) == 2 and all(len(r) == 1 for r in results)


def test_decoding_limit_is_explicit_and_reported(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir)
    tokens = engine.tokenizer.source_tokens("one two three")
    hypothesis = engine.translate_tokens(
        [tokens], DecodingOptions(beam_size=1, max_output_ratio=0.5, max_output_extra=1)
    )[0][0]
    limit = engine.decoding_limit(len(tokens), DecodingOptions(max_output_ratio=0.5, max_output_extra=1))
    assert len(hypothesis.tokens) <= limit
    assert hypothesis.truncated == (len(hypothesis.tokens) >= limit)


def test_a_sentence_budget_does_not_depend_on_its_batch_mates(tiny_model_dir: Path) -> None:
    """One engine call decodes up to the batch's largest budget; each output still keeps its own."""
    engine = Engine(tiny_model_dir, EngineOptions(intra_threads=1))
    decoding = DecodingOptions(beam_size=1, max_output_ratio=0.5, max_output_extra=1)
    short = engine.tokenizer.source_tokens("one two three")
    long = engine.tokenizer.source_tokens(" ".join(["word"] * 60))
    alone = engine.translate_tokens([short], decoding)[0][0]
    batched = engine.translate_tokens([long, short, long], decoding)[1][0]
    assert engine.decoding_limit(len(long), decoding) > engine.decoding_limit(len(short), decoding)
    assert batched.tokens == alone.tokens and batched.truncated == alone.truncated
    assert len(batched.tokens) <= engine.decoding_limit(len(short), decoding)


def test_n_best(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir, EngineOptions(intra_threads=1))
    results = engine.translate_tokens(
        [engine.tokenizer.source_tokens("The cat.")], DecodingOptions(beam_size=3, num_hypotheses=3)
    )
    assert len(results[0]) == 3


def test_incomplete_model_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(ModelDirectoryError, match="ct2"):
        Engine(tmp_path)


def test_available_cores_positive() -> None:
    assert available_cores() >= 1


def test_thread_derivation() -> None:
    from mt_core.engine import derive_threads

    assert derive_threads(0, 0, 2) == (2, 1)
    assert derive_threads(0, 0, 1) == (1, 1)
    assert derive_threads(0, 0, 16) == (4, 4)
    assert derive_threads(1, 0, 2) == (1, 2)
    assert derive_threads(3, 5, 2) == (3, 5)
