import shutil

import pytest

from mt_core.analysed_repairs import repairs_for
from mt_core.centuries import Centuries, Dynasties
from mt_core.number_words import HundredsAgreement, SpokenNumbers
from mt_core.phrase_repair import REPAIRS, repair_phrases


def test_repairs_are_the_teachers_of_one_pair() -> None:
    # without an analyser, no relative words; centuries and number words need none
    assert repairs_for("en", "es") == (Centuries(), Dynasties(), *REPAIRS, SpokenNumbers(), HundredsAgreement())
    assert repairs_for("en", "de") == ()


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("a physicist who developed it", "un físico quién lo desarrolló", "un físico que lo desarrolló"),
        ("Sartre, who became her partner", "Sartre, quién fue su socio", "Sartre, quien fue su socio"),
        ("He left his family when she was 2.", "Dejó la familia cuándo tenía 2.", "Dejó la familia cuando tenía 2."),
        ("with her aunt, who raised her", "con su tía, quién la crió", "con su tía, quien la crió"),
        ("He began composing when he was five.", "Empezó componiendo cuándo tenía cinco.",
         "Empezó componiendo cuando tenía cinco."),
        ("He served as a nurse.", "Sirvió tan enfermero.", "Sirvió como enfermero."),
        ("He served as ambassador.", "Sirvió tan embajador.", "Fue embajador."),  # an office
        ("She was so tall.", "Era tan alta.", None),  # 'tan' before an adjective
        ("Gabriela Mistral was a Chilean poet.", "Era una poeta Chilean.", "Era una poeta chilena."),
        ("They were Kenyan activists.", "Eran activistas Kenyan.", "Eran activistas kenianos."),
        ("She is a Chilean writer.", "Es una escritora de Chilean.", "Es una escritora chilena."),
        # a participle after a preterite and 'y' is a preterite too, and then 'moved to' is put right
        ("She was born in a village and moved to Lima.", "Nació en un pueblo y movido a Lima.",
         "Nació en un pueblo y se mudó a Lima."),
        ("It was published and sold in 1970.", "Fue publicado y vendido en 1970.", None),  # a passive's
        ("He felt tired and bored.", "Se sintió cansado y aburrido.", None),  # adjectives too
        ("He was a Colombian novelist.", "Era un novelista Colombiano.", "Era un novelista colombiano."),
        ("He is a Portuguese footballer.", "Es un Portugués futbolista.", "Es un futbolista portugués."),
        ("He was born in Argentina.", "Nació en Argentina.", None),  # the country, after a preposition
        ("the Pacific Ocean", "el océano Pacífico", None),
        ("the Greek label", "la etiqueta «Griego»", None),
        # after a verb, the clause asks a question and keeps its accent
        ("Select where you want your library exported.", "Seleccione dónde quiere exportarla.", None),
        ("I don't know where they went.", "No sé a dónde fueron.", None),
        ("I don't know who he is.", "No sé quién es.", None),
        ("Who wrote it?", "¿Quién lo escribió?", None),
        # a past tense after its subject, written as a participle, is the preterite
        ("Beethoven composed nine symphonies.", "Beethoven compuesta nueve sinfonías.",
         "Beethoven compuso nueve sinfonías."),
        ("Marie Curie married Pierre Curie.", "Marie Curie casado Pierre Curie.",
         "Marie Curie se casó con Pierre Curie."),
        ("Picasso co-founded the movement.", "Picasso co-fundado el movimiento.", "Picasso cofundó el movimiento."),
        ("She contracted polio.", "Contraído polio.", "Contrajo polio."),
        ("They moved to Paris.", "Movido a París.", "Se mudaron a París."),
        ("Marie and Pierre Curie discovered radium.", "Marie y Pierre Curie descubierto radio.",
         "Marie y Pierre Curie descubrieron radio."),
        ("Newton published the Principia.", "Newton Publicado el Principia.", "Newton publicó el Principia."),
        ("Einstein developed the theory.", "Einstein Desarrolló la teoría.", "Einstein desarrolló la teoría."),
        ("Shakespeare wrote 39 plays.", "Shakespeare escrito 39 obras.", "Shakespeare escribió 39 obras."),
        ("He won three World Cups.", "Ganado tres Copas del Mundo.", "Ganó tres Copas del Mundo."),
        ("Rosa Parks was arrested.", "Rosa Parks arrestada.", None),  # a passive's participle
        ("The novel, published in 1970, sold well.", "La novela, publicada en 1970, se vendió bien.", None),
        # a participle the model copied from English is the Spanish one, in the subject's gender
        ("She was assassinated in 1984.", "Era assassinated en 1984.", "Fue asesinada en 1984."),
        ("He was prosecuted in 1952.", "Era prosecuted en 1952.", "Fue procesado en 1952."),
        ("They were imprisoned.", "Eran imprisoned.", "Fueron encarcelados."),
        ("She was canonised in 2016.", "Era canonised en 2016.", "Fue canonizada en 2016."),  # regular endings
        # a copied past after its subject or a relative is the preterite; an adjective or a perfect is left
        ("an activist who organised the march", "una activista que organised la marcha",
         "una activista que organizó la marcha"),
        ("the canonised saints", "los canonised santos", None),
        # after 'se hizo' an adjective takes a woman's gender
        ("She was born poor and became rich.", "Nació pobre y se hizo rico.", "Nació pobre y se hizo rica."),
        ("He became rich.", "Se hizo rico.", None),
        ("She and her brother became rich.", "Ella y su hermano se hicieron ricos.", None),
        ("She has organised it.", "Ha organised it.", None),
        ("Usain Bolt is a retired Jamaican sprinter.", "Es un esprinter Jamaicano retirado.",
         "Es un esprinter jamaicano retirado."),
        # Spanish continues with a gerund
        ("He continued to paint until his death.", "Continuó pintar hasta su muerte.",
         "Continuó pintando hasta su muerte."),
        ("She continued to serve.", "Continuó a servir.", "Continuó sirviendo."),
        # 'su' before a plural
        ("She is best known for her self-portraits.", "Es más conocida por su autorretratos.",
         "Es más conocida por sus autorretratos."),
        ("Her thesis was published.", "Su tesis fue publicada.", None),  # singular too
        ("Her analysis of the poems", "Su análisis de los poemas", None),
        # hundreds in their noun's gender
        ("He composed more than two hundred songs.", "Compuso más de doscientos canciones.",
         "Compuso más de doscientas canciones."),
        # a syllable the model wrote over and over
        ("She was born to Irish immigrants.", "Nació de inmigrantes irlandeseseses.",
         "Nació de inmigrantes irlandeses."),
        ("from 1 (only error) to 9", "de 1 (sólololo) a 9", "de 1 (sólo) a 9"),
        ("They have interests.", "Tienen intereses.", None),  # a word of its own
        ("He formulated the laws of motion.", "Formulaó las leyes del movimiento.",
         "Formuló las leyes del movimiento."),
        # the source's nationality after a determiner and its noun, written the model's way
        ("He was the son of the Chilean dictator.", "Era el hijo del dictador Chileano.",
         "Era el hijo del dictador chileno."),
        ("She married the Estonian writer Paul Smith.", "Se casó con el escritor Estoniano Paul Smith.",
         "Se casó con el escritor estonio Paul Smith."),
        ("He was the son of the Bulgarian ambassador.", "Era el hijo del Bulgarian embajador.",
         "Era el hijo del embajador búlgaro."),
        ("Prime Minister of India, an Indian politician", "primera ministra de India", None),  # a place
    ],
)  # fmt: skip
def test_the_repairs_that_read_the_translations_words(source: str, translation: str, expected: str | None) -> None:
    from mt_core.morphology import spanish_analyser

    repairs = repairs_for("en", "es", spanish_analyser())
    assert repair_phrases(source, translation, repairs) == (expected or translation)
