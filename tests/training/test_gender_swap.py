import pytest

from mt_core.gender_lexicon import MASCULINE_WORDS
from training.gender_swap import FEMININE_OF, to_feminine


@pytest.mark.parametrize(
    ("masculine", "feminine"),
    [
        ("He is a doctor.", "She is a doctor."),
        ("His brother, Mr. Smith, told him.", "Her sister, Mrs. Smith, told her."),
        ("The book is his.", "The book is hers."),
        ("The teacher thanked HIS students.", "The teacher thanked HER students."),
        ("Men and boys came with their fathers.", "Women and girls came with their mothers."),
    ],
)
def test_masculine_words_become_feminine_and_keep_their_case(masculine: str, feminine: str) -> None:
    assert to_feminine(masculine) == feminine


@pytest.mark.parametrize("sentence", ["She is a doctor.", "He met her.", "The doctor arrived.", "Hello."])
def test_only_purely_masculine_sentences_are_swapped(sentence: str) -> None:
    assert to_feminine(sentence) is None


def test_every_masculine_evidence_word_has_a_feminine_pair() -> None:
    assert MASCULINE_WORDS - set(FEMININE_OF) == {"his"}, "a new masculine word needs its pair here"


def test_words_that_merely_contain_a_masculine_word_are_left_alone() -> None:
    assert to_feminine("He thanked the mentor and the chairmanship.") == "She thanked the mentor and the chairmanship."
