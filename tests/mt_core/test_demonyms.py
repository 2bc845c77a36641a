import pytest

from mt_core.demonyms import DEMONYMS, SPANISH_DEMONYMS, spanish_demonym_form


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
    ],
)
def test_a_nationality_agrees_with_its_noun(lemma: str, gender: str, plural: bool, form: str) -> None:
    assert spanish_demonym_form(lemma, gender, plural) == form


def test_every_spanish_demonym_is_lower_case() -> None:
    assert all(word == word.lower() for word in SPANISH_DEMONYMS)
    assert all(word[:1].isupper() for word in DEMONYMS)
