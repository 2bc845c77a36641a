import pytest

from mt_core.gender_lexicon import gender_evidence, person_noun_spans, predicate_genders
from mt_core.grammar import Gender


def test_gender_evidence() -> None:
    assert gender_evidence("My sister is a surgeon.") == {Gender.FEMININE}
    assert gender_evidence("He said the nurse left.") == {Gender.MASCULINE}
    assert gender_evidence("My friend is a nurse.") == set()
    assert gender_evidence("She met his brother.") == {Gender.FEMININE, Gender.MASCULINE}


def test_person_noun_spans() -> None:
    text = "The doctor and the nurses met a friend."
    assert [text[s:e] for s, e in person_noun_spans(text)] == ["doctor", "nurses", "friend"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her father was a lawyer.", {"lawyer": Gender.MASCULINE}),
        ("His sister became a famous doctor.", {"doctor": Gender.FEMININE}),
        ("He has always been a teacher.", {"teacher": Gender.MASCULINE}),
        ("My brothers are nurses.", {"nurses": Gender.MASCULINE}),
        ("The woman who is the manager left.", {"manager": Gender.FEMININE}),
        ("Her son's a pilot.", {"pilot": Gender.MASCULINE}),
        ("She is a teacher and he is a nurse.", {"teacher": Gender.FEMININE, "nurse": Gender.MASCULINE}),
        ("His wife, a former teacher, founded the school.", {"teacher": Gender.FEMININE}),
        ("My brother, an engineer, lives here.", {"engineer": Gender.MASCULINE}),
        # no gendered subject right before the linking verb, or no person noun as its predicate
        ("The father of the nurse is a lawyer.", {}),
        ("She is a doctor's assistant.", {}),
        ("Her friend is a nurse.", {}),
        ("He and his sister are nurses.", {}),  # the group's gender, not the sister's
        ("My sister, a doctor and a nurse came.", {}),  # a list, not an apposition
        ("He is tired of the doctor.", {}),
    ],
)
def test_predicate_genders(text: str, expected: dict[str, Gender]) -> None:
    assert {text[s:e]: gender for (s, e), gender in predicate_genders(text).items()} == expected
