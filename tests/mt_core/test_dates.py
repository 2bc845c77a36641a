import pytest

from mt_core import grammar
from mt_core.dates import date_finder_for, english_dates_in_spanish
from mt_core.grammar import Gender
from mt_core.protection import SymbolProtector


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("She died on 4 July 1934 in Paris.", [("on 4 July 1934", "el 4 de julio de 1934")]),
        ("On 12 October 1492, he landed.", [("On 12 October 1492", "El 12 de octubre de 1492")]),
        ("Born March 14, 1879, in Ulm.", [("March 14, 1879", "14 de marzo de 1879")]),
        (
            "(14 March 1879 – 18 April 1955)",
            [("14 March 1879", "14 de marzo de 1879"), ("18 April 1955", "18 de abril de 1955")],
        ),
        ("In July 1969, they landed.", [("July 1969", "julio de 1969")]),
        ("It passed on January 1st, 2020.", [("on January 1st, 2020", "el 1 de enero de 2020")]),
        ("Due by 31 December.", [("31 December", "31 de diciembre")]),
        (
            "Sept. 11, 2001 and Feb 2020",
            [("Sept. 11, 2001", "11 de septiembre de 2001"), ("Feb 2020", "febrero de 2020")],
        ),
        ("On the 4th of July we eat.", [("4th of July", "4 de julio")]),
        # a birth date in parentheses takes Spanish's 'n.', which says no gender
        ("John Smith (born 12 May 1950) is an actor.", [("born 12 May 1950", "n. 12 de mayo de 1950")]),
        ("Ana (born on March 3, 1940, in Ohio)", [("born on March 3, 1940", "n. 3 de marzo de 1940")]),
        (
            "Maria Lopez (born 1962) and Y (born in 1970; died 2020)",
            [("born 1962", "n. 1962"), ("born in 1970", "n. 1970")],
        ),
        ("He was born 12 May 1950.", [("12 May 1950", "12 de mayo de 1950")]),
        # ages and decades
        ("She died at the age of 66.", [("at the age of 66", "a la edad de 66 años")]),
        ("At age 65, aged 83", [("At age 65", "A los 65 años"), ("aged 83", "a los 83 años")]),
        ("In the 1960s and The 1990s", [("the 1960s", "la década de 1960"), ("The 1990s", "La década de 1990")]),
        ("She sang in the early 1930s.", [("in the early 1930s", "a principios de la década de 1930")]),
        ("He left school at the age of fourteen.", [("at the age of fourteen", "a la edad de catorce años")]),
        (
            "She died at age thirty-three, aged ninety-one",
            [
                ("at age thirty-three", "a los treinta y tres años"),
                ("aged ninety-one", "a los noventa y un años"),
            ],
        ),
        (
            "at the age of one, at age twenty-one",
            [
                ("at the age of one", "a la edad de un año"),
                ("at age twenty-one", "a los veintiún años"),
            ],
        ),
        (
            "In the late 1960s, the mid-1980s",
            [
                ("In the late 1960s", "A finales de la década de 1960"),
                ("the mid-1980s", "mediados de la década de 1980"),
            ],
        ),
        ("at the age of 66 years, at age 5%", []),
        # not dates: no month name with a day or a year, or a time or another number after it
        ("You may 5 times, and march 5 miles.", []),
        ("We met in May.", []),
        ("At March 5:30 and on 12/05/2020.", []),
        ("Version 2 of May1 and June 5.5", []),
    ],
)
def test_dates_and_their_spanish_spelling(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(text[s:e], spelled) for s, e, spelled in english_dates_in_spanish(text)] == dates


def test_a_birth_date_says_the_persons_gender_where_the_sentence_does() -> None:
    text = "Ana (born 12 May 1950) and Y (born 1962)"
    assert [spelled for _, _, spelled in english_dates_in_spanish(text, Gender.FEMININE)] == [
        "nacida el 12 de mayo de 1950",
        "nacida en 1962",
    ]
    assert [spelled for _, _, spelled in english_dates_in_spanish("(born July 1969)", Gender.MASCULINE)] == [
        "nacido en julio de 1969"
    ]


def test_only_english_to_spanish_has_a_finder() -> None:
    assert date_finder_for("en", "es") is english_dates_in_spanish
    assert date_finder_for("en", "fr") is None


def test_a_date_is_protected_and_comes_back_in_its_spanish_spelling() -> None:
    protector = SymbolProtector(frozenset("abcdefghijklmnopqrstuvwxyzJO0123456789 ."), english_dates_in_spanish)
    protected = protector.protect("She died on 4 July 1934 at home.")
    void = grammar.placeholder(1, grammar.PlaceholderKind.VOID)
    assert protected.text == f"She died {void} at home."
    assert protector.restore(f"Murió {void} en casa.", protected).text == "Murió el 4 de julio de 1934 en casa."
    # a model that drops the placeholder: the date goes back at the end, and the run is reported
    assert protector.restore("Murió en casa.", protected).misplaced == ["el 4 de julio de 1934"]
