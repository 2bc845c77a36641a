import pytest

from mt_core.grammar import Gender
from mt_core.inline import InlineSyntaxError, parse_inline


def test_terms_and_genders_are_stripped_with_their_spans() -> None:
    found = parse_inline(
        'The <gender value="feminine">doctor</gender> sent your <term tgt="pedido">order</term>; 3 < 4.'
    )
    assert found.text == "The doctor sent your order; 3 < 4."
    assert [(found.text[t.start : t.end], t.target) for t in found.terms] == [("order", "pedido")]
    assert [(found.text[g.start : g.end], g.gender) for g in found.genders] == [("doctor", Gender.FEMININE)]


def test_entities_in_targets_and_literal_markup() -> None:
    found = parse_inline('<term tgt="I&amp;D">R&amp;D</term> and <b>bold</b>')
    assert found.terms[0].target == "I&D" and found.text == "R&amp;D and <b>bold</b>"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('<term tgt="">order</term>', "empty term"),
        ('<gender value="feminine"> </gender>', "empty gender"),
        ('<gender value="female">doctor</gender>', "malformed annotation"),
        ("<term>order</term>", "malformed annotation"),
    ],
)
def test_errors_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(InlineSyntaxError, match=message):
        parse_inline(text)
