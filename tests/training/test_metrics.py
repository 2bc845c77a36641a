from training.metrics import QUALITY_METRICS, Bleu, ChrF


def test_perfect_and_wrong_hypotheses() -> None:
    refs = ["El perro es grande.", "La casa roja."]
    for metric in QUALITY_METRICS:
        assert metric.corpus_score(refs, refs).score == 100.0
        assert metric.corpus_score(["x y z", "q"], refs).score < 20


def test_signatures_come_from_sacrebleu() -> None:
    assert Bleu().corpus_score(["a"], ["a"]).signature.startswith("nrefs:1")
    assert "chrF" in ChrF().name and "nrefs:1" in ChrF().corpus_score(["a"], ["a"]).signature
