import shutil
from pathlib import Path
from typing import ClassVar

import pytest

from mt_core.engine import Engine, Hypothesis
from mt_core.morphology import Analysis, Token
from mt_core.pipeline import TranslationPipeline
from mt_core.pipeline_steps import PreparedTexts, Selection
from mt_core.protection import Protected
from mt_core.untranslated import SCORE_MARGIN, CopyCheck, copy_check_for, prefer_translated, sentences_with_copies


class _Lexicon:
    """An analyser that knows a fixed set of words."""

    def __init__(self, words: str) -> None:
        self.words = set(words.split())
        self.calls = 0

    def analyse(self, text: str) -> list[Token]:
        self.calls += 1
        tag = {"de": "pr", "el": "det"}.get(text, "n")
        analyses = (Analysis(text, (tag,)),) if text in self.words else ()
        return [Token(text, analyses, 0, len(text))]


class _Dictionary:
    """A bilingual dictionary of a few lemmas."""

    entries: ClassVar[dict[str, str]] = {"delete": "eliminar", "file": "archivo", "open": "abrir", "milk": "leche"}

    def lookup(self, units: list[Analysis]) -> list[Analysis | None]:
        return [Analysis(self.entries[u.lemma], ("x",)) if u.lemma in self.entries else None for u in units]


def _check() -> CopyCheck:
    english = _Lexicon("delete open file the python word software commit milk direction")
    spanish = _Lexicon("el archivo software abrir eliminar borrar lecho leche dirección de")
    return CopyCheck(english, spanish, _Dictionary())  # type: ignore[arg-type]


def test_a_replacement_only_translates_the_copied_words() -> None:
    check = _check()
    assert check.replaces("Delete el archivo.", "Eliminar el archivo.", ["Delete"])  # the dictionary's word
    assert check.replaces("Direction.", "Dirección.", ["Direction"])  # a close cognate
    assert check.replaces("Delete archivo.", "Eliminar de el archivo.", ["Delete"])  # plus a function word
    assert not check.replaces("Delete el archivo.", "Borrar el archivo.", ["Delete"])  # neither
    assert not check.replaces("Milk el té.", "Lecho el té.", ["Milk"]), "another sense: 'leche' is the translation"
    assert not check.replaces("Delete el archivo nuevo.", "Eliminar el archivo.", ["Delete"]), "a word dropped"
    assert not check.replaces("Delete el archivo.", "Eliminar el archivo", ["Delete"]), "punctuation changed"
    assert not check.replaces("Delete el archivo.", "Eliminar el eliminado.", ["Delete"]), "an unknown word"
    assert not check.replaces("Delete archivo.", "archivo archivo.", ["Delete"]), "a word doubled, not translated"


def test_copied_words_are_common_source_words_the_target_does_not_know() -> None:
    check = _check()
    assert check.copied("Delete the file.", "Delete el archivo.") == ["Delete"]  # first word: capitalised anyway
    assert check.copied("Open the file.", "Abrir el file.") == ["file"]
    assert check.copied("Open the file in Word.", "Abrir el archivo en Word.") == []  # a name mid-sentence
    assert check.copied("Install the software.", "Instalar el software.") == []  # a loanword the target has
    assert check.copied("Use Python.", "Usa Python.") == []  # capitalised mid-sentence: a name
    assert check.copied("Run commit now.", "Ejecuta commit ya.", keep=["commit"]) == []  # a required term
    assert check.copied("Open ⟦x1/⟧.", "Open ⟦x1/⟧.") == ["Open"]  # placeholders hold no words
    # words joined into identifiers, options and compounds are not prose: 'eos-after', 'File1', 'file.txt'
    assert check.copied("Set eos-file and File1 or file.txt", "Pon eos-file y File1 o file.txt") == []
    assert check.copied("Open the file.", "Abrir el file.") == ["file"]  # a sentence's last word is prose


def test_analyser_verdicts_are_cached_per_word() -> None:
    check = _check()
    for _ in range(3):
        check.copied("Delete the file.", "Delete el file.")
    english, spanish = check._source, check._target
    assert english.calls == 2 and spanish.calls == 2  # type: ignore[attr-defined]


def test_a_hypothesis_without_the_copy_replaces_the_first_within_the_margin(tiny_model_dir: Path) -> None:
    pipeline = TranslationPipeline(Engine(tiny_model_dir), copy_check=_check())
    pieces = pipeline.engine.tokenizer.pieces
    source = "Delete the file."
    prepared = PreparedTexts([], [pieces(source)], [0], [[]], [[]], [source], [Protected(source)], [False])
    first = pieces("Delete el archivo.")
    selections = [Selection("Delete el archivo.", "annotation", [], False, [], [], first, None)]
    assert sentences_with_copies(pipeline, prepared, selections) == [0]
    nbest = [
        Hypothesis(first, -0.2, False),
        Hypothesis(pieces("Eliminar el archivo."), -0.2 - SCORE_MARGIN - 0.1, True),  # too unlikely
        Hypothesis(pieces("Borrar el archivo."), -0.3, False),  # not the dictionary's word
        Hypothesis(pieces("Eliminar el archivo."), -0.45, False),
    ]
    prefer_translated(pipeline, prepared, selections, [0], [nbest])
    assert selections[0].text == "Eliminar el archivo." and not selections[0].truncated  # the fourth
    assert sentences_with_copies(pipeline, prepared, selections) == []

    kept = [Selection("Delete el archivo.", "annotation", [], False, [], [], first, None)]
    prefer_translated(pipeline, prepared, kept, [0], [nbest[:3]])
    assert kept[0].text == "Delete el archivo.", "nothing better within the margin: the first output stands"


def test_sentences_with_terms_or_hints_are_left_to_their_own_choice(tiny_model_dir: Path) -> None:
    from mt_core.gender import GenderHint
    from mt_core.grammar import Gender
    from mt_core.terminology import TermMatch

    pipeline = TranslationPipeline(Engine(tiny_model_dir), copy_check=_check())
    pieces = pipeline.engine.tokenizer.pieces
    source = "Delete the file."
    term = TermMatch(11, 15, "file", "archivo", "request")
    hint = GenderHint(0, 1, "x", Gender.FEMININE, "request")
    prepared = PreparedTexts(
        [], [pieces(source)] * 2, [0, 0], [[term], []], [[], [hint]], [source] * 2, [Protected(source)] * 2, [False] * 2
    )
    selection = Selection("Delete el archivo.", "annotation", [True], False, [], [], pieces("Delete el archivo."))
    assert sentences_with_copies(pipeline, prepared, [selection, selection]) == []
    assert sentences_with_copies(TranslationPipeline(Engine(tiny_model_dir)), prepared, [selection, selection]) == []


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_the_apertium_check_knows_english_verbs_and_spanish_loanwords() -> None:
    check = copy_check_for("en", "es")
    assert check is not None and copy_check_for("en", "fr") is None
    assert check.copied("Delete ⟦x1/⟧.", "Delete ⟦x1/⟧.") == ["Delete"]
    assert check.copied("Send an email.", "Envía un email.") == []
    assert check.replaces("Delete ⟦x1/⟧.", "Eliminar ⟦x1/⟧.", ["Delete"])
    assert not check.replaces("Milk el té.", "Lecho el té.", ["Milk"])


def test_a_markup_segment_takes_the_beams_translated_alternative_if_its_tags_decode(tiny_model_dir: Path) -> None:
    from mt_core import grammar
    from mt_core.markup import prepare_markup
    from mt_core.markup_translate import MarkupTranslator

    translator = MarkupTranslator(TranslationPipeline(Engine(tiny_model_dir), copy_check=_check()))
    ((_, _, run),) = prepare_markup("<p>Delete the <b>file</b>.</p>", False).runs
    assert run is not None
    pieces, source = translator.engine.tokenizer.pieces, translator.engine.tokenizer.source_tokens(run.source)
    o1, c1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    first = Hypothesis(pieces(f"Delete el {o1}archivo{c1}."), -0.2, False)
    broken = Hypothesis(pieces(f"Eliminar el {o1}archivo."), -0.3, False)  # its tags do not decode
    translated = Hypothesis(pieces(f"Eliminar el {o1}archivo{c1}."), -0.4, False)
    model_input = Protected(run.source.strip())
    assert translator._choose(run, source, [first, translated], model_input) == (1, "Eliminar el <b>archivo</b>.")
    assert translator._choose(run, source, [first, broken], model_input) == (0, "Delete el <b>archivo</b>.")
