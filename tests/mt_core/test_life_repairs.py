import pytest

from mt_core.life_repairs import LIFE_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She fought for civil rights.", "Luchó para los derechos civiles.", "Luchó por los derechos civiles."),
        ("He held more than one thousand patents.", "Aguantó más de mil patentes.", "Poseyó más de mil patentes."),
        ("She holds the world record.", "Aguanta el récord mundial.", "Posee el récord mundial."),
        ("Her father ran a school.", "Su padre corrió una escuela.", "Su padre dirigió una escuela."),
        ("He was knighted in 1705.", "Era knighted en 1705.", "Fue nombrado caballero en 1705."),
        ("Born to a wealthy family, she sang.", "Nacido de una familia rica, cantó.",
         "Nacida de una familia rica, cantó."),
        ("In 1929 he met his future wife.", "En 1929 conoció su futura esposa.", "En 1929 conoció a su futura esposa."),
        ("She followed her sister to Paris.", "Siguió su hermana a París.", "Siguió a su hermana a París."),
        ("He showed great talent.", "Asomó gran talento.", "Mostró gran talento."),
        ("He holds the world record.", "Aguanta el récord mundial.", "Posee el récord mundial."),
        ("He committed suicide in 1961.", "Vendió suicidio en 1961.", "Se suicidó en 1961."),
        ("She was the first to hold that office.", "Fue la primera en aguantar aquella oficina.",
         "Fue la primera en ocupar aquel cargo."),
        ("He joined the army.", "Unió el ejército.", "Se unió al ejército."),
        ("He was tried by the Inquisition.", "Fue probado por la Inquisición.", "Fue juzgado por la Inquisición."),
        ("He was stripped of his title.", "Fue desnudado de su título.", "Fue despojado de su título."),
        ("He co-founded the Beatles.", "Co-fundió los Beatles.", "Cofundó los Beatles."),
        ("She was married to the painter.", "Estuvo casada al pintor.", "Estuvo casada con el pintor."),
        ("She became interested in politics.", "Se hizo interesada en política.", "Se interesó por política."),
        ("In 1925 she was injured.", "En 1925 era severamente herida.", "En 1925 fue severamente herida."),
        ("Jobs was adopted at birth.", "Jobs estuvo adoptado al nacer.", "Jobs fue adoptado al nacer."),
        ("Born in Salzburg, he showed talent.", "Born En Salzburgo, mostró talento.",
         "Nacido en Salzburgo, mostró talento."),
        ("Born in Lima, she wrote.", "Born En Lima, escribió.", "Nacida en Lima, escribió."),
        ("He died in a plane crash.", "Murió en un accidente de plano.", "Murió en un accidente aéreo."),
        ("She was killed in a car accident.", "Fue asesinada en un accidente de coche.",
         "Murió en un accidente de coche."),
        ("His last painting was sold in 1990.", "Su última pintura estuvo vendida en 1990.",
         "Su última pintura fue vendida en 1990."),
        ("Her research was funded by the state.", "Su investigación fue fundada por el estado.",
         "Su investigación fue financiada por el estado."),
        ("Her album was released in 1975.", "Su álbum fue liberado en 1975.", "Su álbum fue publicado en 1975."),
        ("He took over the family business.", "Tomó sobre el negocio familiar.", "Se hizo cargo del negocio familiar."),
        ("She took over as director.", "Tomó encima como directora.", "Asumió como directora."),
        ("She has been married three times.", "Ha sido casada tres tiempo.", "Se ha casado tres tiempo."),
        ("He was married twice.", "Estuvo casado dos veces.", "Se casó dos veces."),
        ("He held 1,093 patents.", "Aguantó 1,093 patentes.", "Poseyó 1,093 patentes."),
        ("She had three children with him.", "Tuvo tres niñas con él.", "Tuvo tres hijos con él."),
        ("She died after giving birth.", "Murió después de dar nacimiento.", "Murió después de dar a luz."),
        ("She disappeared over the Pacific Ocean.", "Desapareció encima el océano Pacífico.",
         "Desapareció sobre el océano Pacífico."),
        ("They divorced and remarried in 1940.", "Se divorciaron y remarried en 1940.",
         "Se divorciaron y volvieron a casarse en 1940."),
        ("He lived with his partner, the artist.", "Vivió con su socio, el artista.",
         "Vivió con su pareja, el artista."),
        ("His granddaughter is a well-known actress.", "Su nieta es una actrizbiensabido.",
         "Su nieta es una actriz conocida."),
        ("He was the eldest of five children.", "Era el eldest de cinco hijos.", "Era el mayor de cinco hijos."),
        ("She was the eldest daughter.", "Era la hija más eldest.", "Era la hija mayor."),
        ("He was the oldest of three brothers.", "Era el más viejo de tres hermanos.",
         "Era el mayor de tres hermanos."),
        ("She died in her sleep.", "Murió en su sueño.", "Murió mientras dormía."),
        ("His funeral was attended by thousands.", "Su funeral fue atendido por miles.",
         "Su funeral contó con la asistencia de miles."),
        ("A statue of her was unveiled in 2010.", "Una estatua de su estuvo ingeniada en 2010.",
         "Una estatua de ella fue inaugurada en 2010."),
        ("India gained independence from British rule.", "independencia de regla británica",
         "independencia del dominio británico"),
        ("It was under Spanish rule.", "Estaba bajo la regla española.", "Estaba bajo el dominio español."),
        ("She released her first single.", "Liberó su primer single.", "Publicó su primer single."),
        ("The film was released in 1999.", "La película fue liberada en 1999.", "La película fue estrenada en 1999."),
        ("He died by suicide at 37.", "Enfermó y muerto por suicidio a los 37.", "Enfermó y se suicidó a los 37."),
        ("He was diagnosed with a disease.", "Fue diagnosticado con una.", "Fue diagnosticado de una."),
        ("She survived an assassination attempt.", "Sobrevivió un intento de assassinación.",
         "Sobrevivió a un intento de asesinato."),
        ("She was the first American woman in space.", "la primera mujer estadounidense en espacial",
         "la primera mujer estadounidense en el espacio"),
        ("He received a posthumous pardon.", "Recibió un perdón posthumous.", "Recibió un perdón póstumo."),
        ("She was burned at the stake.", "Fue quemada en la apuesta.", "Fue quemada en la hoguera."),
        ("He won four gold medals.", "Ganó cuatro melodías de oro.", "Ganó cuatro medallas de oro."),
        ("He was the first indigenous president.", "Era el primer indigenous presidente.",
         "Era el primer presidente indígena."),
        ("rights of indigenous peoples", "derechos de indigenous personas", "derechos de personas indígenas"),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_a_life_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, LIFE_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        # the requirements met, not a person
        ("He met the requirements of the king.", "Cumplió los requisitos del rey."),
        ("He ran to the school.", "Corrió a la escuela."),
        # a habit or a state keeps 'era'; a relative who died is the subject, not an object
        ("His father died when he met his wife.", "Murió su padre cuando conoció a su esposa."),
        ("Marie Curie was the daughter of a teacher.", "Marie Curie era la hija de un maestro."),
        ("He was often arrested.", "Era a menudo arrestado."),
        ("He was killed by soldiers.", "Fue asesinado por soldados."),  # no accident
        ("He was released from prison.", "Fue liberado de prisión."),  # a prisoner is freed
        ("The children played.", "Los niños jugaron."),  # no parent's children
        ("until a donkey's head was sold for eighty pieces", "hasta que una cabeza de asno era vendida por ochenta"),
        ("He was married to her.", "Estuvo casado con ella."),  # married, no number of times
        ("He made a new rule.", "Hizo una regla nueva."),  # a rule, no one's rule over a land
        ("A statue of her husband stands there.", "Una estatua de su marido está allí."),  # 'su' has its noun
        ("She founded and funded the school.", "Fundó y financió la escuela, fundada en 1900."),
        ("He placed a bet on the race.", "Hizo una apuesta en la carrera."),  # a bet, no stake
    ],
)
def test_a_right_translation_of_a_life_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, LIFE_REPAIRS) == translation


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She refused to give up her seat.", "Rechazó dar arriba de su asiento.", "Se negó a ceder su asiento."),
        ("He ran for the presidency in 1990.", "Corrió para la presidencia en 1990.",
         "Se presentó a la presidencia en 1990."),
    ],
)  # fmt: skip
def test_refusals_and_candidacies(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, LIFE_REPAIRS) == expected
