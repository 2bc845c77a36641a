import pytest

from mt_core.grammar import Gender
from mt_core.milestone_repairs import MILESTONE_REPAIRS
from mt_core.phrase_repair import repair_phrases
from mt_core.subject_gender import sentence_person_gender as person_gender


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She earned a doctorate in physics.", "Ganó un doctorado en físicas.", "Obtuvo un doctorado en física."),
        ("He earned a degree in law.", "Ganó un título en ley.", "Obtuvo un título en derecho."),
        ("He was impeached in 1998.", "Era impeached en 1998.", "Fue sometido a un juicio político en 1998."),
        ("She was impeached in 2016.", "Fue acusada en 2016.", "Fue sometida a un juicio político en 2016."),
        ("She served as an associate justice of the Supreme Court.",
         "Sirvió como un asociar justicia de la Corte Suprema.", "Sirvió como jueza asociada de la Corte Suprema."),
        ("He emigrated to the United States.", "Emitió a los Estados Unidos.", "Emigró a los Estados Unidos."),
        ("She was the empress of Russia.", "Era la empresa de Rusia.", "Era la emperatriz de Rusia."),
        ("He was the youngest of seven siblings.", "Era el más joven de siete siblings.",
         "Era el más joven de siete hermanos."),
        ("She was a member of the party.", "Era una miembro del partido.", "Era miembro del partido."),
        ("She is often regarded as the greatest poet.", "Es a menudo consideró como la poeta más grande.",
         "Es a menudo considerada como la poeta más grande."),
        ("He is widely regarded as a genius.", "Está ampliamente considerado un genio.",
         "Es ampliamente considerado un genio."),
        # no person in the source: the model's participle stays
        ("The film is regarded as a classic.", "La película es considerada un clásico.",
         "La película es considerada un clásico."),
    ],
)  # fmt: skip
def test_a_milestones_slip_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, MILESTONE_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("She won a prize.", "Ganó un premio."),  # a prize is won
        ("He earned a fortune.", "Ganó una fortuna."),  # no degree
        ("He was accused of theft.", "Fue acusado de robo."),  # no impeachment
        ("She emitted a sound.", "Emitió un sonido."),  # no emigration
        ("He met a member of the party.", "Conoció a un miembro del partido."),  # no linking verb
    ],
)
def test_a_right_translation_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, MILESTONE_REPAIRS) == translation


def test_the_persons_gender_comes_from_gender_words_or_a_first_name() -> None:
    assert person_gender("She was impeached.") is Gender.FEMININE
    assert person_gender("Mary Robinson was impeached.") is Gender.FEMININE
    assert person_gender("Bill Clinton was impeached.") is Gender.MASCULINE
    assert person_gender("The film is regarded as a classic.") is None
    assert person_gender("She and her brother were members.") is None
