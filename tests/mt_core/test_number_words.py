import shutil

import pytest

from mt_core.number_words import ONE_THOUSAND, SpokenNumbers, as_digits, english_number_values, spanish_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He set twenty-seven world records.", "He set 27 world records."),
        ("Twenty-one people died.", "21 people died."),
        ("forty-two and ninety-nine", "42 and 99"),
        ("one hundred twenty-five soldiers", "one hundred twenty-five soldiers"),  # part of a larger number
        ("twenty-five hundred years", "twenty-five hundred years"),
        ("a twenty-five-year-old nurse", "a twenty-five-year-old nurse"),  # part of a longer compound
        ("the twenty-first century", "the twenty-first century"),  # an ordinal (mt_core/centuries.py)
        ("twenty people", "twenty people"),  # one word: the model writes it
    ],
)
def test_number_words_of_two_parts_reach_the_model_as_digits(text: str, expected: str) -> None:
    assert as_digits(text) == expected


def test_spanish_numbers_and_the_ones_gender() -> None:
    assert [spanish_number(v) for v in (22, 27, 35, 99)] == ["veintidós", "veintisiete", "treinta y cinco",
                                                            "noventa y nueve"]  # fmt: skip
    assert [spanish_number(21, e) for e in ("o", "", "a")] == ["veintiuno", "veintiún", "veintiuna"]
    assert [spanish_number(41, e) for e in ("o", "", "a")] == ["cuarenta y uno", "cuarenta y un", "cuarenta y una"]
    assert english_number_values("Twenty-one of the thirty-two") == [21, 32]


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He set twenty-seven world records.", "Puso 27 récords mundiales.", "Puso veintisiete récords mundiales."),
        ("Twenty-two women came.", "22 mujeres vinieron.", "Veintidós mujeres vinieron."),
        ("She won twenty-one medals.", "Ganó 21 medallas.", "Ganó veintiuna medallas."),
        ("He wrote thirty-one books.", "Escribió 31 libros.", "Escribió treinta y un libros."),
        ("She died at forty-one.", "Murió a los 41.", "Murió a los cuarenta y uno."),
        # the source wrote the digits too: which is which is not known
        ("thirty-one employees and 31 offices", "31 empleados y 31 oficinas", "31 empleados y 31 oficinas"),
        ("He set twenty-seven records.", "Puso 27,5 récords.", "Puso 27,5 récords."),  # not the number
    ],
)  # fmt: skip
def test_the_digits_come_back_as_spanish_words(source: str, translation: str, expected: str) -> None:
    assert SpokenNumbers().apply(source, translation) == expected


def test_one_thousand_is_mil() -> None:
    assert ONE_THOUSAND.apply("more than one thousand patents", "más de uno mil patentes") == "más de mil patentes"
    assert ONE_THOUSAND.apply("one of a thousand", "uno de mil") == "uno de mil"


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_the_analyser_gives_the_nouns_gender() -> None:
    from mt_core.morphology import spanish_analyser

    numbers = SpokenNumbers(spanish_analyser())
    assert numbers.apply("in twenty-one days", "en 21 días") == "en veintiún días"  # masculine in -as
    assert numbers.apply("with twenty-one women", "con 21 mujeres") == "con veintiuna mujeres"  # feminine in -es
    assert numbers.apply("sixty-one voted", "de los miembros 61 votaron") == "de los miembros sesenta y uno votaron"


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_hundreds_take_their_nouns_gender() -> None:
    from mt_core.morphology import spanish_analyser
    from mt_core.number_words import HundredsAgreement

    hundreds = HundredsAgreement(spanish_analyser())
    assert hundreds.apply("two hundred songs", "doscientos canciones") == "doscientas canciones"
    assert hundreds.apply("five hundred women", "Quinientos mujeres") == "Quinientas mujeres"
    assert hundreds.apply("three hundred thousand heads", "trescientos mil cabezas") == "trescientas mil cabezas"
    assert hundreds.apply("two hundred years", "doscientos años") == "doscientos años"
    assert hundreds.apply("two hundred of them", "doscientos de ellos") == "doscientos de ellos"  # no noun


def test_a_dropped_number_word_is_reported_and_counted() -> None:
    from mt_core.number_check import all_numbers_kept, check_numbers, number_warnings
    from mt_core.number_words import held_in

    assert held_in(24, "Los 24 ancianos") and held_in(24, "Los Veinticuatro ancianos")
    assert not held_in(24, "Los 124 ancianos") and not held_in(24, "Los siguientes ancianos")
    check = check_numbers("The twenty-four elders fell down.", "Y los siguientes ancianos se postraron.")
    warning = "sentence 1: the number twenty-four is missing from the translation"
    assert number_warnings("sentence 1", check) == [warning]
    assert check_numbers("The twenty-four elders fell down.", "Los veinticuatro ancianos.").missing == []
    # the n-best choice counts it too: a hypothesis that keeps it wins
    assert all_numbers_kept("The twenty-four elders.", "Los 24 ancianos.") == (1, 1)
    assert all_numbers_kept("The twenty-four elders.", "Los siguientes ancianos.") == (0, 1)
