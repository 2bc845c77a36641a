import pytest

from mt_core.compound_repairs import COMPOUND_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("He co-wrote the screenplay with his brother.", "Él co-wrote el guion con su hermano.",
         "Coescribió el guion con su hermano."),
        ("She co-authored three books.", "Ella co-autoró tres libros.", "Coescribió tres libros."),
        ("She co-invented an early version.", "Ella co-invented una versión temprana.",
         "Coinventó una versión temprana."),
        ("They co-founded the company.", "Ellos co-fundaron la empresa.", "Cofundaron la empresa."),
        ("In 1990 he co-directed the film.", "En 1990 co-directo la película.", "En 1990 codirigió la película."),
        ("She was a singer-songwriter.", "Era una cantante -compositora.", "Era una cantautora."),
        ("two singer-songwriters", "dos cantantes y compositores", "dos cantautores"),
        ("She was a well-known writer.", "Era una escritora famosa.", "Era una escritora conocida."),
        ("He was a world-famous violinist.", "Era un violinista famoso.", "Era un violinista de fama mundial."),
        ("he visited most of the known world", "visitó la mayor parte del mundo sabido",
         "visitó la mayor parte del mundo conocido"),
        ("She was an X-ray crystallographer.", "Era una X-ray cristalógrafa.", "Era una cristalógrafa de rayos X."),
        ("an anti-apartheid activist", "un anti-apartheid activista", "un activista contra el apartheid"),
        ("Her best-known novel is Wide Sargasso Sea.", "Su la novela famosa es Wide Sargasso Sea.",
         "Su novela más conocida es Wide Sargasso Sea."),
        ("Her most famous novel is Beloved.", "Su la novela más famosa es Beloved.",
         "Su novela más famosa es Beloved."),
        ("She was an influential blues singer.", "Era una influyente blues cantante.",
         "Era una influyente cantante de blues."),
        ("He was a folk singer and guitarist.", "Era un folk cantante y guitarrista.",
         "Era un cantante de folk y guitarrista."),
        ("He was a country singer.", "Era un cantante de país.", "Era un cantante de country."),
        ("She was a rear admiral.", "Era una almirante.", "Era una contraalmirante."),
        ("a student and anti-Nazi activist", "una estudiante y activista", "una estudiante y activista antinazi"),
        ("They were anti-fascist activists.", "Eran activistas.", "Eran activistas antifascistas."),
        ("an anti-slavery campaigner", "una defensora", "una defensora antiesclavista"),
        ("the founding father of Turkey", "el padre de fundar de Turquía", "el padre fundador de Turquía"),
        ("a French peasant girl", "una chica villana francesa", "una chica campesina francesa"),
        ("an anti-apartheid and human rights activist", "un anti-apartheid y activista de derechos humanos",
         "un activista contra el apartheid y de derechos humanos"),
    ],
)  # fmt: skip
def test_an_english_compound_is_written_in_spanish(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, COMPOUND_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("She cofounded the company.", "Cofundó la empresa."),  # already Spanish
        ("It is known that he left.", "Es sabido que se fue."),  # 'sabido' is right here
        ("He was a famous violinist.", "Era un violinista famoso."),  # no compound in the source
        ("She sang folk songs.", "Cantó canciones folk."),  # no singer
        ("He left the country.", "Dejó el país."),  # no country singer
        ("She was an admiral.", "Era una almirante."),  # no rear admiral
    ],
)
def test_a_translation_without_the_compounds_slip_is_left(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, COMPOUND_REPAIRS) == translation
