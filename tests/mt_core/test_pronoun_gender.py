import shutil
from pathlib import Path

import pytest

from mt_core.engine import Engine, Hypothesis
from mt_core.gender_fallbacks import agree_with_subject
from mt_core.grammar import Gender
from mt_core.pipeline import TranslationPipeline
from mt_core.pronoun_gender import pronoun_predicate_gender

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test"
)


@pytest.mark.parametrize(
    ("source", "gender"),
    [
        ("The teacher told the students that she was proud of them.", Gender.FEMININE),
        ("He is very happy.", Gender.MASCULINE),
        ("She's ready.", Gender.FEMININE),
        ("I think she has been busy.", Gender.FEMININE),  # the one linking verb is hers
        ("He was sure that she was right.", None),  # two predicates: whose is which is not certain
        ("The car was red and she left.", None),  # the predicate is the car's
        ("She said the car was red.", None),
        ("They are tired.", None),
        ("The theme is dark.", None),  # 'the' is no 'he'
    ],
)
def test_the_source_names_one_predicate_of_she_or_he(source: str, gender: Gender | None) -> None:
    assert pronoun_predicate_gender(source) == gender


@needs_apertium
@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (
            "The teacher told the students that she was proud of them.",
            "La profesora dijo a los alumnos que era orgulloso de ellos.",
            "La profesora dijo a los alumnos que era orgullosa de ellos.",
        ),
        ("She felt lonely.", "Se sentía solo.", "Se sentía sola."),
        ("He is very happy.", "Está muy contenta.", "Está muy contento."),
        ("She was tired.", "Estaba cansada.", "Estaba cansada."),  # already right
        ("He was sure that she was right.", "Era seguro que era correcto.", "Era seguro que era correcto."),
        ("She said it was tired.", "Dijo que era cansado y estaba roto.", "Dijo que era cansado y estaba roto."),
        # after a determiner 'era' is the noun, whose adjective stays
        (
            "He became the first to play in the modern era.",
            "Se convirtió en el primero en jugar en la era moderna.",
            "Se convirtió en el primero en jugar en la era moderna.",
        ),
    ],
)
def test_the_one_third_person_predicate_takes_the_pronouns_gender(  # type: ignore[no-untyped-def]
    reader, source: str, translation: str, expected: str
) -> None:
    assert agree_with_subject(reader, source, translation) == expected


@needs_apertium
def test_the_pipeline_makes_the_predicate_agree(tiny_model_dir: Path, reader, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    pipeline = TranslationPipeline(Engine(tiny_model_dir), gender_reader=reader)
    pieces = pipeline.engine.tokenizer.pieces

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        return [[Hypothesis(pieces("Dijo que era orgulloso de ellos."), -1.0, False)] for _ in batch]

    monkeypatch.setattr(pipeline.engine, "translate_tokens", translate_tokens)
    (result,) = pipeline.translate(["She said that she was proud of them."], "en", "es")
    assert result.text == "Dijo que era orgullosa de ellos."
    (other,) = pipeline.translate(["It was proud of them."], "en", "es")
    assert other.text == "Dijo que era orgulloso de ellos."


@needs_apertium
@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("I was very angry with them.", "Era muy enojado con ellos.", "Era muy enojada con ellos."),
        ("I felt relaxed on the beach.", "Sentía relajado en la playa.", "Sentía relajada en la playa."),
        ("I knew he was tired.", "Sabía que estaba cansado.", "Sabía que estaba cansado."),  # his predicate
        ("I was tired and he was angry.", "Estaba cansado y estaba enfadado.", "Estaba cansado y estaba enfadado."),
    ],
)
def test_a_speakers_only_predicate_takes_the_requested_gender_in_forms_a_third_person_shares(  # type: ignore[no-untyped-def]
    reader, source: str, translation: str, expected: str
) -> None:
    assert agree_with_subject(reader, source, translation, Gender.FEMININE) == expected
    assert agree_with_subject(reader, source, translation) == translation  # no gender requested: the model's
