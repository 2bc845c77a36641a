import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.verb_repairs import VERB_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She is best known for her novels.", "Es más sabida para sus novelas.", "Es más conocida por sus novelas."),
        ("He was the first African-American president.", "Era el primer presidente afroamericano.",
         "Fue el primer presidente afroamericano."),
        ("He composed more than 800 works.", "Compenso más de 800 obras.", "Compuso más de 800 obras."),
        ("He remains one of the most admired composers.", "Resta uno de los compositores más admirados.",
         "Sigue siendo uno de los compositores más admirados."),
        ("the last queen before the French Revolution", "la última reina antes de que la Revolución francesa",
         "la última reina antes de la Revolución francesa"),
        ("She is the first woman to have held the office.", "Es la primera mujer en tener aguantado la oficina.",
         "Es la primera mujer en ocupar el cargo."),
        ("He held the post until 1990.", "Aguantó el puesto hasta 1990.", "Ocupó el cargo hasta 1990."),
        ("sometimes referred to as the First Lady", "a veces referida a como la Primera Dama",
         "a veces llamada la Primera Dama"),
        ("Widely regarded as one of the greatest players, he was", "Widely consideró como uno de los mejores, era",
         "Considerado ampliamente como uno de los mejores, era"),
        ("Widely regarded as one of the greatest, she was", "Widely consideró como una de las mejores, era",
         "Considerada ampliamente como una de las mejores, era"),
        ("Considered the world's foremost expert on chimpanzees, she is", "Considerado la experta más importante, es",
         "Considerada la experta más importante, es"),
        ("a novelist known primarily for her novels", "sabida principalmente para", "conocida principalmente por"),
        ("She began singing in clubs.", "Empezó cantar en clubes.", "Empezó a cantar en clubes."),
        ("She has performed for 60 years.", "Ha actuó durante 60 años.", "Ha actuado durante 60 años."),
        ("They have written books.", "Han escribieron libros.", "Han escrito libros."),
        ("It helped establish the movement.", "Ayudó establecer el movimiento.", "Ayudó a establecer el movimiento."),
        ("In 2004 she became the first.", "En 2004 acaecía la primera.", "En 2004 se convirtió en la primera."),
        ("She became famous.", "Acaecía famosa.", "Se hizo famosa."),
        ("He married his cousin in 1707.", "Casó su prima en 1707.", "Se casó con su prima en 1707."),
        ("He married Anna Wilcke.", "Después, casó Anna Wilcke.", "Después, se casó con Anna Wilcke."),
        ("He created about 2,100 artworks.", "Crió aproximadamente 2,100 obras.", "Creó aproximadamente 2,100 obras."),
        ("His ideas were rejected.", "Sus ideas fueron rehusadas.", "Sus ideas fueron rechazadas."),
        ("She is widely considered the best.", "Es ampliamente consideró la mejor.",
         "Es ampliamente considerada la mejor."),
        ("He is considered a genius.", "Es consideró un genio.", "Es considerado un genio."),
        ("After graduating, he left.", "Después de graduar, se fue.", "Después de graduarse, se fue."),
        ("He worked at Bletchley Park.", "Obró en Bletchley Park.", "Trabajó en Bletchley Park."),
        ("She won thirteen Grammy Awards.", "Gandió trece premios Grammy.", "Ganó trece premios Grammy."),
        ("the method that bears her name", "el método que aguanta su nombre", "el método que lleva su nombre"),
        ("The street bore his name.", "La calle soportó su nombre.", "La calle llevó su nombre."),
        ("She works primarily in sculpture.", "Obra principalmente en escultura.",
         "Trabaja principalmente en escultura."),
        ("Ana lives in Lima and works as a nurse.", "Ana vive en Lima y obra como enfermera.",
         "Ana vive en Lima y trabaja como enfermera."),
        ("Sartre, who became her partner.", "Sartre acaecía su socio.", "Sartre se convirtió en su socio."),
        ("He moved to Vienna in 1792.", "Movió a Viena en 1792.", "Se mudó a Viena en 1792."),
        ("She founded the movement in 1977.", "Encontró el movimiento en 1977.", "Fundó el movimiento en 1977."),
        ("In 1929 she met Sartre.", "En 1929 cumplió Sartre.", "En 1929 conoció a Sartre."),
        ("The novel was published in 1970.", "La novela estuvo publicada en 1970.", "La novela fue publicada en 1970."),
        ("He was captured by pirates.", "Estuvo capturado por piratas.", "Fue capturado por piratas."),
        ("He is considered the father of physics.", "Está considerado el padre.", "Es considerado el padre."),
        ("his mother worked as a seamstress", "su madre obrada como costurera", "su madre trabajó como costurera"),
        ("He had worked as a clerk.", "Había obrado como empleado.", "Había trabajado como empleado."),
        ("He worked primarily in logic.", "Obró principalmente en lógica.", "Trabajó principalmente en lógica."),
        ("In 1975 she was appointed director.", "En 1975 estuvo señalada directora.",
         "En 1975 fue nombrada directora."),
        ("Her ashes were scattered over the sea.", "Sus cenizas estuvieron esparcidas sobre el mar.",
         "Sus cenizas fueron esparcidas sobre el mar."),
        ("five children born to a farmer", "cinco hijos natos a un labrador", "cinco hijos nacidos de un labrador"),
        ("After graduating from Harvard, he left.", "Después de que graduar de Harvard, se fue.",
         "Después de graduarse en Harvard, se fue."),
        ("In life, Asimov was considered great.", "En vida, Asimov estuvo considerado grande.",
         "En vida, Asimov fue considerado grande."),
        ("She vanished while trying to fly.", "Se fue mientras intentando volar.", "Se fue intentando volar."),
        ("He is considered to be the father of it.", "Es considerado para ser el padre.", "Es considerado el padre."),
        ("He met King Charles III.", "Cumplió el rey Carlos III.", "Conoció al rey Carlos III."),
        ("Marie Curie was the first woman to win it.", "Marie Curie era la primera mujer en ganarlo.",
         "Marie Curie fue la primera mujer en ganarlo."),
        ("He graduated from Harvard in 1955.", "Graduó de Harvard en 1955.", "Se graduó en Harvard en 1955."),
        ("Her parents divorced in 1990.", "Sus padres divorciaron en 1990.", "Sus padres se divorciaron en 1990."),
        ("They married in 1950.", "Casaron en 1950.", "Se casaron en 1950."),
        ("She grew up in Nsukka.", "Creció arriba en Nsukka.", "Creció en Nsukka."),
        ("He attended a school.", "Atendió una escuela.", "Asistió a una escuela."),
        ("It was held in Paris.", "Estuvo aguantada en París.", "Se celebró en París."),
        ("He left to work in a factory.", "Se fue para obrar en una fábrica.", "Se fue para trabajar en una fábrica."),
        ("He starred in fifty films.", "Echó en cincuenta películas.", "Protagonizó cincuenta películas."),
        ("She starred in many films.", "Prostó en muchas películas.", "Protagonizó muchas películas."),
        ("The band released its first album.", "La banda liberó su primer álbum.", "La banda publicó su primer álbum."),
        ("He was succeeded by his son.", "Fue tenido éxito por su hijo.", "Le sucedió su hijo."),
        ("She is known as the First Lady.", "Está conocida como la Primera.", "Es conocida como la Primera."),
        ("Jane Austen was an English novelist.", "Jane Austen era una novelista.", "Jane Austen fue una novelista."),
        ("Ada Lovelace (1815–1852) was a writer.", "Ada Lovelace (1815–1852) era una escritora.",
         "Ada Lovelace (1815–1852) fue una escritora."),
        ("Prince Philip (born 1921) was an Englishman.", "el príncipe Felipe (nacido en 1921) Era un inglés.",
         "el príncipe Felipe (nacido en 1921) fue un inglés."),  # the name's placeholder, before sentence case
        ("She was the first woman to head a government.", "Era la primera mujer en encabezar un gobierno.",
         "Fue la primera mujer en encabezar un gobierno."),
        ("At fourteen, he was the first gymnast to score 10.", "A los catorce, era el primer gimnasta para marcar 10.",
         "A los catorce, fue el primer gimnasta para marcar 10."),
    ],
)  # fmt: skip
def test_a_teachers_verb_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, VERB_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        # the source does not hold the phrase the slip translates
        ("It was found in the cave.", "Estuvo encontrado en la cueva."),
        ("He was known.", "Era sabido para todos."),
        ("The meeting happened in 1950.", "La reunión acaeció en 1950."),
        ("He moved the table.", "Movió a la mesa."),
        # a state, not a passive
        ("He was married to Anna in 1920.", "Estuvo casado con Anna en 1920."),
        ("He is a born leader.", "Es un líder nato."),
        ("Her house was closed for years.", "Su casa estuvo cerrada durante años."),  # a state
        ("the time which had been appointed to him.", "el tiempo que le había sido señalado."),  # a time, no post
        ("The names are described here.", "Los nombres están descritos aquí."),
        ("The Museum was closed for years.", "El Museo estuvo cerrado durante años."),  # a state
        ("He was married to Anna.", "Estuvo casado con Anna."),
        # 'empezó' before a noun ending like an infinitive
        ("He began in his home.", "Empezó hogar."),
        ("He was known as Max.", "Era conocido como Max."),
        # a description, not a life's summary: the lead's 'fue' is for a full name opening the sentence
        ("Now David was a shepherd.", "Ahora David era un pastor."),
        ("It was a Sabbath.", "Era un sábado."),
        ("She created a school and raised her sons.", "Creó una escuela y crió a sus hijos."),  # 'criar' is right
        # a first that is a state, not an event: no infinitive follows
        ("He was the last emperor of China.", "Era el último emperador de China."),
        ("She works in sculpture and her work is in Paris.", "Trabaja en escultura y su obra en París es famosa."),
        ("She was the first woman who ran the firm.", "Era la primera mujer que dirigía la empresa."),
    ],
)
def test_a_right_verb_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, VERB_REPAIRS) == translation
