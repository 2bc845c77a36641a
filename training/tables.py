"""Markdown tables for the evaluation reports: each report names its columns once, and the gender tables
(plain text, HTML, the speaker) read their scores' details the same way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from training.metrics import MetricScore


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    def line(cells: Sequence[object]) -> str:
        return "|" + "|".join(f" {cell} " if cell != "" else " " for cell in cells) + "|"

    return [line(header), "|" + "---|" * len(header), *(line(row) for row in rows)]


def gender_rows(scores: Sequence[tuple[str, MetricScore | None]], details: Sequence[str]) -> list[list[object]]:
    """A row per GenderAccuracy score: its label, its accuracy, then the ``details`` named; a share of nouns
    not found reads as a percentage."""
    return [
        [
            label,
            score.score,
            *(f"{score.details[k]}%" if k == "not_found_percent" else score.details[k] for k in details),
        ]
        for label, score in scores
        if score is not None
    ]
