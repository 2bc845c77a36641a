"""Metric classes with one interface (after sacrebleu): corpus scores with a signature.

BLEU and chrF are sacrebleu's own; fairmt's task metrics (gender accuracy, term
use rate, markup accuracy) implement the same ``Metric`` protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import sacrebleu


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
