import pytest

from mt_core.childhood_repairs import CHILDHOOD_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She fought against child labour.", "Luchó en contra trabajo hijo.", "Luchó contra el trabajo infantil."),
        ("Child labor was common.", "El trabajo de niños era común.", "El trabajo infantil era común."),
        ("He was the youngest of eleven children.", "Era el más joven de once niños.", "Era el menor de once hijos."),
        ("He grew up in a working-class neighbourhood.", "Creció en un barriodeclase laborable.",
         "Creció en un barrio de clase obrera."),
        ("a working class family", "una familia de clase trabajadora", "una familia de clase obrera"),
        ("She founded a school in her home village.", "Fundó una escuela en su pueblo de casa.",
         "Fundó una escuela en su pueblo natal."),
        ("Her husband died, leaving her with three children.", "Murió, dejando su con tres hijos.",
         "Murió, dejándola con tres hijos."),
        ("His wife died, leaving him with a son.", "Murió, dejando su con un hijo.", "Murió, dejándolo con un hijo."),
        ("He grew up in poverty in the slums of Lima.", "Creció en pobreza en el slums de Lima.",
         "Creció en la pobreza en los barrios marginales de Lima."),
        ("She learned to play the piano.", "Aprendió para tocar el piano.", "Aprendió a tocar el piano."),
        ("He left school at fourteen.", "Dejó la escuela en catorce.", "Dejó la escuela a los catorce."),
        ("At seventeen, she won.", "En diecisiete, ganó.", "A los diecisiete, ganó."),
        ("She was born into poverty.", "Nació a pobreza.", "Nació en la pobreza."),
        ("He was a child prodigy.", "Era un niño prodigy.", "Era un niño prodigio."),
        ("He was born to a farming family.", "Nació en una familia de agricultura.",
         "Nació en una familia de agricultores."),
        ("He moved with his family.", "Se mudó con su familiar.", "Se mudó con su familia."),
        ("His father was a carpenter and his mother a seamstress.",
         "Su padre era un carpintero y su madre una costurera.", "Su padre era carpintero y su madre costurera."),
        ("Her only novel was published.", "Su novela única fue publicada.", "Su única novela fue publicada."),
        ("She is the only woman to win.", "Es la mujer única en ganar.", "Es la única mujer en ganar."),
        ("She was born Magdalena Carmen Frida Kahlo.", "Nació Magdalena Carmen Frida Kahlo.",
         "Nació con el nombre de Magdalena Carmen Frida Kahlo."),
        ("She was an American-born soprano.", "Fue una soprano aguantada nacida en los Estados Unidos.",
         "Fue una soprano nacida en los Estados Unidos."),  # 'born' read as 'borne'
        ("She was the eldest child of a wealthy family.", "Era la niña mayor de una familia rica.",
         "Era la hija mayor de una familia rica."),
        ("He was the only child of the poet Lord Byron.", "Era el niño único del poeta Lord Byron.",
         "Era el único hijo del poeta Lord Byron."),
        ("She was born in Paris to a Polish father and a Mexican mother.",
         "Nació en París a un padre polaca y una madre mexicana.", "Nació en París de padre polaco y madre mexicana."),
        ("He was born in Lima to a Japanese father and a Peruvian mother.",
         "Nació en Lima a un padre japonesa y una madre Perúa.", "Nació en Lima de padre japonés y madre peruana."),
        ("He was born in London to Jamaican parents.", "Nació en Londres a padres jamaicanos.",
         "Nació en Londres de padres jamaicanos."),
        ("She was born in Chicago to Irish immigrants.", "Nació en Chicago a inmigrantes irlandeses en 1950.",
         "Nació en Chicago de inmigrantes irlandeses en 1950."),
    ],
)  # fmt: skip
def test_a_teachers_slip_about_a_childhood_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, CHILDHOOD_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("I start at eight in the morning.", "Empiezo en ocho en la mañana."),  # a time of day, no age
        ("She learned to play the piano for her mother.", "Aprendió a tocar el piano para su madre."),
        ("He was the youngest player.", "Era el jugador más joven."),  # no siblings
        # a noun with words of its own keeps its article
        ("Her father was a musician who left.", "Su padre era un músico que se fue."),
        ("Her father was a famous musician.", "Su padre era un músico famoso."),
        ("She was born to a poor family.", "Nació en una familia pobre."),  # no nationality to write
        ("She wrote to her Polish father.", "Escribió a su padre polaco."),  # no birth
        ("She taught the children of the village.", "Enseñó a los niños del pueblo."),  # no parent's child
        ("She was born in New York.", "Nació en Nueva York."),  # a place
        ("He was born January 5, 1900.", "Nació el 5 de enero de 1900."),
    ],
)
def test_a_right_translation_of_a_childhood_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, CHILDHOOD_REPAIRS) == translation
