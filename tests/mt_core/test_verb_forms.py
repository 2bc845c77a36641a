import functools
import shutil

import pytest

from mt_core.morphology import Analyser
from mt_core.verb_forms import (
    EnglishVerbs,
    GerundAfterContinue,
    PreteriteAfterSubject,
    shared_bilingual,
    shared_english,
)

pytestmark = pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")


@functools.cache
def _analyser() -> Analyser:
    """One analyser for the module: each one is an lt-proc process, and a test run once started hundreds."""
    from mt_core.morphology import spanish_analyser

    return spanish_analyser()


def test_a_participle_after_its_subject_is_the_preterite_in_the_subjects_number() -> None:
    repair = PreteriteAfterSubject(_analyser())
    assert repair.apply("Mozart moved to Vienna.", "Mozart movido a Viena.") == "Mozart movió a Viena."
    assert repair.apply("They founded it.", "Fundado.") == "Fundaron."
    assert repair.apply("He co-developed it.", "Él co-desarrollado.") == "Codesarrolló."
    assert repair.apply("Mozart was moved.", "Mozart movido.") == "Mozart movido."  # a passive
    # after a phrase that opens the sentence the pronoun's verb is its first ('A la edad de seis años contraído')
    assert repair.apply("At the age of six she contracted polio.", "A la edad de seis años contraído polio.") == (
        "A la edad de seis años contrajo polio."
    )
    assert repair.apply("In 1925 she was injured.", "En 1925 fue herida.") == "En 1925 fue herida."
    # a relative named after the person ('Her husband Pierre died')
    assert repair.apply("Her husband Pierre died in 1906.", "Su marido Pierre muerto en 1906.") == (
        "Su marido Pierre murió en 1906."
    )
    # a relative as the subject: 'Su madre promovida'
    assert repair.apply("Her mother promoted her interest.", "Su madre promovida su interés.") == (
        "Su madre promovió su interés."
    )
    assert (
        repair.apply("His parents moved to London.", "Sus padres movido a Londres.") == "Sus padres movieron a Londres."
    )
    # a name with a particle, which the analyser reads as one word
    assert repair.apply("Miguel de Cervantes lost his hand.", "Miguel de Cervantes perdido su mano.") == (
        "Miguel de Cervantes perdió su mano."
    )
    # an infinitive after the name ('Fleming descubrir')
    assert repair.apply("Alexander Fleming discovered it.", "Alexander Fleming descubrir lo.") == (
        "Alexander Fleming descubrió lo."
    )


def test_a_copied_english_verb_is_written_in_spanish() -> None:
    repair = EnglishVerbs(shared_english, shared_bilingual)
    assert repair.apply("She was assassinated.", "Era assassinated.") == "Fue asesinada."
    assert repair.apply("a man who organised it", "un hombre que organised lo") == "un hombre que organizó lo"
    assert repair.apply("the organised march", "la organised marcha") == "la organised marcha"


def test_continue_takes_a_gerund() -> None:
    import re

    gerund = GerundAfterContinue()
    match = re.match(r"(\w+) (\w+)", "Continuó pedir")
    assert match is not None and gerund(match) == "Continuó pidiendo"


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("SIGHUP received - rereading the caches", "SIGHUP recibido - releyendo las cachés"),  # a status line
        ("Document created", "Documento creado"),
        ("SSL enabled (protocol=%s)", "SSL habilitado (protocolo=%s)"),
        ("I saw all Israel scattered on the mountains.", "Vi a todo Israel esparcido por los montes."),  # an object
        ("The Sub described above takes four arguments.", "La Sub descrita anteriormente toma cuatro argumentos."),
        ("Variables based on user data", "Variables basadas en los datos de usuario"),
        ("Lockfile created but not reported", "Lockfile creado pero no notificado"),
    ],
)
def test_a_participle_that_describes_is_left_alone(source: str, translation: str) -> None:
    assert PreteriteAfterSubject(_analyser()).apply(source, translation) == translation


def test_a_copied_word_inside_an_identifier_or_a_quote_is_left_alone() -> None:
    repair = EnglishVerbs(shared_english, shared_bilingual)
    assert repair.apply("Generate shared library (alias for -shared)", "Generar biblioteca (alias para -shared)") == (
        "Generar biblioteca (alias para -shared)"
    )


def test_a_product_name_in_camel_case_is_a_subject_too() -> None:
    repair = PreteriteAfterSubject(_analyser())
    assert repair.apply("GStreamer encountered an error.", "GStreamer encontrado un error.") == (
        "GStreamer encontró un error."
    )
