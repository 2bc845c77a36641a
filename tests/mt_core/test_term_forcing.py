from pathlib import Path

from mt_core import grammar
from mt_core.engine import Engine
from mt_core.term_forcing import annotation_positions, forced_prefixes, inside_tag_prefix, translated_again
from mt_core.tokenizer import EOS


def forced_prefix(*arguments: object, **keywords: object) -> list[str] | None:
    """The first place, as markup uses it."""
    places = forced_prefixes(*arguments, **keywords)  # type: ignore[arg-type]
    return places[0] if places else None


SOURCE = ["▁The", grammar.TERM_START, "▁order", grammar.TERM_TARGET, "▁pedido", grammar.TERM_END, "▁came", EOS]


def rows(*argmaxes: int) -> list[list[float]]:
    """Attention rows whose largest weight sits at the given source positions."""
    return [[1.0 if i == at else 0.0 for i in range(len(SOURCE))] for at in argmaxes]


def test_annotation_positions() -> None:
    assert annotation_positions(SOURCE, 0) == range(1, 6)
    assert annotation_positions(SOURCE, 1) is None
    assert annotation_positions(["▁The", "▁dog", EOS], 0) is None


def test_the_prefix_stops_where_the_output_reached_the_term(tiny_model_dir: Path) -> None:
    tokenizer = Engine(tiny_model_dir).tokenizer
    term = tokenizer.pieces("pedido")
    target = ["▁El", "▁orden", "▁llegó", EOS]
    assert forced_prefix(tokenizer, SOURCE, target, rows(0, 2, 6, 7), 0, "pedido") == ["▁El", *term, "▁"]
    at_the_end = [*SOURCE[:6], ".", EOS]  # punctuation follows the term: no word break forced
    assert forced_prefix(tokenizer, at_the_end, target, rows(0, 2, 6, 7), 0, "pedido") == ["▁El", *term]
    split_word = ["▁El", "▁or", "den", "▁llegó"]  # "den" looks at the term first: never cut inside a word
    assert forced_prefix(tokenizer, SOURCE, split_word, rows(0, 0, 4, 6), 0, "pedido") == ["▁El", *term, "▁"]
    unaligned = ["▁A", "▁B", "▁C", "▁D"]  # nothing attends to the term: its source position decides
    assert forced_prefix(tokenizer, SOURCE, unaligned, rows(0, 0, 6, 6), 0, "pedido") == ["▁A", "▁B", *term, "▁"]
    assert forced_prefix(tokenizer, SOURCE, target, rows(0, 2, 6, 7), 1, "pedido") is None
    kept = forced_prefix(tokenizer, SOURCE, target, rows(2, 2, 6, 7), 0, "pedido", keep=2)
    assert kept == ["▁El", "▁orden", *term, "▁"]  # a prefix forced in an earlier round stays


def test_each_word_of_the_run_that_looks_at_the_term_is_a_place(tiny_model_dir: Path) -> None:
    tokenizer = Engine(tiny_model_dir).tokenizer
    term = tokenizer.pieces("pedido")
    target = ["▁Tu", "▁or", "den", "▁llegó", EOS]  # "Tu" and "orden" both attend to the term
    places = forced_prefixes(tokenizer, SOURCE, target, rows(2, 2, 4, 6), 0, "pedido")
    assert places == [[*term, "▁"], ["▁Tu", *term, "▁"]]
    assert forced_prefix(tokenizer, SOURCE, target, rows(2, 2, 4, 6), 0, "pedido") == places[0]
    assert forced_prefixes(tokenizer, SOURCE, target, rows(2, 2, 4, 6), 1, "pedido") == []


def test_a_term_translated_again_after_the_forced_one_is_noticed() -> None:
    forced = ["▁pedido", "▁", "Vuestro", "▁orden", "▁llegó"]  # the model wrote "orden" for "order" as well
    assert translated_again(SOURCE, 0, 2, forced, rows(2, 0, 0, 2, 6))
    assert not translated_again(SOURCE, 0, 2, forced, rows(2, 0, 0, 0, 6))
    copied = rows(2, 0, 0, 4, 6)  # attending to the term's target is a copy (an invented tail), not a translation
    assert not translated_again(SOURCE, 0, 2, forced, copied)
    assert not translated_again(SOURCE, 0, 2, forced, None)


def test_a_model_that_learned_terms_gets_every_term_in(tiny_model_dir: Path, tmp_path: Path) -> None:
    import dataclasses
    import shutil

    from mt_core.manifest import Annotations, ModelManifest
    from mt_core.pipeline import RequestOptions, TranslationPipeline
    from mt_core.terminology import Term

    trained = tmp_path / "model"
    shutil.copytree(tiny_model_dir, trained)
    manifest = ModelManifest.load(trained)
    dataclasses.replace(manifest, annotations=Annotations(terms=True)).save(trained)
    pipeline = TranslationPipeline(Engine(trained))
    options = RequestOptions(terms=[Term("order", "pedido"), Term("house", "vivienda")])
    results = pipeline.translate(["The order arrived.", "A house.", "The order and the house."], "en", "es", options)
    for result in results:  # a random tiny model never writes these words by itself
        assert result.terms and all(t.applied and t.method == "prefix" for t in result.terms)
        assert all(t.target in result.text.lower() for t in result.terms)  # 'Pedido' where it begins the sentence
    both = results[2].text.lower()
    assert both.index("pedido") < both.index("vivienda")  # forced in source order, the first one kept


def test_a_term_that_opens_a_tag_is_forced_right_inside_the_tag(tiny_model_dir: Path) -> None:
    tokenizer = Engine(tiny_model_dir).tokenizer
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    source = ["▁Rural", open1, *SOURCE[1:6], close1, "▁service", EOS]
    target = ["▁el", "▁servicio", "▁rural", open1, "▁Deliver", "al", close1, "."]
    prefix = inside_tag_prefix(tokenizer, source, target, 0, "pedido")
    assert prefix == ["▁el", "▁servicio", "▁rural", open1, *tokenizer.pieces("pedido")]
    assert inside_tag_prefix(tokenizer, SOURCE, target, 0, "pedido") is None, "the term does not open a tag"
    assert inside_tag_prefix(tokenizer, source, ["▁el", "▁servicio", "."], 0, "pedido") is None, "no placeholder"
    assert inside_tag_prefix(tokenizer, source, [open1, "▁a", open1], 0, "pedido") is None, "placeholder twice"
