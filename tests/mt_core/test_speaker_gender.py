import shutil
from pathlib import Path

import pytest

from mt_core.engine import Engine, Hypothesis
from mt_core.gender import speaker_hints
from mt_core.grammar import Gender
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.speaker_gender import SPEAKER, speaker_span, worth_reporting

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test"
)


def test_a_request_gender_puts_a_hint_on_the_speaker() -> None:
    assert speaker_span("Yesterday I was tired.") == (10, 11)
    assert speaker_span("Part I. The end.") is None and speaker_span("It is mine.") is None
    (hint,) = speaker_hints("I'm tired.", Gender.FEMININE)
    assert (hint.source, hint.gender, hint.origin, hint.start, hint.end) == (SPEAKER, Gender.FEMININE, "request", 0, 1)
    assert speaker_hints("She is tired.", Gender.FEMININE) == []


def test_only_a_marked_speaker_is_reported() -> None:
    assert not worth_reporting(SPEAKER, None)
    assert worth_reporting(SPEAKER, Gender.FEMININE) and worth_reporting("nurse", None)


@needs_apertium
@pytest.mark.parametrize(
    ("translation", "feminine"),
    [
        ("Estoy cansado y feliz.", "Estoy cansada y feliz."),
        ("Soy tan entusiasmado!", "Soy tan entusiasmada!"),
        ("Soy feliz y orgulloso.", "Soy feliz y orgullosa."),  # past an adjective without gender
        ("Soy bastante seguro.", "Soy bastante segura."),
        ("Estoy un poco preocupado.", "Estoy un poco preocupada."),
        ("He estado ocupado toda la semana.", "He estado ocupada toda la semana."),
        ("Me siento muy cansado.", "Me siento muy cansada."),
        ("Siento solitario por la noche.", "Siento solitaria por la noche."),  # the model dropped 'me'
        ("Estuve sorprendido cuando lo vi.", "Estuve sorprendida cuando lo vi."),
        ("Soy una profesora y yo soy muy ocupado.", "Soy una profesora y yo soy muy ocupada."),
        ("Estoy cansado y aburrido, y él está contento.", "Estoy cansada y aburrida, y él está contento."),
    ],
)
def test_the_speakers_predicates_are_read_and_reinflected(reader, translation: str, feminine: str) -> None:  # type: ignore[no-untyped-def]
    assert reader.read(SPEAKER, translation) is Gender.MASCULINE
    assert reader.rewrite(translation, [SPEAKER], Gender.FEMININE) == feminine
    assert reader.read(SPEAKER, feminine) is Gender.FEMININE
    assert reader.rewrite(feminine, [SPEAKER], Gender.MASCULINE) == translation


@needs_apertium
@pytest.mark.parametrize(
    "translation",
    [
        "Estoy feliz.",  # nothing marks the speaker
        "Soy un profesor.",  # a noun: the person-noun hints' business
        "Supe que estaba cansado.",  # 'estaba' may be 'he was'
        "Lo siento mucho.",
        "Estamos cansados.",  # 'we' is not the speaker alone
        "Él está cansado.",
    ],
)
def test_other_peoples_words_are_not_the_speakers(reader, translation: str) -> None:  # type: ignore[no-untyped-def]
    assert reader.read(SPEAKER, translation) is None
    assert reader.rewrite(translation, [SPEAKER], Gender.FEMININE) is None
    assert reader.noun_form(SPEAKER, Gender.FEMININE) is None


@needs_apertium
def test_the_pipeline_honours_the_speakers_gender(
    tiny_model_dir: Path, reader, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    pipeline = TranslationPipeline(Engine(tiny_model_dir), gender_reader=reader)
    pieces = pipeline.engine.tokenizer.pieces

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        return [[Hypothesis(pieces("Estoy cansado."), -1.0, False)] for _ in batch]

    monkeypatch.setattr(pipeline.engine, "translate_tokens", translate_tokens)
    (result,) = pipeline.translate(["I am tired."], "en", "es", RequestOptions(target_gender=Gender.FEMININE))
    assert result.text == "Estoy cansada."
    assert [(g.source, g.found, g.honoured) for g in result.genders] == [(SPEAKER, Gender.FEMININE, True)]
    (plain,) = pipeline.translate(["I am tired."], "en", "es")
    assert plain.text == "Estoy cansado." and plain.genders == []  # no request gender: the model's choice
    # A gender read from the context is someone else's, not the speaker's.
    (context,) = pipeline.translate(["I am tired."], "en", "es", RequestOptions(context="My sister is a nurse."))
    assert context.text == "Estoy cansado." and context.genders == []
