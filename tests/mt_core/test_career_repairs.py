import pytest

from mt_core.career_repairs import CAREER_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("a village near Naples", "un pueblo cercano Nápoles", "un pueblo cerca de Nápoles"),
        ("for most of his adult life", "para la mayoría de su vida adulta", "durante la mayor parte de su vida adulta"),
        ("translated into over thirty languages", "traducida a encima treinta lenguas",
         "traducida a más de treinta lenguas"),
        ("In her later years", "En sus años más tardíos", "En sus últimos años"),
        ("In just over a decade", "En justo sobre una década", "En poco más de una década"),
        ("Galileo was found guilty of heresy.", "Galileo estuvo encontrado culpable de herejía.",
         "Galileo fue declarado culpable de herejía."),
        ("Shakespeare's plays have been translated.", "Los juegos de Shakespeare han sido traducidos.",
         "Las obras de Shakespeare han sido traducidos."),
        ("She was raised by her grandmother after her parents separated.", "después de sus padres separaron.",
         "después de que sus padres se separaron."),
        ("She came to prominence during the war.", "Vino a prominencia durante la guerra.",
         "Saltó a la fama durante la guerra."),
        ("He was survived by his wife and four children.", "Fue sobrevivido por su mujer y cuatro hijos.",
         "Le sobrevivieron su mujer y cuatro hijos."),
        ("She was survived by her husband.", "Fue sobrevivida por su marido.", "Le sobrevivió su marido."),
        ("She won the Pulitzer Prize in 1988 for Beloved.", "Ganó el Premio Pulitzer en 1988 para Beloved.",
         "Ganó el Premio Pulitzer en 1988 por Beloved."),
        ("He came to be known as the father of physics.", "Vino para ser conocido como el padre.",
         "Llegó a ser conocido como el padre."),
        ("a computer scientist and a pioneer of computer science", "un científico de ordenador y ciencia de ordenador",
         "un informático y informática"),
        ("The asteroid is named after him.", "El asteroide está nombrado después de que le.",
         "El asteroide lleva su nombre."),
        ("She never married and had no children.", "Nunca casada y tuvo ninguna niña.",
         "Nunca se casó y no tuvo hijos."),
        ("He was posthumously awarded the medal.", "Era posthumously otorgó la medalla.",
         "Recibió a título póstumo la medalla."),
        ("She was never awarded the Nobel Prize.", "Nunca fue otorgada el Premio Nobel.",
         "Nunca recibió el Premio Nobel."),
        ("She was also awarded the Order of Canada.", "Era también otorgó la Orden de Canadá.",
         "También recibió la Orden de Canadá."),
        ("They were awarded the prize.", "Fueron otorgados el premio.", "Recibieron el premio."),
        ("She was awarded the prize.", "Estuvo otorgada el premio.", "Recibió el premio."),
        ("He was elected a Fellow of the Royal Society.", "Fue elegido un Fellow de la Royal Society.",
         "Fue elegido miembro de la Royal Society."),
        ("She was elected a member of the Academy.", "Fue elegida una miembro de la Academia.",
         "Fue elegida miembro de la Academia."),
        ("He was appointed a judge in 1990.", "Fue nombrado un juez en 1990.", "Fue nombrado juez en 1990."),
        ("He was ordained a priest in 1950.", "Fue ordenado un sacerdote en 1950.", "Fue ordenado sacerdote en 1950."),
        ("He returned to his hometown.", "Regresó a su hometown.", "Regresó a su ciudad natal."),
        ("where he met his future wife", "donde cumplió su mujer futura", "donde conoció a su mujer futura"),
        ("He left school at fifteen.", "Dejó escolar a los quince.", "Dejó la escuela a los quince."),
        ("She was one of the founding members.", "Era una de las miembros de fundar.",
         "Era una de las miembros fundadoras."),
        ("He was director of research.", "Era director de búsqueda.", "Era director de investigación."),
        ("He continued his research for over five decades.", "Continuó su búsqueda durante más de cinco décadas.",
         "Continuó su investigación durante más de cinco décadas."),
        ("The couple divorced in 1935.", "La pareja divorciado en 1935.", "La pareja se divorció en 1935."),
        ("She received an honorary doctorate.", "Recibió un honorary doctora.", "Recibió un doctorado honoris causa."),
        ("She received a doctorate in physics.", "Recibió una doctora en físicas.", "Recibió un doctorado en físicas."),
        ("She was inducted into the Hall of Fame.", "Era inducted a el Salón.", "Ingresó en el Salón."),
        ("She was arrested several times for her activities.", "Fue arrestada varias veces para sus actividades.",
         "Fue arrestada varias veces por sus actividades."),
        ("He died in a car crash near Paris.", "Murió en un accidente París cercano.",
         "Murió en un accidente cerca de París."),
        ("She spent most of her childhood in Lima.", "Pasó la mayoría de su niñez en Lima.",
         "Pasó la mayor parte de su niñez en Lima."),
        ("Most of the time was lost.", "La mayoría del tiempo se perdió.", "La mayor parte del tiempo se perdió."),
        ("She was forced to resign.", "Fue forzada para dimitir.", "Fue obligada a dimitir."),
        ("She arrived in Paris in January.", "Llegó en París en enero.", "Llegó a París en enero."),
        ("She spent her final years in Paris.", "Pasó sus años finales en París.", "Pasó sus últimos años en París."),
        ("the first woman to hold a pilot licence", "la primera mujer en aguantar una licencia piloto",
         "la primera mujer en obtener una licencia de piloto"),
        ("while giving a speech", "dando una habla", "dando un discurso"),
        ("movements around the world", "movimientos en todas partes el mundo", "movimientos en todo el mundo"),
        ("a scholarship to study engineering", "una beca para estudiar ingeniera", "una beca para estudiar ingeniería"),
        ("After his release from prison, he went into exile.", "Después de su emisión de prisión, fue a exilio.",
         "Después de su liberación de prisión, se exilió."),
        ("She was elected to the French Academy.", "Fue elegida a la Academia francesa.",
         "Fue elegida miembro de la Academia francesa."),
        ("two years in a concentration camp", "dos años en un campamento de concentración",
         "dos años en un campo de concentración"),
        ("the first person of Irish descent", "la primera persona de descenso irlandés",
         "la primera persona de ascendencia irlandesa"),
        ("He died in early December.", "Murió en diciembre temprano.", "Murió a principios de diciembre."),
        ("She was born in Florence to a wealthy family.", "Nació en Florencia a una familia rica.",
         "Nació en Florencia en una familia rica."),
        ("He was sent to a boarding school.", "Fue enviado a una escuela de entablar.", "Fue enviado a un internado."),
        ("one of the few that admitted women at the time", "que admitieron mujeres en el tiempo",
         "que admitieron mujeres en aquella época"),
        ("until shortly before his death", "hasta dentro de poco antes de su muerte", "hasta poco antes de su muerte"),
        ("She lived much of her life in France.", "Vivió mucho de su vida en Francia.",
         "Vivió gran parte de su vida en Francia."),
        ("She held the title until 1975.", "Poseyó el título hasta que 1975.", "Poseyó el título hasta 1975."),
        ("She fled Germany and settled in the United States.", "Huyó Alemania y resuelto en los Estados Unidos.",
         "Huyó de Alemania y se estableció en los Estados Unidos."),
        ("The family settled in Chicago.", "La familia resolvió en Chicago.", "La familia se estableció en Chicago."),
        ("She lived in exile in Venezuela.", "Vivió en exilio en Venezuela.", "Vivió en el exilio en Venezuela."),
        ("George Eliot was the pen name of Mary Ann Evans.", "era el nombre de bolígrafo de Mary Ann Evans",
         "era el seudónimo de Mary Ann Evans"),
        ("She lived there before 1934.", "Vivió allí antes de que 1934.", "Vivió allí antes de 1934."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_a_career_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, CAREER_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("He lived over the shop.", "Vivió encima de la tienda."),  # 'over' a place, no number
        ("values over 24 hours", "valores por encima de 24 horas"),  # 'por encima de' is right
        ("A search for the file", "Una búsqueda del fichero"),  # a search, no research
        ("They did research for a cure.", "Hicieron búsqueda de una cura."),  # a search for something
        ("The doctor has a doctorate.", "La doctora tiene un doctorado."),
        ("He met the requirements.", "Cumplió los requisitos."),
        ("The children played games.", "Los niños jugaron juegos."),  # games, no plays
        ("He wrote most of his books there.", "Escribió la mayoría de sus libros allí."),  # books are counted
        ("He lived near Paris.", "Vivió en el pueblo cercano."),  # no place after 'cercano'
        ("He fled to France.", "Huyó a Francia."),
        ("She was an engineer who taught engineering.", "Era una ingeniera que enseñaba ingeniería."),
        ("He was elected to the Senate.", "Fue elegido al Senado."),
        ("He was elected a member.", "Fue elegido miembro."),  # no article to drop
        ("She named a street after him.", "Nombró una calle por él."),  # 'named a', not 'was named a'
        ("She was a fellow of the college.", "Era una compañera del colegio."),  # no 'Fellow' copied
        ("at the time of his death", "en el tiempo de su muerte"),  # 'at the time of'
        ("at the time appointed in the month Abib", "en el tiempo del mes de Abib"),
        ("the line is forced to pass through the origin", "la recta es forzada a pasar por el origen"),  # no slip
    ],
)
def test_a_right_translation_of_a_career_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, CAREER_REPAIRS) == translation
