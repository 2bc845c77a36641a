import pytest

from mt_core.ages import mend_age_verbs


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("The boy is 12 years old.", "El chico es 12 años.", "El chico tiene 12 años."),
        ("She was 30 years old when she married.", "Era 30 años cuándo casó.", "Tenía 30 años cuándo casó."),
        ("I am 25 years old.", "Soy 25 años.", "Tengo 25 años."),
        ("He was only 17 years old.", "Era sólo 17 años.", "Tenía sólo 17 años."),
        ("He is thirty-five years old.", "Es treinta y cinco años.", "Tiene treinta y cinco años."),
        # an age without 'years old'
        ("He moved when he was five.", "Se mudó cuando era cinco.", "Se mudó cuando tenía cinco años."),
        (
            "They left when they were 12, alone.",
            "Fueron cuando eran 12, solos.",
            "Fueron cuando tenían 12 años, solos.",
        ),
        ("She was happy when she was young.", "Era feliz cuando era joven.", "Era feliz cuando era joven."),
        # left alone: no age with 'be' in the source, or no number after the verb
        ("The war lasted 5 years.", "Fue 5 años.", "Fue 5 años."),
        ("It was the year 1990. He is 5 years old.", "Era el año 1990. Es 5 años.", "Era el año 1990. Tiene 5 años."),
    ],
)
def test_an_age_takes_tener(source: str, translation: str, expected: str) -> None:
    assert mend_age_verbs(source, translation) == expected
