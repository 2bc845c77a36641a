"""Biographies, scored: BLEU and chrF (sacrebleu) on eight hand-written biography sets, for the model alone,
fairmt without its phrase repairs (mt_core/phrase_repair.py), fairmt, and Apertium.

The default model will be judged on Wikipedia biographies, and no test split is one. training/biography_suite.txt
was written before the phrase repairs and looked at while writing them; training/biography_heldout.txt was
written after the first of them, training/biography_heldout2.txt after the known names and the verbs' repairs,
training/biography_heldout3.txt after the sixteenth session's changes, training/biography_heldout4.txt at the
start of the seventeenth, before its changes, training/biography_heldout5.txt at the start of the eighteenth,
before its changes, training/biography_heldout6.txt at the start of the nineteenth, before its changes, and
training/biography_heldout7.txt at the start of the twentieth, before its changes: the
held-out sets are the fairer
measure of how far the repairs carry.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from pathlib import Path

from mt_core.pipeline import TranslationPipeline
from mt_core.protection import SymbolProtector
from training.corpus.brown_apertium import apertium_translate
from training.metrics import QUALITY_METRICS, MetricScore
from training.suites import read_suite_rows
from training.tables import markdown_table

SUITES = tuple(
    Path(__file__).with_name(name)
    for name in (
        "biography_suite.txt",
        "biography_heldout.txt",
        "biography_heldout2.txt",
        "biography_heldout3.txt",
        "biography_heldout4.txt",
        "biography_heldout5.txt",
        "biography_heldout6.txt",
        "biography_heldout7.txt",
    )
)
SYSTEMS = ("model alone", "fairmt without phrase repairs", "fairmt", "Apertium")


@dataclass
class BiographyReport:
    suite: str
    sentences: int
    #: Metric scores by system (SYSTEMS); Apertium only where it is installed.
    scores: dict[str, list[MetricScore]]


def _texts(pipeline: TranslationPipeline, sources: list[str]) -> list[str]:
    return [result.text for result in pipeline.translate(sources, "en", "es")]


def evaluate_biographies(pipeline: TranslationPipeline, limit: int) -> list[BiographyReport]:
    alone = TranslationPipeline(pipeline.engine, pipeline.decoding, number_check=False)
    alone.protector = SymbolProtector(pipeline.protector.known)  # no dates rendered either
    without_repairs = copy.copy(pipeline)  # the same engine and steps, the service left as it is
    without_repairs.phrase_repairs = ()
    reports = []
    for path in SUITES:
        rows = read_suite_rows(path)[:limit]
        sources, references = [row[0] for row in rows], [row[1] for row in rows]
        outputs = {"model alone": _texts(alone, sources)}
        outputs["fairmt without phrase repairs"] = _texts(without_repairs, sources)
        outputs["fairmt"] = _texts(pipeline, sources)
        if shutil.which("apertium"):
            outputs["Apertium"] = apertium_translate(sources)
        scores = {
            system: [metric.corpus_score(texts, references) for metric in QUALITY_METRICS]
            for system, texts in outputs.items()
        }
        reports.append(BiographyReport(path.name, len(rows), scores))
    return reports


def render_biographies_markdown(reports: list[BiographyReport]) -> str:
    if not reports:
        return ""
    lines = ["", "## Biographies (hand-written references)", ""]
    rows = [
        [f"{report.suite} ({report.sentences})", system, *(m.score for m in report.scores[system])]
        for report in reports
        for system in SYSTEMS
        if system in report.scores
    ]
    lines += markdown_table(["set", "system", "BLEU", "chrF"], rows)
    signatures = "; ".join(f"`{m.signature}`" for m in reports[0].scores["fairmt"])
    lines += [
        "",
        "biography_suite.txt was looked at while the phrase repairs were written; biography_heldout.txt was "
        "written after the first of them, biography_heldout2.txt after the known names and the verbs' repairs, "
        "biography_heldout3.txt after the sixteenth session's English input rewrites and feminine predicates, "
        "biography_heldout4.txt at the start of the seventeenth session, before its changes, biography_heldout5.txt "
        "at the start of the eighteenth, before its changes, biography_heldout6.txt at the start of the nineteenth, "
        "biography_heldout7.txt at the start of the twentieth, each before that session's changes. "
        f"Signatures: {signatures}.",
    ]
    return "\n".join(lines) + "\n"
