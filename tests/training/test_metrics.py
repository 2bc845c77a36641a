from training.metrics import QUALITY_METRICS, Bleu, ChrF, ReferenceItemsFound


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


def test_markup_accuracy() -> None:
    from training.metrics import MarkupAccuracy, detag

    reference = 'Elija <span class="t1">Archivo - Nuevo</span>.'
    score = MarkupAccuracy().corpus_score(
        [
            'Elija <span class="t1">Archivo - Nuevo</span>.',
            'Elija <span class="t1">Archivo</span> - Nuevo.',
            "Elija Archivo - Nuevo.",
            '<b>Elija <span class="t1">Archivo</b></span>',
        ],
        [reference] * 4,
    )
    assert score.details["well_formed_percent"] == 75.0
    assert score.details["tag_set_preserved_percent"] == 50.0
    assert 0 < score.details["placement_accuracy_percent"] < 100
    assert detag("a <b>b</b> &amp; c<br>") == "a b & c"


def test_numbers_kept_counts_values_not_spellings() -> None:
    import pytest

    from training.metrics import NumberAccuracy

    sources = ["It costs 1,299.99 dollars and weighs 3.5 kg.", "In the 19th century.", "No numbers here."]
    hypotheses = ["Cuesta 1.299,99 dólares y pesa 13,5 kg.", "En el siglo XIX.", "Sin números."]
    score = NumberAccuracy().corpus_score(hypotheses, sources=sources)
    assert (score.score, score.details["numbers"], score.details["kept"]) == (66.67, 3, 2)
    assert score.details["sentences_all_kept_percent"] == 66.67 and score.signature.startswith("numbers:3|")
    with pytest.raises(ValueError, match="sources"):
        NumberAccuracy().corpus_score(hypotheses, [])


def test_placeholders_kept_are_counted_exactly_and_one_for_one() -> None:
    from training.metrics import PlaceholderAccuracy

    sources = ["You have %d new messages.", "Hello {name} and %s and %s.", "No placeholders."]
    hypotheses = ["Tienes mensajes nuevos.", "Hola {nombre} y %s y %s.", "Sin nada."]
    score = PlaceholderAccuracy().corpus_score(hypotheses, sources=sources)
    assert (score.details["placeholders"], score.details["kept"], score.score) == (4, 2, 50.0)


def test_reference_items_are_found_exactly() -> None:
    metric = ReferenceItemsFound("dates in Spanish form", "dates")
    score = metric.corpus_score(
        ["Murió el 4 de julio de 1934.", "Nació 14 marzo 1879."],
        ["el 4 de julio de 1934", "14 de marzo de 1879 | 1955"],
    )
    assert score.score == round(100 * 1 / 3, 2) and score.signature == "dates:3|sentences:2|match:exact"
    assert score.details["sentences_all_found_percent"] == 50.0
