import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.work_repairs import WORK_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He was an Egyptian military officer.", "Fue un agente militar egipcio.", "Fue un oficial militar egipcio."),
        ("two army officers", "dos agentes del ejército", "dos oficiales del ejército"),
        ("He was an Argentine football player and manager.", "Fue un jugador de fútbol y gerente argentino.",
         "Fue un jugador de fútbol y entrenador argentino."),
        ("She was an actress of the silent film era.", "Fue una actriz de la era de película silenciosa.",
         "Fue una actriz de la era del cine mudo."),
        ("She starred in silent films.", "Protagonizó películas silenciosas.", "Protagonizó películas mudas."),
        ("She is known for her children's books.", "Es conocida por los libros de sus hijos.",
         "Es conocida por sus libros infantiles."),
        ("He wrote children's literature.", "Escribió la literatura de los niños.", "Escribió la literatura infantil."),
        ("She was the first woman to receive a medical degree.", "Fue la primera en recibir un grado de medicina.",
         "Fue la primera en recibir un título de medicina."),
        ("He earned a law degree in 1950.", "Ganó un grado de derecho en 1950.", "Ganó un título de derecho en 1950."),
        ("He captained Argentina to victory.", "Capitaneó a Argentina a victoria.",
         "Capitaneó a Argentina a la victoria."),
        ("He made foundational contributions.", "Hizo contribuciones fundales.", "Hizo contribuciones fundamentales."),
        ("contributions to number theory", "contribuciones a teoría de numerar", "contribuciones a teoría de números"),
        ("in the history of cinema", "en la historia de cinema", "en la historia del cine"),
        ("She went to the cinema.", "Fue a cinema.", "Fue al cine."),
        ("the founder of modern nursing", "la fundadora de moderno nursing", "la fundadora de la enfermería moderna"),
        ("a fossil collector", "un coleccionista de fosil", "un coleccionista de fósiles"),
        ("a fossil collector", "un fossil coleccionista", "un coleccionista de fósiles"),
        ("she joined a law firm in Chicago", "se unió a una empresa de ley en Chicago",
         "se unió a un bufete de abogados en Chicago"),
        ("He was sworn in as president in 2009.", "Estuvo jurado en como presidente en 2009.",
         "Prestó juramento como presidente en 2009."),
        ("He was knighted for services to music.", "Fue nombrado caballero para servicios a música.",
         "Fue nombrado caballero por sus servicios a la música."),
        ("It sold over a million copies.", "Vendió sobre un millón copias.", "Vendió más de un millón de copias."),
        ("a singer, pianist and arranger", "una cantante, pianista y arreglador",
         "una cantante, pianista y arreglista"),
        ("Greta Thunberg is a Swedish climate activist.", "Greta Thunberg es una activista de clima sueco.",
         "Greta Thunberg es una activista por el clima sueca."),
        ("She served as Chancellor of Germany.", "Sirvió como Cancillera de Alemania.",
         "Sirvió como canciller de Alemania."),
        ("She was the first elected head of state in Africa.", "Fue la primera jefa elegida de estatal en África.",
         "Fue la primera jefa de Estado elegida en África."),
        ("She served as finance minister.", "Fue ministra de finanza.", "Fue ministra de Finanzas."),
        ("for discovering penicillin", "por descubrir penicillin", "por descubrir penicilina"),
        ("portraits and self-portraits", "retratos y self-portraits", "retratos y autorretratos"),
        ("an American Baptist minister", "un estadounidense Baptist ministro", "un estadounidense pastor bautista"),
        ("the history of Western music", "la historia de música Occidental", "la historia de la música occidental"),
        ("She was executed by guillotine.", "Fue ejecutada por guillotine.", "Fue ejecutada en la guillotina."),
        ("2100 artworks, including 860 oil paintings", "2100 artworks, incluyendo 860 pinturas de óleo",
         "2100 obras de arte, incluyendo 860 pinturas al óleo"),
        ("the history of Western art", "la historia de la arte occidental", "la historia del arte occidental"),
        ("a female education activist", "un activista de educación hembra", "un activista de educación femenina"),
        ("an existentialist philosopher", "un filósofo existentialista", "un filósofo existencialista"),
        ("She retired from acting in 1956.", "Se retiró de suplente en 1956.",
         "Se retiró de la interpretación en 1956."),
        ("She corresponded with Gauss.", "Fluyó con Gauss.", "Mantuvo correspondencia con Gauss."),
        ("They corresponded with him.", "Ellos fluyeron con él.", "Ellos mantuvieron correspondencia con él."),
        ("She overcame polio as a child.", "Overcame polio de niña.", "Superó la polio de niña."),
        ("He overcame his fear.", "Él overcame su miedo.", "Él superó su miedo."),
        ("She became Princess of Monaco.", "Se convirtió en Príncipes de Mónaco.",
         "Se convirtió en princesa de Mónaco."),
        ("He wrote the libretto.", "Escribió el libretto.", "Escribió el libreto."),
        ("She is a singer and record producer.", "Es una cantante y productora récord.",
         "Es una cantante y productora discográfica."),
        ("She was a film actress.", "Era una actriz de película.", "Era una actriz de cine."),
        ("He was an industrialist.", "Era un industrialist.", "Era un industrial."),
        ("He was a conscientious objector.", "Era un objetor concienzudo.", "Era un objetor de conciencia."),
        ("She trained as a nurse.", "Entrenó como enfermera.", "Se formó como enfermera."),
        ("He practised law in Chicago.", "Practicó ley en Chicago.", "Ejerció la abogacía en Chicago."),
        ("He was a visiting professor.", "Era un profesor de visitar.", "Era un profesor visitante."),
        ("She supervised forty doctoral students.", "Supervisó cuarenta doctoral alumnado.",
         "Supervisó cuarenta estudiantes de doctorado."),
        ("She was a professor of physics.", "Era profesora de físicas.", "Era profesora de física."),
        ("He published his first scientific paper.", "Publicó su primer papel científico.",
         "Publicó su primer artículo científico."),
        ("She directed her first feature film.", "Dirigió su primera película de característica.",
         "Dirigió su primer largometraje."),
        ("She played the lead role in the film.", "Tocó la función de ventaja en la película.",
         "Interpretó el papel principal en la película."),
        ("His murals depict Mexico.", "Sus murals representan México.", "Sus murales representan México."),
        ("She was offered a professorship.", "Le ofrecieron un professorship.", "Le ofrecieron una cátedra."),
        ("novels, short stories and nonfiction", "novelas, cuentos y nonfiction", "novelas, cuentos y no ficción"),
        ("the only one to date", "la única para datar", "la única hasta la fecha"),
        ("Throughout her career, she won.", "Por todas partes su carrera, ganó.", "A lo largo de su carrera, ganó."),
        ("Following the death of her husband, she left.", "Siguiendo la muerte de su marido, se fue.",
         "Tras la muerte de su marido, se fue."),
        ("She received numerous awards.", "Recibió premios numerosas.", "Recibió numerosos premios."),
        ("She was a nun and mystic.", "Era una monja y mystic.", "Era una monja y mística."),
        ("He wrote 39 plays.", "Escribió 39 juegos.", "Escribió 39 obras de teatro."),
        ("She earned a bachelor's degree.", "Obtuvo un bachelor grado.", "Obtuvo una licenciatura."),
        ("He published 300 articles.", "Publicó 300 prendas.", "Publicó 300 artículos."),
        ("Her research focused on maize.", "Su investigación enfocada en maize.",
         "Su investigación se centró en maíz."),
        ("His work laid the foundations for it.", "Su obra puso las fundaciones para ello.",
         "Su obra sentó las bases de ello."),
        ("He obtained his doctorate.", "Dubó su doctorado.", "Obtuvo su doctorado."),
        ("She won it jointly with him.", "Lo ganó jointly con él.", "Lo ganó conjuntamente con él."),
        ("She won it posthumously.", "Lo ganó posthumously.", "Lo ganó a título póstumo."),
        ("She wrote numerous letters.", "Escribió cartas numerosos.", "Escribió numerosas cartas."),
        ("She did research on radiation.", "Hizo investigación encima radiación.",
         "Hizo investigación sobre radiación."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_work_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, WORK_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("He was a police officer.", "Fue un agente de policía."),  # a police officer is an agent
        ("She was the general manager of the football club.", "Fue la gerente general del club de fútbol."),
        ("He read books to his children.", "Leyó libros para sus hijos."),  # books for his own children
        ("The hall fell silent.", "La sala quedó silenciosa."),
        ("It rose by two degrees Celsius.", "Subió dos grados Celsius."),  # a temperature
        ("to a degree", "hasta cierto grado"),
        ("a medical degree of 40 degrees Celsius", "un título de medicina a 40 grados Celsius"),
        ("He was the Prince of Wales.", "Fue el Príncipe de Gales."),  # a prince is no princess
        ("She played a role in the film.", "Tuvo un papel en la película."),  # no lead role
        ("The physicists met to discuss physics.", "Las físicas se reunieron."),  # women physicists
        ("He trained as a boxer.", "Se formó como boxeador."),
        ("the numerous internal reflections", "los reflejos internos numerosos"),  # the noun is further back
        ("He plays the Olympic Games.", "Juega los juegos olímpicos."),  # a verb, and the Games
        ("She sold articles of clothing.", "Vendió prendas."),  # garments
        ("She was a substitute before she retired from acting.", "Fue suplente antes de retirarse."),  # no 'de'
    ],
)
def test_a_right_translation_of_work_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, WORK_REPAIRS) == translation
