import re

import pytest

from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She is best known for her novels.", "Es más sabida para sus novelas.", "Es más conocida por sus novelas."),
        ("She taught there for three years.", "Enseñó allí para tres años.", "Enseñó allí durante tres años."),
        ("She began singing in clubs.", "Empezó cantar en clubes.", "Empezó a cantar en clubes."),
        ("It helped establish the movement.", "Ayudó establecer el movimiento.", "Ayudó a establecer el movimiento."),
        ("In 2004 she became the first.", "En 2004 acaecía la primera.", "En 2004 se convirtió en la primera."),
        ("She became famous.", "Acaecía famosa.", "Se hizo famosa."),
        ("He married his cousin in 1707.", "Casó su prima en 1707.", "Se casó con su prima en 1707."),
        ("He married Anna Wilcke.", "Después, casó Anna Wilcke.", "Después, se casó con Anna Wilcke."),
        ("He worked at Bletchley Park.", "Obró en Bletchley Park.", "Trabajó en Bletchley Park."),
        ("Sartre, who became her partner.", "Sartre acaecía su socio.", "Sartre se convirtió en su socio."),
        ("He moved to Vienna in 1792.", "Movió a Viena en 1792.", "Se mudó a Viena en 1792."),
        ("She founded the movement in 1977.", "Encontró el movimiento en 1977.", "Fundó el movimiento en 1977."),
        ("In 1929 she met Sartre.", "En 1929 cumplió Sartre.", "En 1929 conoció a Sartre."),
        ("The novel was published in 1970.", "La novela estuvo publicada en 1970.", "La novela fue publicada en 1970."),
        ("He was captured by pirates.", "Estuvo capturado por piratas.", "Fue capturado por piratas."),
        ("He served as Prime Minister.", "Sirvió tan Primer ministro.", "Sirvió como Primer ministro."),
        ("one of the greatest players of all time", "uno de los jugadores más sumos de todo tiempo",
         "uno de los jugadores más grandes de todos los tiempos"),
        ("Marie is a great pianist.", "Marie es una suma pianista.", "Marie es una gran pianista."),
        ("She vanished while trying to fly.", "Se fue mientras intentando volar.", "Se fue intentando volar."),
        ("He studied law in Bogotá.", "Estudió ley en Bogotá.", "Estudió derecho en Bogotá."),
        ("her older brothers", "sus hermanos más viejos", "sus hermanos mayores"),
        ("He is considered to be the father of it.", "Es considerado para ser el padre.", "Es considerado el padre."),
        ("She was the first woman to win it.", "La primera mujer para ganarlo.", "La primera mujer en ganarlo."),
        ("the Nobel Prize in Physics", "el premio Nóbel en Físicas", "el Premio Nobel de Física"),
        ("an American singer", "una cantante americana", "una cantante estadounidense"),
        ("She was one of the best.", "Era uno de las mejores.", "Era una de las mejores."),
        ("She was awarded the prize.", "Estuvo otorgada el premio.", "Fue otorgada el premio."),
        ("She has lived there since 1989.", "Ha vivido allí desde entonces 1989.", "Ha vivido allí desde 1989."),
        ("He graduated from Harvard in 1955.", "Graduó de Harvard en 1955.", "Se graduó en Harvard en 1955."),
        ("Her parents divorced in 1990.", "Sus padres divorciaron en 1990.", "Sus padres se divorciaron en 1990."),
        ("They had eight children.", "Tuvieron ocho niños.", "Tuvieron ocho hijos."),
        ("The couple moved.", "El par se mudó.", "La pareja se mudó."),
        ("They married in 1950.", "Casaron en 1950.", "Se casaron en 1950."),
        ("She grew up in Nsukka.", "Creció arriba en Nsukka.", "Creció en Nsukka."),
        ("He attended a school.", "Atendió una escuela.", "Asistió a una escuela."),
        ("the greatest literary figure", "la cifra literaria más grande", "la figura literaria más grande"),
        ("in his native village", "en su pueblo nativo", "en su pueblo natal"),
        ("It was held in Paris.", "Estuvo aguantada en París.", "Se celebró en París."),
        ("He left to work in a factory.", "Se fue para obrar en una fábrica.", "Se fue para trabajar en una fábrica."),
        ("She earned a degree in chemistry.", "Ganó un grado en química.", "Ganó un título en química."),
        ("He starred in fifty films.", "Echó en cincuenta películas.", "Protagonizó cincuenta películas."),
        ("The band released its first album.", "La banda liberó su primer álbum.", "La banda publicó su primer álbum."),
        ("He served two terms as mayor.", "Sirvió dos plazos como alcalde.", "Sirvió dos mandatos como alcalde."),
        ("He was succeeded by his son.", "Fue tenido éxito por su hijo.", "Le sucedió su hijo."),
        ("He was one of the founders of the party.", "Era uno de los fundadores de la fiesta.",
         "Era uno de los fundadores del partido."),
        ("She is known as the First Lady.", "Está conocida como la Primera.", "Es conocida como la Primera."),
        ("Jane Austen was an English novelist.", "Jane Austen era una novelista.", "Jane Austen fue una novelista."),
        ("Ada Lovelace (1815–1852) was a writer.", "Ada Lovelace (1815–1852) era una escritora.",
         "Ada Lovelace (1815–1852) fue una escritora."),
    ],
)  # fmt: skip
def test_a_teachers_slip_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        # the source does not hold the phrase the slip translates
        ("It was found in the cave.", "Estuvo encontrado en la cueva."),
        ("He was known.", "Era sabido para todos."),
        ("The meeting happened in 1950.", "La reunión acaeció en 1950."),
        ("He moved the table.", "Movió a la mesa."),
        ("It is for him.", "Es para tres años."),
        # a state, not a passive
        ("He was married to Anna in 1920.", "Estuvo casado con Anna en 1920."),
        ("He was married to Anna.", "Estuvo casado con Anna."),
        ("Children play.", "Los niños juegan."),
        ("We went to the party.", "Fuimos a la fiesta."),  # a party with no politics in it
        ("It had a degree of risk.", "Tenía un grado de riesgo."),
        # a Latin American is not from the United States
        ("a Latin American author", "una autora latinoamericana"),
        # 'empezó' before a noun ending like an infinitive
        ("He began in his home.", "Empezó hogar."),
        # 'tan' before an adjective is right
        ("She was as tall as him.", "Era tan alta como él."),
        # a description, not a life's summary: the lead's 'fue' is for a full name opening the sentence
        ("Now David was a shepherd.", "Ahora David era un pastor."),
        ("It was a Sabbath.", "Era un sábado."),
    ],
)
def test_a_right_translation_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation) == translation


def test_markup_is_never_touched() -> None:
    skip = re.compile(r"<[^>]*>")
    source = "He worked in Paris."
    assert (
        repair_phrases(source, '<a title="obró">Obró</a> en París.', skip=skip)
        == '<a title="obró">Trabajó</a> en París.'
    )
