"""Gender in HTML/XML segments, as for plain sentences (mt_core/pipeline.py): a request-level gender or the
segment's own gender words give hints; hinted segments are decoded n-best and the hypothesis that honours
the most hints wins; a noun still given the other gender is re-inflected in the words between the tags,
which stay where the translation put them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from mt_core import grammar
from mt_core.gender import GenderReader, honour_hints, request_hints, source_hints, speaker_hints
from mt_core.gender_fallbacks import agree_with_subject, harmonise_one_person, write_copied_person_nouns
from mt_core.grammar import Gender
from mt_core.markup import Run, translatable_text
from mt_core.markup_words import carry_rewrite, visible_text
from mt_core.pipeline_steps import AppliedGender
from mt_core.pronoun_gender import sole_predicate_subject
from mt_core.speaker_gender import SPEAKER, worth_reporting
from mt_core.terminology import Term, TermMatcher, term_written


@dataclass(frozen=True)
class RunHint:
    source: str
    gender: Gender


def add_hints(
    run: Run,
    target_gender: Gender | None,
    source_gender: bool,
    learned: bool,
    names: Mapping[str, Gender] | None = None,
    carried: Gender | None = None,
) -> None:
    """Hints beside the run's inline ones: a request-level gender covers its ambiguous person nouns (and,
    when the model ``learned`` gender tags and no noun's own subject says otherwise, the run gets the sentence
    tag); without one, the run's own gender words fix its one ambiguous noun, or what the document's next
    sentence tells (``names`` and ``carried``: mt_core/text_gender.py). The source hint reaches the
    model through the choice and the re-inflection only: tagging the noun inside a placeholder-encoded run is
    not done."""
    inline = {text for kind, text, _, _ in run.annotations if kind == "gender"}  # entity hints win
    text = translatable_text(run)
    if target_gender is not None:
        requested = request_hints(text, target_gender) + speaker_hints(text, target_gender)
        hints = [hint for hint in requested if hint.source not in inline]
        run.annotations += [("gender", hint.source, hint.gender.value, hint.origin) for hint in hints]
        nouns = [hint for hint in hints if hint.source != SPEAKER]  # nouns only, as in plain text
        if learned and nouns and all(hint.gender is target_gender for hint in nouns):
            run.source = f"{grammar.SENTENCE_GENDER_TAG[target_gender]} {run.source.strip()}"
    elif source_gender and not inline:
        run.annotations += [
            ("gender", hint.source, hint.gender.value, hint.origin) for hint in source_hints(text, names, carried)
        ]


def run_hints(run: Run) -> list[RunHint]:
    return [RunHint(text, Gender(value)) for kind, text, value, _ in run.annotations if kind == "gender"]


def genders_found(reader: GenderReader | None, run: Run, decoded: str) -> list[Gender | None]:
    """The gender the rendered segment gives each hinted noun, None where it cannot be read."""
    hints = run_hints(run)
    if reader is None or not hints:  # most segments: nothing to read, not even the text
        return [None] * len(hints)
    text = visible_text(decoded)
    return [reader.read(hint.source, text) for hint in hints]


def applied_genders(reader: GenderReader | None, run: Run, decoded: str) -> list[AppliedGender]:
    """Each hinted noun of the run with the gender its translation gives it, for the response."""
    hinted = [(text, Gender(value), origin) for kind, text, value, origin in run.annotations if kind == "gender"]
    found = genders_found(reader, run, decoded)
    return [
        AppliedGender(text, gender, f, origin)
        for (text, gender, origin), f in zip(hinted, found, strict=True)
        if worth_reporting(text, f)
    ]


def honoured(reader: GenderReader | None, run: Run, decoded: str) -> int:
    found = genders_found(reader, run, decoded)
    return sum(f == hint.gender for f, hint in zip(found, run_hints(run), strict=True))


def reinflect_run(reader: GenderReader | None, run: Run, decoded: str) -> str:
    """``decoded`` with the hinted nouns the model got wrong, and the words that disagree with them,
    re-inflected (mt_core/gender_rewrite.py); unchanged if the rewrite cannot be carried word for word
    into the markup or would lose a required term."""
    if reader is None:
        return decoded
    decoded = _write_copied_nouns(reader, run, decoded)
    decoded = _agree_with_subject(reader, run, decoded)
    hints = run_hints(run)
    if not hints:
        return _harmonise(reader, run, decoded)
    text = visible_text(decoded)
    found = [reader.read(hint.source, text) for hint in hints]
    if all(f is None for f in found):
        return decoded
    rewritten, _ = honour_hints(reader, text, hints, found)
    carried = carry_rewrite(decoded, rewritten) if rewritten != text else None
    if carried is None:
        return decoded
    return carried if sum(run.terms_in(carried)) >= sum(run.terms_in(decoded)) else decoded


def _between_tags(run: Run, decoded: str, rewrite: Callable[[str], str]) -> str:
    """A plain-text step's ``rewrite`` of the visible words, carried into the markup word for word; ``decoded``
    as it was where it cannot be carried or would lose a required term."""
    text = visible_text(decoded)
    rewritten = rewrite(text)
    carried = carry_rewrite(decoded, rewritten) if rewritten != text else None
    return decoded if carried is None or sum(run.terms_in(carried)) < sum(run.terms_in(decoded)) else carried


def _harmonise(reader: GenderReader, run: Run, decoded: str) -> str:
    """One person's nouns in one gender, as plain text has them (mt_core/person_harmony.py), between the tags."""
    return _between_tags(run, decoded, lambda text: harmonise_one_person(reader, translatable_text(run), text))


def _write_copied_nouns(reader: GenderReader, run: Run, decoded: str) -> str:
    """English person nouns the model copied, written in Spanish as plain text has them, between the tags."""
    source, hints = translatable_text(run), run_hints(run)
    return _between_tags(run, decoded, lambda text: write_copied_person_nouns(reader, source, text, hints))


def _agree_with_subject(reader: GenderReader, run: Run, decoded: str) -> str:
    """As plain text does (mt_core/gender_fallbacks.py), between the tags."""
    source = translatable_text(run)
    if sole_predicate_subject(source) is None:  # most runs: no text built, no analyser call
        return decoded
    speaker = next((hint.gender for hint in run_hints(run) if hint.source == SPEAKER), None)
    return _between_tags(run, decoded, lambda text: agree_with_subject(reader, source, text, speaker))


def lost_noun_terms(reader: GenderReader | None, genders: Sequence[AppliedGender], rendered: str) -> TermMatcher | None:
    """Each request- or source-hinted noun the ``rendered`` document lost, as a required term: its dictionary
    form in the requested gender (as mt_core/gender_fallbacks.py does for plain text). The document is
    translated again with them, and the terminology fallbacks put them in; None if there is nothing to add.
    A form already written is not lost, only unmarked for gender ('como cantante')."""
    if reader is None:
        return None
    text = visible_text(rendered)
    terms: dict[str, Term] = {}
    for applied in genders:
        if applied.found is None and applied.origin != "inline" and applied.source not in terms:
            form = reader.noun_form(applied.source, applied.requested)
            if form is not None and not term_written(form, text):
                terms[applied.source] = Term(applied.source, form)
    return TermMatcher(list(terms.values())) if terms else None
