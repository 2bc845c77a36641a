import re
import shutil

import pytest

from mt_core.nationality_order import NationalityAfterOccupations


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (
            "He was a German composer and pianist.",
            "Fue un compositor alemán y pianista.",
            "Fue un compositor y pianista alemán.",
        ),
        (
            "She was a Chilean poet, diplomat and teacher.",
            "Fue una poeta chilena, diplomática y profesora.",
            "Fue una poeta, diplomática y profesora chilena.",
        ),
        (
            "She was an American geologist and cartographer.",
            "Fue una estadounidense geóloga y cartógrafa.",
            "Fue una geóloga y cartógrafa estadounidense.",
        ),
        (  # the article's gender, which the gender rewrite gave the first occupation
            "She was a Russian engineer and cosmonaut.",
            "Es una ingeniera ruso y cosmonauta.",
            "Es una ingeniera y cosmonauta rusa.",
        ),
        ("He was an Italian neurobiologist.", "Fue un italiano neurobiólogo.", "Fue un neurobiólogo italiano."),
        (  # a birthplace stays last
            "She was an Austrian-born American actress and inventor.",
            "Fue una actriz estadounidense e inventora nacida en Austria.",
            "Fue una actriz e inventora estadounidense nacida en Austria.",
        ),
        (  # a school after the nationality goes after the noun, and a garbled nationality is written
            "He was a German Baroque composer.",
            "Era un alemán barroco compositor.",
            "Era un compositor barroco alemán.",
        ),
        (
            "Che Guevara was an Argentine Marxist revolutionary, physician and author.",
            "Che Guevara fue un rogentine marxista revolucionario, médico y autor.",
            "Che Guevara fue un revolucionario marxista, médico y autor argentino.",
        ),
        (  # a feminine noun outweighs an article the gender rewrite has yet to mend
            "Hildegard was a German abbess, composer and writer.",
            "Hildegard era un alemán abadesa, compositora y escritora.",
            "Hildegard era un abadesa, compositora y escritora alemana.",
        ),
        (
            "She was a British-Jamaican nurse and businesswoman.",
            "Fue una enfermera británico-jamaicana y empresaria.",
            "Fue una enfermera y empresaria británico-jamaicana.",
        ),
    ],
)
def test_a_nationality_goes_after_every_occupation_it_qualifies(source: str, translation: str, expected: str) -> None:
    assert NationalityAfterOccupations().apply(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (
            "She was a German-American historian and philosopher.",
            "Fue una historiadora y filósofa.",
            "Fue una historiadora y filósofa alemán-estadounidense.",
        ),
        ("He was a Brazilian painter.", "Fue un pintor.", "Fue un pintor brasileño."),
        ("He was a Dutch painter.", "Fue un pintor holandés.", "Fue un pintor holandés."),  # another word for it
        (
            "She was a Chilean composer and singer.",
            "Fue una compositora chilean y cantante.",
            "Fue una compositora y cantante chilena.",
        ),  # one copied or misspelt is written in Spanish, then moved
        ("He was an American player.", "Fue un jugador americano.", "Fue un jugador americano."),
    ],
)
def test_a_nationality_the_model_left_out_goes_after_the_occupations(
    source: str, translation: str, expected: str
) -> None:
    assert NationalityAfterOccupations().apply(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("He was an Austrian theoretical physicist.", "Fue un físico teórico austriaco."),  # already last
        ("He was a Spanish surrealist painter.", "Fue un pintor español surrealista."),  # one occupation
        ("He was a Danish physicist who made contributions.", "Fue un físico danés que hizo contribuciones."),
        ("She was an American sculptor of Native heritage.", "Fue una escultora estadounidense de herencia nativa."),
        ("He was a Scottish-born inventor and scientist.", "Fue un inventor escocés y científico."),
        ("It weighed about a hundred Roman pounds.", "Pesaba cien libras."),  # no linking verb: no biography
    ],
)
def test_a_nationality_stays_where_the_occupations_do_not_run_to_the_end(source: str, translation: str) -> None:
    assert NationalityAfterOccupations().apply(source, translation) == translation


def test_a_tag_among_the_occupations_keeps_the_nationality_where_it_is() -> None:
    skip = re.compile(r"</?b>")
    text = "Fue un <b>compositor</b> alemán y pianista."
    assert NationalityAfterOccupations().apply("He was a German composer and pianist.", text, skip) == text


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (  # an apposition after a comma; the occupations' own commas are not its
            "She was a Mexican poet, essayist and author, one of the most important voices.",
            "Fue una poeta mexicana, ensayista y autora, una de las voces más importantes.",
            "Fue una poeta, ensayista y autora mexicana, una de las voces más importantes.",
        ),
        (
            "She was a French singer and songwriter, known for her ballads.",
            "Era una cantante francesa y compositora, conocida por sus baladas.",
            "Era una cantante y compositora francesa, conocida por sus baladas.",
        ),
        (  # a relative clause
            "She was a French teacher and conductor who taught composers.",
            "Fue una profesora francesa y directora que enseñó a compositores.",
            "Fue una profesora y directora francesa que enseñó a compositores.",
        ),
        (  # a participle
            "He was a Spanish novelist and essayist associated with the Generation of '36.",
            "Fue un novelista español y ensayista asociado con la Generación de '36.",
            "Fue un novelista y ensayista español asociado con la Generación de '36.",
        ),
        (  # a nationality left out is written before the tail
            "He was a Canadian writer and editor who won the prize.",
            "Es un escritor y editor que ganó el premio.",
            "Es un escritor y editor canadiense que ganó el premio.",
        ),
    ],
)
def test_the_occupations_may_end_before_a_relative_clause_or_an_apposition(
    source: str, translation: str, expected: str
) -> None:
    assert NationalityAfterOccupations().apply(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        # the translation lacks the tail's beginning: nothing is moved
        ("She was a French singer and songwriter who sang.", "Era una cantante francesa y compositora cantó."),
        ("She was a French singer and songwriter, known for ballads.", "Era una cantante francesa y compositora."),
    ],
)
def test_a_tail_the_translation_lacks_leaves_it_as_it_is(source: str, translation: str) -> None:
    assert NationalityAfterOccupations().apply(source, translation) == translation


def test_another_name_for_the_nationality_is_moved_as_written() -> None:
    source, translation = "He was a Dutch football player and coach.", "Fue un jugador de fútbol holandés y entrenador."
    assert NationalityAfterOccupations().apply(source, translation) == "Fue un jugador de fútbol y entrenador holandés."


def test_a_garbled_copy_of_the_nationality_is_written_where_it_stands() -> None:
    source, translation = "He was an Argentine driver who won.", "Fue un rgentine piloto que ganó."
    assert NationalityAfterOccupations().apply(source, translation) == "Fue un piloto argentino que ganó."
    # a misspelt Spanish one too; an occupation is not like one
    source, translation = "He was a Moroccan traveller who visited Asia.", "Fue un viajero marquíco que visitó Asia."
    assert NationalityAfterOccupations().apply(source, translation) == "Fue un viajero marroquí que visitó Asia."
    source, translation = "He was a Venezuelan leader who won.", "Fue un dirigente venezuelano que ganó."
    assert NationalityAfterOccupations().apply(source, translation) == "Fue un dirigente venezolano que ganó."
    source, translation = "She was a Polish politician who won.", "Fue una política que ganó."
    assert NationalityAfterOccupations().apply(source, translation) == "Fue una política polaca que ganó."


def test_an_article_the_source_lists_no_occupation_with_is_dropped() -> None:
    source = "She was a Mexican artist, surrealist painter and novelist."
    translation = "Fue una artista, pintora surrealista y la novelista mexicana."
    assert NationalityAfterOccupations().apply(source, translation) == (
        "Fue una artista, pintora surrealista y novelista mexicana."
    )


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (  # 'born' dropped, the place copied, the nationality after it
            "She was a Ukrainian-born Brazilian novelist and short story writer.",
            "Fue una novelista y cuentista en Ukraine brasileña.",
            "Fue una novelista y cuentista brasileña nacida en Ucrania.",
        ),
        (
            "She was a Costa Rican-born Mexican singer, known for her songs.",
            "Fue una cantante mexicana en Costa Rica, conocida por sus canciones.",
            "Fue una cantante mexicana nacida en Costa Rica, conocida por sus canciones.",
        ),
    ],
)
def test_a_birthplace_gets_back_the_born_the_model_dropped(source: str, translation: str, expected: str) -> None:
    from mt_core.nationality_order import BirthplaceAfterOccupations

    assert BirthplaceAfterOccupations().apply(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("She was a German-born physicist.", "Fue una física nacida en Alemania."),  # already there
        ("She was a German-born physicist.", "Fue una física, trabajó en Francia."),  # another clause's place
        ("She was a physicist who worked in France.", "Fue una física que trabajó en Francia."),  # no birthplace
    ],
)
def test_a_birthplace_written_or_not_found_is_left(source: str, translation: str) -> None:
    from mt_core.nationality_order import BirthplaceAfterOccupations

    assert BirthplaceAfterOccupations().apply(source, translation) == translation


def test_a_nationality_in_the_tail_is_another_things() -> None:
    source = "He was a Venezuelan military and political leader who freed the Spanish colonies."
    translation = "Fue un dirigente militar venezuelano y político que liberó las colonias españolas."
    assert NationalityAfterOccupations().apply(source, translation) == (
        "Fue un dirigente militar y político venezolano que liberó las colonias españolas."
    )


def test_a_copy_of_the_nationality_is_written_in_spanish_and_moved() -> None:
    source = "Ada Yonath is an Israeli crystallographer known for her work."
    translation = "Ada Yonath es un Israeli cristalógrafa conocida por su obra."
    assert NationalityAfterOccupations().apply(source, translation) == (
        "Ada Yonath es un cristalógrafa israelí conocida por su obra."
    )


def test_an_adverb_after_a_comma_ends_the_occupations() -> None:
    source = "He was a Hungarian physician and scientist, now known as a pioneer."
    translation = "Fue un médico y científico húngaro, ahora conocido como un pionero."
    assert NationalityAfterOccupations().apply(source, translation) == translation


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_word_invented_for_a_nationality_is_replaced_by_it() -> None:
    from mt_core.morphology import spanish_analyser

    repair = NationalityAfterOccupations(spanish_analyser())
    assert repair.apply("He was a Rwandan politician.", "Era un político decuestado.") == "Era un político ruandés."
    assert (
        repair.apply("She was a Taiwanese singer.", "Era una cantante persiguiente.") == "Era una cantante taiwanesa."
    )
    # a known word is the model's own, and the nationality goes after it; without an analyser nothing is replaced
    assert repair.apply("He was a Rwandan politician.", "Era un político famoso.") == "Era un político famoso ruandés."
    plain = NationalityAfterOccupations()
    assert (
        plain.apply("He was a Rwandan politician.", "Era un político decuestado.")
        == "Era un político decuestado ruandés."
    )
