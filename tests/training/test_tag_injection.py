from mt_core import grammar
from training.annotate import PairAnnotations
from training.tag_injection import inject_tags

SRC = "The county jury praised the election."
TGT = "El jurado del condado elogió la elección."
TERMS = PairAnnotations(
    [(4, 10, "condado", "county"), (11, 15, "jurado", "jury"), (28, 36, "elección", "election")], []
)


def _without_symbols(text: str) -> str:
    return grammar.ANY_SYMBOL_RE.sub("", text).strip()


def test_aligned_spans_get_the_same_placeholders_on_both_sides() -> None:
    injected = inject_tags(SRC, TGT, TERMS, percent=100)
    assert injected is not None
    src, tgt = injected
    assert "⟦x1⟧county⟦/x1⟧ ⟦x2⟧jury⟦/x2⟧" in src
    assert "⟦x2⟧jurado⟦/x2⟧ del ⟦x1⟧condado⟦/x1⟧" in tgt, "target order follows the reference, not the source"
    assert _without_symbols(src) == SRC and _without_symbols(tgt) == TGT
    source_tags = sorted((p.index, p.kind) for p in grammar.find_placeholders(src))
    assert source_tags == sorted((p.index, p.kind) for p in grammar.find_placeholders(tgt))


def test_share_is_stable_and_unalignable_pairs_are_left_alone() -> None:
    assert inject_tags(SRC, TGT, TERMS, percent=0) is None
    assert inject_tags(SRC, TGT, PairAnnotations([(4, 10, "comarca", "county")], []), percent=100) is None
    twice = PairAnnotations([(4, 10, "la", "county")], [])
    assert inject_tags(SRC, "la casa la casa", twice, percent=100) is None, "ambiguous target occurrence"
    chosen = [inject_tags(f"{SRC} {i}", TGT, TERMS, percent=30) is not None for i in range(400)]
    assert 0.2 < sum(chosen) / len(chosen) < 0.4
    assert chosen == [inject_tags(f"{SRC} {i}", TGT, TERMS, percent=30) is not None for i in range(400)]
