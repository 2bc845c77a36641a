import pytest

from mt_core.coordination_repairs import COORDINATION_REPAIRS
from mt_core.phrase_repair import repair_phrases


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("a former politician and scientist", "una expolítica científica y científica", "una expolítica y científica"),
        ("We are orphans and fatherless.", "Somos huérfanos y huérfanos.", "Somos huérfanos."),
        ("Bullets and Numbering", "Las viñetas y viñetas", "Las viñetas"),
        ("smoke and dust", "humo de polvo y polvo", "humo de polvo"),  # no two people: the copy goes
        (
            "a Scottish physician and microbiologist",
            "un médico escocés médico y microbiólogo",
            "un médico escocés y microbiólogo",
        ),
        ("a physician and microbiologist", "un médico médico y microbiólogo", "un médico y microbiólogo"),
        ("a military officer", "un el oficial militar", "un oficial militar"),  # an article after another
        ("a Burkinabe officer", "un Burkinabe el agente", "un Burkinabe agente"),
    ],
)
def test_a_word_coordinated_with_itself_is_said_once(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, COORDINATION_REPAIRS) == expected


def test_a_word_the_source_says_twice_stays() -> None:
    translation = "Lo dijo una y otra vez, muchas y muchas veces."
    assert repair_phrases("He said it again and again.", translation, COORDINATION_REPAIRS) == translation
