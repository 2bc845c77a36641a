import shutil
from pathlib import Path

import pytest

from mt_core import grammar
from mt_core.morphology import Analysis, Token
from training.annotate import PairAnnotations, annotate_pair, is_test_term, training_source


def tok(surface: str, start: int, *analyses: tuple[str, tuple[str, ...]]) -> Token:
    return Token(surface, tuple(Analysis(lemma, tags) for lemma, tags in analyses), start, start + len(surface))


def test_term_and_gender_found_through_dictionary_and_reference() -> None:
    src = "The nurse placed the order."
    en = [
        tok("The", 0, ("the", ("det",))),
        tok("nurse", 4, ("nurse", ("n", "sg"))),
        tok("placed", 10, ("place", ("vblex", "past"))),
        tok("order", 21, ("order", ("n", "sg"))),
    ]
    es = [
        tok("La", 0, ("el", ("det", "def", "f", "sg"))),
        tok("enfermera", 3, ("enfermero", ("n", "f", "sg"))),
        tok("hizo", 13, ("hacer", ("vblex",))),
        tok("pedido", 21, ("pedido", ("n", "m", "sg"))),
    ]
    result = annotate_pair(src, en, es, {"nurse": "enfermero", "order": "pedido"})
    assert result.terms == [(4, 9, "enfermera", "nurse"), (21, 26, "pedido", "order")]
    assert result.genders == [(4, 9, "feminine")]


def test_identifiers_are_not_annotated() -> None:
    src = "Set Customer_ID now"
    en = [tok("Customer", 4, ("customer", ("n", "sg")))]
    es = [tok("cliente", 0, ("cliente", ("n", "m", "sg")))]
    assert annotate_pair(src, en, es, {"customer": "cliente"}).terms == []


def test_training_source_is_stable_and_uses_the_grammar() -> None:
    lemma = next(w for w in ("order", "invoice", "ticket", "parcel", "basket") if not is_test_term(w))
    sources = [f"The {lemma} {i} shipped." for i in range(400)]
    span = (4, 4 + len(lemma))

    def render(text: str) -> str:
        return training_source(text, PairAnnotations([(*span, "pedido", lemma)], []))

    rendered = [render(s) for s in sources]
    assert rendered == [render(s) for s in sources]  # deterministic
    annotated = [r for r in rendered if grammar.TERM_START in r]
    assert 0.05 < len(annotated) / len(sources) < 0.25
    assert annotated[0].startswith(f"The {grammar.TERM_START} {lemma} {grammar.TERM_TARGET} pedido {grammar.TERM_END}")


def test_test_terms_never_reach_training() -> None:
    lemma = next(f"w{i}" for i in range(1000) if is_test_term(f"w{i}"))
    sources = [f"The {lemma} {i}." for i in range(200)]
    span = (4, 4 + len(lemma))
    assert all(training_source(s, PairAnnotations([(*span, "x", lemma)], [])) == s for s in sources)


def test_gender_annotation_is_sentence_or_span_level() -> None:
    sources = [f"The doctor {i} left." for i in range(300)]
    rendered = [training_source(s, PairAnnotations([], [(4, 10, "feminine")])) for s in sources]
    sentence = sum(r.startswith(grammar.SENTENCE_GENDER_TAG[grammar.Gender.FEMININE]) for r in rendered)
    span = sum(grammar.GENDER_SPAN_START[grammar.Gender.FEMININE] in r for r in rendered)
    assert 0.25 < sentence / 300 < 0.55 and 0.15 < span / 300 < 0.45


def test_test_terms_are_a_stable_minority() -> None:
    words = [f"word{i}" for i in range(2000)]
    share = sum(map(is_test_term, words)) / len(words)
    assert 0.05 < share < 0.15 and is_test_term("word1") == is_test_term("word1")


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_annotate_file_with_real_analysers(tmp_path: Path) -> None:
    from training.annotate import annotate_file, read_annotations
    from training.corpus.records import Pair, write_pairs

    write_pairs(tmp_path / "c.train.jsonl", [Pair("s", "d", "My friend is a nurse.", "Mi amiga es enfermera.")])
    counts = annotate_file(tmp_path / "c.train.jsonl", tmp_path / "a.jsonl")
    assert counts == {"pairs": 1, "with_terms": 1, "with_gender": 1}
    (annotations,) = read_annotations(tmp_path / "a.jsonl")
    assert ("friend" in [t[3] for t in annotations.terms]) and annotations.genders[0][2] == "feminine"
