from hypothesis import given
from hypothesis import strategies as st

from mt_core.segmentation import reassemble, segment, split_sentences


def sentences(text: str) -> list[str]:
    return [s.text for s in segment(text) if s.translatable]


def test_splits_sentences_and_keeps_whitespace() -> None:
    text = "  Hello there. How are you?  Fine!\n\n\tNext paragraph.\n"
    assert sentences(text) == ["Hello there.", "How are you?", "Fine!", "Next paragraph."]
    assert reassemble(segment(text), sentences(text)) == text


def test_abbreviations_and_initials_do_not_split() -> None:
    assert [s.text for s in split_sentences("Dr. Smith met Mr. J. Doe. Then he left.") if s.translatable] == [
        "Dr. Smith met Mr. J. Doe.",
        "Then he left.",
    ]


def test_blank_and_empty_text() -> None:
    assert sentences("") == []
    assert sentences("\n\n  \n") == []
    assert reassemble(segment("\n\n  \n"), []) == "\n\n  \n"


def test_reassemble_rejects_extra_translations() -> None:
    import pytest

    with pytest.raises(ValueError):
        reassemble(segment("One."), ["Uno.", "Dos."])


@given(st.text(alphabet=st.sampled_from(list("ab. ?!\n\tXY")), max_size=60))
def test_identity_translation_reproduces_any_text(text: str) -> None:
    segs = segment(text)
    assert reassemble(segs, [s.text for s in segs if s.translatable]) == text
    assert all(s.text.strip() for s in segs if s.translatable)
