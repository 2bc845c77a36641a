from mt_core.term_alignment import misplaced_term, output_words, split_term, term_regions, terms_in_place

SOURCE = ["▁Your", "⟦t⟧", "▁order", "⟦=⟧", "▁pedido", "⟦/t⟧", "▁has", "▁ship", "ped", ".", "</s>"]
#: "Tu orden ha sido pedido." as the shipped model wrote it for order → pedido: "orden" attends to the term,
#: "pedido" to "shipped".
TARGET = ["▁Tu", "▁orden", "▁ha", "▁sido", "▁", "ped", "ido", "."]
FOCUS = [6, 2, 6, 7, 7, 7, 7, 9]


def attending(positions: list[int], width: int = len(SOURCE)) -> list[list[float]]:
    return [[0.8 if j == position else 0.2 / (width - 1) for j in range(width)] for position in positions]


def test_term_regions_span_each_annotation_with_its_symbols() -> None:
    assert term_regions(SOURCE) == [range(1, 6)]
    two = ["⟦t⟧", "▁a", "⟦=⟧", "▁b", "⟦/t⟧", "▁and", "⟦t⟧", "▁c", "⟦=⟧", "▁d", "⟦/t⟧", "</s>"]
    assert term_regions(two) == [range(0, 5), range(6, 11)]
    assert term_regions(["▁plain", "</s>"]) == []
    assert split_term(SOURCE, range(1, 6)) == (range(2, 3), range(3, 6))  # "▁order" | "⟦=⟧ ▁pedido ⟦/t⟧"


def test_output_words_join_pieces_and_mark_those_looking_at_the_term() -> None:
    words = output_words(TARGET, attending(FOCUS), range(1, 6))
    assert words == [("tu", False), ("orden", True), ("ha", False), ("sido", False), ("pedido", False)]


def test_a_target_written_in_another_role_is_not_the_term() -> None:
    assert misplaced_term("pedido", TARGET, attending(FOCUS), range(1, 6))
    in_place = ["▁Tu", "▁", "ped", "ido", "▁ha", "▁sido", "▁envia", "do", "."]
    assert not misplaced_term("pedido", in_place, attending([6, 4, 4, 4, 6, 7, 7, 7, 9]), range(1, 6))
    # Inflected, and found through any of its pieces.
    plural = ["▁Tus", "▁", "ped", "idos", "."]
    assert not misplaced_term("pedido", plural, attending([0, 7, 2, 7, 9]), range(1, 6))


def test_without_evidence_the_string_check_stands() -> None:
    nobody_looks = attending([6, 7, 6, 7, 7, 7, 7, 9])  # no output word attends to the term
    assert not misplaced_term("pedido", TARGET, nobody_looks, range(1, 6))
    assert not misplaced_term("envío", TARGET, attending(FOCUS), range(1, 6))  # absent: nothing to overrule


def test_terms_in_place_only_ever_withdraws_a_term() -> None:
    attention = attending(FOCUS)
    assert terms_in_place(["pedido"], [True], SOURCE, TARGET, attention) == [False]
    assert terms_in_place(["pedido"], [False], SOURCE, TARGET, attending([6, 4, 6, 7, 7, 7, 7, 9])) == [False]
    assert terms_in_place(["pedido"], [True], SOURCE, TARGET, None) == [True]  # no attention
    assert terms_in_place(["pedido", "envío"], [True, False], SOURCE, TARGET, attention) == [True, False]  # unpaired
