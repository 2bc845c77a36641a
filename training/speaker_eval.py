"""The speaker's gender, scored: sentences about "I" with a predicate that Spanish marks for gender ("I am
tired" → "Estoy cansada"), translated with a feminine and a masculine request (training/speaker_suite.txt).

The model alone is the pipeline without the gender reader, so without the n-best choice and the
re-inflection of mt_core/speaker_gender.py; fairmt is the service's pipeline. The speaker's gender is read
with the same reader; a translation in which nothing marks it counts as an error and is also counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mt_core.gender import gender_reader_for
from mt_core.grammar import Gender
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.speaker_gender import SPEAKER
from training.metrics import GenderAccuracy, MetricScore
from training.tables import gender_rows, markdown_table

SUITE = Path(__file__).with_name("speaker_suite.txt")


@dataclass
class SpeakerReport:
    sentences: int
    #: Each sentence once with a feminine and once with a masculine request.
    model_alone: MetricScore
    fairmt: MetricScore


def read_speaker_suite(path: Path = SUITE) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _translations(pipeline: TranslationPipeline, sentences: list[str]) -> list[str]:
    outputs: list[str] = []
    for gender in (Gender.FEMININE, Gender.MASCULINE):
        results = pipeline.translate(sentences, "en", "es", RequestOptions(target_gender=gender))
        outputs += [r.text for r in results]
    return outputs


def evaluate_speaker(pipeline: TranslationPipeline, limit: int) -> SpeakerReport | None:
    reader = gender_reader_for(pipeline.engine.manifest.target_lang)
    if reader is None:
        return None
    sentences = read_speaker_suite()[:limit]
    genders = [g.value for g in (Gender.FEMININE, Gender.MASCULINE) for _ in sentences]
    metric = GenderAccuracy(reader, [SPEAKER] * len(genders), genders, ["none"] * len(genders))
    alone = TranslationPipeline(pipeline.engine, pipeline.decoding)
    with_reader = TranslationPipeline(pipeline.engine, pipeline.decoding, reader, pipeline.copy_check)
    return SpeakerReport(
        len(sentences),
        metric.corpus_score(_translations(alone, sentences)),
        metric.corpus_score(_translations(with_reader, sentences)),
    )


def render_speaker_markdown(report: SpeakerReport | None) -> str:
    if report is None:
        return ""
    lines = [
        "",
        f'## The speaker\'s gender ({report.sentences} sentences about "I", each with a feminine and a masculine '
        "request)",
        "",
    ]
    lines += markdown_table(
        ["", "accuracy", "feminine requested", "masculine requested", "speaker not marked"],
        gender_rows(
            [("model alone", report.model_alone), ("fairmt", report.fairmt)],
            ["feminine_accuracy", "masculine_accuracy", "not_found_percent"],
        ),
    )
    return "\n".join(lines) + "\n"
