"""Dates, scored: how many of the dates of fairmt's date suite (training/date_suite.txt, biography-style
sentences with the Spanish spelling of each date written by hand) come back spelled that way, from the model
alone (no date rendering) and from the service (mt_core/dates.py); and how many test-split sentences hold a
date the service renders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mt_core.pipeline import TranslationPipeline
from mt_core.protection import SymbolProtector
from training.corpus.records import read_pairs
from training.metrics import MetricScore, ReferenceItemsFound
from training.suites import read_suite_rows
from training.tables import markdown_table

SUITE = Path(__file__).with_name("date_suite.txt")


@dataclass
class DateReport:
    sentences: int
    model_alone: MetricScore
    service: MetricScore
    #: Test-split sentences with at least one date the service renders, of all test-split sentences.
    test_sentences_with_dates: int
    test_sentences: int


def read_date_suite(path: Path = SUITE) -> list[tuple[str, str]]:
    return [(sentence, dates) for sentence, dates in read_suite_rows(path)]


def evaluate_dates(pipeline: TranslationPipeline, test_files: Sequence[Path], limit: int) -> DateReport | None:
    finder = pipeline.protector.dates
    if finder is None:  # no date rendering for this pair
        return None
    suite = read_date_suite()[:limit]
    sentences, references = [s for s, _ in suite], [d for _, d in suite]
    alone = TranslationPipeline(pipeline.engine, pipeline.decoding, pipeline.gender_reader, pipeline.copy_check)
    alone.protector = SymbolProtector(pipeline.protector.known)  # everything but the dates
    metric = ReferenceItemsFound("dates in Spanish form", "dates")
    sources = [pair.src for path in test_files for pair in list(read_pairs(path))[:limit]]
    return DateReport(
        len(suite),
        metric.corpus_score([r.text for r in alone.translate(sentences, "en", "es")], references),
        metric.corpus_score([r.text for r in pipeline.translate(sentences, "en", "es")], references),
        sum(bool(finder(source, None)) for source in sources),
        len(sources),
    )


def render_dates_markdown(report: DateReport | None) -> str:
    if report is None:
        return ""
    lines = ["", f"## Dates ({report.sentences} sentences of training/date_suite.txt)", ""]
    lines += markdown_table(
        ["", "dates spelled the Spanish way", "sentences with all their dates so"],
        (
            [name, score.score, score.details["sentences_all_found_percent"]]
            for name, score in (("model alone", report.model_alone), ("fairmt", report.service))
        ),
    )
    lines += [
        "",
        f"A date counts when the translation holds its hand-written Spanish spelling exactly ('el 4 de julio de "
        f"1934'). Signature: `{report.service.signature}`. Test-split sentences with a date fairmt renders: "
        f"{report.test_sentences_with_dates} of {report.test_sentences}.",
    ]
    return "\n".join(lines) + "\n"
