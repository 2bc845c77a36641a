import shutil

import pytest

from mt_core.person_repairs import became_feminine, female_person, former_as_ex

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`"
)
PEOPLE = frozenset({"presidente", "alcalde", "gobernador", "piloto", "aviador", "astronauta"})


@needs_apertium
@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("She is a former professional tennis player.", "Es una jugadora de tenis profesional anterior.",
         "Es una exjugadora de tenis profesional."),
        ("He is a former president of Chile.", "Es un presidente anterior de Chile.", "Es un expresidente de Chile."),
        ("The former mayor died.", "El alcalde anterior murió.", "El exalcalde murió."),
        ("Her former husband", "Su marido anterior", "Su exmarido"),
        # not a person: 'la antigua capital', never 'excapital'; not 'the former' alone; not two of them
        ("It is the former capital.", "Es la capital anterior.", None),
        ("The former and the latter", "El anterior y el último", None),
        ("A former mayor met the former governor.", "Un alcalde anterior conoció al gobernador anterior.", None),
    ],
)  # fmt: skip
def test_a_former_role_takes_ex(source: str, translation: str, expected: str | None) -> None:
    from mt_core.morphology import spanish_analyser

    repair = former_as_ex(spanish_analyser(), PEOPLE)
    assert repair.apply(source, translation) == (expected or translation)


@needs_apertium
@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("the first female aviator", "la primera aviadora hembra", "la primera aviadora"),
        ("the first female pilot", "la primera piloto hembra", "la primera mujer piloto"),
        ("female astronauts", "astronautas hembras", "mujeres astronautas"),
        ("two female elephants", "dos elefantes hembra", None),  # an animal
    ],
)
def test_hembra_is_for_animals(source: str, translation: str, expected: str | None) -> None:
    from mt_core.morphology import spanish_analyser

    repair = female_person(spanish_analyser(), PEOPLE)
    assert repair.apply(source, translation) == (expected or translation)


@needs_apertium
def test_an_adjective_after_se_hizo_takes_a_womans_gender() -> None:
    from mt_core.morphology import spanish_analyser

    repair = became_feminine(spanish_analyser())
    assert repair.apply("She became famous.", "Se hizo famoso.") == "Se hizo famosa."
    assert repair.apply("He became famous.", "Se hizo famoso.") == "Se hizo famoso."
