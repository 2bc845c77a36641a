import shutil

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


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_nationality_left_in_english_before_its_noun_goes_after_it() -> None:
    from mt_core.demonyms import Demonyms
    from mt_core.morphology import spanish_analyser

    demonyms = Demonyms(spanish_analyser())
    assert demonyms.apply("an Argentine footballer", "un Argentine futbolista") == "un futbolista argentino"
    assert demonyms.apply("a Chilean writer", "una Chilean escritora") == "una escritora chilena"
