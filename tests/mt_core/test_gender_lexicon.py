from mt_core.gender_lexicon import gender_evidence, person_noun_spans
from mt_core.grammar import Gender


def test_gender_evidence() -> None:
    assert gender_evidence("My sister is a surgeon.") == {Gender.FEMININE}
    assert gender_evidence("He said the nurse left.") == {Gender.MASCULINE}
    assert gender_evidence("My friend is a nurse.") == set()
    assert gender_evidence("She met his brother.") == {Gender.FEMININE, Gender.MASCULINE}


def test_person_noun_spans() -> None:
    text = "The doctor and the nurses met a friend."
    assert [text[s:e] for s, e in person_noun_spans(text)] == ["doctor", "nurses", "friend"]
