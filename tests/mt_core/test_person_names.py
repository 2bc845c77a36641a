import pytest

from mt_core.grammar import Gender
from mt_core.person_names import person_name_spans
from mt_core.protection import SymbolProtector

NAMES = {"Martin": Gender.MASCULINE, "Rosa": Gender.FEMININE, "Vincent": Gender.MASCULINE, "John": Gender.MASCULINE,
         "Virginia": Gender.FEMININE}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Martin Luther King Jr. was a minister.", ["Martin Luther King Jr."]),
        ("Rosa Parks refused.", ["Rosa Parks"]),
        ("Vincent van Gogh painted it.", ["Vincent van Gogh"]),
        ("He met John F. Kennedy.", ["John F. Kennedy"]),
        ("She studied at Virginia University.", []),  # an institution
        ("Rosa refused.", []),  # a first name alone: nothing to keep from translation
        ("Peter Pan flew.", []),  # a first name the list does not hold
    ],
)
def test_a_name_opens_with_a_known_first_name(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_name_spans(text, NAMES)] == names


def test_a_name_is_kept_as_written_through_the_model() -> None:
    protector = SymbolProtector(frozenset("abcdefghijklmnopqrstuvwxyz"), names=lambda t: person_name_spans(t, NAMES))
    protected = protector.protect("Rosa Parks was an activist.")
    assert "Parks" not in protected.text
    assert protector.restore(protected.text.replace(" was an activist", " fue una activista"), protected).text == (
        "Rosa Parks fue una activista."
    )


def test_joined_finders_keep_the_earlier_finders_span_where_two_overlap() -> None:
    from mt_core.person_names import join_finders

    def titles(text: str) -> list[tuple[int, int, str]]:
        start = text.find("King John")
        return [(start, start + 9, "el rey Juan")] if start >= 0 else []

    def names(text: str) -> list[tuple[int, int, str]]:
        return person_name_spans(text, NAMES)

    joined = join_finders(titles, None, names)
    assert joined is not None
    assert joined("King John Smith met Rosa Parks.") == [(0, 9, "el rey Juan"), (20, 30, "Rosa Parks")]
    assert join_finders(None, names) is names and join_finders(None) is None
