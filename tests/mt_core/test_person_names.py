import pytest

from mt_core.grammar import Gender
from mt_core.person_names import person_name_spans
from mt_core.protection import SymbolProtector

NAMES = {"Martin": Gender.MASCULINE, "Rosa": Gender.FEMININE, "Vincent": Gender.MASCULINE, "John": Gender.MASCULINE,
         "Virginia": Gender.FEMININE, "César": Gender.MASCULINE}  # fmt: skip


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
        ("She worked with César Chávez.", ["César Chávez"]),  # accented letters
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


def test_a_text_that_names_someone_in_full_keeps_their_surname_alone_too() -> None:
    from mt_core.protection import last_name

    protector = SymbolProtector(frozenset("abcdefghijklmnopqrstuvwxyz"), names=lambda t: person_name_spans(t, NAMES))
    surnames = protector.surnames_in("Rosa Parks was an activist. Parks refused.")
    assert surnames == frozenset({"Parks"})
    protected = protector.protect("Parks refused to move to the parks.", surnames=surnames)
    assert list(protected.originals.values()) == ["Parks"] and protected.text.endswith("the parks.")
    # after an article the surname names a thing after the person, which the model reads as a name
    assert protector.protect("A Parks exhibit opened.", surnames=surnames).originals == {}
    assert last_name("Martin Luther King Jr.") == "King" and last_name("Henry VIII") is None
    assert last_name("Rosa") is None


def test_known_names_come_before_people_and_keep_their_own_text() -> None:
    protector = SymbolProtector(
        frozenset("abcdefghijklmnopqrstuvwxyz"),
        names=lambda t: person_name_spans(t, NAMES),
        known_names=lambda t: [(0, 9, "el rey Juan")] if t.startswith("King John") else [],
    )
    protected = protector.protect("King John met Rosa Parks.")
    assert list(protected.originals.values()) == ["el rey Juan", "Rosa Parks"]


def test_a_listed_name_with_accents_the_english_analyser_does_not_know_is_a_name() -> None:
    import shutil

    from mt_core.person_names import english_first_names

    if shutil.which("lt-proc") is None:
        pytest.skip("apertium-eng-spa is installed by make test")
    is_name = english_first_names()
    assert is_name("César") and is_name("Rosa") and not is_name("General")


def test_a_name_with_letters_beyond_latin_one_is_read_whole() -> None:
    names = NAMES | {"Marie": Gender.FEMININE}
    assert [n for _, _, n in person_name_spans("Marie Skłodowska Curie won.", names)] == ["Marie Skłodowska Curie"]


def test_a_full_name_english_does_not_know_opening_a_biography_is_a_name() -> None:
    from mt_core.person_names import unknown_name_spans

    unknown = {"Malala", "Yousafzai", "Chinua", "Achebe", "Yaa", "Asantewaa"}.__contains__
    assert unknown_name_spans("Malala Yousafzai is a Pakistani activist.", unknown) == [(0, 16, "Malala Yousafzai")]
    assert unknown_name_spans("Yaa Asantewaa was the queen mother.", unknown) == [(0, 13, "Yaa Asantewaa")]
    assert unknown_name_spans("Chinua Achebe reached Lagos.", unknown) == [(0, 13, "Chinua Achebe")]  # a past verb
    # a given name in syllables, whatever English makes of the surname ('Sun')
    assert unknown_name_spans("Sun Yat-sen was a physician.", unknown) == [(0, 11, "Sun Yat-sen")]
    assert unknown_name_spans("Chiang Kai-shek's army", unknown) == [(0, 15, "Chiang Kai-shek")]
    assert unknown_name_spans("The post-war years", unknown) == []
    assert unknown_name_spans("Chinua Achebe (1930-2013) wrote novels.", unknown) == [(0, 13, "Chinua Achebe")]
    assert unknown_name_spans("Malala Yousafzai spoke.", unknown) == []  # no biography's opening
    assert unknown_name_spans("Malala Street is a road.", unknown) == []  # a word English knows


def test_an_opening_name_may_start_with_a_first_name_of_no_certain_gender() -> None:
    from mt_core.person_names import unknown_name_spans

    unknown = {"Amaral"}.__contains__
    first = {"Tarsila", "Jesus"}.__contains__
    text = "Tarsila do Amaral was a Brazilian painter."
    assert unknown_name_spans(text, unknown, first) == [(0, 17, "Tarsila do Amaral")]
    assert unknown_name_spans("Jesus Christ is the Lord.", unknown, first) == []  # 'Christ' is an English word


def test_one_unknown_word_with_an_accent_opening_a_biography_is_a_name() -> None:
    from mt_core.person_names import unknown_name_spans

    unknown = {"Pelé", "Ödön"}.__contains__
    assert unknown_name_spans("Pelé is widely regarded as the greatest.", unknown) == [(0, 4, "Pelé")]
    assert unknown_name_spans("Pelé scored.", unknown) == []  # no 'is' or 'was' after it
    assert unknown_name_spans("Calc is a spreadsheet.", {"Calc"}.__contains__) == []  # no accent: maybe a product
