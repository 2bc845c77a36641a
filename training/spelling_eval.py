"""British spellings, scored: the test splits' sentences that hold an American word of the respelling table
(mt_core/source_spelling.py), written the British way and translated with and without respelling, beside the
sentences as written. The test splits are American English, so the British versions are made from them; a
table that helps gets the British versions near the American ones' score.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mt_core.pipeline import TranslationPipeline
from training.corpus.records import read_pairs
from training.metrics import QUALITY_METRICS, MetricScore
from training.tables import markdown_table

SYSTEMS = ("American, as written", "British, respelled", "British, as written")


@dataclass
class SpellingReport:
    sentences: int
    #: Metric scores by system (SYSTEMS).
    scores: dict[str, list[MetricScore]]


def britishised(text: str, american_to_british: Mapping[str, str]) -> str:
    """``text`` with each lower-case or capitalised American word of the table in its British form."""

    def british(match: re.Match[str]) -> str:
        word = match.group()
        found = american_to_british.get(word.lower())
        if found is None or (not word[1:].islower() and len(word) > 1):
            return word
        return found if word.islower() else found.capitalize()

    return re.sub(r"\b[A-Za-z]+\b", british, text)


def evaluate_spellings(pipeline: TranslationPipeline, test_files: Sequence[Path], limit: int) -> SpellingReport | None:
    table = getattr(pipeline.protector.input_rewrite, "table", None)
    if not table:  # not an English source
        return None
    american_to_british = {american: british for british, american in table.items()}
    rows = [
        (pair.src, britishised(pair.src, american_to_british), pair.tgt)
        for path in test_files
        for pair in list(read_pairs(path))[:limit]
    ]
    rows = [row for row in rows if row[0] != row[1]]
    if not rows:
        return None
    as_written = copy.copy(pipeline)
    as_written.protector = copy.copy(pipeline.protector)
    as_written.protector.input_rewrite = None
    references = [row[2] for row in rows]
    outputs = {
        SYSTEMS[0]: pipeline.translate([row[0] for row in rows], "en", "es"),
        SYSTEMS[1]: pipeline.translate([row[1] for row in rows], "en", "es"),
        SYSTEMS[2]: as_written.translate([row[1] for row in rows], "en", "es"),
    }
    scores = {
        system: [metric.corpus_score([r.text for r in results], references) for metric in QUALITY_METRICS]
        for system, results in outputs.items()
    }
    return SpellingReport(len(rows), scores)


def render_spellings_markdown(report: SpellingReport | None) -> str:
    if report is None:
        return ""
    lines = ["", f"## British spellings ({report.sentences} test-split sentences)", ""]
    lines += markdown_table(
        ["input", "BLEU", "chrF"], ([system, *(m.score for m in report.scores[system])] for system in SYSTEMS)
    )
    lines += [
        "",
        "The test-split sentences that hold an American word of mt_core/american_spellings.tsv, with those words "
        "written the British way ('color' → 'colour'), translated with the service's respelling and without it.",
    ]
    return "\n".join(lines) + "\n"
