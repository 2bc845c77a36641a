import pytest

from mt_core.number_check import MARKUP_NOT_TEXT
from mt_core.spelling import mend_plural_spelling


@pytest.mark.parametrize(
    ("translation", "mended"),
    [
        ("Mis amigas son felizs.", "Mis amigas son felices."),
        ("Las discusións y las Seccións.", "Las discusiones y las Secciones."),
        ("Los alemáns llegaron.", "Los alemanes llegaron."),
        ("Grabó setenta álbums.", "Grabó setenta álbumes."),
        ("Las veces, los papeles, la canción.", "Las veces, los papeles, la canción."),  # right as they are
        ("Llamó a sImplementedInterfazs.", "Llamó a sImplementedInterfazs."),  # an identifier
    ],
)
def test_plural_endings_no_spanish_word_has_are_mended(translation: str, mended: str) -> None:
    assert mend_plural_spelling("source", translation) == mended


def test_a_word_the_source_has_and_markup_are_left_alone() -> None:
    assert mend_plural_spelling("Ask the Fitzs about it.", "Pregunta a los Fitzs.") == "Pregunta a los Fitzs."
    markup = '<span class="razs">felizs</span>'
    assert mend_plural_spelling("happy", markup, MARKUP_NOT_TEXT) == '<span class="razs">felices</span>'
