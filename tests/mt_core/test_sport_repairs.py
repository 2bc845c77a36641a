import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.sport_repairs import SPORT_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He is an Ethiopian long-distance runner.", "Es un corredor etíope.", "Es un corredor de fondo etíope."),
        ("She is a former long-distance runner.", "Es una excorredora.", "Es una excorredora de fondo."),
        ("He is a middle-distance runner.", "Es un corredor.", "Es un corredor de medio fondo."),
        ("He is a long-distance runner.", "Es un corredor de fondo.", "Es un corredor de fondo."),
        ("one of the greatest footballers", "uno de los fútboldores más grandes", "uno de los futbolistas más grandes"),
        ("She was a footballer.", "Era una futboladora.", "Era una futbolista."),
        ("He played for Barcelona's team.", "Tocó para el equipo.", "Jugó para el equipo."),
        ("She won the Wimbledon singles title five times.", "Ganó el Wimbledon singles título cinco veces.",
         "Ganó el título individual de Wimbledon cinco veces."),
        ("She retired after a series of injuries.", "Se retiró después de una serie de daños.",
         "Se retiró después de una serie de lesiones."),
        ("She holds the record in the women's marathon.", "Posee el récord en la maratón de las mujeres.",
         "Posee el récord en la maratón femenina."),
        ("the women's doubles", "los dobles de mujeres", "los dobles femeninos"),
        ("He is a British long-distance runner.", "Es un largo británico corredor de fondo.",
         "Es un corredor de fondo británico."),
        ("He was a Brazilian racing driver.", "Fue un conductor brasileño racing.",
         "Fue un piloto de carreras brasileño."),
        ("She won the 400 metres in Sydney.", "Ganó el 400 metros en Sydney.", "Ganó los 400 metros en Sydney."),
        ("The 100 metres", "El 100 metros", "Los 100 metros"),
        ("She ran 400 metres.", "Corrió el 400 metros.", "Corrió el 400 metros."),  # no 'the' in the source
        ("He captains the Argentina national team.", "Capitanea el Argentina equipo nacional.",
         "Capitanea la selección argentina."),
        ("He played for the national team.", "Jugó para el equipo nacional de Brasil.",
         "Jugó para la selección de Brasil."),
        ("the national team's coach", "el entrenador del equipo nacional", "el entrenador de la selección nacional"),
        ("She was ranked world No. 1 in singles.", "Fue clasificada Núm. mundial 1 en singles.",
         "Fue clasificada número 1 del mundo en individuales."),
        ("She competed at the Olympics.", "Competió en los Juegos.", "Compitió en los Juegos."),
        ("He scored 40 goals in 75 appearances.", "Puntuó 40 goles en 75 aspectos.", "Marcó 40 goles en 75 partidos."),
        ("She turned professional in 1995.", "Giró profesional en 1995.", "Se hizo profesional en 1995."),
        ("He captained Argentina to victory.", "Capitán capitánó Argentina a victoria.",
         "Capitaneó a Argentina a victoria."),
        ("She won 18 Grand Slam singles titles.", "Ganó 18 Grand Slam títulos solas.",
         "Ganó 18 títulos individuales de Grand Slam."),
        ("He scored the winning goal.", "Marcó el gol ganado.", "Marcó el gol de la victoria."),
        ("She won her third Olympic title.", "Ganó su tercer título Olímpica.", "Ganó su tercer título olímpico."),
        ("He sailed from Seville in 1519.", "Navegó de Sevilla en 1519.", "Zarpó de Sevilla en 1519."),
        ("He plays as a forward.", "Juega como adelante.", "Juega como delantero."),
        ("the first to reach the summit", "la primera en lograr la cumbre", "la primera en alcanzar la cumbre"),
        ("He reached the summit in 1953.", "Llegó a la cumbre en 1953.", "Alcanzó la cumbre en 1953."),
        # the model read 'skater' (mt_core/english_input.py)
        ("She is a German former figure skater.", "Es una expatinadora alemana.",
         "Es una expatinadora artística alemana."),
        ("The figure skaters trained.", "Los patinadores entrenaron.", "Los patinadores artísticos entrenaron."),
        # the model read 'a world champion three times' (mt_core/english_input.py)
        ("She is a three-time world champion.", "Es una campeona mundial tres veces.",
         "Es tres veces campeona mundial."),
        ("A five-time winner of the Tour.", "Un ganador cinco tiempo del Tour.", "Cinco veces ganador del Tour."),
        ("She is a champion in the 100 metres.", "Es campeona en las 100 metros.", "Es campeona en los 100 metros."),
        ("She won two Olympic gold medals.", "Ganó dos medallas de oro Olímpico.",
         "Ganó dos medallas de oro olímpicas."),
        ("He won an Olympic silver medal.", "Ganó un medalí de plata Olímpico.", "Ganó una medalla de plata olímpica."),
        ("It became an Olympic sport.", "Se convirtió en un deporte Olímpico.", "Se convirtió en un deporte olímpico."),
        ("She is a left-handed tennis player.", "Es una jugadora de tenis izquierda.",
         "Es una jugadora de tenis zurda."),
        ("He plays left-handed.", "Juega izquierdo-handed.", "Juega zurdo."),
        # the model read 'The champion' (mt_core/english_input.py)
        ("The three-time champion retired in 2010.", "El campeón se retiró en 2010.",
         "El tres veces campeón se retiró en 2010."),
        ("She beat the 4-time winner.", "Venció a la ganadora.", "Venció a la 4 veces ganadora."),
        ("He won six NBA championships.", "Ganó seis NBA campeonatos.", "Ganó seis campeonatos de la NBA."),
        ("Pelé was a Brazilian footballer.", "Pelé era un fútbol brasileño.", "Pelé era un futbolista brasileño."),
        ("She is a former tennis player.", "Es una exjugadora tenis.", "Es una exjugadora de tenis."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_sport_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, SPORT_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("She played the piano.", "Tocó el piano."),  # a song is played, not a game
        ("She fought for women's rights.", "Luchó por los derechos de las mujeres."),  # no women's event
        ("His appearances on television", "Sus aspectos en televisión"),  # no sport
        ("She is a skater.", "Es una patinadora."),  # no figure skating
        ("At the 1976 Olympic Games she won.", "En los Juegos Olímpicos de 1976 ganó."),  # a name keeps its capital
        ("It was a sculpture of a skater.", "Era una escultura de un patinador."),
        ("She raised her left hand.", "Levantó la mano izquierda."),  # no left-handed player
        ("He was a footballer who loved football.", "Era un futbolista que amaba el fútbol."),  # the game
        ("The three-time champion retired.", "El tenista se retiró."),  # no title holder written
    ],
)
def test_a_right_translation_outside_sport_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, SPORT_REPAIRS) == translation
