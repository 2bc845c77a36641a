"""Metric classes with one interface (after sacrebleu): corpus scores with a signature.

BLEU and chrF are sacrebleu's own; fairmt's task metrics (gender accuracy, term
use rate, markup accuracy) implement the same ``Metric`` protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import sacrebleu

from mt_core.gender import GenderReader


@dataclass(frozen=True)
class MetricScore:
    name: str
    score: float
    signature: str
    details: dict[str, float] = field(default_factory=dict)


class Metric(Protocol):
    name: str

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore: ...


class Bleu:
    name = "BLEU"

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore:
        metric = sacrebleu.BLEU()
        result = metric.corpus_score(list(hypotheses), [list(references)])
        return MetricScore(self.name, round(result.score, 2), str(metric.get_signature()))


class ChrF:
    name = "chrF"

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore:
        metric = sacrebleu.CHRF()
        result = metric.corpus_score(list(hypotheses), [list(references)])
        return MetricScore(self.name, round(result.score, 2), str(metric.get_signature()))


QUALITY_METRICS: tuple[Metric, ...] = (Bleu(), ChrF())


class TermUseRate:
    """Share of required target terms found in the hypotheses (inflection tolerated), as in Dinu et al. 2019."""

    name = "term use rate"

    def __init__(self, required: Sequence[Sequence[str]]) -> None:
        self.required = required

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore:
        from mt_core.terminology import term_present

        total = sum(len(terms) for terms in self.required)
        found = sum(term_present(t, h) for terms, h in zip(self.required, hypotheses, strict=True) for t in terms)
        in_reference = sum(
            term_present(t, r) for terms, r in zip(self.required, references, strict=True) for t in terms
        )
        return MetricScore(
            self.name,
            round(100 * found / max(total, 1), 2),
            f"terms:{total}|match:inflection-tolerant|sentences:{len(hypotheses)}",
            {"terms": total, "found": found, "in_reference_percent": round(100 * in_reference / max(total, 1), 2)},
        )


class GenderAccuracy:
    """Gender of the occupation noun in each translation, read by the target-language analyser.

    A noun that cannot be found counts as an error, not a skip; how often that
    happens is reported as ``not_found_percent``. Details give per-gender
    accuracy and F1, ΔG = F1 masculine − F1 feminine, and ΔS = accuracy on
    pro-stereotypical minus anti-stereotypical sentences.
    """

    name = "gender accuracy"

    def __init__(
        self, reader: GenderReader, occupations: Sequence[str], genders: Sequence[str], stereotypes: Sequence[str]
    ) -> None:
        self.reader, self.occupations, self.genders, self.stereotypes = reader, occupations, genders, stereotypes

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str] = (), sources: Sequence[str] | None = None
    ) -> MetricScore:
        found = [self.reader.read(o, h) for o, h in zip(self.occupations, hypotheses, strict=True)]
        predicted = [g.value if g else None for g in found]
        correct = [p == gold for p, gold in zip(predicted, self.genders, strict=True)]

        def accuracy(mask: Sequence[bool]) -> float:
            chosen = [c for c, m in zip(correct, mask, strict=True) if m]
            return round(100 * sum(chosen) / max(len(chosen), 1), 2)

        def f1(label: str) -> float:
            tp = sum(p == label and g == label for p, g in zip(predicted, self.genders, strict=True))
            precision = tp / max(sum(p == label for p in predicted), 1)
            recall = tp / max(sum(g == label for g in self.genders), 1)
            return round(100 * 2 * precision * recall / max(precision + recall, 1e-9), 2)

        details = {
            "feminine_accuracy": accuracy([g == "feminine" for g in self.genders]),
            "masculine_accuracy": accuracy([g == "masculine" for g in self.genders]),
            "f1_feminine": f1("feminine"),
            "f1_masculine": f1("masculine"),
            "pro_accuracy": accuracy([s == "pro" for s in self.stereotypes]),
            "anti_accuracy": accuracy([s == "anti" for s in self.stereotypes]),
            "not_found_percent": round(100 * sum(p is None for p in predicted) / max(len(predicted), 1), 2),
        }
        details["delta_g"] = round(details["f1_masculine"] - details["f1_feminine"], 2)
        details["delta_s"] = round(details["pro_accuracy"] - details["anti_accuracy"], 2)
        return MetricScore(
            self.name,
            accuracy([True] * len(correct)),
            f"sentences:{len(hypotheses)}|reader:{type(self.reader).__name__}|not-found:error",
            details,
        )
