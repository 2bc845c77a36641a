import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from mt_core.grammar import Gender
from training.gender_suite import SUITE_PATH, build_suite, read_suite
from training.metrics import GenderAccuracy

GENDERED = re.compile(r"\b(she|he|her|his|him|herself|himself|sister|brother|woman|man|aunt|uncle)\b", re.I)


def test_committed_suite_is_the_generated_one() -> None:
    assert read_suite(SUITE_PATH) == build_suite()


def test_suite_size_coverage_and_balance() -> None:
    suite = build_suite()
    fixed = [i for i in suite if i.kind == "fixed"]
    assert len(fixed) >= 500 and len({i.occupation for i in fixed}) >= 40
    counts = Counter((i.gender, i.stereotype) for i in fixed)
    assert counts[("feminine", "anti")] > 100 and counts[("masculine", "anti")] > 100
    assert sum(i.kind == "ambiguous" for i in suite) >= 100
    assert all(not GENDERED.search(i.sentence) for i in suite if i.kind == "ambiguous")


def test_counterfactual_pairs_differ_only_in_gendered_words() -> None:
    pairs: dict[str, list[str]] = {}
    for item in build_suite():
        if item.pair:
            pairs.setdefault(item.pair, []).append(item.sentence)
    for feminine, masculine in pairs.values():
        assert GENDERED.sub("X", feminine) == GENDERED.sub("X", masculine), (feminine, masculine)


class FakeReader:
    def read(self, source_noun: str, translation: str) -> Gender | None:
        return Gender.FEMININE if "a " in translation else Gender.MASCULINE if "o " in translation else None


def test_gender_accuracy_counts_missing_nouns_as_errors() -> None:
    metric = GenderAccuracy(
        FakeReader(), ["nurse"] * 4, ["feminine", "feminine", "masculine", "masculine"], ["pro", "anti", "anti", "pro"]
    )
    score = metric.corpus_score(["la enfermera ", "el enfermero ", "el enfermero ", "???"])
    assert score.score == 50.0
    assert score.details["feminine_accuracy"] == 50.0 and score.details["masculine_accuracy"] == 50.0
    assert score.details["not_found_percent"] == 25.0 and score.details["delta_s"] == 0.0


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_gender_evaluation_runs_on_a_model(tiny_model_dir: Path) -> None:
    from mt_core.engine import Engine
    from mt_core.pipeline import TranslationPipeline
    from training.evaluate import evaluate_gender

    report = evaluate_gender(TranslationPipeline(Engine(tiny_model_dir)), limit=5)
    assert report is not None and report.sentences == 10
    assert 0 <= report.with_hints.score <= 100 and "not_found_percent" in report.without_hints.details
    assert 0 <= report.parity_percent <= 100 and 0 <= report.alternatives_valid_percent <= 100
    assert report.ambiguous_detected_percent == 100.0
