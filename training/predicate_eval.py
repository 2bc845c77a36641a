"""Predicates, scored: the adjectives and participles that Spanish marks for their subject's gender.

- The speaker: sentences about "I" ("I am tired" → "Estoy cansada"), each translated with a feminine and a
  masculine request (training/speaker_suite.txt; mt_core/speaker_gender.py).
- 'She' and 'he': sentences whose one predicate belongs to the pronoun ("she was proud" → "era orgullosa"),
  translated without hints (training/pronoun_suite.txt; mt_core/pronoun_gender.py).
- A named subject's person noun: "Marie Curie was a Polish physicist", whose first name is the only clue
  (training/name_suite.txt; mt_core/first_names.py).
- A person noun the text's next sentence tells the gender of: "Benazir Bhutto was a Pakistani politician. She
  served twice as prime minister." (training/text_suite.txt; mt_core/text_gender.py).
- A gendered subject's person noun: "Her father was a lawyer", "His wife, a former teacher, ...", where
  'her' or 'his' points the other way
  (training/subject_suite.txt, gold labels written by hand; mt_core/gender_lexicon.predicate_genders).

The model alone is the pipeline without the gender reader, so without the n-best choice and the
re-inflection; fairmt is the service's pipeline. The gender is read with the same reader, and a translation
in which nothing marks it counts as an error and is also counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mt_core.gender import GenderReader, gender_reader_for
from mt_core.grammar import Gender
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.pronoun_gender import PRONOUN, SOLE_SPEAKER, pronoun_predicate_gender, sole_predicate_subject
from mt_core.speaker_gender import SPEAKER
from training.metrics import GenderAccuracy, MetricScore
from training.suites import read_suite_lines, read_suite_rows
from training.tables import gender_rows, markdown_table

SPEAKER_SUITE = Path(__file__).with_name("speaker_suite.txt")
PRONOUN_SUITE = Path(__file__).with_name("pronoun_suite.txt")
SUBJECT_SUITE = Path(__file__).with_name("subject_suite.txt")
NAME_SUITE = Path(__file__).with_name("name_suite.txt")
TEXT_SUITE = Path(__file__).with_name("text_suite.txt")


@dataclass
class PredicateReport:
    speaker_sentences: int
    #: Each speaker sentence once with a feminine and once with a masculine request.
    speaker_model_alone: MetricScore
    speaker_fairmt: MetricScore
    pronoun_sentences: int
    pronoun_model_alone: MetricScore
    pronoun_fairmt: MetricScore
    subject_sentences: int = 0
    subject_model_alone: MetricScore | None = None
    subject_fairmt: MetricScore | None = None
    name_sentences: int = 0
    name_model_alone: MetricScore | None = None
    name_fairmt: MetricScore | None = None
    text_sentences: int = 0
    text_model_alone: MetricScore | None = None
    text_fairmt: MetricScore | None = None


def _with_requests(pipeline: TranslationPipeline, sentences: list[str]) -> list[str]:
    outputs: list[str] = []
    for gender in (Gender.FEMININE, Gender.MASCULINE):
        results = pipeline.translate(sentences, "en", "es", RequestOptions(target_gender=gender))
        outputs += [r.text for r in results]
    return outputs


def _plain(pipeline: TranslationPipeline, sentences: list[str], options: RequestOptions | None = None) -> list[str]:
    return [r.text for r in pipeline.translate(sentences, "en", "es", options)]


def evaluate_predicates(pipeline: TranslationPipeline, limit: int) -> PredicateReport | None:
    reader = gender_reader_for(pipeline.engine.manifest.target_lang)
    if reader is None:
        return None
    alone = TranslationPipeline(pipeline.engine, pipeline.decoding)
    with_reader = TranslationPipeline(pipeline.engine, pipeline.decoding, reader, pipeline.copy_check)
    speaker = read_suite_lines(SPEAKER_SUITE)[:limit]
    requested = [g.value for g in (Gender.FEMININE, Gender.MASCULINE) for _ in speaker]
    # A sentence whose one linking verb is the speaker's is read in forms a third person shares too ('era').
    markers = [SOLE_SPEAKER if sole_predicate_subject(s) == "i" else SPEAKER for s in speaker] * 2
    speaker_metric = GenderAccuracy(reader, markers, requested, ["none"] * len(requested))
    pronoun = read_suite_lines(PRONOUN_SUITE)[:limit]
    gold = [(pronoun_predicate_gender(s) or Gender.MASCULINE).value for s in pronoun]
    pronoun_metric = GenderAccuracy(reader, [PRONOUN] * len(gold), gold, ["none"] * len(gold))
    subject, subject_metric = _labelled_suite(reader, SUBJECT_SUITE, limit)
    named, name_metric = _labelled_suite(reader, NAME_SUITE, limit)
    texts, text_metric = _labelled_suite(reader, TEXT_SUITE, limit)
    # The model alone, as in the gender suite: not even the sentence's own gender words become hints.
    bare = RequestOptions(source_gender=False)
    return PredicateReport(
        len(speaker),
        speaker_metric.corpus_score(_with_requests(alone, speaker)),
        speaker_metric.corpus_score(_with_requests(with_reader, speaker)),
        len(pronoun),
        pronoun_metric.corpus_score(_plain(alone, pronoun)),
        pronoun_metric.corpus_score(_plain(with_reader, pronoun)),
        len(subject),
        subject_metric.corpus_score(_plain(alone, subject, bare)),
        subject_metric.corpus_score(_plain(pipeline, subject)),
        len(named),
        name_metric.corpus_score(_plain(alone, named, bare)),
        name_metric.corpus_score(_plain(pipeline, named)),
        len(texts),
        text_metric.corpus_score(_plain(alone, texts, bare)),
        text_metric.corpus_score(_plain(pipeline, texts)),
    )


def _labelled_suite(reader: GenderReader, path: Path, limit: int) -> tuple[list[str], GenderAccuracy]:
    """The sentences of a gender<TAB>noun<TAB>sentence suite, and the metric that reads their labels."""
    rows = read_suite_rows(path)[:limit]
    nouns, labels = [noun for _, noun, _ in rows], [gender for gender, _, _ in rows]
    return [sentence for _, _, sentence in rows], GenderAccuracy(reader, nouns, labels, ["none"] * len(rows))


def render_predicates_markdown(report: PredicateReport | None) -> str:
    if report is None:
        return ""
    sections = [
        (
            f'The speaker\'s gender ({report.speaker_sentences} sentences about "I", each with a feminine and a '
            "masculine request)",
            ["feminine requested", "masculine requested", "speaker not marked"],
            (report.speaker_model_alone, report.speaker_fairmt),
        ),
        (
            f"Predicates of 'she' and 'he' ({report.pronoun_sentences} sentences, no hints)",
            ["she", "he", "predicate not marked"],
            (report.pronoun_model_alone, report.pronoun_fairmt),
        ),
    ]
    optional = [
        (
            f"A named subject's person noun ({report.name_sentences} sentences such as 'Marie Curie was a Polish "
            "physicist', no hints)",
            report.name_model_alone,
            report.name_fairmt,
        ),
        (
            f"A person noun the text's next sentence tells the gender of ({report.text_sentences} texts such as "
            "'Benazir Bhutto was a Pakistani politician. She served twice as prime minister.', no hints)",
            report.text_model_alone,
            report.text_fairmt,
        ),
        (
            f"A gendered subject's person noun ({report.subject_sentences} sentences such as 'Her father was a "
            "lawyer' and 'His wife, a former teacher, ...', no hints)",
            report.subject_model_alone,
            report.subject_fairmt,
        ),
    ]
    sections += [
        (title, ["feminine", "masculine", "noun not marked"], (alone, fairmt))
        for title, alone, fairmt in optional
        if alone is not None and fairmt is not None
    ]
    lines: list[str] = []
    for title, columns, (alone, fairmt) in sections:
        lines += ["", f"## {title}", ""]
        lines += markdown_table(
            ["", "accuracy", *columns],
            gender_rows(
                [("model alone", alone), ("fairmt", fairmt)],
                ["feminine_accuracy", "masculine_accuracy", "not_found_percent"],
            ),
        )
    return "\n".join(lines) + "\n"
