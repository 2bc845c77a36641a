from training.metrics import QUALITY_METRICS, Bleu, ChrF


def test_perfect_and_wrong_hypotheses() -> None:
    refs = ["El perro es grande.", "La casa roja."]
    for metric in QUALITY_METRICS:
        assert metric.corpus_score(refs, refs).score == 100.0
        assert metric.corpus_score(["x y z", "q"], refs).score < 20


def test_signatures_come_from_sacrebleu() -> None:
    assert Bleu().corpus_score(["a"], ["a"]).signature.startswith("nrefs:1")
    assert "chrF" in ChrF().name and "nrefs:1" in ChrF().corpus_score(["a"], ["a"]).signature


def test_term_use_rate_counts_inflected_hits() -> None:
    from training.metrics import TermUseRate

    metric = TermUseRate([["pedido"], ["casa", "perro"]])
    score = metric.corpus_score(["Los pedidos.", "La casa roja."], ["Pedido.", "La casa y el perro."])
    assert score.score == round(100 * 2 / 3, 2)
    assert score.details == {"terms": 3, "found": 2, "in_reference_percent": 100.0}
