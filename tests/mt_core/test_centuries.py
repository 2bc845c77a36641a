import pytest

from mt_core.centuries import Centuries, century_digits, source_centuries


def test_an_ordinal_word_before_century_reaches_the_model_as_digits() -> None:
    assert century_digits("in the nineteenth century") == "in the 19th century"
    assert century_digits("the twenty-first century") == "the 21st century"
    assert century_digits("the seventeenth and eighteenth centuries") == "the 17th and 18th centuries"
    assert century_digits("in the mid-twentieth century") == "in the 20th century"  # 'mid' is written back
    assert century_digits("Twentieth Century Fox") == "Twentieth Century Fox"  # a name
    assert century_digits("the first time") == "the first time"


def test_source_centuries_with_their_part() -> None:
    assert source_centuries("In the early 19th century and the late eighteenth century") == [
        (19, "early"),
        (18, "late"),
    ]
    assert source_centuries("a mid-20th-century poet") == [(20, "mid")]
    assert source_centuries("For centuries it was poor.") == []


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("It was built in the 21st century.", "Fue construido en el siglo 21.o siglo.",
         "Fue construido en el siglo XXI."),
        ("It was built in the 2nd century.", "Fue construido en el siglo de 2o.", "Fue construido en el siglo II."),
        ("It was built in the 1st century.", "Fue construido en el siglo 1er.", "Fue construido en el siglo I."),
        ("the 14th century", "el siglo XIII", "el siglo XIV"),  # a wrong Roman numeral
        ("She lived in the early 19th century.", "Vivió en el siglo XIX temprano.",
         "Vivió a principios del siglo XIX."),
        ("a painter of the late 18th century", "un pintor del siglo 18.o siglo tardío",
         "un pintor de finales del siglo XVIII"),
        ("In the mid-20th century, it grew.", "En el siglo XX, creció.", "A mediados del siglo XX, creció."),
        ("by the late 19th century", "a finales del siglo 19.o", "a finales del siglo XIX"),  # said already
        ("in the 16th and 17th centuries", "en los 16.os siglos XVII y 17.º", "en los siglos XVI y XVII"),
        ("the 12th and 13th centuries", "el siglo XII y el siglo XIII", "el siglo XII y el siglo XIII"),
        ("between the twelfth and thirteenth centuries", "entre los siglos XII y XIII siglos",
         "entre los siglos XII y XIII"),
        ("of the seventeenth and eighteenth centuries", "de los 17.os y 18.os siglos", "de los siglos XVII y XVIII"),
        ("of the seventeenth and eighteenth centuries", "del 17.o y siglo XVIIII", "de los siglos XVII y XVIII"),
        ("For centuries it was poor.", "Durante siglos fue pobre.", "Durante siglos fue pobre."),  # no number
        # a number the source has as an ordinal is its own ('from the 12th to the 14th century')
        ("from the 12th to the 14th century", "del siglo 12 al siglo 14", "del siglo XII al siglo XIV"),
        ("from the 12th to the 14th century", "del siglo 12", "del siglo XII"),
        ("the 14th century", "el siglo 13", "el siglo XIV"),
    ],
)  # fmt: skip
def test_centuries_are_written_in_roman_numerals(source: str, translation: str, expected: str) -> None:
    assert Centuries().apply(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She was a queen of the Eighteenth Dynasty.", "Era una reina del Decimoctavo Dynasty.",
         "Era una reina de la dinastía XVIII."),
        ("a queen of the 18th Dynasty", "una reina del 18.o Dynasty", "una reina de la dinastía XVIII"),
        ("the Fourth Dynasty", "la cuarta dinastía", "la dinastía IV"),
        ("an emperor of the Maurya dynasty", "un emperador del Maurya dinastía", "un emperador de la dinastía Maurya"),
        ("built during the Ming dynasty", "construido durante la dinastía de Ming",
         "construido durante la dinastía Ming"),
        # two numbered dynasties: which is which is not known
        ("the 4th Dynasty and the 5th Dynasty", "la cuarta dinastía y la quinta dinastía",
         "la cuarta dinastía y la quinta dinastía"),
    ],
)  # fmt: skip
def test_a_dynasty_is_written_as_spanish_writes_it(source: str, translation: str, expected: str) -> None:
    from mt_core.centuries import Dynasties

    assert Dynasties().apply(source, translation) == expected
