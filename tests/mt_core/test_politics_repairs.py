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
        ("She was a Spanish Communist politician.", "Era una política Comunista española.",
         "Era una política comunista española."),
        ("He was a British Labour politician.", "Era un político Labour político.", "Era un político laborista."),
        ("She was a Labour politician.", "Era una política de Trabajo.", "Era una política laborista."),
        ("She was an American Democratic politician.", "Era una política Democrática estadounidense.",
         "Era una política demócrata estadounidense."),
        ("They were Conservative politicians.", "Eran Conservative políticos.", "Eran políticos conservadores."),
        ("He came to power after a coup d'état.", "Vino al poder después de un golpe d'état.",
         "Vino al poder después de un golpe de Estado."),
        ("The coup failed.", "La coup falló.", "El golpe de Estado falló."),
        ("He was killed in a coup in 1987.", "Fue asesinado en un golpe en 1987.",
         "Fue asesinado en un golpe de Estado en 1987."),
        ("She wrote about the Amritsar massacre.", "Escribió sobre el Amritsar masacre.",
         "Escribió sobre la masacre de Amritsar."),
        ("He survived the massacre.", "Sobrevivió al massacre.", "Sobrevivió a la masacre."),
        ("She was a member of the Spanish parliament.", "Era miembro de la parlación española.",
         "Era miembro del parlamento española."),  # (the nationality agrees later: demonyms.NationalityAgreement)
        ("He was a member of parliament.", "Era miembro de parlamento.", "Era miembro del parlamento."),
        ("She joined the Mexican Communist Party.", "Se unió a la mexicano Partido Comunista.",
         "Se unió al Partido Comunista Mexicano."),
        ("He was a senator for the Chilean Communist Party.", "Era senador por el Chilean Partido Comunista.",
         "Era senador por el Partido Comunista Chileno."),
        ("He led the Chinese Communist Party.", "Dirigió el Partido chino Comunista.",
         "Dirigió el Partido Comunista Chino."),
        ("He joined the Cuban Communist Party.", "Se unió al cubana Partido Comunista.",
         "Se unió al Partido Comunista Cubano."),
        ("He was elected for a second term.", "Fue elegido para un segundo plazo.",
         "Fue elegido para un segundo mandato."),
        ("He warned President Roosevelt.", "Advirtió Presidente Roosevelt.", "Advirtió al presidente Roosevelt."),
        ("President Lincoln was shot.", "Presidenta Lincoln fue disparado.", "El presidente Lincoln fue disparado."),
        ("He worked for President Obama.", "Trabajó para el Presidente Obama.", "Trabajó para el presidente Obama."),
        ("She was nominated by President Bill Clinton.", "Fue nominada por presidente Bill Clinton.",
         "Fue nominada por el presidente Bill Clinton."),
        ("the inauguration of President Clinton", "la inauguración de presidente Clinton",
         "la inauguración del presidente Clinton"),
        ("She met President Michelle Bachelet.", "Conoció a presidente Michelle Bachelet.",
         "Conoció a la presidenta Michelle Bachelet."),
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
        ("He was a member of the Conservative Party.", "Era miembro del Partido Conservador."),  # a party's name
        ("She was a Communist politician.", "Era una política comunista."),
        ("He was overthrown in a military coup.", "Fue derrocado en un golpe militar."),
        ("He was the leader of the coup.", "Fue el líder del golpe de Estado."),
        ("The parliament approved the law.", "El parlamento aprobó la ley."),
        ("She was the president of the club.", "Fue la presidenta del club."),  # no President named
        ("The term ends in May.", "El plazo termina en mayo."),  # a time limit, no office
    ],
)
def test_a_right_translation_of_a_political_life_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, POLITICS_REPAIRS) == translation
