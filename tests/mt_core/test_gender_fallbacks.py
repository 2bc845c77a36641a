import dataclasses
import shutil
from collections.abc import Sequence
from pathlib import Path

from mt_core.engine import Engine
from mt_core.gender import GenderHint, GenderReader
from mt_core.gender_fallbacks import GENDER_TERM_ORIGIN, add_gender_terms
from mt_core.grammar import Gender
from mt_core.manifest import Annotations, ModelManifest
from mt_core.morphology import Analyser
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.pipeline_steps import PreparedTexts, Selection
from mt_core.terminology import TermMatch

FORMS = {("nurse", Gender.FEMININE): "enfermera", ("nurse", Gender.MASCULINE): "enfermero"}


class DictionaryReader:
    """Reads a gender only where the dictionary form of the noun is in the text."""

    analyser: Analyser

    def read(self, source_noun: str, translation: str) -> Gender | None:
        for gender in Gender:
            form = FORMS.get((source_noun.lower(), gender))
            if form and form in translation.split():
                return gender
        return None

    def rewrite(self, translation: str, source_nouns: Sequence[str], gender: Gender) -> str | None:
        return None

    def noun_form(self, source_noun: str, gender: Gender) -> str | None:
        return FORMS.get((source_noun.lower(), gender))


def _prepared(terms: list[TermMatch]) -> PreparedTexts:
    hints = [
        GenderHint(4, 9, "nurse", Gender.FEMININE, "request"),
        GenderHint(14, 20, "doctor", Gender.FEMININE, "request"),
    ]
    return PreparedTexts([], [["tokens"]], [0], [terms], [hints], ["The nurse and doctor left."])


def test_only_lost_nouns_with_a_dictionary_form_become_terms() -> None:
    customer = TermMatch(14, 20, "doctor", "médica", "request")
    prepared = _prepared([customer])
    selection = Selection("El ento y la médica se fueron.", "annotation", [True], False, [None, None])
    assert add_gender_terms(DictionaryReader(), prepared, [selection]) == [0]
    assert [t.target for t in prepared.terms[0]] == ["enfermera", "médica"], "ordered by position; doctor kept"
    assert prepared.terms[0][0].origin == GENDER_TERM_ORIGIN and selection.present == [False, True]


def test_a_gender_term_counts_only_as_written() -> None:
    """'enfermeras' would pass the inflection-tolerant term check for 'enfermera', and the fallbacks that put
    the noun in would never run (the shipped model's 'La pilota', which the analyser cannot read, stayed)."""
    prepared = _prepared([])
    selection = Selection("La enfermeras se fue.", "annotation", [], False, [None, None])
    assert add_gender_terms(DictionaryReader(), prepared, [selection]) == [0]
    assert [t.target for t in prepared.terms[0]] == ["enfermera"] and selection.present == [False]


def test_nouns_already_found_are_left_to_reranking_and_reinflection() -> None:
    prepared = _prepared([])
    selection = Selection("El enfermero se fue.", "annotation", [], False, [Gender.MASCULINE, None])
    assert add_gender_terms(DictionaryReader(), prepared, [selection]) == []
    assert prepared.terms[0] == [] and selection.present == []


def test_a_hinted_noun_the_model_loses_is_forced_in_and_not_reported_as_a_term(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    trained = tmp_path / "model"
    shutil.copytree(tiny_model_dir, trained)
    manifest = ModelManifest.load(trained)
    dataclasses.replace(manifest, annotations=Annotations(terms=True, gender=True)).save(trained)
    pipeline = TranslationPipeline(Engine(trained), gender_reader=DictionaryReader())
    result = pipeline.translate(["The nurse left."], "en", "es", RequestOptions(target_gender=Gender.FEMININE))[0]
    assert "enfermera" in result.text.split(), result.text
    assert [(g.source, g.found) for g in result.genders] == [("nurse", Gender.FEMININE)]
    assert result.terms == [], "the forced noun is fairmt's own fallback, not a customer term"


def test_an_english_noun_left_in_the_output_is_written_in_spanish_in_place() -> None:
    from mt_core.gender_fallbacks import write_copied_noun

    source = "Clara Schumann was a German pianist and composer."
    # the nationality the model put before the unknown noun goes after it, as in Spanish
    assert (
        write_copied_noun(source, "pianist", "pianista", "Clara Schumann era un alemán pianist y compositor.")
        == "Clara Schumann era un pianista alemán y compositor."
    )
    assert write_copied_noun("She is a pianist.", "pianist", "pianista", "Es una pianist.") == "Es una pianista."
    assert write_copied_noun("Pianist wanted.", "Pianist", "pianista", "Pianist buscado.") == "Pianista buscado."
    assert write_copied_noun(source, "pianist", "pianista", "Era una pianista alemana.") is None


def test_a_copied_person_noun_without_a_hint_takes_its_own_or_its_determiners_gender(reader: GenderReader) -> None:
    from mt_core.gender_fallbacks import write_copied_person_nouns as write

    source = "Usain Bolt is a Jamaican retired sprinter, considered the greatest sprinter of all time."
    text = "Usain Bolt es un jamaicano retirado sprinter, considerado el más grande sprinter de todos los tiempos."
    assert write(reader, source, text, []).count("velocista") == 2
    assert write(reader, "She was a designer and businesswoman.", "Fue una diseñadora y businesswoman.", []) == (
        "Fue una diseñadora y empresaria."
    )
    # the model wrote the noun and copied it too: the copy goes
    source = "She was an American competitive swimmer and champion."
    text = "Fue una nadadora competitiva estadounidense swimmer y campeona."
    assert write(reader, source, text, []) == "Fue una nadadora competitiva estadounidense y campeona."
    # with the brackets it stood in
    assert write(reader, "the swimmer", "la nadadora (swimmer)", []) == "la nadadora"
    # a noun of one form for both genders needs none
    assert write(reader, "a composer and virtuoso pianist", "un compositor y virtuoso pianist", []) == (
        "un compositor y virtuoso pianista"
    )
    # a plural determiner says the gender too
    source = "He was one of the most significant physicians."
    assert write(reader, source, "Fue uno de los physicians más significativos.", []) == (
        "Fue uno de los médicos más significativos."
    )
    hint = [GenderHint(0, 9, "trumpeter", Gender.FEMININE, "source")]
    assert "la trompetista" in write(reader, "trumpeter", "la trumpeter", hint)
    # a noun of one gender takes its article along, for the words after it to agree
    assert write(reader, "Teresa of Ávila was a Spanish nun.", "Teresa era un nun español.", []) == (
        "Teresa era una monja español."
    )


def test_a_copy_that_is_spanish_too_or_without_gender_is_left(reader: GenderReader) -> None:
    from mt_core.gender_fallbacks import write_copied_person_nouns as write

    assert write(reader, "The director left.", "El director se fue.", []) == "El director se fue."
    assert write(reader, "Teachers ran.", "Teachers corrieron.", []) == "Teachers corrieron."  # no gender
    # a capitalised word inside the sentence is a name's
    kept = "Martin Luther King Jr. fue un ministro."
    assert write(reader, "Martin Luther King Jr. was a minister.", kept, []) == kept


def test_a_copied_noun_without_hint_or_determiner_takes_the_sentences_person(reader: GenderReader) -> None:
    from mt_core.gender_fallbacks import write_copied_person_nouns as write

    source = "Leonardo da Vinci was active as a painter, draftsman and engineer."
    text = "Leonardo da Vinci era activo como pintor, draftsman e ingeniero."
    assert "pintor, dibujante e ingeniero" in write(reader, source, text, [])


def test_a_hinted_noun_a_repair_made_readable_is_reinflected(reader: GenderReader) -> None:
    from mt_core.gender_fallbacks import reinflect

    # the model wrote 'Era un Kenyan activista.', which the reader cannot place; a repair made it readable
    hint = GenderHint(16, 24, "activist", Gender.FEMININE, "text")
    prepared = PreparedTexts([], [["tokens"]], [0], [[]], [[hint]], ["She was a Kenyan activist."])
    selections = [Selection("Era un activista keniano.", "annotation", [], False, [None])]
    reinflect(reader, prepared, selections)
    assert selections[0].text == "Era una activista keniana."
    assert selections[0].genders_found == [Gender.FEMININE]


def test_a_copied_noun_in_a_list_takes_the_gender_of_the_article_opening_it(reader: GenderReader) -> None:
    from mt_core.gender_fallbacks import write_copied_person_nouns

    source = "Che Guevara was an Argentine revolutionary, physician, author, guerrilla leader and diplomat."
    text = "Che Guevara fue un revolucionario argentino, physician, autor, dirigente de guerrilla y diplomat."
    written = write_copied_person_nouns(reader, source, text, [])
    assert (
        written == "Che Guevara fue un revolucionario argentino, médico, autor, dirigente de guerrilla y diplomático."
    )


def test_a_copy_outside_a_list_of_people_keeps_its_unknown_gender(reader: GenderReader) -> None:
    from mt_core.gender_fallbacks import write_copied_person_nouns

    source = "SQL databases are used in client/server networks in which clients access a server."
    text = "Las bases de datos SQL se utilizan en redes de client/server en las cuales los clientes acceden."
    assert write_copied_person_nouns(reader, source, text, []) == text  # not 'clienta/server'
