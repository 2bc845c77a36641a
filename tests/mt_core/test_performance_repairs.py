import pytest

from mt_core.performance_repairs import PERFORMANCE_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She is an American television presenter.", "Es una presentadora televisiva estadounidense.",
         "Es una presentadora de televisión estadounidense."),
        ("He is a Spanish radio presenter.", "Es un presentador radiofónico español.",
         "Es un presentador de radio español."),
        ("He was the lead singer of the band.", "Era el cantante de ventaja de la banda.",
         "Era el cantante principal de la banda."),
        ("She starred in Roman Holiday.", "Protagonizó en Roman Holiday.", "Protagonizó Roman Holiday."),
        ("He was an English comic actor.", "Fue un actor de cómic inglés.", "Fue un actor cómico inglés."),
        ("Her signature song was La Vie en rose.", "Su canción de firma era La Vie en rose.",
         "Su canción emblemática era La Vie en rose."),
        ("one of the sex symbols of the 1950s", "uno de los símbolos de sexo", "uno de los símbolos sexuales"),
        ("She toured Europe.", "Ella visitó Europa.", "Hizo giras por Europa."),
        ("They toured extensively in the United States.", "Visitaron extensamente en los Estados Unidos.",
         "Hicieron giras extensamente por los Estados Unidos."),
        ("She is an American talk show host.", "Es una charla estadounidense anfitriona de espectáculo.",
         "Es una presentadora de televisión estadounidense."),
        ("Jay Leno is a comedian and talk show host.", "Jay Leno es un comediante y charla show anfitrión.",
         "Jay Leno es un comediante y presentador de televisión."),
        ("She is a talk show host.", "Es una charla asoma anfitrión.", "Es una presentadora de televisión."),
        ("She gave up acting at 26.", "Dio arriba suplente a los 26.", "Abandonó la interpretación a los 26."),
        ("She retired from films at 35.", "Se retiró de películas a los 35.", "Se retiró del cine a los 35."),
        ("Her talk show ran for 25 years.", "Su espectáculo de charla corrió durante 25 años.",
         "Su programa de entrevistas se emitió durante 25 años."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_a_performer_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, PERFORMANCE_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("She toured the factory.", "Visitó la fábrica."),  # a visit, no tour of a place named
        ("He sang in the band.", "Cantó en la banda."),  # no lead singer
        ("She played a comic role.", "Tuvo un papel cómico."),
    ],
)
def test_a_right_translation_about_a_performer_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, PERFORMANCE_REPAIRS) == translation
