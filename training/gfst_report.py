"""The GFST before/after report: markdown and JSON next to one SVG plot, with no plotting dependency."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def svg_plot(before: dict[str, float], after: dict[str, float]) -> str:
    """One bar chart, feminine and masculine accuracy before and after, with no plotting dependency."""
    bars = [
        ("feminine", "before", before.get("feminine_accuracy", 0.0)),
        ("feminine", "after", after.get("feminine_accuracy", 0.0)),
        ("masculine", "before", before.get("masculine_accuracy", 0.0)),
        ("masculine", "after", after.get("masculine_accuracy", 0.0)),
    ]
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="260" font-family="sans-serif" font-size="12">',
        '<text x="10" y="18">Gender accuracy on the fairmt suite (no hints)</text>',
    ]
    for i, (gender, when, value) in enumerate(bars):
        x, height = 30 + i * 95, 2 * value
        color = "#c2185b" if gender == "feminine" else "#1565c0"
        opacity = "0.5" if when == "before" else "1"
        parts.append(
            f'<rect x="{x}" y="{230 - height}" width="70" height="{height}" fill="{color}" fill-opacity="{opacity}"/>'
        )
        parts.append(f'<text x="{x}" y="{225 - height}">{value:.1f}</text>')
        parts.append(f'<text x="{x}" y="248">{gender[:4]}. {when}</text>')
    return "\n".join([*parts, "</svg>"]) + "\n"


def write_report(
    out: Path, report: dict[str, Any], gender_before: dict[str, Any], gender_after: dict[str, Any]
) -> Path:
    """``gfst_report.json``, ``gfst_report.md`` and ``gfst_plot.svg`` in ``out``; returns ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "gfst_report.json").write_text(json.dumps(report, indent=2))
    (out / "gfst_plot.svg").write_text(svg_plot(gender_before, gender_after))
    weight = report["tuned_weight"]
    lines = [
        "# GFST report",
        "",
        f"Accepted: **{report['accepted']}** (feminine accuracy gain {report['feminine_gain']:+.2f}; "
        "rule: gain > 0 and no split loses more than 0.5 chrF). "
        f"Candidate weights: {weight:g} × fine-tuned + {1 - weight:g} × shipped.",
        "",
        "Recipe: " + ", ".join(f"{name} {value}" for name, value in report["recipe"].items()) + ".",
        "",
        "| | feminine | masculine | ΔG | ΔS | not found |",
        "|---|---|---|---|---|---|",
    ]
    for name, details in (("before", gender_before), ("after", gender_after)):
        lines.append(
            f"| {name} | {details.get('feminine_accuracy')} | {details.get('masculine_accuracy')} | "
            f"{details.get('delta_g')} | {details.get('delta_s')} | {details.get('not_found_percent')}% |"
        )
    lines += ["", "| split | chrF before | chrF after | BLEU before | BLEU after |", "|---|---|---|---|---|"]
    for split, before in report["before"]["splits"].items():
        after = report["after"]["splits"][split]
        lines.append(f"| {split} | {before['chrF']} | {after['chrF']} | {before['BLEU']} | {after['BLEU']} |")
    lines += ["", "![gender accuracy](gfst_plot.svg)"]
    (out / "gfst_report.md").write_text("\n".join(lines) + "\n")
    return out
