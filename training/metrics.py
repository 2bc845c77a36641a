"""Metric classes with one interface (after sacrebleu): corpus scores with a signature.

BLEU and chrF are sacrebleu's own; fairmt's task metrics (gender accuracy, term
use rate, markup accuracy) implement the same ``Metric`` protocol.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import sacrebleu

from mt_core.gender import GenderReader


@dataclass(frozen=True)
class MetricScore:
    name: str
    score: float
    signature: str
    details: dict[str, float] = field(default_factory=dict)


class Metric(Protocol):
    name: str

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore: ...


class SacrebleuMetric:
    """BLEU or chrF exactly as sacrebleu computes them, signature included."""

    def __init__(self, name: str, factory: Callable[[], Any]) -> None:
        self.name, self._factory = name, factory

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore:
        metric = self._factory()
        result = metric.corpus_score(list(hypotheses), [list(references)])
        return MetricScore(self.name, round(result.score, 2), str(metric.get_signature()))


def Bleu() -> SacrebleuMetric:
    return SacrebleuMetric("BLEU", sacrebleu.BLEU)


def ChrF() -> SacrebleuMetric:
    return SacrebleuMetric("chrF", sacrebleu.CHRF)


QUALITY_METRICS: tuple[Metric, ...] = (Bleu(), ChrF())


class TermUseRate:
    """Share of required target terms found in the hypotheses (inflection tolerated), as in Dinu et al. 2019."""

    name = "term use rate"

    def __init__(self, required: Sequence[Sequence[str]]) -> None:
        self.required = required

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore:
        from mt_core.terminology import term_present

        total = sum(len(terms) for terms in self.required)
        found = sum(term_present(t, h) for terms, h in zip(self.required, hypotheses, strict=True) for t in terms)
        in_reference = sum(
            term_present(t, r) for terms, r in zip(self.required, references, strict=True) for t in terms
        )
        return MetricScore(
            self.name,
            round(100 * found / max(total, 1), 2),
            f"terms:{total}|match:inflection-tolerant|sentences:{len(hypotheses)}",
            {"terms": total, "found": found, "in_reference_percent": round(100 * in_reference / max(total, 1), 2)},
        )


class SourceItemsKept:
    """Share of the items of each source (numbers, placeholders) that its translation keeps, counted one for
    one by ``kept`` (source, translation) → (kept, total). Needs the sources; references are not used."""

    def __init__(self, name: str, unit: str, match: str, kept: Callable[[str, str], tuple[int, int]]) -> None:
        self.name, self.unit, self.match, self._kept = name, unit, match, kept

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str] = (), sources: Sequence[str] | None = None
    ) -> MetricScore:
        if sources is None:
            raise ValueError(f"{self.name} are counted against the sources")
        counts = [self._kept(s, h) for s, h in zip(sources, hypotheses, strict=True)]
        kept, total = sum(k for k, _ in counts), sum(n for _, n in counts)
        whole = sum(k == n for k, n in counts)
        return MetricScore(
            self.name,
            round(100 * kept / max(total, 1), 2),
            f"{self.unit}:{total}|sentences:{len(hypotheses)}|match:{self.match}",
            {self.unit: total, "kept": kept, "sentences_all_kept_percent": round(100 * whole / max(len(counts), 1), 2)},
        )


def NumberAccuracy() -> SourceItemsKept:
    """Numbers judged by value as the service judges them (mt_core/number_check.py): as written, with Spanish
    separators, as a number word, or for an ordinal as a Roman numeral."""
    from mt_core.number_check import numbers_kept

    return SourceItemsKept("numbers kept", "numbers", "value", numbers_kept)


def placeholders_kept(source: str, translation: str) -> tuple[int, int]:
    """(placeholders of the source found exactly in the translation, one for one; placeholders of the source)."""
    from mt_core.protection import SOFTWARE_PLACEHOLDER

    wanted = Counter(SOFTWARE_PLACEHOLDER.findall(source))
    found = Counter(SOFTWARE_PLACEHOLDER.findall(translation))
    return sum(min(count, found[p]) for p, count in wanted.items()), sum(wanted.values())


def PlaceholderAccuracy() -> SourceItemsKept:
    """Placeholders of software strings (braces, printf specifiers), kept exactly."""
    return SourceItemsKept("placeholders kept", "placeholders", "exact", placeholders_kept)


class ReferenceItemsFound:
    """Share of the items each reference lists (separated by " | ": the Spanish spelling of each date) that
    its translation holds exactly. Hand-written references, not a reference translation."""

    def __init__(self, name: str, unit: str) -> None:
        self.name, self.unit = name, unit

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str] = (), sources: Sequence[str] | None = None
    ) -> MetricScore:
        wanted = [[item.strip() for item in reference.split(" | ")] for reference in references]
        pairs = list(zip(wanted, hypotheses, strict=True))
        found = [sum(item in hypothesis for item in items) for items, hypothesis in pairs]
        total = sum(len(items) for items in wanted)
        complete = sum(count == len(items) for count, (items, _) in zip(found, pairs, strict=True))
        whole = round(100 * complete / max(len(pairs), 1), 2)
        return MetricScore(
            self.name,
            round(100 * sum(found) / max(total, 1), 2),
            f"{self.unit}:{total}|sentences:{len(hypotheses)}|match:exact",
            {self.unit: total, "found": sum(found), "sentences_all_found_percent": whole},
        )


class GenderAccuracy:
    """Gender of the occupation noun in each translation, read by the target-language analyser.

    A noun that cannot be found counts as an error, not a skip; how often that
    happens is reported as ``not_found_percent``. Details give per-gender
    accuracy and F1, ΔG = F1 masculine − F1 feminine, and ΔS = accuracy on
    pro-stereotypical minus anti-stereotypical sentences.
    """

    name = "gender accuracy"

    def __init__(
        self, reader: GenderReader, occupations: Sequence[str], genders: Sequence[str], stereotypes: Sequence[str]
    ) -> None:
        self.reader, self.occupations, self.genders, self.stereotypes = reader, occupations, genders, stereotypes

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str] = (), sources: Sequence[str] | None = None
    ) -> MetricScore:
        found = [self.reader.read(o, h) for o, h in zip(self.occupations, hypotheses, strict=True)]
        predicted = [g.value if g else None for g in found]
        correct = [p == gold for p, gold in zip(predicted, self.genders, strict=True)]

        def accuracy(mask: Sequence[bool]) -> float:
            chosen = [c for c, m in zip(correct, mask, strict=True) if m]
            return round(100 * sum(chosen) / max(len(chosen), 1), 2)

        def f1(label: str) -> float:
            tp = sum(p == label and g == label for p, g in zip(predicted, self.genders, strict=True))
            precision = tp / max(sum(p == label for p in predicted), 1)
            recall = tp / max(sum(g == label for g in self.genders), 1)
            return round(100 * 2 * precision * recall / max(precision + recall, 1e-9), 2)

        details = {
            "feminine_accuracy": accuracy([g == "feminine" for g in self.genders]),
            "masculine_accuracy": accuracy([g == "masculine" for g in self.genders]),
            "f1_feminine": f1("feminine"),
            "f1_masculine": f1("masculine"),
            "pro_accuracy": accuracy([s == "pro" for s in self.stereotypes]),
            "anti_accuracy": accuracy([s == "anti" for s in self.stereotypes]),
            "not_found_percent": round(100 * sum(p is None for p in predicted) / max(len(predicted), 1), 2),
        }
        details["delta_g"] = round(details["f1_masculine"] - details["f1_feminine"], 2)
        details["delta_s"] = round(details["pro_accuracy"] - details["anti_accuracy"], 2)
        return MetricScore(
            self.name,
            accuracy([True] * len(correct)),
            f"sentences:{len(hypotheses)}|reader:{type(self.reader).__name__}|not-found:error",
            details,
        )


def _tag_spans(markup: str) -> tuple[str, list[tuple[str, str]], bool]:
    """Detagged text, (start tag, enclosed text) per element, and whether the tags nest properly."""
    text: list[str] = []
    spans: list[tuple[str, str]] = []
    stack: list[tuple[str, int]] = []
    well_formed = True
    cursor = 0
    for match in _TAG.finditer(markup):
        text.append(html.unescape(markup[cursor : match.start()]))
        cursor = match.end()
        closing, name, void = match.group(1), match.group(2), match.group(4) or match.group(2) in ("br", "img")
        if closing:
            if not stack or not stack[-1][0].startswith(f"<{name}"):
                well_formed = False
                continue
            start_tag, position = stack.pop()
            spans.append((start_tag, "".join(text)[position:]))
        elif void:
            spans.append((match.group(0), ""))
        else:
            stack.append((match.group(0), len("".join(text))))
    text.append(html.unescape(markup[cursor:]))
    joined = "".join(text)
    spans += [(start_tag, joined[position:]) for start_tag, position in stack]  # unclosed tags still count
    return joined, spans, well_formed and not stack


_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)([^>]*?)(/?)>")


class MarkupAccuracy:
    """Well-formed rate, tag-set preservation, and placement: word overlap of each tag's enclosed text
    with the same tag's text in the reference."""

    name = "markup accuracy"

    def corpus_score(
        self, hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None = None
    ) -> MetricScore:
        well_formed = preserved = 0
        overlaps: list[float] = []
        for hypothesis, reference in zip(hypotheses, references, strict=True):
            _, spans, ok = _tag_spans(hypothesis)
            _, reference_spans, _ = _tag_spans(reference)
            well_formed += ok
            preserved += sorted(t for t, _ in spans) == sorted(t for t, _ in reference_spans)
            wanted = {t: set(text.lower().split()) for t, text in reference_spans}
            for tag, text in spans:
                words, target = set(text.lower().split()), wanted.get(tag)
                if target is None:
                    continue
                union = words | target
                overlaps.append(1.0 if not union else len(words & target) / len(union))
        count = max(len(hypotheses), 1)
        return MetricScore(
            self.name,
            round(100 * sum(overlaps) / max(len(overlaps), 1), 2),
            f"sentences:{len(hypotheses)}|placement:word-jaccard",
            {
                "well_formed_percent": round(100 * well_formed / count, 2),
                "tag_set_preserved_percent": round(100 * preserved / count, 2),
                "placement_accuracy_percent": round(100 * sum(overlaps) / max(len(overlaps), 1), 2),
            },
        )


def detag(markup: str) -> str:
    return _tag_spans(markup)[0]
