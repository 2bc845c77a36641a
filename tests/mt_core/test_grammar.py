import pytest

from mt_core import grammar
from mt_core.grammar import Gender, GenderSpan, PlaceholderKind, TermSpan


def test_reserved_symbols_are_unique_and_survive_nfkc() -> None:
    import unicodedata

    symbols = grammar.reserved_symbols()
    assert len(symbols) == len(set(symbols))
    assert all(unicodedata.normalize("NFKC", s) == s for s in symbols)


def test_render_inserts_target_term_after_source_span() -> None:
    text = "Your order has shipped."
    rendered = grammar.render(text, terms=[TermSpan(5, 10, "pedido")])
    assert rendered == f"Your {grammar.TERM_START} order {grammar.TERM_TARGET} pedido {grammar.TERM_END} has shipped."


def test_render_gender_span_and_sentence_tag() -> None:
    rendered = grammar.render(
        "The doctor left.", genders=[GenderSpan(4, 10, Gender.FEMININE)], sentence_gender=Gender.FEMININE
    )
    assert rendered.startswith(grammar.SENTENCE_GENDER_TAG[Gender.FEMININE] + " The ")
    assert f"{grammar.GENDER_SPAN_START[Gender.FEMININE]} doctor {grammar.GENDER_SPAN_END}" in rendered


def test_render_rejects_overlapping_and_out_of_range_spans() -> None:
    with pytest.raises(ValueError, match="overlap"):
        grammar.render("abc def", terms=[TermSpan(0, 5, "x"), TermSpan(4, 7, "y")])
    with pytest.raises(ValueError, match="outside"):
        grammar.render("abc", terms=[TermSpan(1, 9, "x")])


def test_placeholders_round_trip_through_find() -> None:
    text = (
        "Choose "
        + grammar.placeholder(1, PlaceholderKind.OPEN)
        + "File"
        + grammar.placeholder(1, PlaceholderKind.CLOSE)
        + grammar.placeholder(2, PlaceholderKind.VOID)
    )
    found = grammar.find_placeholders(text)
    assert [(p.index, p.kind) for p in found] == [
        (1, PlaceholderKind.OPEN),
        (1, PlaceholderKind.CLOSE),
        (2, PlaceholderKind.VOID),
    ]
    assert text[found[0].start : found[0].end] == grammar.placeholder(1, PlaceholderKind.OPEN)


def test_placeholder_index_is_bounded() -> None:
    with pytest.raises(ValueError):
        grammar.placeholder(grammar.MAX_PLACEHOLDERS + 1, PlaceholderKind.OPEN)


def test_sanitize_prevents_forged_symbols() -> None:
    forged = f"hello {grammar.TERM_START} world"
    assert grammar.OPEN not in grammar.sanitize(forged)
    assert grammar.sanitize("plain text") == "plain text"


def test_strip_symbols_removes_leftovers_and_keeps_clean_text() -> None:
    assert grammar.strip_symbols(f"Hola {grammar.TERM_END} mundo") == "Hola mundo"
    assert grammar.strip_symbols("Hola  mundo") == "Hola  mundo"


def test_tidy_spacing_removes_a_space_before_a_stop_the_source_does_not_have() -> None:
    from mt_core.grammar import tidy_spacing

    assert tidy_spacing("Joel was a prophet.", "Joel era un profeta hebreo .") == "Joel era un profeta hebreo."
    assert tidy_spacing("Yes, it is.", "Sí , lo es .") == "Sí, lo es."
    assert tidy_spacing("Type ls . to list.", "Escriba ls . para listar.") == "Escriba ls . para listar."
    assert tidy_spacing("Version 1.5", "Versión 1.5") == "Versión 1.5"


def test_concordance_numbers_are_dropped_unless_the_source_has_them() -> None:
    from mt_core.grammar import drop_concordance_numbers

    assert drop_concordance_numbers("Paul went out.", "Pablo salió <G0846> de ellos.") == "Pablo salió de ellos."
    assert drop_concordance_numbers("Strong's <G0846> is autos.", "<G0846> es autos.") == "<G0846> es autos."
    assert drop_concordance_numbers("Use an H1 heading.", "Use un <H1> título.") == "Use un <H1> título."


def test_tidy_spacing_joins_two_spaces_the_source_does_not_have() -> None:
    from mt_core.grammar import tidy_spacing

    assert tidy_spacing("a screenwriter and poet", "un guionista  y poeta") == "un guionista y poeta"
    assert tidy_spacing("a  b", "un  b") == "un  b"


def test_tidy_spacing_drops_a_full_stop_inside_a_sentence_whose_source_has_none() -> None:
    from mt_core.grammar import tidy_spacing

    source = "She died of ovarian cancer at the age of 37."
    assert tidy_spacing(source, "Murió de cáncer. a la edad de 37.") == "Murió de cáncer a la edad de 37."
    assert tidy_spacing("It costs approx. five.", "Cuesta aprox. cinco.") == "Cuesta aprox. cinco."  # the source's
    assert tidy_spacing("She left. He stayed.", "Se fue. él se quedó.") == "Se fue. él se quedó."
