import pytest

from mt_core.casing import is_shouted, lower_verbs_after_names, sentence_case, shout


def test_a_shouted_sentence_has_two_words_and_no_lower_case_letter() -> None:
    assert is_shouted("WARNING: DO NOT OPEN THE COVER.")
    assert is_shouted("SAVE CHANGES")
    assert not is_shouted("USB")  # one word: an acronym more likely than a shout
    assert not is_shouted("The USB DRIVE is full.")
    assert not is_shouted("A 4 X")
    assert not is_shouted("COM.MICROSOFT.CONCAT") and not is_shouted("PROPERTY-NAME")


def test_sentence_case_keeps_offsets_and_addresses() -> None:
    sentence = "VISIT WWW.EXAMPLE.COM OR MAIL ANA@EXAMPLE.COM, İSTANBUL."
    cased = sentence_case(sentence)
    assert cased == "Visit WWW.EXAMPLE.COM or mail ANA@EXAMPLE.COM, İstanbul."
    assert len(cased) == len(sentence)
    assert sentence_case("«¡HOLA!»") == "«¡Hola!»"


def test_shout_leaves_verbatim_runs_as_they_were() -> None:
    assert shout("Visite https://example.com/Docs ahora 🎉", ["https://example.com/Docs", "🎉"]) == (
        "VISITE https://example.com/Docs AHORA 🎉"
    )


def test_file_names_and_identifiers_do_not_stop_a_shout() -> None:
    assert is_shouted("OPEN settings.json AND EDIT IT.")
    assert is_shouted("SET fontSize TO 14.")
    assert not is_shouted("Open settings.json AND EDIT IT.")


def test_grammar_symbols_keep_their_case() -> None:
    from mt_core import grammar

    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    assert sentence_case(f"{open1}WARNING{close1}: DO NOT OPEN.") == f"{open1}Warning{close1}: do not open."
    assert shout(f"{open1}Aviso{close1}: no abra.") == f"{open1}AVISO{close1}: NO ABRA."


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("Dear Ms. García, thank you.", "querido Ms. García, gracias.", "Querido Ms. García, gracias."),
        ("How are you?", "¿cómo estás?", "¿Cómo estás?"),
        ('"Quoted" text', "«citado» texto", "«Citado» texto"),
        ("The main.py file", "main.py archivo", "main.py archivo"),  # a copied word keeps its case
        ("iPhone is great", "iPhone es genial", "iPhone es genial"),
        ("-D option not supported", "la opción -D no", "la opción -D no"),  # the source begins with no word
        ("Unmatched ( or \\(", "( o \\( sin pareja", "( o \\( sin pareja"),
        ("Already right.", "Ya está.", "Ya está."),
        ("She retired after a series of injuries.", "se retiró tras lesiones.", "Se retiró tras lesiones."),  # 'series'
    ],
)
def test_a_translation_begins_with_a_capital_where_its_source_does(
    source: str, translation: str, expected: str
) -> None:
    from mt_core.casing import match_initial_case

    assert match_initial_case(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (
            "Marie Curie was a Polish physicist.",
            "Marie Curie Era un físico polaco.",
            "Marie Curie era un físico polaco.",
        ),
        ("Islam is predominant in Africa.", "Islam Está predominante en África.", "Islam está predominante en África."),
        ("Boniface has left.", "Boniface Ha salido y Tenía frío.", "Boniface ha salido y tenía frío."),
        (
            "Serena Williams is a player.",
            "<b>Serena Williams</b> Es una jugadora.",
            "<b>Serena Williams</b> es una jugadora.",
        ),
        # left alone: a sentence's first word, a word the source has as written, a title
        ("It was late. It is early.", "Era tarde. Es temprano.", "Era tarde. Es temprano."),
        ("The Han characters", "Los caracteres de Han", "Los caracteres de Han"),
        ("The Lord Is My Shepherd", "El Señor Es Mi Pastor", "El Señor Es Mi Pastor"),
    ],
)
def test_verbs_after_names_are_lower_case(source: str, translation: str, expected: str) -> None:
    assert lower_verbs_after_names(source, translation) == expected


def test_an_article_capitalised_inside_a_sentence_is_lower_cased_unless_the_source_has_a_title() -> None:
    from mt_core.casing import lower_mid_sentence

    assert lower_mid_sentence("He created the character.", "Creó El personaje.") == "Creó el personaje."
    assert lower_mid_sentence("It was a song called The Way.", "Era una canción llamada El camino.") == (
        "Era una canción llamada El camino."
    )
