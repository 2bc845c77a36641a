import pytest

from mt_core.terminology import Term, TermMatcher, term_present


def test_longest_match_wins_at_word_boundaries() -> None:
    matcher = TermMatcher([Term("order", "pedido"), Term("purchase order", "orden de compra")])
    text = "A purchase order, an order, and a reorder."
    assert [(text[m.start : m.end], m.target) for m in matcher.find(text)] == [
        ("purchase order", "orden de compra"),
        ("order", "pedido"),
    ]


def test_plural_and_case_handling() -> None:
    matcher = TermMatcher([Term("policy", "póliza"), Term("API", "API"), Term("box", "caja")])
    text = "Policies, boxes, APIs and the api."
    assert [text[m.start : m.end] for m in matcher.find(text)] == ["Policies", "boxes", "APIs"]


def test_limit_and_taken_spans() -> None:
    matcher = TermMatcher([Term("cat", "gato")])
    text = "cat cat cat"
    assert len(matcher.find(text, limit=2)) == 2
    assert [m.start for m in matcher.find(text, taken=[(0, 3)])] == [4, 8]


def test_matcher_scales_to_large_glossaries() -> None:
    matcher = TermMatcher(Term(f"term{i} word", f"t{i}") for i in range(100_000))
    assert matcher.size == 100_000
    assert [m.target for m in matcher.find("see term99999 word here")] == ["t99999"]


@pytest.mark.parametrize(
    ("target", "translation", "expected"),
    [
        ("pedido", "Sus pedidos llegaron.", True),
        ("orden de compra", "Las órdenes de compra.", True),
        ("enfermera", "El enfermero vino.", True),  # inflection is tolerated; gender is checked elsewhere
        ("pedido", "La orden llegó.", False),
        ("API", "la api", True),
        ("borde", "En cada bordes.", True),  # plural in -s of a word ending in -e
        ("bordes", "En cada borde.", True),
        ("luz", "Las luces.", True),
        ("borde", "El bordado.", False),
    ],
)
def test_term_presence_tolerates_inflection(target: str, translation: str, expected: bool) -> None:
    assert term_present(target, translation) is expected


def test_term_occurrences_give_word_positions_with_inflection() -> None:
    from mt_core.terminology import fold_word, term_occurrences

    words = [fold_word(w) for w in "Las Órdenes de compra y la orden de compra".split()]
    assert term_occurrences("orden de compra", words) == [range(1, 4), range(6, 9)]  # "Órdenes" too
    assert term_occurrences("pedido", words) == []
    assert term_occurrences("...", words) == []


def test_gender_terms_are_held_only_as_written() -> None:
    from mt_core.terminology import GENDER_TERM_ORIGIN, term_held, term_written

    assert term_written("piloto", "La Piloto llegó.") and not term_written("piloto", "La pilota llegó.")
    assert term_written("guardia civil", "Un guardia civil.") and not term_written("guardia civil", "Un guardia.")
    assert term_held("piloto", "glossary", "La pilota llegó.")  # a customer's term may inflect
    assert not term_held("piloto", GENDER_TERM_ORIGIN, "La pilota llegó.")
    assert term_held("velocista", GENDER_TERM_ORIGIN, "Es una exvelocista.")  # a former role holds its noun
    assert term_held("almirante", GENDER_TERM_ORIGIN, "Es una contraalmirante.")  # a rank below holds it too
    assert not term_held("almirante", GENDER_TERM_ORIGIN, "Es una superalmirante.")
    assert not term_held("guardia civil", GENDER_TERM_ORIGIN, "Un exguardia civil.")  # one word only
