import pytest

from mt_core.nationality_repairs import NATIONALITY_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He was a Romanian gymnast.", "Era un gimnasta romano.", "Era un gimnasta rumano."),
        ("She was a Romanian poet.", "Era una poeta Romana.", "Era una poeta rumana."),
        ("Romanian painters", "los pintores romanos", "los pintores rumanos"),
        ("Katherine Mansfield was a New Zealand writer.", "Katherine Mansfield fue una escritora Nueva Zelanda.",
         "Katherine Mansfield fue una escritora neozelandesa."),
        ("He was a New Zealand mountaineer.", "Fue un alpinista Nuevo Zealand.", "Fue un alpinista neozelandés."),
        ("the New Zealand rugby players", "los jugadores de rugby Nueva Zelanda",
         "los jugadores de rugby neozelandeses"),
        ("She emigrated to the United States.", "Emigró a las Estados Unidos.", "Emigró a los Estados Unidos."),
        # the model read 'Hispanic' as 'Spanish' (mt_core/english_input.py)
        ("She was a Hispanic writer.", "Era una escritora española.", "Era una escritora hispana."),
        ("the first Hispanic women", "las primeras mujeres españolas", "las primeras mujeres hispanas"),
        ("He was a South African bishop.", "Fue un obispo africano Del sur africano.", "Fue un obispo sudafricano."),
        ("the first non-European to win", "el primer no-European en ganar", "el primer no europeo en ganar"),
        ("He was captured by the French in 1802.", "Fue capturado por el francés en 1802.",
         "Fue capturado por los franceses en 1802."),
        ("The city was taken by the British.", "La ciudad fue tomada por el británico.",
         "La ciudad fue tomada por los británicos."),
    ],
)  # fmt: skip
def test_a_nationality_mistaken_for_another_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, NATIONALITY_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("A Romanian scholar of the Roman Empire.", "Un erudito rumano del Imperio romano."),  # Rome is there too
        ("He moved to New Zealand in 1950.", "Se mudó a Nueva Zelanda en 1950."),  # the country
        ("She was born in New Zealand and lived in Sydney.", "Nació en Nueva Zelanda y vivió en Sídney."),
        ("He was a writer from New Zealand.", "Fue un escritor de Nueva Zelanda."),
        # 'Hispanic' beside something Spanish reached the model as it was
        ("He is a Hispanic actor who speaks Spanish.", "Es un actor hispano que habla español."),
        ("It was translated by the French poet Valéry.", "Fue traducido por el poeta francés Valéry."),
    ],
)
def test_a_nationality_right_for_the_source_stays(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, NATIONALITY_REPAIRS) == translation


def test_a_person_noun_the_model_leaves_in_english_is_in_the_lexicon() -> None:
    from mt_core.gender_lexicon import AMBIGUOUS_PERSON_NOUNS, SPANISH_PERSON_LEMMAS, is_epicene

    assert {"gymnast", "gymnasts", "cosmonaut", "triathlete", "hurdler"} <= AMBIGUOUS_PERSON_NOUNS
    assert SPANISH_PERSON_LEMMAS["gymnast"] == ("gimnasta",) and is_epicene("gimnasta") and is_epicene("cosmonautas")


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He was a Puerto Rican boxer.", "Era un Puerto Rican boxeador.", "Era un boxeador puertorriqueño."),
        ("She was a Sierra Leonean writer.", "Era una escritora Sierra Leonean.", "Era una escritora sierraleonesa."),
        ("He was a Costa Rican politician.", "Era un político Rican.", "Era un político costarricense."),
        ("two Sri Lankan cricketers", "los Lankan jugadores", "los jugadores esrilanqueses"),
    ],
)  # fmt: skip
def test_a_nationality_of_two_words_left_in_english_is_written_in_spanish(
    source: str, translation: str, expected: str
) -> None:
    assert repair_phrases(source, translation, NATIONALITY_REPAIRS) == expected


def test_half_a_nationality_that_is_one_of_its_own_is_left() -> None:
    # 'African' alone is a nationality: only 'South African' whole is this repair's
    assert repair_phrases("a South African singer", "una cantante African", NATIONALITY_REPAIRS) == (
        "una cantante African"
    )


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He was a French Post-Impressionist artist.", "Fue un artista Impressionista francés.",
         "Fue un artista postimpresionista francés."),
        ("one of the founders of Post-Impressionism", "uno de los fundadores del impresionismo",
         "uno de los fundadores del postimpresionismo"),
        ("a French Neo-Impressionist painter", "un pintor impresionista francés", "un pintor neoimpresionista francés"),
        ("a French Impressionist painter", "un pintor impresionista francés", "un pintor impresionista francés"),
    ],
)  # fmt: skip
def test_a_movements_prefix_goes_back_on_the_spanish_word(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, NATIONALITY_REPAIRS) == expected
