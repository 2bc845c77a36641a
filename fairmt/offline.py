"""`fairmt translate`: the pipeline without a server, for one text, stdin or a file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from mt_core.errors import FairmtError
from mt_core.service_pipeline import service_pipeline

CHUNK = 64


def _chunks(lines: Iterator[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    for line in lines:
        chunk.append(line.rstrip("\n"))
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def translate_stream(model_dir: Path, source: str, target: str, text: str | None, input_file: Path | None) -> int:
    pipeline = service_pipeline(model_dir)  # translates as the service does with its default settings
    try:
        pipeline.check_pair(source, target)
        if text is not None:
            print(pipeline.translate([text], source, target)[0].text)
            return 0
        if input_file is not None:
            with input_file.open(encoding="utf-8") as handle:
                total = sum(1 for _ in handle)
            with input_file.open(encoding="utf-8") as handle:
                bar = tqdm(total=total, unit=" lines", file=sys.stderr)
                for chunk in _chunks(handle):
                    for result in pipeline.translate(chunk, source, target):
                        print(result.text, flush=True)
                    bar.update(len(chunk))
                bar.close()
            return 0
        for line in sys.stdin:  # line by line, so interactive use answers each line at once
            print(pipeline.translate([line.rstrip("\n")], source, target)[0].text, flush=True)
        return 0
    except FairmtError as error:
        print(f"fairmt: {error}", file=sys.stderr)
        return 2
