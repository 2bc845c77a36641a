"""Biographies, scored: BLEU and chrF (sacrebleu) on twelve hand-written biography sets, for the model alone,
fairmt without its phrase repairs (mt_core/phrase_repair.py), fairmt, and Apertium.

The default model will be judged on Wikipedia biographies, and no test split is one. training/biography_suite.txt
was written before the phrase repairs and looked at while writing them; training/biography_heldout.txt was
written after the first of them, training/biography_heldout2.txt after the known names and the verbs' repairs,
training/biography_heldout3.txt after the sixteenth session's changes, training/biography_heldout4.txt at the
start of the seventeenth, before its changes, training/biography_heldout5.txt at the start of the eighteenth,
before its changes, training/biography_heldout6.txt at the start of the nineteenth, before its changes, and
training/biography_heldout7.txt at the start of the twentieth, before its changes, and
training/biography_heldout8.txt in the twenty-first, before its translation changes, and
training/biography_heldout9.txt at the start of the twenty-second, before its changes, and
training/biography_heldout10.txt at the start of the twenty-third, before its changes, and
training/biography_heldout11.txt at the start of the twenty-fourth, before its changes: the held-out sets are the fairer
measure of how far the repairs carry.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mt_core.pipeline import TranslationPipeline
from mt_core.protection import SymbolProtector
from mt_core.subject_gender import subject_name
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
        "biography_heldout8.txt",
        "biography_heldout9.txt",
        "biography_heldout10.txt",
        "biography_heldout11.txt",
    )
)
SYSTEMS = ("model alone", "fairmt without phrase repairs", "fairmt", "Apertium")


#: Each person's sentences joined into one text, translated sentence by sentence and as one running text (where a
#: sentence's 'She' tells the sentence before it its person's gender, mt_core/text_gender.py).
RUNNING_TEXT_SYSTEMS = ("fairmt, sentence by sentence", "fairmt, as running text")


@dataclass
class BiographyReport:
    suite: str
    sentences: int
    #: Metric scores by system (SYSTEMS); Apertium only where it is installed.
    scores: dict[str, list[MetricScore]]
    #: Scores of each person's sentences as one text (RUNNING_TEXT_SYSTEMS), and how many people.
    running_text: dict[str, list[MetricScore]] = field(default_factory=dict)
    people: int = 0


def person_groups(sources: list[str]) -> list[list[int]]:
    """The sets' rows by person: a person's first sentence names them in full as its subject ('Junko Tabei was a
    Japanese mountaineer'), the next ones call them 'she', 'he' or by the surname."""
    groups: list[list[int]] = []
    for index, source in enumerate(sources):
        name = subject_name(source)
        if not groups or (name is not None and len(name.split()) > 1 and source.lstrip().startswith(name)):
            groups.append([])
        groups[-1].append(index)
    return groups


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
        groups = person_groups(sources)
        joined = {
            "fairmt, sentence by sentence": [" ".join(outputs["fairmt"][i] for i in group) for group in groups],
            "fairmt, as running text": _texts(pipeline, [" ".join(sources[i] for i in group) for group in groups]),
        }
        paragraphs = [" ".join(references[i] for i in group) for group in groups]
        running = {
            system: [metric.corpus_score(texts, paragraphs) for metric in QUALITY_METRICS]
            for system, texts in joined.items()
        }
        reports.append(BiographyReport(path.name, len(rows), scores, running, len(groups)))
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
    running = [
        [
            f"{report.suite} ({report.people} people)",
            *(m.score for system in RUNNING_TEXT_SYSTEMS for m in report.running_text[system]),
        ]
        for report in reports
        if report.running_text
    ]
    if running:
        lines += ["", "Each person's sentences as one text, scored as paragraphs:", ""]
        header = [f"{system}, {metric}" for system in RUNNING_TEXT_SYSTEMS for metric in ("BLEU", "chrF")]
        lines += markdown_table(["set", *header], running)
    signatures = "; ".join(f"`{m.signature}`" for m in reports[0].scores["fairmt"])
    lines += [
        "",
        "biography_suite.txt was looked at while the phrase repairs were written; biography_heldout.txt was "
        "written after the first of them, biography_heldout2.txt after the known names and the verbs' repairs, "
        "biography_heldout3.txt after the sixteenth session's English input rewrites and feminine predicates, "
        "biography_heldout4.txt at the start of the seventeenth session, before its changes, biography_heldout5.txt "
        "at the start of the eighteenth, before its changes, biography_heldout6.txt at the start of the nineteenth, "
        "biography_heldout7.txt at the start of the twentieth, biography_heldout8.txt in the twenty-first, "
        "biography_heldout9.txt at the start of the twenty-second, biography_heldout10.txt at the start of the "
        "twenty-third, biography_heldout11.txt at the start of the twenty-fourth, each before that session's changes. "
        f"Signatures: {signatures}.",
    ]
    return "\n".join(lines) + "\n"
