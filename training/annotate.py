"""`fairmt data annotate`: find term and gender annotations for every corpus pair.

Terms follow Dinu et al. (2019): an English common noun whose Apertium
dictionary translation occurs (as a lemma) in the reference becomes a term pair,
with the reference's surface form as target. Term lemmas are split by hash so
that test terms never appear in training annotations.

Gender: an English gender-ambiguous person noun whose translation in the
reference carries a gender (Apertium's Spanish analyser) records that gender.

Annotations go to side files, one JSON line per corpus line, so the corpus
itself stays as built. Training decides which pairs carry which annotation.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from mt_core.gender_lexicon import AMBIGUOUS_PERSON_NOUNS
from mt_core.grammar import Gender, GenderSpan, TermSpan, render
from mt_core.morphology import Analysis, Token, english_analyser, english_to_spanish_lemmas, spanish_analyser
from training.corpus.records import Pair, read_pairs

GENDER_NAMES = {"f": "feminine", "m": "masculine"}


@dataclass
class AnnotateConfig:
    corpus_dir: Path = Path("data/corpus")
    output_dir: Path = Path("data/annotations")
    test_term_percent: int = 10


@dataclass
class PairAnnotations:
    #: (source start, source end, target surface form, English lemma)
    terms: list[tuple[int, int, str, str]] = field(default_factory=list)
    #: (source start, source end, "feminine" | "masculine")
    genders: list[tuple[int, int, str]] = field(default_factory=list)


def is_test_term(lemma: str, test_percent: int = 10) -> bool:
    return int(hashlib.sha1(lemma.lower().encode()).hexdigest(), 16) % 100 < test_percent


def _inside_identifier(token: Token, text: str) -> bool:
    """'Customer' in 'Customer_ID' is part of a name, not a noun to annotate."""
    before = text[token.start - 1 : token.start]
    after = text[token.end : token.end + 1]
    return before in ("_", ".", "/") or after in ("_", "(", "/")


def _nouns(tokens: list[Token], text: str) -> list[tuple[Token, str]]:
    nouns = []
    for token in tokens:
        lemma = next((a.lemma for a in token.analyses if a.tags[:1] == ("n",)), None)
        if lemma and len(token.surface) >= 3 and token.surface.isalpha() and not _inside_identifier(token, text):
            nouns.append((token, lemma.lower()))
    return nouns


def annotate_pair(
    src: str, en_tokens: list[Token], es_tokens: list[Token], translations: dict[str, str]
) -> PairAnnotations:
    by_lemma: dict[str, list[tuple[Token, Analysis]]] = {}
    for token in es_tokens:
        for analysis in token.analyses:
            if analysis.tags[:1] == ("n",):
                by_lemma.setdefault(analysis.lemma.lower(), []).append((token, analysis))
    used: set[int] = set()
    result = PairAnnotations()
    for token, lemma in _nouns(en_tokens, src):
        spanish = translations.get(lemma)
        candidates = [(t, a) for t, a in by_lemma.get(spanish or "", []) if t.start not in used]
        if not candidates:
            continue
        target, analysis = candidates[0]
        used.add(target.start)
        result.terms.append((token.start, token.end, target.surface, lemma))
        gender = GENDER_NAMES.get(analysis.gender or "")
        if gender and token.surface.lower() in AMBIGUOUS_PERSON_NOUNS:
            result.genders.append((token.start, token.end, gender))
    return result


def annotate_file(path: Path, output: Path) -> dict[str, int]:
    pairs: list[Pair] = list(read_pairs(path))
    english, spanish, bilingual = english_analyser(), spanish_analyser(), english_to_spanish_lemmas()
    try:
        en_tokens = [english.analyse(p.src) for p in tqdm(pairs, desc=f"analyse en {path.name}", unit=" pairs")]
        es_tokens = [spanish.analyse(p.tgt) for p in tqdm(pairs, desc=f"analyse es {path.name}", unit=" pairs")]
    finally:
        english.close()
        spanish.close()
    lemmas = sorted(
        {lemma for pair, tokens in zip(pairs, en_tokens, strict=True) for _, lemma in _nouns(tokens, pair.src)}
    )
    translations: dict[str, str] = {}
    for start in range(0, len(lemmas), 5000):
        chunk = lemmas[start : start + 5000]
        found = bilingual.lookup([Analysis(lemma, ("n", "sg")) for lemma in chunk])
        translations.update({lemma: t.lemma.lower() for lemma, t in zip(chunk, found, strict=True) if t})
    counts = {"pairs": len(pairs), "with_terms": 0, "with_gender": 0}
    tmp = output.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for pair, en, es in zip(pairs, en_tokens, es_tokens, strict=True):
            annotations = annotate_pair(pair.src, en, es, translations)
            counts["with_terms"] += bool(annotations.terms)
            counts["with_gender"] += bool(annotations.genders)
            out.write(json.dumps(asdict(annotations), ensure_ascii=False) + "\n")
    tmp.replace(output)
    return counts


def annotate_corpus(config: AnnotateConfig) -> dict[str, dict[str, int]]:
    """Idempotent: a side file newer than its corpus file is kept."""
    config.output_dir.mkdir(parents=True, exist_ok=True)
    summary_path = config.output_dir / "summary.json"
    summary: dict[str, dict[str, int]] = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    for path in sorted(config.corpus_dir.glob("*.jsonl")):
        output = config.output_dir / path.name
        if output.exists() and output.stat().st_mtime >= path.stat().st_mtime and path.name in summary:
            continue
        summary[path.name] = annotate_file(path, output)
        summary_path.write_text(json.dumps(summary, indent=2))
    return summary


def read_annotations(path: Path) -> list[PairAnnotations]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [
            PairAnnotations([tuple(t) for t in d["terms"]], [tuple(g) for g in d["genders"]])  # type: ignore[misc]
            for d in map(json.loads, lines)
        ]


def stable_bucket(text: str, salt: str) -> int:
    """0-99 from a hash of the text: the same choice on every run and resume."""
    return int(hashlib.sha1(f"{salt}:{text}".encode()).hexdigest(), 16) % 100


def training_source(src: str, annotations: PairAnnotations, term_percent: int = 12, test_term_percent: int = 10) -> str:
    """The source side the model trains on: plain, or with terms and/or gender in the model-input grammar.

    The choice is a hash of the sentence, so it is stable across runs and resumes.
    A fixed share keeps gender tags (sentence-level or on the noun) and terms,
    and the rest stays plain, so one model serves with and without annotations.
    """
    genders = {gender for _, _, gender in annotations.genders}
    gender_spans: list[GenderSpan] = []
    sentence_gender: Gender | None = None
    if len(genders) == 1:
        choice = stable_bucket(src, "gender")
        if choice < 40:
            sentence_gender = Gender(genders.pop())
        elif choice < 70:
            gender_spans = [GenderSpan(start, end, Gender(g)) for start, end, g in annotations.genders]
    terms: list[TermSpan] = []
    if stable_bucket(src, "terms") < term_percent:
        taken = {(span.start, span.end) for span in gender_spans}
        for start, end, target, lemma in annotations.terms:
            if (start, end) not in taken and not is_test_term(lemma, test_term_percent) and len(terms) < 2:
                terms.append(TermSpan(start, end, target))
                taken.add((start, end))
    if not terms and not gender_spans and sentence_gender is None:
        return src
    return render(src, terms, gender_spans, sentence_gender)
