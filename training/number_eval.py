"""Numbers, scored: how many of the sources' numbers the translations keep, from the model alone and from the
service, whose number check writes back the ones the model changed (mt_core/number_check.py). Also the
placeholders of software strings (braces, printf specifiers) the service keeps exactly
(mt_core/protection.py, mt_core/specifier_retry.py), on training/placeholder_suite.txt and the test splits.

Three sets: fairmt's number suite (training/number_suite.txt, sentences of prices, versions, sizes, dates and
ordinals, written for this check), the same suite as HTML (each sentence a paragraph with its first number in
``<b>``, through the markup path), and every test-split sentence that has a number.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from mt_core.markup_translate import MarkupTranslator
from mt_core.number_check import MISSING, REPAIRED, SOURCE_NUMBER, source_numerals
from mt_core.pipeline import TranslationPipeline
from mt_core.protection import SOFTWARE_PLACEHOLDER
from training.corpus.records import read_pairs
from training.metrics import MetricScore, NumberAccuracy, PlaceholderAccuracy, detag
from training.suites import read_suite_lines
from training.tables import markdown_table

SUITE = Path(__file__).with_name("number_suite.txt")
PLACEHOLDER_SUITE = Path(__file__).with_name("placeholder_suite.txt")
BATCH = 32


@dataclass
class NumberRow:
    name: str
    sentences: int
    model_alone: MetricScore
    service: MetricScore
    #: Numbers the service wrote back, and numbers it reported missing.
    repaired: int
    reported_missing: int

    @property
    def scores(self) -> list[object]:
        return [self.model_alone.score, self.service.score, self.repaired, self.reported_missing]


def read_number_suite(path: Path = SUITE) -> list[str]:
    return read_suite_lines(path)


def as_html(sentence: str) -> str:
    """The sentence as a paragraph with its first number in bold."""
    escaped = html.escape(sentence, quote=False)
    return "<p>" + SOURCE_NUMBER.sub(r"<b>\g<0></b>", escaped, count=1) + "</p>"


def _translate(
    pipeline: TranslationPipeline, texts: Sequence[str], markup: bool, label: str
) -> tuple[list[str], list[str]]:
    """Texts and warnings (all of them, flat) as ``pipeline`` returns them."""
    outputs: list[str] = []
    warnings: list[str] = []
    translator = MarkupTranslator(pipeline)
    for start in tqdm(range(0, len(texts), BATCH), desc=label, unit=" batches"):
        chunk = texts[start : start + BATCH]
        results = translator.translate(chunk, "en", "es", False) if markup else pipeline.translate(chunk, "en", "es")
        outputs += [detag(r.text) if markup else r.text for r in results]
        warnings += [w for r in results for w in r.warnings]
    return outputs, warnings


def _row(
    name: str, service: TranslationPipeline, alone: TranslationPipeline, texts: list[str], markup: bool
) -> NumberRow:
    sources = [detag(text) for text in texts] if markup else texts
    metric = NumberAccuracy()
    alone_outputs, _ = _translate(alone, texts, markup, f"{name}, model alone")
    outputs, warnings = _translate(service, texts, markup, name)
    return NumberRow(
        name,
        len(texts),
        metric.corpus_score(alone_outputs, sources=sources),
        metric.corpus_score(outputs, sources=sources),
        sum(REPAIRED in w for w in warnings),
        sum(MISSING in w for w in warnings),
    )


def evaluate_numbers(pipeline: TranslationPipeline, test_files: Sequence[Path], limit: int) -> list[NumberRow]:
    alone = TranslationPipeline(
        pipeline.engine, pipeline.decoding, pipeline.gender_reader, pipeline.copy_check, number_check=False
    )
    suite = read_number_suite()
    with_numbers = [
        pair.src for path in test_files for pair in list(read_pairs(path))[:limit] if source_numerals(pair.src)
    ]
    return [
        _row("number suite", pipeline, alone, suite, markup=False),
        _row("number suite in HTML", pipeline, alone, [as_html(s) for s in suite], markup=True),
        _row("test-split sentences with a number", pipeline, alone, with_numbers, markup=False),
    ]


def render_numbers_markdown(rows: Sequence[NumberRow]) -> str:
    if not rows:
        return ""
    lines = [
        "",
        "## Numbers kept",
        "",
    ]
    lines += markdown_table(
        ["set", "sentences", "numbers", "model alone", "fairmt", "written back", "reported missing"],
        ([r.name, r.sentences, int(r.service.details["numbers"]), *r.scores] for r in rows),
    )
    lines += [
        "",
        "A number counts as kept when the translation has its value: as written, with Spanish separators, as a "
        "number word, or for an ordinal as a Roman numeral. Signature: `" + rows[0].service.signature + "`.",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class PlaceholderRow:
    name: str
    sentences: int
    service: MetricScore

    @property
    def cells(self) -> list[object]:
        details = self.service.details
        return [int(details["placeholders"]), self.service.score, details["sentences_all_kept_percent"]]


def evaluate_placeholders(
    pipeline: TranslationPipeline, test_files: Sequence[Path], limit: int
) -> list[PlaceholderRow]:
    suite = read_number_suite(PLACEHOLDER_SUITE)
    in_tests = [
        pair.src
        for path in test_files
        for pair in list(read_pairs(path))[:limit]
        if SOFTWARE_PLACEHOLDER.search(pair.src)
    ]
    metric = PlaceholderAccuracy()
    rows = []
    for name, texts in (("placeholder suite", suite), ("test-split sentences with a placeholder", in_tests)):
        outputs, _ = _translate(pipeline, texts, False, name)
        rows.append(PlaceholderRow(name, len(texts), metric.corpus_score(outputs, sources=texts)))
    return rows


def render_placeholders_markdown(rows: Sequence[PlaceholderRow]) -> str:
    if not rows:
        return ""
    lines = ["", "## Placeholders kept", ""]
    lines += markdown_table(
        ["set", "sentences", "placeholders", "kept by fairmt", "sentences with all kept"],
        ([r.name, r.sentences, *r.cells] for r in rows),
    )
    return "\n".join(lines) + "\n"
