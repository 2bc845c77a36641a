import json
import shutil
from pathlib import Path

import pytest

from fairmt.cli import main
from mt_core.engine import DecodingOptions, Engine, EngineOptions
from mt_core.manifest import SPM_FILE, VOCABULARY_MAP_FILE
from mt_core.tokenizer import Tokenizer
from training.convert import ConvertConfig, convert
from training.vocabulary_map import (
    VOCABULARY_MAP_CONFIG_FILE,
    CoOccurrence,
    VocabularyMapConfig,
    build_vocabulary_map,
)


@pytest.fixture()
def model_dir(tiny_model_dir: Path, tmp_path: Path) -> Path:
    """A copy: the session's tiny model stays without a map for every other test."""
    return Path(shutil.copytree(tiny_model_dir, tmp_path / "model"))


def read_map(model_dir: Path) -> tuple[list[str], dict[str, list[str]]]:
    lines = (model_dir / VOCABULARY_MAP_FILE).read_text(encoding="utf-8").splitlines()
    always = lines[0].split("\t")[1].split()
    rules = {key: value.split() for key, _, value in (line.partition("\t") for line in lines[1:])}
    return always, rules


def test_dice_ranks_the_translation_above_frequent_company() -> None:
    counts = CoOccurrence.count(
        [(["cat"], ["gato", "el"]), (["cat", "the"], ["gato", "el"]), (["dog", "the"], ["perro", "el"])]
        + [(["the"], ["el"])] * 5
    )
    assert counts.associated("cat", 1) == ["gato"]
    assert counts.associated("cat", 5) == ["gato", "el"]
    assert counts.associated("unseen", 5) == [] and counts.associated("cat", 0) == []


def test_map_has_frequent_pieces_copies_and_translations(model_dir: Path, synthetic_corpus: Path) -> None:
    config = VocabularyMapConfig(model_dir, synthetic_corpus, frequent_pieces=5, associated_pieces=3)
    build_vocabulary_map(config)
    always, rules = read_map(model_dir)
    tokenizer = Tokenizer(model_dir / SPM_FILE)
    assert len(always) == 5
    assert set(rules) == set(tokenizer.vocabulary())
    assert all(targets[0] == piece for piece, targets in rules.items())  # every piece may be copied
    assert all(len(targets) <= 4 for targets in rules.values())
    (cat,) = tokenizer.pieces("cat")[-1:]
    assert set(tokenizer.pieces("gato")) & set(rules[cat][1:])


def test_building_again_keeps_the_map_and_a_new_config_rebuilds_it(
    model_dir: Path, synthetic_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = VocabularyMapConfig(model_dir, synthetic_corpus, frequent_pieces=5, associated_pieces=3)
    target = build_vocabulary_map(config)
    target.write_text(target.read_text() + "# marker\n")
    build_vocabulary_map(config)
    assert "keeping it" in capsys.readouterr().out and target.read_text().endswith("# marker\n")
    build_vocabulary_map(VocabularyMapConfig(model_dir, synthetic_corpus, frequent_pieces=6, associated_pieces=3))
    assert len(read_map(model_dir)[0]) == 6 and "# marker" not in target.read_text()
    assert json.loads((model_dir / VOCABULARY_MAP_CONFIG_FILE).read_text())["config"]["frequent_pieces"] == 6


def test_engine_decodes_over_the_map_and_forced_prefixes_outside_it(model_dir: Path, synthetic_corpus: Path) -> None:
    assert not Engine(model_dir, EngineOptions(vocabulary_map=True)).uses_vocabulary_map  # no map yet
    build_vocabulary_map(VocabularyMapConfig(model_dir, synthetic_corpus, frequent_pieces=0, associated_pieces=0))
    assert not Engine(model_dir).uses_vocabulary_map  # off unless asked for
    engine = Engine(model_dir, EngineOptions(intra_threads=1, vocabulary_map=True))
    assert engine.uses_vocabulary_map
    source = engine.tokenizer.source_tokens("The red dog.")
    _, rules = read_map(model_dir)
    allowed = {piece for token in source for piece in rules[token]} | {"</s>", "<unk>", "<pad>", "<s>"}
    (best,) = engine.translate_tokens([source], DecodingOptions(beam_size=1))[0]
    assert set(best.tokens) <= allowed  # only the map's candidates, here the source's own pieces
    # A forced piece outside the candidates fails in CTranslate2 or comes back as another piece, so a forced
    # call scores the whole vocabulary.
    calls: list[bool] = []
    translator = engine._translator

    class Spy:
        def translate_batch(self, *args: object, **kwargs: object) -> object:
            calls.append(bool(kwargs["use_vmap"]))
            return translator.translate_batch(*args, **kwargs)

    engine._translator = Spy()  # type: ignore[assignment]
    outside = next(piece for piece in engine.tokenizer.pieces("Ventana verde.") if piece not in allowed)
    forced, _ = engine.translate_tokens([source], DecodingOptions(beam_size=2, num_hypotheses=2), [[outside]])[0]
    engine.translate_tokens([source, source], DecodingOptions(beam_size=1), [None, None])
    assert forced.tokens[0] == outside and calls == [False, True]


def test_reconversion_and_new_weights_keep_the_map(model_dir: Path, synthetic_corpus: Path, tmp_path: Path) -> None:
    build_vocabulary_map(VocabularyMapConfig(model_dir, synthetic_corpus, frequent_pieces=5, associated_pieces=3))
    built = (model_dir / VOCABULARY_MAP_FILE).read_text()
    checkpoint = model_dir / "checkpoint"
    # GFST's case: a candidate converted elsewhere, with the model's own SentencePiece model.
    candidate = convert(ConvertConfig(checkpoint, model_dir / SPM_FILE, tmp_path / "candidate"))
    assert (candidate / VOCABULARY_MAP_FILE).read_text() == built
    assert (candidate / VOCABULARY_MAP_CONFIG_FILE).is_file()
    # `make convert`'s case: the old model beside it keeps its map only if its vocabulary is the same.
    vocab = tmp_path / "vocab" / "spm.model"
    vocab.parent.mkdir()
    shutil.copy(model_dir / SPM_FILE, vocab)
    assert _keeps_map(ConvertConfig(checkpoint, vocab, model_dir), tmp_path / "same")
    (model_dir / SPM_FILE).write_bytes(vocab.read_bytes() + b"\0")
    assert not _keeps_map(ConvertConfig(checkpoint, vocab, model_dir), tmp_path / "other")


def _keeps_map(config: ConvertConfig, staging: Path) -> bool:
    from training.convert import _keep_vocabulary_map

    (staging / "ct2").mkdir(parents=True)
    _keep_vocabulary_map(config, staging)
    return (staging / VOCABULARY_MAP_FILE).exists()


def test_cli_builds_the_map(model_dir: Path, synthetic_corpus: Path) -> None:
    args = ["vmap", "--model", str(model_dir), "--corpus", str(synthetic_corpus), "--frequent-pieces", "7"]
    assert main(args) == 0
    assert len(read_map(model_dir)[0]) == 7
    with pytest.raises(FileNotFoundError, match="make data"):
        main(["vmap", "--model", str(model_dir), "--corpus", str(model_dir), "--frequent-pieces", "8"])
