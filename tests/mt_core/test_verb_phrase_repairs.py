import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.verb_phrase_repairs import VERB_PHRASE_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("His research led to the discovery of insulin.", "Su investigación dirigió al descubrimiento de insulina.",
         "Su investigación condujo al descubrimiento de insulina."),
        ("The scandals led to riots.", "Los escándalos dirigieron a disturbios.",
         "Los escándalos condujeron a disturbios."),
        ("This method is used in hospitals.", "Este método está utilizado en hospitales.",
         "Este método se utiliza en hospitales."),
        ("The terms are widely used.", "Los términos están ampliamente utilizados.",
         "Los términos se utilizan ampliamente."),
        ("The champion retired in 2010.", "El campeón retirado en 2010.", "El campeón se retiró en 2010."),
        ("Smith retired from politics.", "Smith retirado de la política.", "Smith se retiró de la política."),
    ],
)  # fmt: skip
def test_a_teachers_verb_phrase_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, VERB_PHRASE_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("He led the army to victory.", "Dirigió al ejército a la victoria."),  # he led: no 'led to'
        ("The method is used to measure heat.", "El método es utilizado para medir el calor."),  # 'ser' is right
        ("The champion was retired in 2010.", "El campeón fue retirado en 2010."),  # a passive
        ("A retired champion in Madrid", "Un campeón retirado en Madrid"),  # an adjective
    ],
)
def test_a_right_verb_phrase_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, VERB_PHRASE_REPAIRS) == translation
