import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.public_life_repairs import PUBLIC_LIFE_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He is credited with inventing the telephone.", "Está abonado con inventar el teléfono.",
         "Se le atribuye haber inventado el teléfono."),
        ("She is credited with discovering it.", "Está abonada con descubrir lo.",
         "Se le atribuye haber descubierto lo."),
        ("He is credited with the invention.", "Es abonado con la invención.", "Se le atribuye la invención."),
        ("She was a British chemist.", "Fue una farmacéutica británica.", "Fue una química británica."),
        ("He was appointed ambassador to Mexico.", "Fue nombrado embajador a México.",
         "Fue nombrado embajador en México."),
        ("Her paintings are held in museums.", "Sus pinturas están aguantadas en museos.",
         "Sus pinturas se conservan en museos."),
        ("a hero in his home country", "un héroe en su país de casa", "un héroe en su país natal"),
        ("the seventh secretary-general", "el séptimo secretario-general", "el séptimo secretario general"),
        ("a civil rights activist", "una activista de derechos civil", "una activista de derechos civiles"),
        ("one of the most influential figures", "una de las cifras más influyentes",
         "una de las figuras más influyentes"),
        ("He is seen as a precursor.", "Está visto como precursor.", "Es visto como precursor."),
        ("He received nominations.", "Recibió nombraciones.", "Recibió nominaciones."),
        ("a science fiction author", "una autora de ficción de ciencia", "una autora de ciencia ficción"),
        ("the subject of a 2004 biographical film", "el tema de una película 2004 biográfica",
         "el tema de una película biográfica de 2004"),
        ("He starred in a 1962 musical comedy.", "Protagonizó una 1962 comedia musical.",
         "Protagonizó una comedia musical de 1962."),
        ("She served as the first lady.", "Sirvió como la primera señora.", "Sirvió como la primera dama."),
        ("She returned to her homeland.", "Regresó a su homeland.", "Regresó a su patria."),
        ("She played a major role in it.", "Tocó una función importante en ello.",
         "Desempeñó un papel importante en ello."),
        ("She set up a school for girls.", "Puso arriba de una escuela para chicas.", "Creó una escuela para chicas."),
        ("She was awarded an honorary degree.", "Recibió un honorary grado.", "Recibió un doctorado honoris causa."),
        ("He received honorary degrees.", "Recibió honorary grados.", "Recibió doctorados honoris causa."),
        ("He was a short story writer.", "Era escritor de historia a escasa.", "Era cuentista."),
        ("He was a playwright and short-story writer.", "Fue un dramaturgo y escritordehistoria corto.",
         "Fue un dramaturgo y cuentista."),
        ("She was nominated four times for the Academy Award.", "Fue nominada cuatro veces para el Óscar.",
         "Fue nominada cuatro veces a el Óscar."),  # 'a el' is contracted by the agreement step
        ("a novelist and short-story writer", "un novelista y corto- escritor historial",
         "un novelista y cuentista"),
        ("an Argentine short-story writer", "un escritor argentino corto-estoria", "un cuentista argentino"),
        ("an Argentine short-story writer, essayist", "un escritor argentino corto corto, ensayista",
         "un cuentista argentino, ensayista"),
        ("He was a short-story writer.", "Era a escaso-escritor de historia.", "Era cuentista."),
        ("two short story writers", "dos cuentistas de historias", "dos cuentistas"),
        ("a novelist, short-story writer, screenwriter", "un novelista, corto- escritor historias, guionista",
         "un novelista, cuentista, guionista"),
        ("She was forced into exile after speaking out against apartheid.",
         "Fue forzada a exilio después de hablar fuera en contra apartheid.",
         "Fue forzada al exilio después de pronunciarse en contra de apartheid."),
        ("He spoke out against the war.", "Habló fuera contra la guerra.", "Se pronunció en contra de la guerra."),
        ("Over a period of thirty years, he visited", "Sobre un periodo de treinta años, visitó",
         "Durante un periodo de treinta años, visitó"),
        ("an Italian Renaissance architect", "un arquitecto de Renacimiento italiano",
         "un arquitecto renacentista italiano"),
        ("She studied Renaissance art.", "Estudió Renacimiento arte.", "Estudió arte renacentista."),
        ("a women's rights activist", "las derechas activistas de las mujeres",
         "activistas por los derechos de las mujeres"),
        ("an electric light bulb", "un bulbo ligero eléctrico", "una bombilla eléctrica"),
        ("radiation known as X-rays", "radiación conocida como radiografías", "radiación conocida como rayos X"),
        ("He wrote more than 500 scientific papers.", "Escribió más de 500 papeles científicos.",
         "Escribió más de 500 artículos científicos."),
        ("the first to warn about climate change", "el primero en advertir aproximadamente cambio de clima",
         "el primero en advertir sobre el cambio climático"),
        ("Her work is characterised by lucid prose.", "Su obra está caracterizada por prosa.",
         "Su obra se caracteriza por prosa."),
        ("She served as the eleventh president.", "Sirvió como la undécima presidenta.", "Fue la undécima presidenta."),
        ("She served as prime minister.", "que sirvió tan primera ministra", "que fue primera ministra"),
        ("She was the first to hold the post of Minister.", "la primera en aguantar el poste de Ministra",
         "la primera en ocupar el cargo de Ministra"),
        ("After leaving office, she wrote.", "Tras dejar oficina, escribió.", "Tras dejar el cargo, escribió."),
        ("He is a former world number one.", "Es un número mundial uno.", "Es un número uno del mundo."),
        ("He has won 22 Grand Slam titles.", "Ha ganado 22 Grand Slam títulos.", "Ha ganado 22 títulos de Grand Slam."),
        ("She defended women's suffrage.", "Defendió la sufragia de las mujeres.", "Defendió el sufragio femenino."),
        ("He was a Brazilian racing driver.", "Fue un racing conductor brasileño.",
         "Fue un piloto de carreras brasileño."),
        ("the first African American to play", "el primer estadounidense africano en jugar",
         "el primer afroamericano en jugar"),
        ("She was one of the most renowned singers.", "Fue uno del más renombrado cantantes.",
         "Fue uno de los cantantes más renombrados."),
        ("one of the most popular actresses", "una del más popular actrices", "una de las actrices más populares"),
        ("who served as the 26th president", "que sirvió como el 26.º presidente", "que fue el 26.º presidente"),
        ("He resigned from the government.", "Resignó del gobierno.", "Dimitió del gobierno."),
        ("It was nominated for five Academy Awards.", "Fue nominado para cinco premios Óscar.",
         "Fue nominado a cinco premios Óscar."),
        ("She also won a Nobel Prize.", "También ganó una Premio Nobel.", "También ganó un Premio Nobel."),
        ("She has received numerous accolades.", "Recibió numeroso accolades.", "Recibió numerosos galardones."),
        ("She has sold over 80 million records.", "Vendió 80 millones de récords.", "Vendió 80 millones de discos."),
        ("She won 23 Grand Slam singles titles.", "Ganó 23 Grand Slam singles títulos.",
         "Ganó 23 títulos individuales de Grand Slam."),
        ("the youngest person to receive it", "la más joven para recibirlo", "la más joven en recibirlo"),
        ("He was jailed for his political views.", "por sus vistas políticas", "por sus ideas políticas"),
        ("She campaigned for the abolition.", "Hizo campaña para la abolición", "Hizo campaña por la abolición"),
        ("She was a vocal critic of it.", "Era una crítica vocal de ello.", "Era una crítica declarada de ello."),
        ("She was fluent in five languages.", "Era fluida en cinco lenguas.", "Hablaba con fluidez cinco lenguas."),
        ("He converted to Catholicism.", "Convirtió a catolicismo.", "Se convirtió al catolicismo."),
        ("She was declared a saint in 2016.", "Fue declarada un santo en 2016.", "Fue declarada santa en 2016."),
        ("A crater is named after her.", "Un cráter está nombrado después de su.", "Un cráter lleva su nombre."),
        ("He was nominated several times.", "Fue nominado varios tiempo.", "Fue nominado varias veces."),
        ("She is an outspoken critic of it.", "Es una crítica vocal de ello.", "Es una crítica declarada de ello."),
        ("He is remembered for his role in the movement.", "por su función en el movimiento",
         "por su papel en el movimiento"),
        # an office in lower case, after an adverb too
        ("He served as President of South Africa.", "Sirvió como Presidente de Sudáfrica.",
         "Fue presidente de Sudáfrica."),
        ("She served twice as President of Chile.", "Sirvió dos veces como presidenta de Chile.",
         "Fue dos veces presidenta de Chile."),
        ("She served as Director General of Prisons.", "Sirvió como Directora General de Prisiones.",
         "Fue directora general de Prisiones."),
        ("He served as Secretary-General of the UN.", "Sirvió como Secretario-General de la ONU.",
         "Fue secretario general de la ONU."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_a_public_life_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, PUBLIC_LIFE_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("The chemist's shop sold drugs.", "La farmacéutica vendía medicamentos."),  # a pharmacy
        ("The figures rose.", "Las cifras subieron."),  # numbers
        ("She played the piano in the band.", "Tocó una parte en la banda."),  # no role
        ("The Renaissance began in Italy.", "El Renacimiento empezó en Italia."),  # the era, with its article
        ("She wrote about 500 papers.", "Escribió aproximadamente 500 artículos."),  # an amount
        ("He served as a soldier.", "Sirvió como soldado."),  # no office
        ("He has served as president.", "Ha servido como presidente."),  # a perfect keeps its verb
    ],
)
def test_a_right_translation_of_a_public_life_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, PUBLIC_LIFE_REPAIRS) == translation
