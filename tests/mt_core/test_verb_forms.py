import shutil

import pytest

from mt_core.verb_forms import (
    EnglishVerbs,
    GerundAfterContinue,
    PreteriteAfterSubject,
    shared_bilingual,
    shared_english,
)

pytestmark = pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")


def test_a_participle_after_its_subject_is_the_preterite_in_the_subjects_number() -> None:
    from mt_core.morphology import spanish_analyser

    repair = PreteriteAfterSubject(spanish_analyser())
    assert repair.apply("Mozart moved to Vienna.", "Mozart movido a Viena.") == "Mozart movió a Viena."
    assert repair.apply("They founded it.", "Fundado.") == "Fundaron."
    assert repair.apply("He co-developed it.", "Él co-desarrollado.") == "Codesarrolló."
    assert repair.apply("Mozart was moved.", "Mozart movido.") == "Mozart movido."  # a passive


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
