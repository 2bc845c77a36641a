import pytest

from mt_core.agreement import DeterminerAgreement, contract_articles, determiner_agreement_for, stressed_initial_a
from mt_core.gender import GenderReader
from mt_core.markup_translate import MARKUP_NOT_TEXT


@pytest.fixture(scope="module")
def agreement(reader: GenderReader) -> DeterminerAgreement:
    return DeterminerAgreement(reader.analyser, reader.person_lemmas())


@pytest.mark.parametrize(
    ("source", "translation", "mended"),
    [
        ("He married the actress Jane Smith.", "Casó el actriz Jane Smith.", "Casó la actriz Jane Smith."),
        ("She was the first woman to win a Nobel Prize.", "Ganó una premio Nóbel.", "Ganó un premio Nóbel."),
        ("The bridge", "La puente y los líneas", "El puente y las líneas"),
        ("A man", "Una hombre.", "Un hombre."),
        ("In a small village", "En una pueblo pequeña.", "En un pueblo pequeño."),  # and its adjective
        ("Big bridges", "Las puentes grandes y las puentes rojas.", "Los puentes grandes y los puentes rojos."),
        ("Of the unit", "El valor del unidad y a la campo.", "El valor de la unidad y al campo."),
        ("All the lines", "Borra todos los líneas.", "Borra todas las líneas."),
        ("Few comments", "Pocas comentarios", "Pocos comentarios"),
        ("This week", "Este semana", "Esta semana"),
        ("A painter whose best work", "Un pintor cuyo obra mejor", "Un pintor cuya obra mejor"),
        ("Her first husband", "Su primera marido", "Su primer marido"),  # an ordinal before its noun
        # a person noun in its feminine form is a woman: never a masculine determiner
        ("She was a geologist.", "Fue un geóloga.", "Fue una geóloga."),
        # a passive's participle agrees with the subject noun, whatever 'Her' made of it
        ("Her diary was published.", "Su diario fue publicada.", "Su diario fue publicado."),
        # a title after the noun, an adverb before the participle, an irregular participle, an apposition
        (
            "Her novel Middlemarch is often described as great.",
            "Su novela Middlemarch es a menudo descrito como",
            "Su novela Middlemarch es a menudo descrita como",
        ),
        (
            "Her autobiography, published in 1969, sold.",
            "Su autobiografía, publicado en 1969, vendió.",
            "Su autobiografía, publicada en 1969, vendió.",
        ),
        ("Her music was forgotten.", "Su música fue olvidado.", "Su música fue olvidada."),
        (
            "Her first books were banned.",
            "Sus primeros libros fueron prohibidas.",
            "Sus primeros libros fueron prohibidos.",
        ),
        # no 'I' in the source: "premio" is no "I reward" after "la"
        (
            "She was the first woman to win the prize.",
            "Fue la primera en ganar la premio.",
            "Fue la primera en ganar el premio.",
        ),
    ],
)
def test_a_determiner_takes_its_nouns_gender(
    agreement: DeterminerAgreement, source: str, translation: str, mended: str
) -> None:
    assert agreement.mend([source], [translation]) == [mended]


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("The water and an area", "El agua y un área del aula."),  # feminine nouns in stressed "a"
        ("I sell it and reward her", "La vendo y la premio."),  # "la" as a pronoun before a first person's verb
        ("She sells it and rewards her", "Ella la vende y la premia."),  # and before a third person's
        ("Little was known", "Poco era sabido."),  # "poco" as an adverb before a verb
        ("The guide, the radio, the sugar", "La guía, el radio, la azúcar."),  # either article is Spanish
        ("The journalist and the member", "El periodista y la miembro."),  # a person noun of either gender
        # person nouns the dictionary lists with one gender: the determiner is the person's
        ("She is the president, the doctor and the client.", "Es la presidente, la médico y la cliente."),
        ("He is the electrician.", "Es el electricista."),
        ("Her president was elected.", "Su presidente fue elegida."),  # a person noun of no gendered form
        ("The guide was hired.", "El guía fue contratada."),  # a noun of either gender
        ("The Central station", "Un Central."),  # a capital: a name or a title
        ("Open the app", "Abre la app."),  # a word copied from the source
        ("The hello", "Hola, miel y el."),  # no determiner: "la" in "hola", "el" in "miel"
    ],
)
def test_uncertain_or_correct_pairs_are_left_alone(
    agreement: DeterminerAgreement, source: str, translation: str
) -> None:
    assert agreement.mend([source], [translation]) == [translation]


def test_a_batch_of_sentences_is_mended_each_in_place(agreement: DeterminerAgreement) -> None:
    mended = agreement.mend(["a", "b", "c"], ["la puente", "Nada.", "Una muro y una muro."])
    assert mended == ["el puente", "Nada.", "Un muro y un muro."]


def test_markup_is_not_read_as_text(agreement: DeterminerAgreement) -> None:
    translation = '<a title="la puente">la puente</a>'
    assert agreement.mend(["x"], [translation], MARKUP_NOT_TEXT) == ['<a title="la puente">el puente</a>']


@pytest.mark.parametrize(
    ("word", "stressed"),
    [("agua", True), ("área", True), ("hacha", True), ("aula", True), ("ave", True), ("arena", False),
     ("abeja", False), ("harina", False), ("almeja", False), ("casa", False)],
)  # fmt: skip
def test_stressed_initial_a(word: str, stressed: bool) -> None:
    assert stressed_initial_a(word) is stressed


def test_person_lemmas_hold_the_dictionarys_and_the_curated_translations(reader: GenderReader) -> None:
    assert {"presidente", "médico", "cliente", "asistente", "juez", "modelo", "enfermero"} <= reader.person_lemmas()
    assert not {"puente", "hombre", "premio"} & reader.person_lemmas()


def test_only_spanish_gets_a_mender(reader: GenderReader) -> None:
    assert determiner_agreement_for("es", reader) is not None
    assert determiner_agreement_for("fr", reader) is None
    assert determiner_agreement_for("es", None) is None


def test_a_word_is_analysed_once(reader: GenderReader, monkeypatch: pytest.MonkeyPatch) -> None:
    agreement = DeterminerAgreement(reader.analyser, reader.person_lemmas())
    calls: list[str] = []
    analyse = reader.analyser.analyse
    monkeypatch.setattr(reader.analyser, "analyse", lambda text: calls.append(text) or analyse(text))
    assert agreement.mend(["a"], ["la puente"]) == ["el puente"]
    assert agreement.mend(["b"], ["Una puente."]) == ["Un puente."]
    assert agreement.mend(["c"], ["la puente y una muro"]) == ["el puente y un muro"]
    assert calls == ["puente", "muro"]  # the second request read the cache, the third only its new word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Era la hija de el poeta.", "Era la hija del poeta."),
        ("De el Holocausto volvió a el país.", "Del Holocausto volvió al país."),
        ("Viajó a El Salvador y habló de él.", "Viajó a El Salvador y habló de él."),  # a name's article, a pronoun
    ],
)
def test_de_el_and_a_el_are_contracted(text: str, expected: str) -> None:
    assert contract_articles(text) == expected


def test_contraction_leaves_markup_alone() -> None:
    assert contract_articles('<a title="de el">de el</a> poeta', MARKUP_NOT_TEXT) == '<a title="de el">del</a> poeta'


def test_in_markup_a_determiner_is_mended_across_an_inline_tag_too(agreement: DeterminerAgreement) -> None:
    from mt_core.markup_translate import _mend_agreement

    source = "She was a businesswoman."
    assert _mend_agreement(agreement, source, "Era un <b>empresaria</b>.") == "Era una <b>empresaria</b>."
    assert _mend_agreement(agreement, "x", "<p>la puente</p>") == "<p>el puente</p>"
    # never across a paragraph
    assert _mend_agreement(agreement, "x", "<p>la</p><p>puente</p>") == "<p>la</p><p>puente</p>"
