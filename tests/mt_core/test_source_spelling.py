import pytest

from mt_core import grammar
from mt_core.english_input import english_input_for
from mt_core.protection import SymbolProtector
from mt_core.source_spelling import TABLE, AmericanSpelling, read_table

SPELLING = AmericanSpelling({"colour": "color", "metres": "meters", "organisation": "organization", "grey": "gray"})


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("The colour is grey.", "The color is gray."),
        ("Colour matters.", "Color matters."),
        ("The ORGANISATION said so.", "The ORGANIZATION said so."),
        ("a grey-blue, colour-blind view", "a gray-blue, color-blind view"),
        ("He ran 100 metres.", "He ran 100 meters."),
        ("«colour», (colour) and colour!", "«color», (color) and color!"),
    ],
)
def test_british_words_of_the_table_are_respelled_in_their_case(british: str, american: str) -> None:
    assert SPELLING(british) == american


@pytest.mark.parametrize(
    "text",
    [
        "Open colour.py and src/colour/main.c.",
        "Set organisation_id and --colour.",
        "Mail colour@example.org or visit x.colour.io.",
        "Lady Grey spoke.",  # a capitalised word after another is a name's
        "The cOlOur of it.",
        "The honour and the behaviour.",  # not in this table
    ],
)
def test_file_names_identifiers_names_and_other_words_are_left_alone(text: str) -> None:
    assert SPELLING(text) == text


def test_kept_spans_are_left_alone() -> None:
    assert SPELLING("colour colour", [(0, 6)]) == "colour color"


def test_the_protector_respells_the_model_input_but_not_term_targets_or_placeholders() -> None:
    known = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,")
    protector = SymbolProtector(known, input_rewrite=SPELLING)
    term = f"{grammar.TERM_START}colour{grammar.TERM_TARGET}colour{grammar.TERM_END}"
    protected = protector.protect(f"The {term} of the organisation is grey ™.")
    assert protected.text.startswith(f"The {grammar.TERM_START}color{grammar.TERM_TARGET}colour{grammar.TERM_END}")
    assert "organization is gray" in protected.text and protected.originals == {1: "™"}
    assert SymbolProtector(known).protect("The colour.").text == "The colour."


def test_the_shipped_table_is_english_only_and_maps_british_to_american() -> None:
    table = read_table(TABLE)
    assert table["metres"] == "meters" and table["organisation"] == "organization" and table["colour"] == "color"
    assert "tyres" not in table and "philtre" not in table  # the American word means something else
    english = english_input_for("en")
    assert english is not None and english.table["colour"] == "color" and english_input_for("de") is None
