from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.number_check import (
    MARKUP_NOT_TEXT,
    NumberRepair,
    check_numbers,
    number_warnings,
    numbers_kept,
    roman,
)
from mt_core.pipeline import TranslationPipeline
from mt_core.pipeline_steps import Selection


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("It costs 1,299.99 dollars.", "Cuesta 1,299.99 dólares."),  # as written
        ("It costs 1,299.99 dollars.", "Cuesta 1.299,99 dólares."),  # Spanish separators
        ("We have 10,000 users.", "Tenemos 10 000 usuarios."),  # grouped by a space
        ("We have 10,000 users.", "Tenemos 10000 usuarios."),
        ("About 0.5% of users.", "Sobre 0,5% de los usuarios."),
        ("Version 2.3.1 is out.", "La versión 2.3.1 ha salido."),
        ("The series 1,3,5 goes on.", "La serie 1,3,5 sigue."),
        ("If you specify 2 characters.", "Si especifica dos caracteres."),  # a number word
        ("In the 19th century.", "En el siglo XIX."),  # an ordinal as a Roman numeral
        ("Room 101 is on the 3rd floor.", "La sala 101 está en el 3er piso."),
        ("on page 143 100 times", "en la página 143 100 veces"),  # two numbers, not one spaced group
        ("Call 1-800-555-0199 at 10:30.", "Llame al 1-800-555-0199 a las 10:30."),
    ],
)
def test_a_number_written_another_right_way_is_left_alone(source: str, translation: str) -> None:
    check = check_numbers(source, translation)
    assert (check.text, check.repaired, check.missing) == (translation, [], [])
    assert numbers_kept(source, translation)[0] == numbers_kept(source, translation)[1]


@pytest.mark.parametrize(
    ("source", "translation", "repaired", "wrong"),
    [
        ("The file is 3.5 MB.", "El archivo es 13,5 MB.", "El archivo es 3.5 MB.", "13,5"),
        ("A loan of 250,000 euros over 25 years.", "Un préstamo de 25 000 euros en 25 años.",
         "Un préstamo de 250,000 euros en 25 años.", "25 000"),
        ('The format is "$ 1,234.00".', "El formato es «$ 1,234,00».", "El formato es «$ 1,234.00».", "1,234,00"),
        ("4 MIPS is 4,000,000 instructions", "4 MIPS es 4 ,000,000 instrucciones",
         "4 MIPS es 4,000,000 instrucciones", "4 ,000,000"),
        ("He lived in the 14th century.", "Vivió en el siglo XVII.", "Vivió en el siglo XIV.", "XVII"),
    ],
)  # fmt: skip
def test_a_changed_number_is_written_back_as_the_source_has_it(
    source: str, translation: str, repaired: str, wrong: str
) -> None:
    check = check_numbers(source, translation)
    assert check.text == repaired and check.missing == []
    assert [r.wrong for r in check.repaired] == [wrong]
    assert numbers_kept(source, translation)[0] < numbers_kept(source, translation)[1]
    assert numbers_kept(source, check.text)[0] == numbers_kept(source, check.text)[1]


def test_a_missing_number_is_reported_not_invented() -> None:
    check = check_numbers("Objects are shown with 50% transparency.", "Los objetos se ven con transparencia %.")
    assert check.text == "Los objetos se ven con transparencia %." and check.missing == ["50"]
    assert number_warnings("sentence 2", check) == ["sentence 2: the number 50 is missing from the translation"]
    assert numbers_kept("Objects are shown with 50% transparency.", check.text) == (0, 1)


def test_unequal_counts_are_not_guessed_at() -> None:
    """Two numbers missing and one stray numeral: which goes where is unknown, so nothing is rewritten."""
    check = check_numbers("Add 2.5 cups and 1.5 spoons.", "Añade 7 tazas y cucharas.")
    assert check.text == "Añade 7 tazas y cucharas." and check.missing == ["2.5", "1.5"]


def test_names_with_digits_and_markup_are_not_numbers() -> None:
    assert check_numbers("NT_S390 (s390 registers)", "NT_S390 (registros 390)").text == "NT_S390 (registros 390)"
    check = check_numbers("Page 3 of 12", '<a href="/page/7">Página 8 de 12</a>', MARKUP_NOT_TEXT)
    assert check.text == '<a href="/page/7">Página 3 de 12</a>'  # the 7 of the link is not a number of the text


def test_a_roman_numeral_replaces_only_an_ordinal() -> None:
    assert check_numbers("Chapter 4 is long.", "El capítulo IV es largo.").missing == ["4"]
    assert roman(1999) == "MCMXCIX" and roman(14) == "XIV"
    repair = check_numbers("the 4th century", "el siglo VI").repaired
    assert repair == [NumberRepair("VI", "4th", "IV")]
    warnings = number_warnings("sentence 1", check_numbers("the 4th century", "el siglo VI"))
    assert warnings == ["sentence 1: the model wrote VI where the source has 4th; corrected to IV"]


def test_the_pipeline_repairs_numbers_and_says_so(tiny_model_dir: Path) -> None:
    pipeline = TranslationPipeline(Engine(tiny_model_dir))
    prepared = pipeline.prepare(["The file is 3.5 MB. It has 50% free."])
    selections = [
        Selection("El archivo es 13,5 MB.", "annotation", [], False),
        Selection("Tiene % libre.", "annotation", [], False),
    ]
    (result,) = pipeline.assemble(prepared, selections)
    assert result.text == "El archivo es 3.5 MB. Tiene % libre."
    assert result.warnings == [
        "sentence 1: the model wrote 13,5 where the source has 3.5; corrected to 3.5",
        "sentence 2: the number 50 is missing from the translation",
    ]


def test_a_line_of_more_numbers_than_the_cap_is_left_as_it_is() -> None:
    from mt_core.number_check import MAX_NUMBERS

    source = " ".join(str(n) for n in range(MAX_NUMBERS + 1))
    assert check_numbers(source, source.replace("5", "6")).repaired == []
    spaced = "1 000 " * 40  # many spaced groups: one split for all, not one per group
    assert check_numbers("1,000 " * 40, spaced).repaired == []


def test_number_words_kept_counts_the_sources_number_words_the_translation_holds() -> None:
    from mt_core.number_check import has_number_words, number_words_kept

    assert number_words_kept("She won thirteen awards in two years.", "Ganó trece premios en 2 años.") == 2
    assert number_words_kept("She won thirteen awards.", "Gasará premios.") == 0
    assert not has_number_words("No one came.")  # 'one' may be a pronoun
