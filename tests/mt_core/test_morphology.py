import shutil

import pytest

from mt_core.morphology import Analysis, escape, parse_stream

needs_apertium = pytest.mark.skipif(shutil.which("lt-proc") is None, reason="lttoolbox is installed by `make test`")


def test_parse_stream_locates_tokens_and_reads_tags() -> None:
    source = "La doctora llegó."
    stream = "^La/el<det><def><f><sg>$ ^doctora/doctor<n><f><sg>$ ^llegó/*llegó$^./.<sent>$"
    tokens = parse_stream(stream, source)
    assert [t.surface for t in tokens] == ["La", "doctora", "llegó", "."]
    assert tokens[1].start == 3 and source[tokens[1].start : tokens[1].end] == "doctora"
    assert tokens[1].analyses == (Analysis("doctor", ("n", "f", "sg")),)
    assert tokens[1].analyses[0].gender == "f"
    assert not tokens[2].known


def test_escape_protects_stream_metacharacters() -> None:
    assert escape("a/b <c> $d^") == "a\\/b \\<c\\> \\$d\\^"


@needs_apertium
def test_spanish_analyser_reads_gender() -> None:
    from mt_core.morphology import spanish_analyser

    analyser = spanish_analyser()
    try:
        tokens = analyser.analyse("La cirujana es buena.")
        again = analyser.analyse("El cirujano")  # the persistent process stays in step
    finally:
        analyser.close()
    genders = {t.surface: {a.gender for a in t.analyses} for t in tokens}
    assert "f" in genders["cirujana"] and "f" in genders["buena"]
    assert "m" in {a.gender for a in again[1].analyses}


@needs_apertium
def test_bilingual_lookup_of_lemmas() -> None:
    from mt_core.morphology import english_to_spanish_lemmas

    found = english_to_spanish_lemmas().lookup([Analysis("nurse", ("n", "sg")), Analysis("zzqx", ("n", "sg"))])
    assert found[0] is not None and found[0].lemma == "enfermero"
    assert found[1] is None


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test")
def test_a_text_ending_after_an_unknown_word_keeps_its_end() -> None:
    from mt_core.morphology import spanish_analyser

    tokens = spanish_analyser().analyse("carrito de compras")  # lt-proc held 'de compras' back without a flush
    assert [t.surface for t in tokens] == ["carrito", "de", "compras"]
