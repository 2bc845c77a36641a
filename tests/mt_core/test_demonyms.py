import shutil

import pytest

from mt_core.demonyms import DEMONYMS, SPANISH_DEMONYMS, spanish_demonym_form
from mt_core.grammar import GENDER_SPAN_START, Gender

GENDER_START = GENDER_SPAN_START[Gender.FEMININE]


@pytest.mark.parametrize(
    ("lemma", "gender", "plural", "form"),
    [
        ("chileno", "f", False, "chilena"),
        ("chileno", "m", True, "chilenos"),
        ("inglés", "f", False, "inglesa"),
        ("inglés", "m", True, "ingleses"),
        ("alemán", "f", True, "alemanas"),
        ("español", "f", False, "española"),
        ("estadounidense", "f", True, "estadounidenses"),
        ("belga", "f", False, "belga"),
        ("israelí", "m", True, "israelíes"),
        ("letón", "f", False, "letona"),
        ("bretón", "m", True, "bretones"),
        ("andaluz", "f", False, "andaluza"),
        ("andaluz", "m", True, "andaluces"),
        ("mormón", "f", False, "mormona"),
        ("sij", "m", True, "sijs"),
        ("inuit", "f", True, "inuit"),
        ("cheroqui", "m", True, "cheroquis"),
        ("hispano", "f", True, "hispanas"),
    ],
)
def test_a_nationality_agrees_with_its_noun(lemma: str, gender: str, plural: bool, form: str) -> None:
    assert spanish_demonym_form(lemma, gender, plural) == form


def test_every_spanish_demonym_is_lower_case() -> None:
    assert all(word == word.lower() for word in SPANISH_DEMONYMS)
    assert all(word[:1].isupper() for word in DEMONYMS)


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_nationality_left_in_english_before_its_noun_goes_after_it() -> None:
    from mt_core.demonyms import Demonyms
    from mt_core.morphology import spanish_analyser

    demonyms = Demonyms(spanish_analyser())
    assert demonyms.apply("an Argentine footballer", "un Argentine futbolista") == "un futbolista argentino"
    assert demonyms.apply("a Chilean writer", "una Chilean escritora") == "una escritora chilena"
    assert demonyms.apply("her Gothic novel", "su novela Gothic") == "su novela gótica"  # a style, the same way
    assert demonyms.apply("an Impressionist painter", "un pintor Impressionist") == "un pintor impresionista"
    # an adjective the dictionary lacks as a noun, ending the phrase
    assert demonyms.apply("a Ghanaian diplomat", "un Ghanaian diplomático") == "un diplomático ghanés"
    # after a contracted article ('del'), in the noun's gender where it shows one
    assert demonyms.apply("the Bulgarian ambassador", "del Bulgarian embajadora") == "del embajadora búlgara"


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_garbled_copy_after_a_determined_noun_is_written_in_spanish() -> None:
    from mt_core.demonyms import Demonyms
    from mt_core.morphology import spanish_analyser

    demonyms = Demonyms(spanish_analyser())
    assert demonyms.apply("the Chilean dictator", "del dictador Chileano") == "del dictador chileno"
    assert demonyms.apply("the Guatemalan ambassador", "el embajador Guatemalán") == "el embajador guatemalteco"
    assert demonyms.apply("the Australian writer Paul Smith", "el escritor australana Paul Smith") == (
        "el escritor australiano Paul Smith"
    )
    # after a noun with words before it the head is not known here (mt_core/nationality_order.py finds it)
    assert demonyms.apply("a Guatemalan activist", "activista de derechos humanos Guatemán") == (
        "activista de derechos humanos Guatemán"
    )
    # a nationality of its own, a place
    assert demonyms.apply("an African American singer", "la cantante afroamericana") == "la cantante afroamericana"
    assert demonyms.apply("the Bulgarian team", "el equipo Bulgaria") == "el equipo Bulgaria"


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("an Austrian-Swedish physicist", "una física sueca", "una física austriaco-sueca"),
        ("a Serbian-American inventor", "un inventor estadounidense", "un inventor serbio-estadounidense"),
        ("British-Jamaican nurses", "enfermeras jamaicanas", "enfermeras británico-jamaicanas"),
        ("the Spanish-American War", "la guerra hispano-estadounidense", "la guerra hispano-estadounidense"),
        ("an Austrian-Swedish physicist", "una física austriaco-sueca", "una física austriaco-sueca"),
        ("an African-American writer", "un escritor estadounidense", "un escritor afroamericano"),
        ("the first African-American woman", "la primera mujer estadounidense", "la primera mujer afroamericana"),
        ("African-American soldiers", "soldados estadounidenses", "soldados afroamericanos"),
    ],
)
def test_the_first_of_two_nationalities_goes_back_before_the_second(
    source: str, translation: str, expected: str
) -> None:
    from mt_core.demonyms import _compounds

    assert _compounds(source, translation) == expected


def test_the_model_reads_the_second_of_two_nationalities_alone() -> None:
    from mt_core.english_input import EnglishInput
    from mt_core.source_spelling import AmericanSpelling

    english = EnglishInput(AmericanSpelling({}), None)
    assert english("She was an Austrian-Swedish physicist.", []) == "She was a Swedish physicist."
    assert english("He was a Serbian-American inventor.", []) == "He was an American inventor."
    assert english("an Albanian-Indian Catholic nun", []) == "an Indian Catholic nun"
    assert english("the Spanish-American War", []) == "the Spanish-American War"  # a name
    tagged = f"an Austrian-Swedish {GENDER_START} physicist"  # a gender hint's tag before the noun
    assert english(tagged, []) == f"a Swedish {GENDER_START} physicist"


@pytest.mark.parametrize(
    ("translation", "expected"),
    [
        ("Es un farmacéutico japonesa.", "Es un farmacéutico japonés."),
        ("Es una escritora chileno.", "Es una escritora chilena."),
        ("Es un guía chilena.", "Es un guía chilena."),  # a noun that does not show its gender
        ("Es una química estadounidense.", "Es una química estadounidense."),  # no gender to show
        ("Es una empresaria y filántropa japonés.", "Es una empresaria y filántropa japonesa."),  # a list's last
        ("Es un guía y escritora japonesa.", "Es un guía y escritora japonesa."),  # article and noun disagree
        ("Es el escritor japonesa.", "Es el escritor japonés."),  # '-or' is masculine
        ("Era miembro del parlamento japonesa.", "Era miembro del parlamento japonés."),  # after 'del'
    ],
)
def test_a_nationality_takes_the_gender_its_article_and_noun_share(translation: str, expected: str) -> None:
    from mt_core.demonyms import NationalityAgreement

    assert NationalityAgreement().apply("a Japanese chemist", translation) == expected


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_nationality_after_a_bare_noun_after_de_agrees_with_the_head() -> None:
    from mt_core.demonyms import Demonyms
    from mt_core.morphology import spanish_analyser

    demonyms = Demonyms(spanish_analyser())
    # 'paz' is the activist's kind, not the one the nationality qualifies
    assert (
        demonyms.apply("a Liberian peace activist", "un activista de paz Liberian") == "un activista de paz liberiano"
    )
    assert (
        demonyms.apply("a Rwandan tennis player", "una jugadora de tenis Rwandan") == "una jugadora de tenis ruandesa"
    )
    assert demonyms.apply("a Nepali mountaineer", "un Nepali alpinista") == "un alpinista nepalí"
    assert (
        demonyms.apply("Afghan women's rights", "los derechos de mujeres Afghan") == "los derechos de mujeres afganas"
    )


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_nationality_after_de_is_the_nouns_before_it() -> None:
    from mt_core.demonyms import Demonyms
    from mt_core.morphology import spanish_analyser

    demonyms = Demonyms(spanish_analyser())
    # a noun after its article, which the model gave a capital
    source = "Emil Zátopek was a Czechoslovak runner."
    assert demonyms.apply(source, "Emil Zátopek fue un Corredor de Czechoslovak.") == (
        "Emil Zátopek fue un corredor checoslovaco."
    )
    # the Spanish nationality, with its capital, after 'de'
    assert demonyms.apply("He was a Czech runner.", "Fue un corredor de Checo.") == "Fue un corredor checo."
    # a name after 'de' is no nationality the source has
    assert demonyms.apply("He met Checo Pérez.", "Conoció al amigo de Checo.") == "Conoció al amigo de Checo."
    # peoples and cultures, and styles
    assert demonyms.apply("a Mayan calendar", "el Mayan calendario") == "el calendario maya"
    assert demonyms.apply("an Italian Baroque painter", "una pintora Baroque italiana") == (
        "una pintora barroca italiana"
    )


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_nationality_before_a_word_the_analyser_lacks_goes_after_it() -> None:
    from mt_core.demonyms import Demonyms
    from mt_core.morphology import spanish_analyser

    demonyms = Demonyms(spanish_analyser())
    assert demonyms.apply("a Romanian gymnast", "un Romanian gimnasta") == "un gimnasta rumano"
    assert demonyms.apply("She was a Romanian gymnast.", "Era una Romanian gimnasta.") == "Era una gimnasta rumana."
    # whatever follows it ('anterior' for 'former')
    assert demonyms.apply("a Jamaican former sprinter", "un Jamaican velocista anterior") == (
        "un velocista jamaicano anterior"
    )


def test_a_nationality_of_two_words_is_found_by_its_last() -> None:
    from mt_core.demonyms import DEMONYM_KEYS

    assert {"zealand", "rican", "lankan", "leonean"} <= DEMONYM_KEYS and "new zealand" not in DEMONYM_KEYS


def test_of_two_nationalities_the_second_agrees_with_the_noun() -> None:
    from mt_core.demonyms import NationalityAgreement

    agreement = NationalityAgreement()
    assert agreement.apply("an Albanian-Indian nun", "una monja albanés-indio") == "una monja albanés-india"
    assert (
        agreement.apply("an Austrian-Swedish physicist", "una física austriaco-sueca") == "una física austriaco-sueca"
    )
