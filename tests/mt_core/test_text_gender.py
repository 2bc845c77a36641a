import pytest

from mt_core.grammar import Gender
from mt_core.segmentation import segment
from mt_core.text_gender import TextNames, carried_genders, opening_pronoun_gender, segment_genders

F, M = Gender.FEMININE, Gender.MASCULINE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was the first woman to lead the country.", F),
        ("He died in 2011.", M),
        ("Her novels have been translated into many languages.", F),
        ("In 1975, she became the first woman to reach the summit.", F),
        ("After the war, he settled in Stockholm.", M),
        ("After his death, she moved to Paris.", None),  # the opening phrase has a person of its own
        ("When the doctor arrived, she left.", None),  # which of the two she is, is open
        ("Hence the name.", None),
        ("The book was a success.", None),
        ('"She is here," he said.', None),
    ],
)
def test_opening_pronoun_gender(sentence: str, expected: Gender | None) -> None:
    assert opening_pronoun_gender(sentence) is expected


def test_the_next_sentences_pronoun_tells_the_gender_of_a_sentence_without_gender_words() -> None:
    sentences = [
        "Benazir Bhutto was a Pakistani politician.",
        "She was the first woman to lead a Muslim-majority country.",
        "Bhutto was assassinated in 2007.",
    ]
    carried, names = carried_genders(sentences, {})
    assert carried == [F, None, None]  # the second has 'she' and 'woman' of its own; the third is last
    assert names.get("Benazir") is F and names.get("Bhutto") is F  # the first and the last name alone
    assert names.get("Pakistani") is None


def test_the_texts_name_alone_is_the_same_person_later() -> None:
    from mt_core.gender import source_hints

    sentences = ["Ngozi Okonjo-Iweala is a Nigerian economist.", "She is the first woman to lead it."]
    _, names = carried_genders(sentences, {})
    later = "Okonjo-Iweala previously served as finance minister of Nigeria."
    assert [(h.source, h.gender, h.origin) for h in source_hints(later, names)] == [("minister", F, "text")]


def test_a_sentence_with_gender_words_keeps_them() -> None:
    carried, names = carried_genders(["Her father was a lawyer.", "She studied medicine."], {})
    assert carried == [None, None] and len(names) == 0


def test_only_a_name_that_is_the_subject_of_a_linking_verb_is_learned() -> None:
    carried, names = carried_genders(["Asif Zardari married Benazir Bhutto.", "She was a politician."], {})
    assert carried == [F, None] and "Asif" not in names and "Benazir" not in names


def test_the_text_wins_over_the_list_of_first_names() -> None:
    names = TextNames({"Jean": F}, {"Jean": M, "John": M})
    assert names["Jean"] is F and names["John"] is M and names.get("Kim") is None
    assert sorted(names) == ["Jean", "John"] and len(names) == 2 and "John" in names and "Kim" not in names


def test_segment_genders_are_by_each_sentences_offset() -> None:
    text = "Wangari Maathai was a Kenyan activist.\n\nIn 2004, she received the Nobel Peace Prize."
    carried, names = segment_genders(segment(text))
    assert carried == {0: F, text.index("In 2004"): None}
    assert names is not None and names.get("Wangari") is F
    assert segment_genders(segment("Wangari Maathai was a Kenyan activist.")) == ({}, None)


@pytest.mark.parametrize(
    ("source", "translation", "names", "expected"),
    [
        ("Born in Warsaw, Marie Curie studied in Paris.", "Nacido en Varsovia, Marie Curie estudió.", {"Marie": F},
         "Nacida en Varsovia, Marie Curie estudió."),
        ("Born in Lagos, Chimamanda Adichie is a writer.", "Nacido en Lagos, Chimamanda Adichie es", {"Chimamanda": F},
         "Nacida en Lagos, Chimamanda Adichie es"),
        ("Born in Ohio, she studied law.", "Nacido en Ohio, estudió derecho.", {}, "Nacida en Ohio, estudió derecho."),
        ("Raised in Lyon, he studied law.", "Criada en Lyon, estudió derecho.", {}, "Criado en Lyon, estudió derecho."),
        ("Born in Lagos, Kim Lee is a writer.", "Nacido en Lagos, Kim Lee es", {}, "Nacido en Lagos, Kim Lee es"),
        ("Born in Ohio, the writer studied law.", "Nacido en Ohio, la escritora", {}, "Nacido en Ohio, la escritora"),
    ],
)  # fmt: skip
def test_an_opening_participle_agrees_with_the_subject_after_its_comma(
    source: str, translation: str, names: dict[str, Gender], expected: str
) -> None:
    from mt_core.text_gender import agree_opening_participle

    assert agree_opening_participle(source, translation, names) == expected
