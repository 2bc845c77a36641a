"""`fairmt data repair`: the rule-based teacher's slips put right in its training references.

Brown and WordNet reach the corpus as Apertium's translations, and about one in ten of those references holds a
slip that mt_core/phrase_repair.py knows ('sabido para', 'acaecía', 'casó X', 'quién' as a relative); the
model learned them. This stage writes a copy of the corpus whose teacher-made training and dev references are
repaired, and the repaired pairs once more as the source ``teacher-repair`` with focus files on the words the
repairs wrote (`training.loss_focus`), so that a fine-tune (training/presets/en-es-teacher-repair.json)
teaches the right phrases and little else. Test references stay as the teacher wrote them: the evaluation
keeps its references, and the repairs are never scored against themselves.
"""

from __future__ import annotations

import difflib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from mt_core.analysed_repairs import repairs_for
from mt_core.morphology import spanish_analyser
from mt_core.phrase_repair import repair_phrases
from training.corpus.records import Pair, read_pairs, write_pairs
from training.loss_focus import write_focus

#: Corpus sources whose references a rule-based system wrote.
TEACHER_SOURCES = ("brown-apertium", "wordnet-apertium")
REPAIR_SOURCE = "teacher-repair"
_WORD = re.compile(r"\S+")


@dataclass
class RepairConfig:
    corpus_dir: Path = Path("data/corpus")
    annotation_dir: Path = Path("data/annotations")
    output_dir: Path = Path("data/repaired")


def changed_spans(before: str, after: str) -> list[tuple[int, int]]:
    """Character spans in ``after`` of the words that differ from ``before``."""
    old, new = [m.group() for m in _WORD.finditer(before)], list(_WORD.finditer(after))
    matcher = difflib.SequenceMatcher(a=old, b=[m.group() for m in new], autojunk=False)
    return [
        (new[j1].start(), new[j2 - 1].end())
        for tag, _, _, j1, j2 in matcher.get_opcodes()
        if tag in ("replace", "insert") and j2 > j1
    ]


def repair_teacher_corpus(config: RepairConfig) -> dict[str, int]:
    """Write the repaired corpus, its annotation side files and the focus file; returns repaired pairs per file.
    Done once: delete ``output_dir`` to build it again."""
    corpus, annotations = config.output_dir / "corpus", config.output_dir / "annotations"
    done = config.output_dir / "done"
    if done.exists():
        print(f"{config.output_dir} is built; delete it to repair again")
        return {}
    corpus.mkdir(parents=True, exist_ok=True)
    annotations.mkdir(parents=True, exist_ok=True)
    repairs = repairs_for("en", "es", spanish_analyser())
    counts: dict[str, int] = {}
    repaired_pairs: list[Pair] = []
    repaired_annotations: list[str] = []
    focus: list[list[tuple[int, int]]] = []
    for path in sorted(config.corpus_dir.glob("*.jsonl")):
        side = config.annotation_dir / path.name
        if side.exists():
            shutil.copy(side, annotations / path.name)
        source, split = path.name.split(".")[:2]
        if source not in TEACHER_SOURCES or split == "test":
            shutil.copy(path, corpus / path.name)
            continue
        side_lines = side.read_text(encoding="utf-8").splitlines() if side.exists() else []
        pairs = list(read_pairs(path))
        written = []
        for index, pair in enumerate(tqdm(pairs, desc=f"repair {path.name}", unit=" pairs")):
            target = repair_phrases(pair.src, pair.tgt, repairs)
            if target != pair.tgt and split == "train":
                repaired_pairs.append(Pair(REPAIR_SOURCE, pair.doc, pair.src, target))
                repaired_annotations.append(side_lines[index] if side_lines else '{"terms": [], "genders": []}')
                focus.append(changed_spans(pair.tgt, target))
            counts[path.name] = counts.get(path.name, 0) + (target != pair.tgt)
            written.append(Pair(pair.source, pair.doc, pair.src, target, pair.src_tagged, pair.tgt_tagged))
        write_pairs(corpus / path.name, written)
    name = f"{REPAIR_SOURCE}.train.jsonl"
    write_pairs(corpus / name, repaired_pairs)
    (annotations / name).write_text("".join(line + "\n" for line in repaired_annotations), encoding="utf-8")
    write_focus(config.output_dir / "focus" / name, focus)
    done.write_text("\n".join(f"{file}\t{count}" for file, count in counts.items()) + "\n")
    return counts
