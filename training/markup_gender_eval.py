"""Gender in HTML, scored: fairmt's gender suite with each sentence's occupation noun in ``<b>``, as a web
page marks a word up, translated through the markup path. The markup path has its own n-best choice,
re-inflection between tags and alternatives (mt_core/markup_gender.py), so it is measured on its own and
set beside the plain-text rows of the gender table."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tqdm import tqdm

from mt_core.gender import gender_reader_for, is_ambiguous
from mt_core.gender_alternatives import markup_gender_alternatives
from mt_core.gender_lexicon import person_noun_spans
from mt_core.grammar import Gender
from mt_core.markup_translate import MarkupOptions, MarkupTranslator
from mt_core.markup_words import same_layout, visible_text
from mt_core.pipeline import TranslationPipeline
from training.gender_suite import SuiteItem, read_suite
from training.metrics import GenderAccuracy, MetricScore
from training.tables import gender_rows, markdown_table

BATCH = 16


@dataclass
class MarkupGenderReport:
    sentences: int
    #: No hints: the segment's own gender words fix its one ambiguous person noun, as in plain text.
    default: MetricScore
    with_hints: MetricScore
    #: Of the ambiguous suite sentences detected as ambiguous (the plain-text row's denominator), those given a
    #: feminine/masculine pair of documents that keep the same tags and read as labelled.
    ambiguous_detected: int
    alternatives_valid_percent: float


def as_html(item: SuiteItem) -> str:
    """The sentence as a paragraph with its occupation noun in bold."""
    escaped = html.escape(item.sentence, quote=False)
    return "<p>" + re.sub(rf"\b({re.escape(item.occupation)})\b", r"<b>\1</b>", escaped, count=1) + "</p>"


def _translate(translator: MarkupTranslator, documents: Sequence[str], options: MarkupOptions, label: str) -> list[str]:
    outputs: list[str] = []
    for start in tqdm(range(0, len(documents), BATCH), desc=label, unit=" batches"):
        outputs += [r.text for r in translator.translate(documents[start : start + BATCH], "en", "es", False, options)]
    return outputs


def evaluate_markup_gender(pipeline: TranslationPipeline, limit: int) -> MarkupGenderReport | None:
    reader = gender_reader_for(pipeline.engine.manifest.target_lang)
    if reader is None:
        return None
    pipeline = TranslationPipeline(pipeline.engine, pipeline.decoding, reader)
    translator = MarkupTranslator(pipeline)
    items = [item for item in read_suite() if item.kind == "fixed"][: limit * 2]
    documents = [as_html(item) for item in items]
    default = _translate(translator, documents, MarkupOptions(), "gender suite in HTML")
    hinted = list(default)
    for gender in (Gender.FEMININE, Gender.MASCULINE):
        chosen = [i for i, item in enumerate(items) if item.gender == gender.value]
        label = f"gender suite in HTML, {gender.value} hint"
        outputs = _translate(translator, [documents[i] for i in chosen], MarkupOptions(target_gender=gender), label)
        for index, output in zip(chosen, outputs, strict=True):
            hinted[index] = output
    metric = GenderAccuracy(
        reader, [i.occupation for i in items], [i.gender or "" for i in items], [i.stereotype for i in items]
    )
    ambiguous = [item for item in read_suite() if item.kind == "ambiguous"][:limit]
    sources = [as_html(item) for item in ambiguous]
    valid = 0
    for item, pair in zip(ambiguous, markup_gender_alternatives(pipeline, sources, "en", "es", False), strict=True):
        nouns = [item.sentence[s:e] for s, e in person_noun_spans(item.sentence)]
        if pair:
            reads = all(reader.read(n, visible_text(text)) is g for g, text in pair.items() for n in nouns)
            valid += reads and same_layout(*pair.values())
    detected = sum(is_ambiguous(item.sentence) for item in ambiguous)
    return MarkupGenderReport(
        len(items),
        metric.corpus_score([visible_text(text) for text in default]),
        metric.corpus_score([visible_text(text) for text in hinted]),
        detected,
        round(100 * valid / max(detected, 1), 2),
    )


def render_markup_gender_markdown(report: MarkupGenderReport | None) -> str:
    if report is None:
        return ""
    lines = [
        "",
        f"## Gender in HTML (the same {report.sentences} sentences, occupation noun in `<b>`)",
        "",
    ]
    lines += markdown_table(
        ["", "accuracy", "feminine", "masculine", "ΔG", "noun not found"],
        gender_rows(
            [("fairmt default, no hints", report.default), ("with hints", report.with_hints)],
            ["feminine_accuracy", "masculine_accuracy", "delta_g", "not_found_percent"],
        ),
    )
    lines += [
        "",
        f"Of the {report.ambiguous_detected} ambiguous sentences detected, in HTML, those given a feminine/masculine "
        f"pair of documents with the same tags that differ only in gender and read as labelled: "
        f"{report.alternatives_valid_percent}%.",
    ]
    return "\n".join(lines) + "\n"
