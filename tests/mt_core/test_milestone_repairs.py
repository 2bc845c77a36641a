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
        ("Sonia Sotomayor is the first Hispanic justice of the Supreme Court.",
         "Sonia Sotomayor es la primera justicia hispana de la Corte Suprema.",
         "Sonia Sotomayor es la primera jueza hispana de la Corte Suprema."),
        # 'la justicia' says nothing of the person: a man's name, or none, is 'el juez'
        ("Thurgood Marshall was the first African American justice of the Supreme Court.",
         "Thurgood Marshall fue la primera justicia afroamericana de la Corte Suprema.",
         "Thurgood Marshall fue el primer juez afroamericano de la Corte Suprema."),
        ("He was captured by the French.", "Fue captado por los franceses.", "Fue capturado por los franceses."),
        ("She was the first woman to earn a PhD in chemistry.", "Fue la primera mujer en ganar un PhD en química.",
         "Fue la primera mujer en obtener un doctorado en química."),
        ("Édith Piaf, born Édith Gassion, was a French singer.", "Édith Piaf, nato Édith Gassion, era una cantante.",
         "Édith Piaf, nacida Édith Gassion, era una cantante."),
        ("Marie Curie (born Maria Skłodowska) was a physicist.", "Marie Curie (nato Maria Skłodowska) fue una física.",
         "Marie Curie (nacida Maria Skłodowska) fue una física."),
        ("She was engaged to a lieutenant.", "Fue comprometido a un lugarteniente.",
         "Estuvo comprometida con un lugarteniente."),
        ("She was one of the most popular actresses.", "Era una de las actriz más populares.",
         "Era una de las actrices más populares."),
        ("He was one of the greatest painters.", "Era uno de los pintor más grandes.",
         "Era uno de los pintores más grandes."),
        ("She lived in exile for many years.", "Vivió en el exilio desde hace muchos años.",
         "Vivió en el exilio durante muchos años."),
        ("Ellen Johnson Sirleaf was the 24th president of Liberia.",
         "Ellen Johnson Sirleaf fue el 24.º presidenta de Liberia.",
         "Ellen Johnson Sirleaf fue la 24.ª presidenta de Liberia."),
        ("Cecilia Payne was a British-born American astronomer.",
         "Cecilia Payne fue una astrónoma estadounidense nacido en Gran Bretaña.",
         "Cecilia Payne fue una astrónoma estadounidense nacida en Gran Bretaña."),
        ("Manuela Sáenz was an Ecuadorian revolutionary hero.",
         "Manuela Sáenz fue una héroe revolucionaria ecuatoriana.",
         "Manuela Sáenz fue una heroína revolucionaria ecuatoriana."),
        ("She returned to Spain in 1977.", "Regresó para España en 1977.", "Regresó a España en 1977."),
        ("He married Frida Kahlo twice.", "Se ha casado Frida Kahlo dos veces.", "Se casó con Frida Kahlo dos veces."),
        ("Borges lost his sight in his fifties.", "Borges perdió la vista en su fifties.",
         "Borges perdió la vista a los cincuenta y tantos años."),
        ("He died in his eighties.", "Murió en sus años.", "Murió a los ochenta y tantos años."),
        ("She lost her sight in 1950.", "Perdió su vista en 1950.", "Perdió la vista en 1950."),
        ("Queen Victoria reigned for 63 years.", "La reina Victoria reconoció durante 63 años.",
         "La reina Victoria reinó durante 63 años."),
        ("He sailed around the world aboard HMS Beagle.", "Navegó alrededor del mundial a bordo HMS Beagle.",
         "Navegó alrededor del mundo a bordo del HMS Beagle."),
        ("He died penniless.", "Murió penniless.", "Murió en la miseria."),
        ("He was forced to recant.", "Fue forzado a recant.", "Fue forzado a retractarse."),
        ("He became the first black head of state.", "Se convirtió en la primera jefa de Estado negra.",
         "Se convirtió en el primer jefe de Estado negro."),
        ("He was head of state.", "Era jefa de Estado.", "Era jefe de Estado."),
        ("Leo Tolstoy was a Russian writer regarded as one of the greatest.",
         "Leo Tolstoy fue un escritor ruso consideró como uno de los más grandes.",
         "Leo Tolstoy fue un escritor ruso considerado como uno de los más grandes."),
        ("He spent four years in a prison camp.", "Pasó cuatro años en un campamento de prisión.",
         "Pasó cuatro años en un campo de prisioneros."),
        ("He was the head of the Catholic Church.", "Era la jefa de la Iglesia católica.",
         "Era el jefe de la Iglesia católica."),
        ("He began to lose his hearing.", "Empezó a perder su oído.", "Empezó a perder el oído."),
        ("He was the first indigenous president.", "Fue el primer presidente indigenoso.",
         "Fue el primer presidente indígena."),
        ("Indigenous peoples live there.", "Los pueblos indigentes viven allí.", "Los pueblos indígenas viven allí."),
        ("She married in her early twenties.", "Se casó en sus early twenties.",
         "Se casó con poco más de veinte años."),
        ("He retired in his late sixties.", "Se retiró en su sixties tardío.", "Se retiró cerca de los setenta años."),
        ("She moved there in her twenties.", "Se mudó allí en sus twenties.", "Se mudó allí a los veintitantos años."),
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
        ("She fought for social justice.", "Luchó por la justicia social."),  # no court
        ("She has lived there for many years.", "Vive allí desde hace muchos años."),  # still does
        ("one of the most famous poets", "una de las poetas más famosas"),  # already plural
        ("He was a war hero.", "Era un héroe de guerra."),
        ("He was a German-born physicist.", "Era un físico nacido en Alemania."),
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
