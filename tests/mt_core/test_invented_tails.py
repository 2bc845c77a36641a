from pathlib import Path

from mt_core.engine import Engine, Hypothesis
from mt_core.invented_tails import (
    close_like,
    cut_invented_tails,
    invented_tail,
    is_suspicious,
    sentence_tokens,
    tail_checks,
    trim,
)
from mt_core.pipeline import TranslationPipeline
from mt_core.pipeline_steps import Selection

SOURCE = ["▁Your", "▁order", "▁has", "▁ship", "ped", ".", "</s>"]
TARGET = ["▁Tu", "▁orden", "▁ha", "▁embarca", "do", ",", "▁y", "▁tu", "▁mano", "▁se", "▁ha", "▁aparta", "do", "."]


def attending(positions: list[int], width: int = len(SOURCE)) -> list[list[float]]:
    """One attention row per target token, with most of its weight on the given source position."""
    return [[0.8 if j == position else 0.2 / (width - 1) for j in range(width)] for position in positions]


def test_a_final_stretch_attending_to_the_source_end_is_cut_with_its_joiners() -> None:
    attention = attending([2, 1, 2, 3, 4, 5, 6, 6, 6, 6, 1, 6, 6, 6])  # one word of the tail looks back
    assert invented_tail(SOURCE, TARGET, attention) == 5  # "Tu orden ha embarcado" | ", y tu mano ..."


def test_no_cut_without_a_long_enough_stretch_or_inside_a_word() -> None:
    assert invented_tail(SOURCE, TARGET, attending([2, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 3, 6, 6])) is None
    inside = attending([2, 1, 2, 3, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6])  # from "do", the second piece of a word
    assert invented_tail(SOURCE, TARGET, inside) == 5


def test_suspicion_counts_the_sentence_not_its_annotations() -> None:
    assert is_suspicious(7, 12) and not is_suspicious(7, 11)
    annotated = ["⟦f⟧", "▁Your", "⟦t⟧", "▁order", "⟦=⟧", "▁pe", "dido", "⟦/t⟧", "▁has", "▁ship", "ped", ".", "</s>"]
    assert sentence_tokens(annotated) == 7


def test_closing_punctuation() -> None:
    assert close_like("Your order has shipped.", "Tu orden ha embarcado") == "Tu orden ha embarcado."
    assert close_like("Did it ship?", "¿Se envió?") == "¿Se envió?"
    assert close_like("when it shipped,", "cuando se envió") == "cuando se envió"


def test_the_pipeline_cuts_a_tail_and_says_so(tiny_model_dir: Path) -> None:
    pipeline = TranslationPipeline(Engine(tiny_model_dir))
    prepared = pipeline.prepare(["Your order has shipped."])
    source = prepared.tokens[0]
    tokens = pipeline.engine.tokenizer.pieces("Tu orden ha embarcado, y tu mano se ha apartado, y no se fue.")
    head = len(pipeline.engine.tokenizer.pieces("Tu orden ha embarcado"))
    rows = [[1.0 if j == min(i, len(source) - 2) else 0.0 for j in range(len(source))] for i in range(head)]
    rows += [[1.0 if j == len(source) - 1 else 0.0 for j in range(len(source))] for _ in tokens[head:]]
    selections = [Selection("Tu orden ha embarcado, y tu mano ...", "annotation", [], False, [], [], tokens, rows)]
    assert tail_checks(prepared, selections) == [0]
    cut_invented_tails(pipeline, prepared, selections)
    assert selections[0].text == "Tu orden ha embarcado." and selections[0].trimmed
    (result,) = pipeline.assemble(prepared, selections)
    assert result.text == "Tu orden ha embarcado." and "the words it added were cut" in result.warnings[0]


def test_every_translation_comes_with_its_attention(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir)
    (hypothesis,) = engine.translate_tokens([engine.tokenizer.source_tokens("a b c")])[0]
    assert hypothesis.attention is not None and len(hypothesis.attention) == len(hypothesis.tokens)
    assert all(len(row) == len(engine.tokenizer.source_tokens("a b c")) for row in hypothesis.attention)


ANNOTATED = ["▁Your", "⟦t⟧", "▁order", "⟦=⟧", "▁pedido", "⟦/t⟧", "▁has", "▁ship", "ped", ".", "</s>"]
#: "Tu orden ha sido pedido, y tus pedregales." as the shipped model wrote it for order → pedido.
COPIED = ["▁Tu", "▁orden", "▁ha", "▁sido", "▁", "ped", "ido", ",", "▁y", "▁tus", "▁", "ped", "reg", "ales", "."]
COPIED_FOCUS = [6, 2, 6, 7, 7, 7, 7, 9, 10, 10, 4, 4, 10, 10, 10]


def test_a_tail_that_copies_the_term_again_is_still_a_tail() -> None:
    attention = attending(COPIED_FOCUS, len(ANNOTATED))
    assert invented_tail(ANNOTATED, COPIED, attention) == 7  # "Tu orden ha sido pedido" | ", y tus pedregales."
    counted = attending([*COPIED_FOCUS[:10], 9, 9, *COPIED_FOCUS[12:]], len(ANNOTATED))  # the same on the source
    assert invented_tail(ANNOTATED, COPIED, counted) is None  # 5 of 8 at the end: below the share


def test_a_term_copied_at_the_end_of_the_sentence_is_no_tail() -> None:
    target = ["▁Cancel", "a", "▁el", "▁", "ped", "ido", "."]
    source = ["▁Cancel", "▁the", "⟦t⟧", "▁order", "⟦=⟧", "▁pedido", "⟦/t⟧", ".", "</s>"]
    assert invented_tail(source, target, attending([0, 0, 1, 5, 5, 5, 8], len(source))) is None


def test_trim_returns_the_hypothesis_as_it_will_be_served() -> None:
    attention = attending(COPIED_FOCUS, len(ANNOTATED))
    trimmed = trim(ANNOTATED, Hypothesis(COPIED, -1.0, False, attention))
    assert trimmed.tokens == COPIED[:7] and trimmed.attention == attention[:7]
    short = Hypothesis(COPIED[:7], -1.0, False, attention[:7])
    assert trim(ANNOTATED, short) is short
    assert trim(ANNOTATED, Hypothesis(COPIED, -1.0, False, None)).tokens == COPIED  # no attention, no cut
