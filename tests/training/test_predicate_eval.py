import re
import shutil
from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.gender_lexicon import FEMININE_WORDS, MASCULINE_WORDS
from mt_core.grammar import Gender
from mt_core.pipeline import TranslationPipeline
from mt_core.pronoun_gender import pronoun_predicate_gender
from mt_core.speaker_gender import speaker_span
from training.predicate_eval import (
    NAME_SUITE,
    PRONOUN_SUITE,
    SPEAKER_SUITE,
    SUBJECT_SUITE,
    TEXT_SUITE,
    evaluate_predicates,
    read_suite_lines,
    render_predicates_markdown,
)


def test_every_suite_sentence_has_the_predicate_it_is_there_for() -> None:
    speaker = read_suite_lines(SPEAKER_SUITE)
    assert len(speaker) >= 40 and all(speaker_span(sentence) for sentence in speaker)
    pronoun = read_suite_lines(PRONOUN_SUITE)
    genders = [pronoun_predicate_gender(sentence) for sentence in pronoun]
    assert len(pronoun) >= 30 and None not in genders
    assert len(set(genders)) == 2 and genders.count(genders[0]) == len(genders) // 2  # as many 'she' as 'he'


def test_every_name_sentence_names_its_noun_and_holds_no_gender_word() -> None:
    rows = [line.split("\t") for line in read_suite_lines(NAME_SUITE)]
    assert len(rows) >= 30 and [gender for gender, _, _ in rows].count("feminine") == len(rows) // 2
    for _, noun, sentence in rows:
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        assert noun in words and not words & (FEMININE_WORDS | MASCULINE_WORDS), sentence


def test_every_text_holds_its_noun_first_and_the_gender_only_in_its_second_sentences_opening_pronoun() -> None:
    from mt_core.first_names import first_name_genders
    from mt_core.text_gender import opening_pronoun_gender

    rows = [line.split("\t") for line in read_suite_lines(TEXT_SUITE)]
    assert len(rows) >= 30 and [gender for gender, _, _ in rows].count("feminine") == len(rows) // 2
    for gender, noun, text in rows:
        first, second = re.split(r"(?<=\.)\s+", text)
        words = set(re.findall(r"[a-z]+", first.lower()))
        assert noun in words and not words & (FEMININE_WORDS | MASCULINE_WORDS), text
        assert first_name_genders().get(first.split()[0]) is None, text  # no list knows it
        assert opening_pronoun_gender(second) is Gender(gender), text


def test_every_subject_sentence_holds_its_noun_and_a_gender_word_pointing_the_other_way() -> None:
    rows = [line.split("\t") for line in read_suite_lines(SUBJECT_SUITE)]
    assert len(rows) >= 40 and [gender for gender, _, _ in rows].count("feminine") == len(rows) // 2
    for gender, noun, sentence in rows:
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        other = MASCULINE_WORDS if gender == "feminine" else FEMININE_WORDS
        assert noun in words and words & other, sentence


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test")
def test_the_report_scores_the_model_alone_and_fairmt(tiny_model_dir: Path) -> None:
    report = evaluate_predicates(TranslationPipeline(Engine(tiny_model_dir)), limit=3)
    assert report is not None and report.speaker_sentences == 3 and report.pronoun_sentences == 3
    assert report.speaker_fairmt.signature.startswith("sentences:6|")
    assert report.pronoun_fairmt.signature.startswith("sentences:3|")
    assert report.subject_fairmt is not None and report.subject_fairmt.signature.startswith("sentences:3|")
    markdown = render_predicates_markdown(report)
    assert "## The speaker's gender" in markdown and "## Predicates of 'she' and 'he'" in markdown
    assert "## A gendered subject's person noun" in markdown and "## A named subject's person noun" in markdown
    assert report.name_fairmt is not None and report.name_sentences == 3
    assert report.text_fairmt is not None and report.text_sentences == 3
    assert "## A person noun the text's next sentence tells the gender of" in markdown
