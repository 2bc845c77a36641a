"""A synthetic word-mapping 'language pair' for tests: learnable in seconds, no registry needed."""

from __future__ import annotations

import random
from pathlib import Path

from training.corpus.records import Pair, write_pairs

LEXICON = {
    "one": "uno",
    "two": "dos",
    "three": "tres",
    "four": "cuatro",
    "five": "cinco",
    "red": "rojo",
    "green": "verde",
    "blue": "azul",
    "house": "casa",
    "dog": "perro",
    "cat": "gato",
    "big": "grande",
    "small": "pequeño",
    "the": "el",
    "and": "y",
    "file": "archivo",
    "new": "nuevo",
    "open": "abrir",
    "save": "guardar",
    "window": "ventana",
    "doctor": "médico",
    "nurse": "enfermero",
    "friend": "amigo",
}


def synthetic_pairs(count: int, seed: int = 0) -> list[Pair]:
    rng = random.Random(seed)
    words = sorted(LEXICON)
    pairs = []
    for index in range(count):
        sentence = [rng.choice(words) for _ in range(rng.randint(2, 7))]
        src = " ".join(sentence).capitalize() + "."
        tgt = " ".join(LEXICON[w] for w in sentence).capitalize() + "."
        pairs.append(Pair(source="synthetic", doc=f"doc{index // 20}", src=src, tgt=tgt))
    return pairs


def write_synthetic_corpus(directory: Path, train: int = 2000, dev: int = 100) -> Path:
    write_pairs(directory / "synthetic.train.jsonl", synthetic_pairs(train, seed=1))
    write_pairs(directory / "synthetic.dev.jsonl", synthetic_pairs(dev, seed=2))
    write_pairs(directory / "synthetic.test.jsonl", synthetic_pairs(dev, seed=3))
    return directory
