"""`fairmt card`: write MODEL_CARD.md from what the stages recorded, never from hand-typed numbers."""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mt_core.engine import available_cores
from mt_core.manifest import ModelManifest


@dataclass
class CardConfig:
    model_dir: Path
    corpus_dir: Path = Path("data/corpus")
    annotation_dir: Path = Path("data/annotations")
    bench_json: Path | None = None


def _load(path: Path) -> Any:
    return json.loads(path.read_text()) if path.exists() else None


def _parameters(model_dir: Path) -> int | None:
    try:
        from safetensors import safe_open
    except ImportError:
        return None
    weights = model_dir / "checkpoint" / "model.safetensors"
    if not weights.exists():
        return None
    with safe_open(str(weights), "np") as handle:
        shapes = [handle.get_slice(name).get_shape() for name in handle.keys()]  # noqa: SIM118
    total = 0
    for shape in shapes:
        size = 1
        for dim in shape:
            size *= dim
        total += size
    return total


def _data_section(datacard: dict[str, Any] | None, annotations: dict[str, Any] | None) -> list[str]:
    if not datacard:
        return ["No data card found."]
    lines = [
        "| source | provenance | license | train | dev | test | dropped in cleaning |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, card in datacard.items():
        counts, dropped = card["counts"], card["cleaning"]["dropped"]
        dropped_text = ", ".join(f"{k} {v}" for k, v in sorted(dropped.items()))
        lines.append(
            f"| {name} | {card['info']['provenance']} | {card['info']['license']} | {counts['train']} | "
            f"{counts['dev']} | {counts['test']} | {dropped_text} |"
        )
    if annotations:
        lines += ["", "Annotation candidates found by `fairmt data annotate` (training splits):", ""]
        for name, counts in sorted(annotations.items()):
            if ".train." in name:
                lines.append(
                    f"- {name}: {counts['with_terms']} of {counts['pairs']} pairs with term candidates, "
                    f"{counts['with_gender']} with a gendered person noun"
                )
    return lines


def _lineage(train_config: dict[str, Any], gfst: dict[str, Any] | None) -> list[str]:
    """A fine-tuned or interpolated model's step counts are the last run's, not the whole history."""
    lines = []
    if train_config.get("init_checkpoint"):
        lines.append(f"- The steps above fine-tuned `{train_config['init_checkpoint']}` (the model before).")
    weight = gfst.get("tuned_weight", 1.0) if gfst and gfst.get("accepted") else 1.0
    if weight < 1.0:
        lines.append(
            f"- Served weights: {weight:g} × that fine-tune + {1 - weight:g} × the model before (WiSE-FT, "
            "`fairmt gfst --tuned-weight`); see the GFST section."
        )
    return lines


def render_card(config: CardConfig) -> str:
    manifest = ModelManifest.load(config.model_dir)
    progress = _load(config.model_dir / "checkpoint" / "progress.json") or {}
    train_config = _load(config.model_dir / "checkpoint" / "train_config.json") or {}
    report = _load(config.model_dir / "eval" / "report.json")
    bench = _load(config.bench_json) if config.bench_json else _load(config.model_dir / "eval" / "bench.json")
    datacard = _load(config.corpus_dir / "datacard.json") or _load(config.model_dir / "DATACARD.json")
    annotations = _load(config.annotation_dir / "summary.json") or _load(config.model_dir / "ANNOTATIONS.json")
    parameters = _parameters(config.model_dir)
    model = train_config.get("model", {})
    hours = progress.get("train_seconds", 0) / 3600
    lines = [
        f"# {manifest.name} {manifest.version}",
        "",
        f"English→Spanish Marian transformer trained by fairmt's own pipeline (`make model`). "
        f"Annotations in the manifest: {manifest.annotations}.",
        "",
        "## Architecture and training",
        "",
        f"- {model.get('encoder_layers', '?')} encoder / {model.get('decoder_layers', '?')} decoder layers, "
        f"d_model {model.get('d_model', '?')}, {model.get('attention_heads', '?')} heads, "
        f"FFN {model.get('ffn_dim', '?')}; {parameters or '?'} parameters; joint SentencePiece vocabulary.",
        f"- Trained {progress.get('step', '?')} steps ({progress.get('epoch', '?')} full epochs + "
        f"{progress.get('batch_index', '?')} batches), token batches of {train_config.get('max_tokens', '?')}, "
        f"label smoothing {train_config.get('label_smoothing', '?')}, "
        f"peak lr {train_config.get('learning_rate', '?')}, "
        f"warm-up {train_config.get('warmup_steps', '?')} steps.",
        f"- Training time recorded in the checkpoint: {hours:.2f} h "
        f"(runs before the time was recorded are not counted), on "
        f"{progress.get('hardware') or f'cpu: {platform.machine()}'}.",
        *_lineage(train_config, _load(config.model_dir / "gfst" / "gfst_report.json")),
        "- Served as CTranslate2 int8; the float16 trainable checkpoint is in `checkpoint/` for GFST fine-tuning.",
        "",
        "## Data",
        "",
        *_data_section(datacard, annotations),
        "",
        "## Evaluation (`fairmt eval`)",
        "",
    ]
    if report:
        lines += [
            "| test split | sentences | BLEU | chrF | Apertium BLEU | Apertium chrF |",
            "|---|---|---|---|---|---|",
        ]
        for split in report:
            model_scores = {m["name"]: m["score"] for m in split["model"]}
            apertium = {m["name"]: m["score"] for m in split["apertium"] or []}
            lines.append(
                f"| {split['source']} | {split['sentences']} | {model_scores['BLEU']} | {model_scores['chrF']} | "
                f"{apertium.get('BLEU', 'n/a')} | {apertium.get('chrF', 'n/a')} |"
            )
        lines += ["", "Signatures: " + "; ".join(f"{m['name']} `{m['signature']}`" for m in report[0]["model"])]
    else:
        lines.append("Not evaluated yet.")
    report_md = config.model_dir / "eval" / "report.md"
    if report_md.exists() and "## Terminology" in report_md.read_text():
        tasks = report_md.read_text().split("## Terminology", 1)[1]
        lines += ["", "## Terminology" + tasks.replace("\n## ", "\n## ").rstrip()]
    lines += ["", "## Speed (`make bench`)", ""]
    if bench:
        lines += [f"- {key}: {value}" for key, value in bench.items()]
        lines.append(f"- measured with {available_cores()} cores visible to the benchmark")
    else:
        lines.append("Not measured yet.")
    glossary = _load(config.model_dir / "eval" / "glossary_bench.json")
    if glossary:
        lines += ["", "Glossary overhead (`bench/glossary_overhead.py`):", ""]
        lines += [f"- {key}: {value}" for key, value in glossary.items()]
    load = _load(config.model_dir / "eval" / "load.json")
    if load:
        lines += ["", "Load and soak (`make load`: 16 clients on loopback; text, HTML and glossary requests):", ""]
        lines += [f"- {key}: {value}" for key, value in load.items() if not key.endswith("rss_samples_mb")]
    gfst = config.model_dir / "gfst" / "gfst_report.md"
    if gfst.exists():
        body = gfst.read_text().split("\n", 1)[1].replace("](gfst_plot.svg)", "](gfst/gfst_plot.svg)")
        lines += ["", "## Gender-filtered self-training (`fairmt gfst`)", body.rstrip()]
    return "\n".join(lines) + "\n"


def write_card(config: CardConfig) -> Path:
    path = config.model_dir / "MODEL_CARD.md"
    path.write_text(render_card(config))
    # Beside the card, so that a card rewritten where data/ was never built (a fresh clone) still has them.
    for recorded, kept in (
        (config.corpus_dir / "datacard.json", "DATACARD.json"),
        (config.annotation_dir / "summary.json", "ANNOTATIONS.json"),
    ):
        if recorded.exists():
            (config.model_dir / kept).write_text(recorded.read_text())
    return path
