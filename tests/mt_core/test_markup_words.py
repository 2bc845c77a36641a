import re

import pytest

from mt_core.markup_words import carry_rewrite, same_layout, visible_text


def test_visible_text_reads_tags_as_spaces_and_takes_translated_attributes() -> None:
    markup = '<p>Mi <b>amiga</b> &amp; yo.</p><p>Hola <img src="a.png" alt="Una enfermera"></p>'
    assert visible_text(markup) == " . Mi  amiga  & yo. .  . Hola  . Una enfermera .  . "
    assert "a.png" not in visible_text(markup)
    # agreement is read across inline tags only: never across paragraphs, list items, breaks or attributes
    assert visible_text("<li>La <i>jueza</i></li><li>El amigo<br>Un") == " . La  jueza  .  . El amigo . Un"


def test_same_layout_needs_the_same_tags_around_the_same_word_positions() -> None:
    assert same_layout('<img alt="La jueza"><p>Sí</p>', '<img alt="El juez"><p>No</p>')
    assert not same_layout('<img src="a" alt="x">', '<img src="b" alt="x">')
    assert not same_layout("<p><b>Mi</b> amiga</p>", "<p>Mi <b>amigo</b></p>")


@pytest.mark.parametrize(
    ("markup", "changes", "expected"),
    [
        (
            "<p>Mi <b>amigo</b> es un enfermero.</p>",
            {"amigo": "amiga", "un": "una", "enfermero": "enfermera"},
            "<p>Mi <b>amiga</b> es una enfermera.</p>",
        ),
        (  # capitals stay capitals; other text nodes with entities are left as they are
            "<p>EL <i>DOCTOR</i> llegó.</p><p>&copy; 2024</p>",
            {"EL": "La", "DOCTOR": "doctora"},
            "<p>LA <i>DOCTORA</i> llegó.</p><p>&copy; 2024</p>",
        ),
        (  # entities for punctuation and spaces stay as written between the words
            "<p>El profesor &amp; el&nbsp;enfermero.</p>",
            {"El": "La", "profesor": "profesora", "el": "la", "enfermero": "enfermera"},
            "<p>La profesora &amp; la&nbsp;enfermera.</p>",
        ),
        (  # a translated attribute's words are carried too, other attributes never
            '<img src="amigo.png" alt="Mi amigo"><p>El director.</p>',
            {"amigo": "amiga", "El": "La", "director": "directora"},
            '<img src="amigo.png" alt="Mi amiga"><p>La directora.</p>',
        ),
    ],
)
def test_a_word_for_word_rewrite_is_carried_into_the_markup(
    markup: str, changes: dict[str, str], expected: str
) -> None:
    visible = visible_text(markup)
    rewritten = re.sub(r"\w+", lambda word: changes.get(word.group(), word.group()), visible)
    assert carry_rewrite(markup, rewritten) == expected


def test_a_rewrite_that_is_not_word_for_word_or_touches_entities_is_refused() -> None:
    markup = "<p>Mi <b>amigo</b> es un enfermero.</p>"
    visible = visible_text(markup)
    assert carry_rewrite(markup, visible.replace("un enfermero", "una buena enfermera")) is None
    assert carry_rewrite(markup, visible.replace("es un", "es, un")) is None
    letter = "<p>Mi amigo &amp; el m&eacute;dico.</p>"  # a letter spelled as an entity: not as written
    assert carry_rewrite(letter, visible_text(letter).replace("médico", "médica")) is None
    assert carry_rewrite(markup, visible) == markup


def test_a_segment_begins_with_a_capital_where_its_source_does_whatever_its_tags() -> None:
    from mt_core.markup_words import initial_case_between_tags

    assert initial_case_between_tags("Dear Ms. García", "<b>querido</b> Ms. García") == "<b>Querido</b> Ms. García"
    assert initial_case_between_tags("Dear customer", "querido <i>cliente</i>") == "Querido <i>cliente</i>"
    assert initial_case_between_tags("iPhone rocks", "<b>iPhone</b> mola") == "<b>iPhone</b> mola"
    assert initial_case_between_tags("click here", "<a href='x'>pulse</a> aquí") == "<a href='x'>pulse</a> aquí"


def test_a_rewrite_of_the_text_read_with_single_spaces_is_carried_across_inline_tags() -> None:
    from mt_core.markup_words import carry_spaced_rewrite

    markup = "<p>Era un <b>empresaria</b>.</p>"
    seen: list[str] = []

    def mend(text: str) -> str:
        seen.append(text)
        return text.replace("un empresaria", "una empresaria")

    assert carry_spaced_rewrite(markup, mend) == "<p>Era una <b>empresaria</b>.</p>"
    assert "un empresaria" in seen[0]  # one space where the tag stood, as plain text has it
    assert carry_spaced_rewrite(markup, lambda text: text) == markup
    assert carry_spaced_rewrite(markup, lambda text: text.replace("Era un", "Era, una")) is None
