from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.errors import InputTooLongError, UnsupportedLanguagePairError
from mt_core.pipeline import TranslationPipeline
from mt_core.protection import Protected


@pytest.fixture(scope="module")
def pipeline(tiny_model_dir: Path) -> TranslationPipeline:
    return TranslationPipeline(Engine(tiny_model_dir))


def test_layout_of_paragraphs_is_preserved(pipeline: TranslationPipeline) -> None:
    text = "The dog.  The cat.\n\n\tRed house.\n"
    result = pipeline.translate([text], "en", "es")[0].text
    assert result.count("\n\n\t") == 1 and result.endswith("\n")
    assert len(result.split("\n\n\t")) == 2


def test_texts_keep_their_order_and_empty_text_stays_empty(pipeline: TranslationPipeline) -> None:
    texts = ["One.", "", "Two three.", "   "]
    results = pipeline.translate(texts, "en", "es")
    assert len(results) == 4
    assert results[1].text == "" and results[3].text == "   "
    assert results[0].text == pipeline.translate(["One."], "en", "es")[0].text


def test_unsupported_pair_lists_supported(pipeline: TranslationPipeline) -> None:
    with pytest.raises(UnsupportedLanguagePairError, match="en->es"):
        pipeline.translate(["x"], "en", "de")


def test_overlong_sentence_is_rejected_not_truncated(pipeline: TranslationPipeline) -> None:
    with pytest.raises(InputTooLongError, match=r"text\[1\]"):
        pipeline.translate(["ok.", "word " * 2000], "en", "es")


def test_grammar_symbols_in_user_text_are_neutralised(pipeline: TranslationPipeline) -> None:
    prepared = pipeline.prepare(["a \u27e6t\u27e7 b"])
    assert "\u27e6t\u27e7" not in prepared.tokens[0]


def test_terms_are_located_per_sentence_and_reported(pipeline: TranslationPipeline) -> None:
    from mt_core.pipeline import RequestOptions
    from mt_core.terminology import Term

    text = 'First <term tgt="casa">house</term>.\n\nThe red dog.'
    prepared = pipeline.prepare([text], RequestOptions(terms=[Term("dog", "perro")]))
    assert [[(m.source, m.target, m.origin, m.start) for m in terms] for terms in prepared.terms] == [
        [("house", "casa", "inline", 6)],
        [("dog", "perro", "request", 8)],
    ]
    result = pipeline.translate([text], "en", "es", RequestOptions(terms=[Term("dog", "perro")]))[0]
    assert [(t.source, t.origin) for t in result.terms] == [("house", "inline"), ("dog", "request")]
    for term in result.terms:
        assert term.applied == (term.target in result.text.lower()) or term.method in (
            "annotation",
            "nbest",
            "placeholder",
        )
        assert (term.method == "none") == (not term.applied)


def test_inline_parsing_can_be_switched_off(pipeline: TranslationPipeline) -> None:
    from mt_core.pipeline import RequestOptions

    prepared = pipeline.prepare(['<term tgt="x">y</term>'], RequestOptions(inline_annotations=False))
    assert prepared.terms == [[]]
    assert "term" in pipeline.engine.tokenizer.decode(prepared.tokens[0])


def test_term_annotations_use_the_grammar_only_when_the_model_learned_them(tiny_model_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses
    import shutil

    from mt_core import grammar
    from mt_core.manifest import Annotations, ModelManifest
    from mt_core.pipeline import RequestOptions
    from mt_core.terminology import Term

    options = RequestOptions(terms=[Term("dog", "perro")])
    plain = TranslationPipeline(Engine(tiny_model_dir)).prepare(["The dog."], options)
    assert grammar.TERM_START not in plain.tokens[0]
    trained = tmp_path / "model"
    shutil.copytree(tiny_model_dir, trained)
    manifest = ModelManifest.load(trained)
    dataclasses.replace(manifest, annotations=Annotations(terms=True)).save(trained)
    annotated = TranslationPipeline(Engine(trained)).prepare(["The dog."], options)
    assert grammar.TERM_START in annotated.tokens[0] and grammar.TERM_TARGET in annotated.tokens[0]


def test_nbest_reranking_picks_a_hypothesis_with_the_term(pipeline: TranslationPipeline) -> None:
    from mt_core.engine import Hypothesis
    from mt_core.terminology import TermMatch

    tokenizer = pipeline.engine.tokenizer
    options = [
        Hypothesis(tokenizer.pieces(text), -float(i), False)
        for i, text in enumerate(["el gato grande", "el perro grande", "perro"])
    ]
    terms = [TermMatch(0, 3, "dog", "perro", "request")]
    source = Protected("the dog")
    best, method, present, _ = pipeline._choose(options, terms, [], source, tokenizer.source_tokens("the dog"))
    assert tokenizer.decode(options[best].tokens) == "el perro grande" and method == "nbest" and present == [True]
    best, method, present, _ = pipeline._choose(options[:1], terms, [], source, tokenizer.source_tokens("the dog"))
    assert best == 0 and method == "annotation" and present == [False]


def test_a_hypothesis_that_keeps_the_sources_number_words_wins(pipeline: TranslationPipeline) -> None:
    from mt_core.engine import Hypothesis

    tokenizer = pipeline.engine.tokenizer
    options = [
        Hypothesis(tokenizer.pieces(text), -float(i), False)
        for i, text in enumerate(["gano premios", "gano trece premios", "gano 13 premios"])
    ]
    source = "She won thirteen prizes"
    assert pipeline._keeping_numbers(source, options, Protected(source)) == 1
    assert pipeline._keeping_numbers(source, options[:1], Protected(source)) == 0
    # numerals too: the model's best dropped '92'
    options = [
        Hypothesis(tokenizer.pieces(text), -float(i), False)
        for i, text in enumerate(["77 goles en partidos", "77 goles en 92 partidos", "77 goles en 92 partidos."])
    ]
    source = "77 goals in 92 matches"
    assert pipeline._keeping_numbers(source, options, Protected(source)) == 1


def _gender_tagged_copy(tiny_model_dir: Path, tmp_path: Path) -> Path:
    """The tiny model, with a manifest that says it was trained with gender tags."""
    import dataclasses
    import shutil

    from mt_core.manifest import Annotations, ModelManifest

    trained = tmp_path / "model"
    shutil.copytree(tiny_model_dir, trained)
    manifest = ModelManifest.load(trained)
    dataclasses.replace(manifest, annotations=Annotations(gender=True)).save(trained)
    return trained


def test_gender_hints_reach_the_model_input_and_the_result(tiny_model_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mt_core import grammar
    from mt_core.grammar import Gender
    from mt_core.pipeline import RequestOptions

    pipeline = TranslationPipeline(Engine(_gender_tagged_copy(tiny_model_dir, tmp_path)))
    text = 'The <gender value="masculine">nurse</gender> met a doctor.'
    prepared = pipeline.prepare([text], RequestOptions(target_gender=Gender.FEMININE))
    tokens = prepared.tokens[0]
    assert tokens[0] == grammar.SENTENCE_GENDER_TAG[Gender.FEMININE]
    span = tokens.index(grammar.GENDER_SPAN_START[Gender.MASCULINE])
    assert tokens[span + 1 : span + 3] == ["\u2581nurse", grammar.GENDER_SPAN_END]
    assert [(h.source, h.gender, h.origin) for h in prepared.genders[0]] == [
        ("nurse", Gender.MASCULINE, "inline"),
        ("doctor", Gender.FEMININE, "request"),
    ]
    result = pipeline.translate([text], "en", "es", RequestOptions(target_gender=Gender.FEMININE))[0]
    assert [(g.source, g.requested) for g in result.genders] == [
        ("nurse", Gender.MASCULINE),
        ("doctor", Gender.FEMININE),
    ]
    assert all(g.found is None and not g.honoured for g in result.genders)  # no reader given: nothing is guessed


def test_a_sentences_own_gender_words_fix_its_one_person_noun(tiny_model_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mt_core import grammar
    from mt_core.grammar import Gender
    from mt_core.pipeline import RequestOptions

    pipeline = TranslationPipeline(Engine(_gender_tagged_copy(tiny_model_dir, tmp_path)))
    prepared = pipeline.prepare(["My sister is a surgeon."], RequestOptions())
    assert [(h.source, h.gender, h.origin) for h in prepared.genders[0]] == [("surgeon", Gender.FEMININE, "source")]
    assert grammar.GENDER_SPAN_START[Gender.FEMININE] in prepared.tokens[0]
    assert not pipeline.prepare(["My sister is a surgeon."], RequestOptions(source_gender=False)).genders[0]
    assert not pipeline.prepare(["She told the doctor about the nurse."], RequestOptions()).genders[0], "two nouns"
    result = pipeline.translate(["My brother is a nurse."], "en", "es")[0]
    assert [(g.source, g.requested, g.origin) for g in result.genders] == [("nurse", Gender.MASCULINE, "source")]


def test_a_texts_next_sentence_tells_its_persons_gender(tiny_model_dir) -> None:  # type: ignore[no-untyped-def]
    from mt_core.grammar import Gender
    from mt_core.pipeline import RequestOptions

    pipeline = TranslationPipeline(Engine(tiny_model_dir))
    text = "The new director is a chemist. She studied in Madrid."
    prepared = pipeline.prepare([text], RequestOptions())
    assert [[(h.source, h.gender, h.origin) for h in hints] for hints in prepared.genders] == [
        [("director", Gender.FEMININE, "text"), ("chemist", Gender.FEMININE, "text")],
        [],
    ]
    # a request's gender or no source gender at all: the text tells nothing
    requested = pipeline.prepare([text], RequestOptions(target_gender=Gender.MASCULINE))
    assert {h.origin for h in requested.genders[0]} == {"request"}
    assert not pipeline.prepare([text], RequestOptions(source_gender=False)).genders[0]
    # each text of a request is its own: the second text's 'She' is nobody of the first's
    apart = pipeline.prepare(["The new director is a chemist.", "She studied in Madrid."], RequestOptions())
    assert not apart.genders[0]


class _OffLoopCheck:
    """Counts calls, and those made on a thread that runs an event loop (where a pipe round trip to the
    analyser would stall every other request)."""

    def __init__(self) -> None:
        self.calls = self.on_loop = 0

    def __call__(self) -> None:
        import asyncio

        self.calls += 1
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self.on_loop += 1


class _CheckingAnalyser:
    def __init__(self, check: _OffLoopCheck) -> None:
        self.check = check

    def analyse(self, text: str) -> list[object]:
        self.check()
        return []


class _CheckingReader:
    """A gender reader that finds nothing, and checks where the pair check (the analyser, re-inflection) calls it
    from; reading a hinted noun stays on the loop for short requests (TranslationPipeline.translate_async)."""

    def __init__(self) -> None:
        self.check = _OffLoopCheck()
        self.analyser = _CheckingAnalyser(self.check)

    def read(self, source_noun: str, translation: str) -> None:
        return None

    def rewrite(self, translation: str, source_nouns: object, gender: object) -> None:
        self.check()

    def noun_form(self, source_noun: str, gender: object) -> None:
        return None


async def test_the_alternatives_pair_check_reads_off_the_event_loop(tiny_model_dir: Path, tmp_path: Path) -> None:
    from mt_core.batching import DynamicBatcher
    from mt_core.gender_alternatives import gender_alternatives_async
    from mt_core.pipeline import RequestOptions

    reader = _CheckingReader()
    pipeline = TranslationPipeline(Engine(_gender_tagged_copy(tiny_model_dir, tmp_path)), gender_reader=reader)  # type: ignore[arg-type]
    batcher = DynamicBatcher(pipeline.engine)
    try:
        result = await gender_alternatives_async(
            pipeline, ["My friend is a nurse.", "It rains."], "en", "es", batcher, RequestOptions()
        )
    finally:
        await batcher.stop()
    assert len(result) == 2 and result[1] == {}, "one result per text; nothing ambiguous in the second"
    assert result[0] is None, "ambiguous, but this reader passes no pair: None, which the API turns into a warning"
    assert reader.check.calls > 0 and reader.check.on_loop == 0


def test_characters_the_vocabulary_lacks_come_back_exactly_once(pipeline: TranslationPipeline) -> None:
    texts = ["Great job 🎉", "🎉 Party time.", "Acme™ and Widget® are m² wide."]
    assert pipeline.protector.protect(texts[2]).originals == {1: "™", 2: "®", 3: "²"}
    for text, result in zip(texts, pipeline.translate(texts, "en", "es"), strict=True):
        for symbol in ("🎉", "™", "®", "²"):
            assert result.text.count(symbol) == text.count(symbol), (text, result.text)


def test_markup_keeps_the_characters_the_vocabulary_lacks(pipeline: TranslationPipeline) -> None:
    from mt_core.markup_translate import MarkupTranslator

    markup = "<p>Great job 🎉 <b>now</b> &amp; Widget® too.</p>"
    (result,) = MarkupTranslator(pipeline).translate([markup], "en", "es", xml_mode=False)
    assert result.text.count("🎉") == 1 and result.text.count("®") == 1, result.text
    assert result.text.startswith("<p>") and result.text.endswith("</p>") and "<b>" in result.text


def test_a_shouted_sentence_is_translated_in_sentence_case_and_returned_in_capitals(
    pipeline: TranslationPipeline,
) -> None:
    prepared = pipeline.prepare(["WARNING: DO NOT OPEN. Then call us."])
    assert prepared.sources == ["Warning: do not open.", "Then call us."] and prepared.shouted == [True, False]
    shouted = pipeline.translate(["SAVE YOUR CHANGES 🎉"], "en", "es")[0].text
    assert not any(c.islower() for c in shouted) and shouted.count("🎉") == 1, shouted


def test_nbest_reranking_wants_the_term_where_its_source_went(pipeline: TranslationPipeline) -> None:
    """With attention, a target word written in another role does not count as the term."""
    from mt_core import grammar
    from mt_core.engine import Hypothesis
    from mt_core.terminology import TermMatch

    tokenizer = pipeline.engine.tokenizer
    source = [
        *tokenizer.pieces("the"),
        grammar.TERM_START,
        *tokenizer.pieces("dog"),
        grammar.TERM_TARGET,
        *tokenizer.pieces("perro"),
        grammar.TERM_END,
        *tokenizer.pieces("barks"),
        "</s>",
    ]
    term = source.index(grammar.TERM_START) + 1
    other = source.index(grammar.TERM_END) + 1

    def hypothesis(text: str, looks_at_term: str) -> Hypothesis:
        pieces, rows = [], []
        for word in text.split():
            for piece in tokenizer.pieces(word):
                focus = term if word == looks_at_term else other
                pieces.append(piece)
                rows.append([1.0 if j == focus else 0.0 for j in range(len(source))])
        return Hypothesis(pieces, -1.0, False, rows)

    options = [hypothesis("el gato perro", "gato"), hypothesis("el perro ladra", "perro")]
    terms = [TermMatch(4, 7, "dog", "perro", "request")]
    best, method, present, _ = pipeline._choose(options, terms, [], Protected("the dog barks"), source)
    assert best == 1 and method == "nbest" and present == [True]
    best, method, present, _ = pipeline._choose(options[:1], terms, [], Protected("the dog barks"), source)
    assert best == 0 and present == [False]


def test_forcing_skips_a_place_after_which_the_model_translates_the_term_again(
    pipeline: TranslationPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mt_core import grammar
    from mt_core.engine import Hypothesis
    from mt_core.pipeline_steps import PreparedTexts, Selection
    from mt_core.term_forcing import first_places
    from mt_core.terminology import TermMatch

    source = ["▁Your", grammar.TERM_START, "▁order", grammar.TERM_TARGET, "▁pedido", grammar.TERM_END, "</s>"]
    prepared = PreparedTexts([], [source], [0], [[TermMatch(5, 10, "order", "pedido", "request")]])
    selections = [Selection("Tu orden", "annotation", [False], False)]

    def looking_at(*positions: int) -> list[list[float]]:
        return [[1.0 if j == p else 0.0 for j in range(len(source))] for p in positions]

    outputs = {  # the first place puts the term before "Tu", and the model then writes "orden" for "order" too
        1: Hypothesis(["▁pedido", "▁", "Tu", "▁orden"], -1.0, False, looking_at(2, 0, 0, 2)),
        2: Hypothesis(["▁Tu", "▁pedido"], -1.0, False, looking_at(0, 2)),
    }

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        return [[outputs[len([p for p in prefix if p != "▁"])]] for prefix in target_prefix]

    monkeypatch.setattr(pipeline.engine, "translate_tokens", translate_tokens)
    candidates = [(0, ["▁pedido", "▁"]), (0, ["▁Tu", "▁pedido", "▁"])]
    chosen = first_places(pipeline, prepared, selections, candidates)
    assert chosen[0][0] == ["▁Tu", "▁pedido", "▁"]
    only_first = first_places(pipeline, prepared, selections, candidates[:1])
    assert only_first[0][0] == ["▁pedido", "▁"]  # no other place: the first stands


def test_british_spellings_reach_the_model_and_the_repairs_american(tiny_model_dir: Path) -> None:
    import re

    from mt_core.source_spelling import AmericanSpelling
    from mt_core.text_repair import Repair, TextRepair

    seen: list[str] = []

    def read(source: str) -> bool:
        seen.append(source)
        return False

    repair: TextRepair = Repair("records its source", read, re.compile("x"), lambda m: m.group())
    pipeline = TranslationPipeline(
        Engine(tiny_model_dir), phrase_repairs=(repair,), input_rewrite=AmericanSpelling({"colour": "color"})
    )
    prepared = pipeline.prepare(["The colour of colour.py."])
    assert prepared.inputs[0].text.startswith("The color of ")
    assert prepared.sources == ["The colour of colour.py."]  # terms and hints keep the text as written
    pipeline.translate(["The colour."], "en", "es")
    assert seen == ["The color."]
