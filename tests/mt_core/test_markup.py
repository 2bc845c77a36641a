import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mt_core import grammar
from mt_core.engine import Engine
from mt_core.markup import MarkupDocument, MarkupError, decode_run, prepare_markup, render_markup, write_attributes
from mt_core.markup_translate import MarkupTranslator
from mt_core.pipeline import TranslationPipeline

TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)([^>]*?)(/?)>")


def tags_of(markup: str) -> Counter[str]:
    """Start tags with their attributes, and end tags, as written."""
    return Counter(m.group(0) for m in TAG.finditer(markup))


def render_identity(document: MarkupDocument) -> str:
    """The document with every translation equal to its source."""
    plain = document.plain_units()
    write_attributes(document, plain[: len(document.attributes)])
    outputs = [decode_run(run, run.source.strip()) for _, _, run in document.runs if run is not None]
    assert all(o is not None for o in outputs)
    return render_markup(document, [o for o in outputs if o is not None], plain[len(document.attributes) :])


def identity(markup: str, xml_mode: bool = False) -> str:
    return render_identity(prepare_markup(markup, xml_mode))


def test_inline_tags_become_placeholders_and_blocks_split_runs() -> None:
    document = prepare_markup('<p>Choose <span class="menuitem">File - New</span>.</p><p>Next</p>', False)
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    assert document.model_units() == [f"Choose {open1}File - New{close1}.", "Next"]


def test_untranslated_content_and_entities_round_trip_exactly() -> None:
    markup = (
        '<p>A &copy; <code>x &lt; y</code> <span translate="no">Keep</span> <!-- note --> b&nbsp;c</p>'
        "<script>if (a < b) {}</script><style>p{}</style><pre> raw </pre>"
    )
    assert identity(markup) == markup
    units = prepare_markup(markup, False).model_units()
    assert "Keep" not in " ".join(units) and "raw" not in " ".join(units)


def test_translated_attributes_and_copied_attributes() -> None:
    document = prepare_markup('<img alt="A cat" src="cat.png" data-x="1"><input placeholder=\'Name\'>', False)
    assert document.plain_units() == ["A cat", "Name"]
    write_attributes(document, ["Un gato", 'Nombre "x"'])
    rendered = render_markup(document, [], [])
    assert rendered == '<img alt="Un gato" src="cat.png" data-x="1"><input placeholder="Nombre &quot;x&quot;">'
    with pytest.raises(ValueError, match="1 translations for 2 attributes"):
        write_attributes(document, ["Un gato"])


def test_attributes_of_elements_inside_translated_text_are_translated_too() -> None:
    document = prepare_markup('<p>See <a href="x" title="More">this</a> and <img alt="A cat"> here.</p>', False)
    assert document.plain_units() == ["More", "A cat"]
    write_attributes(document, ["Más", "Un gato"])
    ((_, _, run),) = document.runs
    assert run is not None
    output = decode_run(run, run.source.strip())
    assert output is not None
    assert render_markup(document, [output], []) == (
        '<p>See <a href="x" title="Más">this</a> and <img alt="Un gato"> here.</p>'
    )


def test_character_entities_are_text_to_the_model_and_keep_their_spelling() -> None:
    document = prepare_markup("<p>Tom &amp; Jerry &mdash; &#233;t&eacute;&nbsp;2024 &#x27;x&#39;</p>", False)
    ((_, _, run),) = document.runs
    assert run is not None and not document.repaired
    dash, nbsp = (grammar.placeholder(i, grammar.PlaceholderKind.VOID) for i in (1, 2))  # symbols, whitespace
    assert run.source == f"Tom & Jerry {dash} \u00e9t\u00e9{nbsp}2024 'x'"
    assert decode_run(run, run.source) == "Tom &amp; Jerry &mdash; &#233;t&#233;&nbsp;2024 &#x27;x&#x27;"
    assert decode_run(run, f"Tom < Jerry{dash}{nbsp}") == "Tom &lt; Jerry &mdash;&nbsp;"


def test_xml_keeps_its_own_entities_as_placeholders() -> None:
    prolog = '<?xml version="1.0"?>\n<!DOCTYPE doc [<!ENTITY product "fairmt">]>\n'
    markup = f"{prolog}<doc>R &amp; D of &product; &#233;t&#233;</doc>"
    document = prepare_markup(markup, True)
    ((_, _, run),) = document.runs
    assert run is not None
    assert run.source == f"R & D of {grammar.placeholder(1, grammar.PlaceholderKind.VOID)} \u00e9t\u00e9"
    assert render_identity(document) == markup


def test_an_opening_before_a_void_keeps_the_space_the_source_had_before_it() -> None:
    """'Open <b>settings.json</b>.' came back as 'Abrir<b>settings.json</b>.': no word follows the opening
    whose space decoding could move in front of it."""
    ((_, _, run),) = prepare_markup("<p>Open <b><code>x</code></b> and <i>y</i>(<b>z</b>)</p>", False).runs
    assert run is not None
    o1, c1, o3, c3, o4, c4 = (
        grammar.placeholder(i, k)
        for i in (1, 3, 4)
        for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE)
    )
    v2 = grammar.placeholder(2, grammar.PlaceholderKind.VOID)
    expected = "Abrir <b><code>x</code></b> y <i>y</i>(<b>z</b>)"
    assert decode_run(run, f"Abrir{o1}{v2}{c1} y {o3}y{c3}({o4}z{c4})") == expected  # none after '('
    assert decode_run(run, f"Abrir {o1}{v2}{c1} y {o3}y{c3}({o4}z{c4})") == expected  # never doubled
    assert decode_run(run, f"{o1}{v2}{c1} abrir y {o3}y{c3}({o4}z{c4})").startswith("<b><code>")


def test_a_void_keeps_the_space_the_source_had_before_it() -> None:
    ((_, _, run),) = prepare_markup('<p>Click <img src="s.png"> to save, or see<br>below.</p>', False).runs
    assert run is not None
    img, br = (grammar.placeholder(i, grammar.PlaceholderKind.VOID) for i in (1, 2))
    # the model's output has no space before a void: the tokenizer binds it to the text before it
    assert decode_run(run, f"Pulse{img} para guardar, o vea{br}abajo.") == (
        'Pulse <img src="s.png"> para guardar, o vea<br>abajo.'
    )
    assert decode_run(run, f"{img} Pulse para guardar, o vea{br}abajo.") == (
        '<img src="s.png"> Pulse para guardar, o vea<br>abajo.'
    )
    assert decode_run(run, f"Pulse {img} para guardar, o vea{br}abajo.") == (
        'Pulse <img src="s.png"> para guardar, o vea<br>abajo.'
    )


def test_malformed_xml_names_the_position_and_html_is_repaired() -> None:
    with pytest.raises(MarkupError, match="line 1, column"):
        prepare_markup("<a><b></a>", True)
    document = prepare_markup("<p>bad <b>nest</p></b>", False)
    assert document.repaired and tags_of(identity("<p>bad <b>nest</p></b>")) == tags_of("<p>bad <b>nest</b></p>")


def test_xml_mixed_content_elements_are_inline() -> None:
    document = prepare_markup("<doc><para>Press <key>Enter</key> now.</para><title>Intro</title></doc>", True)
    assert len(document.model_units()) == 2 and grammar.OPEN in document.model_units()[0]


def test_decode_rejects_missing_duplicated_or_crossed_placeholders() -> None:
    ((_, _, run),) = prepare_markup("<p>a <b>b</b> <i>c</i></p>", False).runs
    assert run is not None
    o1, c1, o2, c2 = (
        grammar.placeholder(i, k) for i in (1, 2) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE)
    )
    assert decode_run(run, f"{o2}c{c2} y {o1}b{c1} a") == "<i>c</i> y <b>b</b> a"
    assert decode_run(run, f"{o1}b{c1} a") is None
    assert decode_run(run, f"{o1}b{c1}{o1}{c1} {o2}c{c2}") is None
    assert decode_run(run, f"{o1}b{o2}c{c1}{c2}") is None


INLINE = st.sampled_from(["b", "i", "em", "strong", "span", "a", "sub", "sup"])
WORDS = st.text(alphabet=st.sampled_from(list("abc xyz\t\n😀é")), min_size=0, max_size=8)


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        choice = draw(st.integers(0, 3 if depth < 3 else 0))
        if choice == 0:
            parts.append(draw(WORDS).replace("<", "").replace("&", ""))
        elif choice == 1:
            tag = draw(INLINE)
            attrs = ' class="k"' if draw(st.booleans()) else ""
            parts.append(f"<{tag}{attrs}>{draw(fragments(depth + 1))}</{tag}>")
        elif choice == 2:
            parts.append("<br>")
        else:
            parts.append(f"<p>{draw(fragments(depth + 1))}</p>")
    return "".join(parts)


@pytest.fixture(scope="module")
def translator(tiny_model_dir: Path) -> MarkupTranslator:
    return MarkupTranslator(TranslationPipeline(Engine(tiny_model_dir)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], derandomize=True)
@given(markup=fragments())
def test_any_tree_keeps_its_tags_nests_and_leaks_no_symbols(translator: MarkupTranslator, markup: str) -> None:
    document = "<div>" + markup + "</div>"
    (result,) = translator.translate([document], "en", "es", xml_mode=False)
    expected = prepare_markup(document, False)
    assert tags_of(result.text) == tags_of(render_identity(expected))
    assert grammar.OPEN not in result.text and grammar.CLOSE not in result.text
    import html5lib

    parser = html5lib.HTMLParser(strict=False)
    parser.parseFragment(result.text)
    assert not [e for e in parser.errors if "end-tag" in str(e)], parser.errors


@pytest.mark.parametrize(
    "markup",
    [
        "<p>hello</p>",
        "<p>Nested <b>bold <i>and italic</i></b> text.</p>",
        "<p>Line\nbreak <b>inside\n\tinline</b> ok</p>",
        "<p>😀<b>emoji</b>😀 next to tags</p>",
    ],
)
def test_peer_regressions(translator: MarkupTranslator, markup: str) -> None:
    (result,) = translator.translate([markup], "en", "es", xml_mode=False)
    assert tags_of(result.text) == tags_of(markup)
    assert result.text.startswith("<p>") and result.text.endswith("</p>")


def test_inline_term_annotations_inside_markup() -> None:
    from mt_core.manifest import Annotations

    markup = '<p>Your <b><term tgt="pedido">order</term></b> is <gender value="feminine">ready</gender>.</p>'
    plain = prepare_markup(markup, False)
    (unit,) = plain.model_units()
    assert "term" not in unit and "order" in unit  # annotations never become tags
    ((_, _, run),) = plain.runs
    assert run is not None and run.annotations == [
        ("term", "order", "pedido", "inline"),
        ("gender", "ready", "feminine", "inline"),
    ]
    learned = prepare_markup(markup, False, learned=Annotations(terms=True, gender=True))
    (encoded,) = learned.model_units()
    assert f"{grammar.TERM_START} order {grammar.TERM_TARGET} pedido {grammar.TERM_END}" in encoded
    literal = prepare_markup(markup, False, annotations=False)
    assert len(literal.runs[0][2].tags) == 3 if literal.runs[0][2] else False  # b, term and gender as tags


def test_markup_translation_reports_inline_terms(translator: MarkupTranslator) -> None:
    (result,) = translator.translate(['<p>The <term tgt="perro">dog</term> ran.</p>'], "en", "es", xml_mode=False)
    assert "<term" not in result.text and result.text.startswith("<p>")
    assert [(t.source, t.target, t.origin) for t in result.terms] == [("dog", "perro", "inline")]


def test_glossary_terms_are_annotated_in_translatable_text_only() -> None:
    from mt_core.terminology import Term, TermMatcher

    glossary = (TermMatcher([Term("shopping cart", "carrito"), Term("order", "pedido")]), "glossary")
    markup = '<p>Orders in the shopping cart, <code>order</code> <b>shopping</b> cart <i title="order">x</i>.</p>'
    document = prepare_markup(markup, False, terms=[glossary])
    ((_, _, run),) = document.runs
    assert run is not None
    assert run.annotations == [
        ("term", "Orders", "pedido", "glossary"),
        ("term", "shopping cart", "carrito", "glossary"),
    ]  # not inside <code>, not across the <b> tag, not in attributes
    decoded = decode_run(run, run.source)  # an identity "translation" puts every tag back
    assert decoded is not None and "<code>order</code>" in decoded and "<term" not in decoded


def test_a_run_with_terms_takes_the_decodable_hypothesis_with_the_most_terms(translator: MarkupTranslator) -> None:
    from mt_core.engine import Hypothesis
    from mt_core.protection import Protected

    learned = translator.engine.manifest.annotations
    document = prepare_markup('<p>Your <b><term tgt="pedido">order</term></b>.</p>', False, learned=learned)
    ((_, _, run),) = document.runs
    assert run is not None and run.annotations[0][:3] == ("term", "order", "pedido")
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    pieces = translator.engine.tokenizer.pieces
    options = [
        Hypothesis(pieces(f"Tu {open1}orden{close1}."), -1.0, False),
        Hypothesis(pieces(f"Tu {open1}pedido."), -2.0, False),  # holds the term, but its tags do not decode
        Hypothesis(pieces(f"Tu {open1}pedido{close1}."), -3.0, False),
    ]
    source = translator.engine.tokenizer.source_tokens(run.source.strip())
    chosen, decoded = translator._choose(run, source, options, Protected(run.source.strip()))
    assert chosen == 2 and decoded == "Tu <b>pedido</b>."
    assert translator._choose(run, source, options[:2], Protected(run.source.strip())) == (0, "Tu <b>orden</b>.")
    groups = translator._groups([document, prepare_markup("<p>Plain.</p>", False)])
    assert [indices for indices, _ in groups] == [[1], [0]]
    assert groups[1][1].num_hypotheses > 1


def test_a_term_the_model_leaves_out_of_markup_is_forced_in_as_a_prefix(
    tiny_model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses
    import shutil

    from mt_core.engine import Hypothesis
    from mt_core.manifest import Annotations, ModelManifest
    from mt_core.protection import Protected

    trained = tmp_path / "model"
    shutil.copytree(tiny_model_dir, trained)
    manifest = ModelManifest.load(trained)
    dataclasses.replace(manifest, annotations=Annotations(terms=True, markup=True)).save(trained)
    translator = MarkupTranslator(TranslationPipeline(Engine(trained)))
    learned = translator.engine.manifest.annotations
    document = prepare_markup('<p>Your <b><term tgt="pedido">order</term></b>.</p>', False, learned=learned)
    ((_, _, run),) = document.runs
    assert run is not None
    tokenizer = translator.engine.tokenizer
    source = tokenizer.source_tokens(run.source.strip())
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    unforced = tokenizer.pieces(f"Tu {open1}orden{close1}.")
    looks_at = [source.index(grammar.TERM_START) if "orden" in piece else 0 for piece in unforced]
    attention = [[1.0 if j == position else 0.0 for j in range(len(source))] for position in looks_at]
    prefixes: list[list[str]] = []

    def translate_tokens(batch: list[list[str]], decoding: object, prefix: list[list[str]]) -> list[list[Hypothesis]]:
        prefixes.extend(prefix)
        return [[Hypothesis([*p, close1, "."], -1.0, False)] for p in prefix]

    monkeypatch.setattr(translator.engine, "translate_with_attention", lambda *args: [(unforced, attention)])
    monkeypatch.setattr(translator.engine, "translate_tokens", translate_tokens)
    model_input = Protected(run.source.strip())
    forced = translator._force_term(run, source, model_input, "Tu <b>orden</b>.", None)
    assert prefixes[0][: len(tokenizer.pieces(f"Tu {open1}"))] == tokenizer.pieces(f"Tu {open1}")
    assert forced is not None and forced[0] == "Tu <b>pedido</b>."
    assert translator._force_term(run, source, model_input, "Tu <b>pedido</b>.", None) is None

    # Of two places, the first after which the model does not translate the term's source again wins.
    term_word = source.index(grammar.TERM_START) + 1
    places = [tokenizer.pieces(f"{open1}pedido"), tokenizer.pieces(f"Tu {open1}pedido")]
    again = tokenizer.pieces(f"{close1} orden.")  # 'orden' after the forced term looks at 'order' again

    def continued(batch: list[list[str]], decoding: object, prefix: list[list[str]]) -> list[list[Hypothesis]]:
        outputs = []
        for p in prefix:
            tail, looks = (again, term_word) if p == places[0] else (tokenizer.pieces(f"{close1}."), 0)
            rows = [[1.0 if j == looks else 0.0 for j in range(len(source))] for _ in tail]
            outputs.append([Hypothesis([*p, *tail], -1.0, False, [[1.0] + [0.0] * (len(source) - 1)] * len(p) + rows)])
        return outputs

    monkeypatch.setattr("mt_core.markup_translate.forced_prefixes", lambda *args: places)
    monkeypatch.setattr(translator.engine, "translate_tokens", continued)
    forced = translator._force_term(run, source, model_input, "Tu <b>orden</b>.", None)
    assert forced is not None and forced[0] == "Tu <b>pedido</b>."


def test_an_invented_tail_is_cut_from_a_segment_when_its_tags_survive(translator: MarkupTranslator) -> None:
    from mt_core.engine import Hypothesis
    from mt_core.protection import Protected

    ((_, _, run),) = prepare_markup("<p>Your <b>order</b> has shipped.</p>", False).runs
    assert run is not None
    tokenizer = translator.engine.tokenizer
    source = tokenizer.source_tokens(run.source.strip())
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    head = tokenizer.pieces(f"Tu {open1}orden{close1} ha embarcado")
    tokens = tokenizer.pieces(f"Tu {open1}orden{close1} ha embarcado, y tu mano se ha apartado, y no se fue.")
    end = len(source) - 1
    attention = [
        [1.0 if j == (0 if i < len(head) else end) else 0.0 for j in range(len(source))] for i in range(len(tokens))
    ]
    model_input = Protected(run.source.strip())
    whole = "Tu <b>orden</b> ha embarcado, y tu mano se ha apartado, y no se fue."
    cut = translator._cut_tail(run, source, Hypothesis(tokens, -1.0, False, attention), model_input, whole)
    assert (
        cut is not None and cut[0] == "Tu <b>orden</b> ha embarcado." and cut[1].tokens == tokens[: len(cut[1].tokens)]
    )
    assert translator._cut_tail(run, source, Hypothesis(tokens, -1.0, False, None), model_input, whole) is None
    glued = [[1.0 if j == 0 else 0.0 for j in range(len(source))] for _ in tokens]  # no token looks at the end
    assert translator._cut_tail(run, source, Hypothesis(tokens, -1.0, False, glued), model_input, whole) is None


def test_the_alignment_fallback_cuts_an_invented_tail_before_placing_tags(
    translator: MarkupTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mt_core.protection import Protected

    ((_, _, run),) = prepare_markup("<p>Your <b>order</b> has shipped.</p>", False).runs
    assert run is not None
    tokenizer = translator.engine.tokenizer
    plain_source = tokenizer.source_tokens("Your order has shipped.")
    head = tokenizer.pieces("Tu orden ha embarcado")
    target = tokenizer.pieces("Tu orden ha embarcado, y tu mano se ha apartado, y no se fue.")
    order = plain_source.index(tokenizer.pieces("Your order")[-1])
    looks_at = [order if i < len(head) else len(plain_source) - 1 for i in range(len(target))]
    attention = [[1.0 if j == position else 0.0 for j in range(len(plain_source))] for position in looks_at]
    monkeypatch.setattr(translator.engine, "translate_with_attention", lambda *args: [(target, attention)])
    decoded, cut = translator._project(run, Protected(run.source.strip()))
    assert cut and decoded is not None and decoded.endswith(".") and "mano" not in decoded
    assert decoded.count("<b>") == 1 and decoded.count("</b>") == 1


def test_a_run_in_capitals_goes_to_the_model_in_sentence_case_and_comes_back_in_capitals(
    translator: MarkupTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mt_core.engine import Hypothesis

    seen: list[list[str]] = []
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    pieces = translator.engine.tokenizer.pieces

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        seen.extend(batch)
        return [[Hypothesis(pieces(f"Aviso: no {open1}abra{close1} la tapa."), -1.0, False)] for _ in batch]

    monkeypatch.setattr(translator.engine, "translate_tokens", translate_tokens)
    (result,) = translator.translate(["<p>WARNING: DO NOT <b>OPEN</b> THE COVER.</p>"], "en", "es", False)
    assert translator.engine.tokenizer.decode(seen[0]) == f"Warning: do not {open1}open{close1} the cover."
    assert result.text == "<p>AVISO: NO <b>ABRA</b> LA TAPA.</p>"
    seen.clear()
    (plain,) = translator.translate(["<p>Do not <b>open</b> it.</p>"], "en", "es", False)
    assert translator.engine.tokenizer.decode(seen[0]) == f"Do not {open1}open{close1} it."
    assert plain.text == "<p>Aviso: no <b>abra</b> la tapa.</p>"


def test_a_term_target_in_another_role_is_not_held(translator: MarkupTranslator) -> None:
    """'pedido' as the participle of 'shipped', while 'orden' translates the annotated 'order'."""
    from mt_core.engine import Hypothesis
    from mt_core.manifest import Annotations

    document = prepare_markup(
        '<p>Your <b><term tgt="pedido">order</term></b> has shipped.</p>', False, learned=Annotations(terms=True)
    )
    ((_, _, run),) = document.runs
    assert run is not None
    tokenizer = translator.engine.tokenizer
    source = tokenizer.source_tokens(run.source.strip())
    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    head, tail = tokenizer.pieces(f"Tu {open1}orden{close1}"), tokenizer.pieces(" ha sido pedido.")
    term_word = source.index(grammar.TERM_START) + 1
    rows = [[1.0 if j == term_word else 0.0 for j in range(len(source))]] * len(head)
    rows += [[1.0 if j == 0 else 0.0 for j in range(len(source))]] * len(tail)
    decoded = "Tu <b>orden</b> ha sido pedido."
    assert run.terms_in(decoded) == [True], "the string check alone is fooled"
    assert translator._held(run, source, Hypothesis([*head, *tail], -1.0, False, rows), decoded) == [False]
    assert translator._held(run, source, Hypothesis([*head, *tail], -1.0, False, None), decoded) == [True]


def test_a_number_the_model_changed_in_a_segment_is_written_back(
    translator: MarkupTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mt_core.engine import Hypothesis

    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    pieces = translator.engine.tokenizer.pieces

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        return [[Hypothesis(pieces(f"El archivo es {open1}13,5 MB{close1}."), -1.0, False)] for _ in batch]

    monkeypatch.setattr(translator.engine, "translate_tokens", translate_tokens)
    (result,) = translator.translate(['<p>The file is <b class="size-2">3.5 MB</b>.</p>'], "en", "es", False)
    assert result.text == '<p>El archivo es <b class="size-2">3.5 MB</b>.</p>'
    assert result.warnings == ["a segment: the model wrote 13,5 where the source has 3.5; corrected to 3.5"]


def test_an_age_takes_tener_between_tags_too(translator: MarkupTranslator, monkeypatch: pytest.MonkeyPatch) -> None:
    from mt_core.engine import Hypothesis

    open1, close1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    pieces = translator.engine.tokenizer.pieces

    def translate_tokens(batch, decoding=None, target_prefix=None):  # type: ignore[no-untyped-def]
        return [[Hypothesis(pieces(f"Mi {open1}abuela{close1} es 90 años."), -1.0, False)] for _ in batch]

    monkeypatch.setattr(translator.engine, "translate_tokens", translate_tokens)
    (result,) = translator.translate(["<p>My <b>grandmother</b> is 90 years old.</p>"], "en", "es", False)
    assert result.text == "<p>Mi <b>abuela</b> tiene 90 años.</p>"
