import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import pytest

from mt_core import grammar
from mt_core.engine import Engine, Hypothesis
from mt_core.gender import GenderReader
from mt_core.grammar import Gender
from mt_core.manifest import Annotations
from mt_core.markup import Run, prepare_markup
from mt_core.markup_gender import add_hints, applied_genders, lost_noun_terms, reinflect_run, run_hints
from mt_core.markup_translate import MarkupTranslator
from mt_core.pipeline import TranslationPipeline
from mt_core.pipeline_steps import AppliedGender
from mt_core.protection import Protected

FORMS = {"amigo": "amiga", "un": "una", "enfermero": "enfermera"}


class _WordReader:
    """A stand-in for the Spanish reader: 'amiga'/'enfermera' read feminine, 'amigo'/'enfermero' masculine,
    and a feminine rewrite swaps the words in FORMS."""

    analyser = None
    forms: ClassVar[dict[str, str]] = FORMS

    def read(self, source_noun: str, translation: str) -> Gender | None:
        words = translation.replace(".", " ").split()
        feminine, masculine = {"friend": ("amiga", "amigo"), "nurse": ("enfermera", "enfermero")}[source_noun]
        return Gender.FEMININE if feminine in words else Gender.MASCULINE if masculine in words else None

    def rewrite(self, translation: str, source_nouns: Sequence[str], gender: Gender) -> str | None:
        if gender is not Gender.FEMININE:
            return None
        rewritten = re.sub(r"\w+", lambda word: self.forms.get(word.group(), word.group()), translation)
        return rewritten if rewritten != translation else None


def _run(markup: str, learned: Annotations | None = None) -> Run:
    ((_, _, run),) = prepare_markup(markup, False, learned=learned).runs
    assert run is not None
    return run


def test_a_request_gender_covers_the_ambiguous_nouns_and_tags_the_run_when_learned() -> None:
    run = _run("<p>My <b>friend</b> is a nurse.</p>")
    add_hints(run, Gender.FEMININE, source_gender=True, learned=True)
    assert [(h.source, h.gender) for h in run_hints(run)] == [("friend", Gender.FEMININE), ("nurse", Gender.FEMININE)]
    assert run.source.startswith(grammar.SENTENCE_GENDER_TAG[Gender.FEMININE])
    untagged = _run("<p>My <b>friend</b> is a nurse.</p>")
    add_hints(untagged, Gender.FEMININE, source_gender=True, learned=False)
    assert len(run_hints(untagged)) == 2 and not untagged.source.startswith(
        grammar.SENTENCE_GENDER_TAG[Gender.FEMININE]
    )


def test_explicit_words_and_inline_hints_win_over_the_request_gender() -> None:
    explicit = _run("<p>My brother is a <b>nurse</b>.</p>")
    add_hints(explicit, Gender.FEMININE, source_gender=True, learned=True)
    assert [(h.source, h.gender) for h in run_hints(explicit)] == [("nurse", Gender.MASCULINE)]  # 'brother is'
    assert not explicit.source.startswith(tuple(grammar.SENTENCE_GENDER_TAG.values()))  # no feminine sentence tag
    inline = _run('<p>The <gender value="masculine">doctor</gender> thanked the nurse.</p>', Annotations(gender=True))
    add_hints(inline, Gender.FEMININE, source_gender=True, learned=True)
    assert [(h.source, h.gender) for h in run_hints(inline)] == [
        ("doctor", Gender.MASCULINE),
        ("nurse", Gender.FEMININE),
    ]


def test_without_a_request_gender_the_runs_own_words_fix_its_one_noun() -> None:
    run = _run("<p>My sister is a <b>surgeon</b>.</p>")
    add_hints(run, None, source_gender=True, learned=True)
    assert [(h.source, h.gender) for h in run_hints(run)] == [("surgeon", Gender.FEMININE)]
    assert run.annotations[-1][3] == "source" and not run.source.startswith("<")
    left_to_the_model = _run("<p>My sister is a <b>surgeon</b>.</p>")
    add_hints(left_to_the_model, None, source_gender=False, learned=True)
    assert run_hints(left_to_the_model) == []


def test_a_hinted_noun_the_model_got_wrong_is_reinflected_between_the_tags() -> None:
    reader = _WordReader()
    run = _run("<p>My <b>friend</b> is a nurse.</p>")
    add_hints(run, Gender.FEMININE, source_gender=True, learned=True)
    fixed = reinflect_run(reader, run, "Mi <b>amigo</b> es un enfermero.")  # type: ignore[arg-type]
    assert fixed == "Mi <b>amiga</b> es una enfermera."
    assert [(g.source, g.found, g.origin) for g in applied_genders(reader, run, fixed)] == [  # type: ignore[arg-type]
        ("friend", Gender.FEMININE, "request"),
        ("nurse", Gender.FEMININE, "request"),
    ]
    assert reinflect_run(None, run, "Mi <b>amigo</b>.") == "Mi <b>amigo</b>."  # no reader: nothing to go on


class _TermLosingReader(_WordReader):
    forms: ClassVar[dict[str, str]] = {**FORMS, "enfermero": "sanitaria"}


def test_reinflection_never_costs_a_required_term() -> None:
    run = _run('<p>My friend is a <term tgt="enfermero">nurse</term>.</p>', Annotations(terms=True))
    add_hints(run, Gender.FEMININE, source_gender=True, learned=True)
    assert run.term_targets == ["enfermero"]
    output = "Mi amigo es un enfermero."
    assert reinflect_run(_TermLosingReader(), run, output) == output  # type: ignore[arg-type]
    assert reinflect_run(_WordReader(), run, output) == "Mi amiga es una enfermera."  # type: ignore[arg-type]


def test_a_hinted_run_takes_the_decodable_hypothesis_that_honours_the_most_hints(tiny_model_dir: Path) -> None:
    translator = MarkupTranslator(TranslationPipeline(Engine(tiny_model_dir), gender_reader=_WordReader()))  # type: ignore[arg-type]
    document = prepare_markup("<p>My <b>friend</b> is a nurse.</p>", False)
    ((_, _, run),) = document.runs
    assert run is not None
    add_hints(run, Gender.FEMININE, source_gender=True, learned=False)
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    pieces = translator.engine.tokenizer.pieces
    options = [
        Hypothesis(pieces(f"Mi {open1}amigo{close1} es un enfermero."), -1.0, False),
        Hypothesis(pieces(f"Mi {open1}amiga es una enfermera."), -2.0, False),  # honours both; tags broken
        Hypothesis(pieces(f"Mi {open1}amigo{close1} es una enfermera."), -3.0, False),
    ]
    source = translator.engine.tokenizer.source_tokens(run.source.strip())
    chosen, decoded = translator._choose(run, source, options, Protected(run.source.strip()))
    assert chosen == 2 and decoded == "Mi <b>amigo</b> es una enfermera."
    groups = translator._groups([document, prepare_markup("<p>It rains.</p>", False)])
    assert [indices for indices, _ in groups] == [[1], [0]], "hinted runs are decoded n-best"


@pytest.mark.parametrize("markup", ["<p>It rains.</p>", "<p>The <code>doctor</code> binary.</p>"])
def test_runs_without_person_nouns_get_no_hints(markup: str) -> None:
    ((_, _, run),) = prepare_markup(markup, False).runs
    assert run is not None
    add_hints(run, Gender.FEMININE, source_gender=True, learned=True)
    assert run_hints(run) == [] and not run.source.startswith(grammar.SENTENCE_GENDER_TAG[Gender.FEMININE])


class _FormReader(_WordReader):
    def noun_form(self, source_noun: str, gender: Gender) -> str | None:
        return {("firefighter", Gender.FEMININE): "bombera"}.get((source_noun, gender))


def test_a_lost_hinted_noun_becomes_a_required_term_for_a_second_try() -> None:
    lost = AppliedGender("firefighter", Gender.FEMININE, None, "request")
    matcher = lost_noun_terms(_FormReader(), [lost, lost], "<p>El <b>fuego</b>.</p>")  # type: ignore[arg-type]
    assert matcher is not None
    assert [(m.source, m.target) for m in matcher.find("The firefighter left.")] == [("firefighter", "bombera")]
    found = AppliedGender("firefighter", Gender.FEMININE, Gender.MASCULINE, "request")  # re-inflection's job
    inline = AppliedGender("firefighter", Gender.FEMININE, None, "inline")
    unknown = AppliedGender("nurse", Gender.FEMININE, None, "source")  # no dictionary form
    assert lost_noun_terms(_FormReader(), [found, inline, unknown], "<p>El fuego.</p>") is None  # type: ignore[arg-type]
    # written, but with no article to show its gender: Spanish leaves it unmarked, nothing is lost
    assert lost_noun_terms(_FormReader(), [lost], "<p>Trabaja como <b>bombera</b>.</p>") is None  # type: ignore[arg-type]
    assert lost_noun_terms(None, [lost], "") is None


def test_the_second_try_is_kept_only_if_it_honours_more_and_keeps_the_customers_terms() -> None:
    from mt_core.gender_fallbacks import GENDER_TERM_ORIGIN
    from mt_core.markup_translate import MarkupResult, _better
    from mt_core.pipeline_steps import AppliedTerm

    lost = AppliedGender("firefighter", Gender.FEMININE, None, "request")
    honoured = AppliedGender("firefighter", Gender.FEMININE, Gender.FEMININE, "request")
    customer = AppliedTerm("shift", "turno", "glossary", True, "annotation")
    ours = AppliedTerm("firefighter", "bombera", GENDER_TERM_ORIGIN, True, "prefix")
    first = MarkupResult("<p>El <b>firefighter</b>.</p>", False, terms=[customer], genders=[lost])
    again = MarkupResult("<p>La <b>bombera</b>.</p>", False, terms=[customer, ours], genders=[honoured])
    assert _better(first, again) is again and again.terms == [customer]
    lost_term = MarkupResult(
        "<p>La <b>bombera</b>.</p>", False, terms=[replace(customer, applied=False)], genders=[honoured]
    )
    assert _better(first, lost_term) is first
    no_better = MarkupResult("<p>El <b>fuego</b>.</p>", False, terms=[customer], genders=[lost])
    assert _better(first, no_better) is first


def test_an_english_person_noun_the_model_copied_is_written_in_spanish_between_the_tags(
    reader: GenderReader,
) -> None:
    run = _run("<p>Ludwig van Beethoven was a German composer and <i>pianist</i>.</p>")
    written = reinflect_run(reader, run, "Ludwig van Beethoven fue un compositor alemán y <i>pianist</i>.")
    assert written == "Ludwig van Beethoven fue un compositor alemán y <i>pianista</i>."
    run = _run("<p>She was a <b>businesswoman</b>.</p>")
    assert reinflect_run(reader, run, "Era una <b>businesswoman</b>.") == "Era una <b>empresaria</b>."


def test_a_documents_next_sentence_tells_its_persons_gender(tiny_model_dir: Path) -> None:
    from mt_core.markup_translate import MarkupOptions

    translator = MarkupTranslator(TranslationPipeline(Engine(tiny_model_dir)))
    markup = "<p>The new <b>director</b> is a chemist.</p><p>She studied in <i>Madrid</i>.</p>"
    (document,), _, _ = translator._prepare([markup], False, MarkupOptions())
    hints = [
        [(kind, text, value, origin) for kind, text, value, origin in run.annotations]
        for _, _, run in document.runs
        if run
    ]
    assert hints == [[("gender", "director", "feminine", "text"), ("gender", "chemist", "feminine", "text")], []]
    (requested,), _, _ = translator._prepare([markup], False, MarkupOptions(target_gender=Gender.MASCULINE))
    assert {origin for _, _, run in requested.runs if run for *_, origin in run.annotations} == {"request"}
