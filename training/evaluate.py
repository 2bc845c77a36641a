"""`fairmt eval`: BLEU and chrF on every held-out test split, with Apertium side by side."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from mt_core.engine import Engine
from mt_core.pipeline import TranslationPipeline
from training.corpus.brown_apertium import apertium_translate
from training.corpus.records import read_pairs
from training.metrics import QUALITY_METRICS, MetricScore

#: Sources whose references Apertium itself wrote: comparing it there is meaningless.
APERTIUM_TAUGHT = {"brown-apertium"}


@dataclass
class EvalConfig:
    model_dir: Path
    corpus_dir: Path = Path("data/corpus")
    output: Path | None = None
    limit: int = 500
    with_apertium: bool = True


@dataclass
class SplitReport:
    source: str
    sentences: int
    model: list[MetricScore]
    apertium: list[MetricScore] | None
    seconds: float


def _score(hypotheses: list[str], references: list[str]) -> list[MetricScore]:
    return [metric.corpus_score(hypotheses, references) for metric in QUALITY_METRICS]


def evaluate_split(path: Path, pipeline: TranslationPipeline, config: EvalConfig) -> SplitReport:
    pairs = list(read_pairs(path))[: config.limit]
    sources, references = [p.src for p in pairs], [p.tgt for p in pairs]
    started = time.monotonic()
    hypotheses: list[str] = []
    for start in tqdm(range(0, len(sources), 32), desc=path.stem, unit=" batches"):
        hypotheses += [r.text for r in pipeline.translate(sources[start : start + 32], "en", "es")]
    seconds = time.monotonic() - started
    source = path.name.split(".")[0]
    apertium = None
    if config.with_apertium and shutil.which("apertium") and source not in APERTIUM_TAUGHT:
        apertium = _score(apertium_translate(sources), references)
    return SplitReport(source, len(pairs), _score(hypotheses, references), apertium, round(seconds, 1))


def render_markdown(reports: list[SplitReport], model_name: str) -> str:
    lines = [
        f"# Evaluation of {model_name}",
        "",
        "| test split | sentences | model BLEU | model chrF | Apertium BLEU | Apertium chrF |",
        "|---|---|---|---|---|---|",
    ]
    for report in reports:
        model = {m.name: m.score for m in report.model}
        apertium = {m.name: m.score for m in report.apertium} if report.apertium else {}
        lines.append(
            f"| {report.source} | {report.sentences} | {model['BLEU']} | {model['chrF']} | "
            f"{apertium.get('BLEU', 'n/a')} | {apertium.get('chrF', 'n/a')} |"
        )
    signatures = {m.name: m.signature for r in reports for m in r.model}
    lines += [
        "",
        "Signatures: " + "; ".join(f"{k} `{v}`" for k, v in signatures.items()),
        "",
        "Apertium is not scored on brown-apertium: it wrote those references.",
    ]
    return "\n".join(lines) + "\n"


def evaluate(config: EvalConfig) -> list[SplitReport]:
    pipeline = TranslationPipeline(Engine(config.model_dir))
    reports = [evaluate_split(path, pipeline, config) for path in sorted(config.corpus_dir.glob("*.test.jsonl"))]
    output = config.output or config.model_dir / "eval"
    output.mkdir(parents=True, exist_ok=True)
    (output / "report.json").write_text(json.dumps([asdict(r) for r in reports], indent=2))
    markdown = render_markdown(reports, pipeline.engine.manifest.name)
    (output / "report.md").write_text(markdown)
    print(markdown)
    return reports
