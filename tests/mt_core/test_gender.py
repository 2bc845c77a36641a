import shutil

import pytest

from mt_core.gender import gender_reader_for, request_hints
from mt_core.grammar import Gender


def test_request_hints_cover_ambiguous_person_nouns() -> None:
    hints = request_hints("My friend is a nurse.", Gender.FEMININE)
    assert [(h.source, h.gender, h.origin) for h in hints] == [
        ("friend", Gender.FEMININE, "request"),
        ("nurse", Gender.FEMININE, "request"),
    ]


def test_explicit_gender_words_win_over_the_hint() -> None:
    assert [(h.source, h.gender, h.origin) for h in request_hints("He is a nurse.", Gender.FEMININE)] == [
        ("nurse", Gender.MASCULINE, "source")
    ]
    assert request_hints("He thanked the nurse.", Gender.FEMININE) == []
    assert [h.source for h in request_hints("She is a nurse.", Gender.FEMININE)] == ["nurse"]


def test_a_request_gender_leaves_a_noun_its_subject_names() -> None:
    hints = request_hints("Her father was a lawyer and the nurse left.", Gender.FEMININE)
    assert [(h.source, h.gender, h.origin) for h in hints] == [
        ("lawyer", Gender.MASCULINE, "source"),
        ("nurse", Gender.FEMININE, "request"),
    ]


def test_no_reader_for_other_languages() -> None:
    assert gender_reader_for("de") is None


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
@pytest.mark.parametrize(
    ("noun", "translation", "expected"),
    [
        ("surgeon", "Mi hermana es una gran cirujana.", Gender.FEMININE),
        ("doctor", "El doctor llegó.", Gender.MASCULINE),
        ("journalist", "La periodista habló.", Gender.FEMININE),  # common-gender noun: the article decides
        ("nurse", "Nada que ver.", None),  # the noun is not in the output
        ("electrician", "El electricista llegó.", Gender.MASCULINE),  # the dictionary says feminine only
        ("chef", "La chef nueva llegó.", Gender.FEMININE),  # a loanword the analyser does not know
        ("driver", "La motor dijo que sería tarde.", None),  # another sense of the word is not the person
        ("singer", "Ha trabajado como cantante.", None),  # no article: nothing shows the gender
        ("pianist", "Marie es una gran pianista.", Gender.FEMININE),  # the article before the adjective
    ],
)
def test_spanish_reader(noun: str, translation: str, expected: Gender | None) -> None:
    reader = gender_reader_for("es")
    assert reader is not None
    assert reader.read(noun, translation) == expected


def test_ambiguity_and_context() -> None:
    from mt_core.gender import context_gender, is_ambiguous

    assert is_ambiguous("My friend is a nurse.")
    assert not is_ambiguous("My friend is a nurse.", context="She started last year.")
    assert not is_ambiguous("He is a nurse.") and not is_ambiguous("It is raining.")
    assert context_gender("My sister is a doctor.") == Gender.FEMININE
    assert context_gender("My sister met my brother.") is None


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_alternatives_must_differ_only_in_gender() -> None:
    from mt_core.gender import differ_only_in_gender

    reader = gender_reader_for("es")
    assert reader is not None
    assert differ_only_in_gender("Mi amiga es enfermera.", "Mi amigo es enfermero.", reader.analyser)
    assert not differ_only_in_gender("Mi amiga es enfermera.", "Mi amigo es médico.", reader.analyser)
    assert not differ_only_in_gender("Mi amigo es enfermero.", "Mi amigo es enfermero.", reader.analyser)


def test_source_hints_need_one_gender_and_one_person_noun() -> None:
    from mt_core.gender import source_hints

    assert [(h.source, h.gender) for h in source_hints("My aunt became a pilot.")] == [("pilot", Gender.FEMININE)]
    assert source_hints("My friend is a nurse.") == []  # no gender words: ambiguous, alternatives handle it
    assert source_hints("She and her brother are nurses.") == []  # both genders
    assert source_hints("She thanked the doctor and the nurse.") == []  # which one she is: the model's call
    # one woman says nothing of a plural noun's people; a plural gender word does
    assert source_hints("She taught philosophy to many students.") == []
    assert source_hints("She was the second wife of the composer.") == []  # the composer is someone else
    # the noun is the named man's, whose first name the list does not hold; not 'she'
    assert source_hints("She was the daughter of Jawaharlal Nehru, the first prime minister of India.") == []
    assert [(h.source, h.gender) for h in source_hints("The women were nurses.")] == [("nurses", Gender.FEMININE)]


def test_a_linking_verb_gives_its_predicate_the_subjects_gender() -> None:
    from mt_core.gender import source_hints

    hints = source_hints("Her father was a lawyer and her mother was a nurse.")  # 'her' is someone else
    assert [(h.source, h.gender) for h in hints] == [("lawyer", Gender.MASCULINE), ("nurse", Gender.FEMININE)]
    assert [(h.source, h.gender) for h in source_hints("She said her husband is a teacher.")] == [
        ("teacher", Gender.MASCULINE)
    ]


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_marked_spans_are_the_noun_and_the_words_agreeing_with_it() -> None:
    reader = gender_reader_for("es")
    assert reader is not None
    text = "La nueva doctora dijo que mi hermano es alto."
    spans = reader.marked_spans(text, ["doctor"], Gender.FEMININE)
    assert [text[start:end] for start, end in spans] == ["La", "nueva", "doctora"]
    assert reader.marked_spans(text, ["doctor"], Gender.MASCULINE) == [], "no word shows the other gender"
    assert reader.marked_spans("Mi hermano es un buen enfermero.", ["nurse"], Gender.MASCULINE) == [
        (14, 16),
        (17, 21),
        (22, 31),
    ]


def test_a_speaker_wants_alternatives_whatever_else_the_sentence_says() -> None:
    from mt_core.gender import unmarked_speaker, wants_alternatives

    assert wants_alternatives("I am tired.") and wants_alternatives("I told her she was right.")
    assert wants_alternatives("My friend is a nurse.") and not wants_alternatives("She is tired.")
    assert unmarked_speaker("I am happy.", "Estoy feliz.", "Estoy feliz.")
    assert not unmarked_speaker("I am tired.", "Estoy cansada.", "Estoy cansado.")
    assert not unmarked_speaker("My friend is here.", "Mi colega está.", "Mi colega está.")  # a noun: say why


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_speakers_pair_is_made_by_reinflection() -> None:
    from mt_core.gender import gender_pair

    reader = gender_reader_for("es")
    assert reader is not None
    same = "Estoy cansado y mi amigo es enfermero."
    pair = gender_pair(reader, "I am tired and my friend is a nurse.", same, same)
    assert pair == ("Estoy cansada y mi amiga es enfermera.", same)
    assert gender_pair(reader, "I am tired.", "Estoy cansado.", "Estoy cansado.") == (
        "Estoy cansada.",
        "Estoy cansado.",
    )


def test_a_first_name_gives_its_predicate_nouns_a_gender(monkeypatch: pytest.MonkeyPatch) -> None:
    import mt_core.gender
    from mt_core.gender import source_hints

    monkeypatch.setattr(mt_core.gender, "first_name_genders", lambda: {"Marie": Gender.FEMININE})
    hints = source_hints("Marie Curie was a Polish physicist and chemist.")
    assert [(h.source, h.gender, h.origin) for h in hints] == [
        ("physicist", Gender.FEMININE, "name"),
        ("chemist", Gender.FEMININE, "name"),
    ]
    # the sentence's own gender words win over the name, as they always did
    assert [h.origin for h in source_hints("Marie Curie was a physicist, he said.")] == ["source"]


def test_sentence_gender_comes_from_the_hints_else_the_gender_words() -> None:
    from mt_core.gender import GenderHint, sentence_gender

    nurse = GenderHint(0, 5, "nurse", Gender.FEMININE, "request")
    assert sentence_gender("The nurse (born 1950) is here.", [nurse]) is Gender.FEMININE
    assert sentence_gender("John Smith (born 1950) is an actor.", []) is Gender.MASCULINE
    assert sentence_gender("Kim (born 1950) is a painter.", []) is None
    doctor = GenderHint(0, 6, "doctor", Gender.MASCULINE, "source")
    assert sentence_gender("x", [nurse, doctor]) is None  # two people


def test_sentence_gender_falls_back_on_the_opening_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import mt_core.gender
    from mt_core.gender import sentence_gender

    monkeypatch.setattr(mt_core.gender, "first_name_genders", lambda: {"Jessye": Gender.FEMININE})
    assert sentence_gender("Jessye Norman was a soprano (born in 1945).", []) is Gender.FEMININE
    assert sentence_gender("Jessye Norman met him (born in 1945).", []) is Gender.MASCULINE  # the words decide
    assert sentence_gender("Norman Jessye was a soprano.", []) is None


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_a_full_name_after_a_person_noun_says_who_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    import mt_core.gender
    from mt_core.gender import request_hints, source_hints

    names = {"Robert": Gender.MASCULINE, "Frida": Gender.FEMININE, "Maria": Gender.FEMININE}
    monkeypatch.setattr(mt_core.gender, "first_name_genders", lambda: names)
    hints = source_hints("She married the composer Robert Schumann in 1840.")  # 'she' is not the composer
    assert [(h.source, h.gender, h.origin) for h in hints] == [("composer", Gender.MASCULINE, "name")]
    assert [(h.source, h.gender) for h in source_hints("He married the painter Frida Kahlo.")] == [
        ("painter", Gender.FEMININE)
    ]
    # a request's gender is someone else's
    assert [(h.source, h.gender) for h in request_hints("I met the painter Frida Kahlo.", Gender.MASCULINE)] == [
        ("painter", Gender.FEMININE)
    ]
    assert source_hints("The doctor Maria saw was kind.") == []  # no surname: maybe the doctor whom Maria saw


def test_the_texts_next_sentence_gives_a_sentence_without_gender_words_its_gender() -> None:
    from mt_core.gender import source_hints
    from mt_core.text_gender import TextNames

    def hints(sentence: str, **context: object) -> list[tuple[str, Gender, str]]:
        return [(h.source, h.gender, h.origin) for h in source_hints(sentence, **context)]  # type: ignore[arg-type]

    assert hints("Benazir Bhutto was a Pakistani politician.") == []  # a first name no list knows
    told = TextNames({"Benazir": Gender.FEMININE}, {"Marie": Gender.FEMININE})
    assert hints("Benazir Bhutto was a Pakistani politician.", names=told) == [("politician", Gender.FEMININE, "text")]
    assert hints("Marie Curie was a physicist.", names=told) == [("physicist", Gender.FEMININE, "name")]
    assert hints("The new director is a chemist.", carried=Gender.FEMININE) == [
        ("director", Gender.FEMININE, "text"),
        ("chemist", Gender.FEMININE, "text"),
    ]
    assert hints("I met the new doctor.", carried=Gender.FEMININE) == [("doctor", Gender.FEMININE, "text")]
    assert hints("The doctor spoke to the nurse.", carried=Gender.FEMININE) == []  # two people
    assert hints("The teachers were tired.", carried=Gender.FEMININE) == []  # 'she' is not the teachers
    assert hints("My brother is a nurse.", carried=Gender.FEMININE) == [("nurse", Gender.MASCULINE, "source")]
