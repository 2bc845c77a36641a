"""The hand-written evaluation suites: one item per line, '#' lines are comments, fields split by tabs."""

from __future__ import annotations

from pathlib import Path


def read_suite_lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def read_suite_rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in read_suite_lines(path)]
