import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.politics_repairs import POLITICS_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He governed Tanganyika.", "Regió Tanganyika.", "Gobernó Tanganyika."),
        ("He was executed by a firing squad.", "Fue ejecutado por un equipo de disparar.",
         "Fue ejecutado por un pelotón de fusilamiento."),
        ("He was a member of the Whig Party.", "Era miembro de la Fiesta Whig.", "Era miembro del Partido Whig."),
        ("She founded the Peronist Party.", "Fundó la Fiesta Peronist Fiesta.", "Fundó el Partido Peronist."),
        ("He joined the Whig Party.", "Se unió a la Fiesta Whig.", "Se unió al Partido Whig."),
        ("She was a feminist activist.", "Era una activista de feminista.", "Era una activista feminista."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_a_political_life_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, POLITICS_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("The party was a success.", "La fiesta fue un éxito."),  # a party, no Party
        ("She went to the party after the Whig Party met.", "Fue a la fiesta."),  # both: which is which is not known
        ("The regime governed by decree.", "El régimen gobernó por decreto."),
        ("He was shot by a squad.", "Fue fusilado por un equipo de fuego."),  # no firing squad
    ],
)
def test_a_right_translation_of_a_political_life_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, POLITICS_REPAIRS) == translation
