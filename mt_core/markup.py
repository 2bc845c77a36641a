"""Markup-preserving translation for HTML and XML.

Markup is never re-serialised from a tree: the input is tokenised and every
tag, comment, entity and untranslated element is copied back byte for byte;
only text changes. XML is first checked by a strict parser (a 400 names the
position); malformed HTML is first repaired by html5lib, the way browsers
repair it, and the result says so.

Each run of text between block boundaries becomes one model input in which
inline tags are grammar placeholders (``⟦x1⟧…⟦/x1⟧``), and void elements,
entities and untranslated inline elements are void placeholders (``⟦x2/⟧``).
When the model returns them well nested and complete, the original tags are
written back in their new places; otherwise the tags are projected through a
word alignment taken from the decoder's attention (``project_tags``).
"""

from __future__ import annotations

import html
import re
import xml.parsers.expat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from mt_core import grammar
from mt_core.errors import FairmtError
from mt_core.grammar import PlaceholderKind
from mt_core.manifest import Annotations
from mt_core.terminology import TermMatch, TermMatcher

#: The cap on term annotations per text node, as the pipeline has per sentence.
MAX_TERMS_PER_TEXT = 8

#: Block-level HTML elements split segments; every other element (custom ones included, as browsers do)
#: is inline: a abbr b bdi bdo cite code data dfn em font i kbd label mark q s samp small span strong sub …
BLOCK_HTML = frozenset(
    """address article aside blockquote body caption col colgroup dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main menu nav noscript
    ol optgroup option p pre section select summary table tbody td template tfoot th thead title tr ul
    script style textarea""".split()
)
VOID_HTML = frozenset("br img wbr input".split())
OPAQUE = frozenset("script style code pre textarea".split())
TRANSLATED_ATTRIBUTES = ("title", "alt", "placeholder")
ENTITY = re.compile(r"&(#?[A-Za-z0-9]+);")
#: The named entities XML defines without a DTD; any other is the document's own and stays as written.
XML_ENTITIES = frozenset("amp lt gt quot apos".split())
#: Node name of an entity that stands for ASCII characters or letters and digits ("&amp;", "&lt;", "&eacute;"):
#: the model reads it as the text it stands for, which it translates as it learned to. Every other entity
#: stays a placeholder and comes back as written: whitespace and invisible characters ("&nbsp;", "&shy;"),
#: which SentencePiece would normalise away, and symbols ("&mdash;", "&reg;"), which the model may rewrite.
CHARACTER = "#character"


class MarkupError(FairmtError):
    """Malformed XML, with its position."""


@dataclass
class Node:
    kind: str  # "element" | "text" | "raw"
    raw: str = ""  # start tag, text as written, or verbatim markup
    name: str = ""
    end_raw: str = ""
    children: list[Node] = field(default_factory=list)
    inline: bool = False
    opaque: bool = False
    #: ("term", target) or ("gender", value) for fairmt's inline annotations, which never reach the output.
    annotation: tuple[str, str] | None = None
    #: Where an annotation came from: "inline" (written in the input), "request" or "glossary".
    origin: str = "inline"


class _TreeBuilder(HTMLParser):
    """Tokens into a light tree that keeps every original byte."""

    def __init__(self, xml_mode: bool, ignore_tags: frozenset[str] = frozenset(), annotations: bool = True) -> None:
        super().__init__(convert_charrefs=False)
        self.xml_mode = xml_mode
        self.ignore_tags = ignore_tags
        self.annotations = annotations
        self.root = Node("element", name="#root")
        self.stack = [self.root]

    def _add(self, node: Node) -> None:
        self.stack[-1].children.append(node)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or ""
        node = Node("element", raw=raw, name=tag)
        values = dict(attrs)
        node.opaque = (
            tag in OPAQUE
            or tag in self.ignore_tags
            or values.get("translate") == "no"
            or "notranslate" in (values.get("class") or "").split()
        )
        if self.annotations and tag == "term" and values.get("tgt"):
            node.annotation, node.inline = ("term", html.unescape(values["tgt"] or "")), True
        elif self.annotations and tag == "gender" and values.get("value") in ("feminine", "masculine"):
            node.annotation, node.inline = ("gender", values["value"] or ""), True
        self._add(node)
        if not self.xml_mode and tag in VOID_HTML:
            node.inline = True
            return
        self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add(Node("element", raw=self.get_starttag_text() or "", name=tag, inline=True))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].name == tag:
                open_node = self.stack[depth]
                original = open_node.raw[1 : 1 + len(tag)] if open_node.raw else tag
                open_node.end_raw = f"</{original}>"
                del self.stack[depth:]
                return
        self._add(Node("raw", raw=f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self._add(Node("text", raw=data))

    def handle_entityref(self, name: str) -> None:
        self._add_entity(f"&{name};", not self.xml_mode or name in XML_ENTITIES)

    def handle_charref(self, name: str) -> None:
        self._add_entity(f"&#{name};", True)

    def _add_entity(self, raw: str, standard: bool) -> None:
        value = html.unescape(raw)
        text = value != raw and all(c.isalnum() or (c.isascii() and c.isprintable() and c != " ") for c in value)
        self._add(Node("raw", raw=raw, name=CHARACTER if standard and text else "#entity"))

    def handle_comment(self, data: str) -> None:
        self._add(Node("raw", raw=f"<!--{data}-->"))

    def handle_decl(self, decl: str) -> None:
        self._add(Node("raw", raw=f"<!{decl}>"))

    def handle_pi(self, data: str) -> None:
        self._add(Node("raw", raw=f"<?{data}>"))

    def unknown_decl(self, data: str) -> None:
        self._add(Node("raw", raw=f"<![{data}]>"))


def check_xml(text: str) -> None:
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(f"<fairmt-root>{text}</fairmt-root>" if not text.lstrip().startswith("<?xml") else text, True)
    except xml.parsers.expat.ExpatError as error:
        raise MarkupError(
            f"malformed XML at line {error.lineno}, column {error.offset}: {xml.parsers.expat.ErrorString(error.code)}"
        ) from error


def repair_html(text: str) -> tuple[str, bool]:
    """Browser-style repair with html5lib; returns the input unchanged when it parsed without errors."""
    import html5lib

    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    document = text.lstrip().lower().startswith(("<!doctype", "<html"))
    tree = parser.parse(text) if document else parser.parseFragment(text)
    if not parser.errors:
        return text, False
    serialized = html5lib.serialize(
        tree, tree="etree", omit_optional_tags=False, quote_attr_values="always", resolve_entities=False
    )
    return str(serialized), True


#: An XML prolog: the declaration and a doctype, whose internal subset (entity declarations) may hold ">".
XML_PROLOG = re.compile(r"\s*(?:<\?xml.*?\?>)?\s*(?:<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>)?", re.DOTALL)


def parse(text: str, xml_mode: bool, ignore_tags: frozenset[str] = frozenset(), annotations: bool = True) -> Node:
    builder = _TreeBuilder(xml_mode, ignore_tags, annotations)
    prolog = XML_PROLOG.match(text) if xml_mode else None
    if prolog and prolog.group(0):  # copied as it is; HTMLParser would end the doctype at its first ">"
        builder.root.children.append(Node("raw", raw=prolog.group(0)))
        text = text[prolog.end() :]
    builder.feed(text)
    builder.close()
    _mark_inline(builder.root, xml_mode)
    return builder.root


def _has_text(node: Node) -> bool:
    return any(child.kind == "text" and child.raw.strip() for child in node.children)


def _mark_inline(node: Node, xml_mode: bool) -> None:
    """HTML knows its inline elements; in XML an element inside mixed content is inline."""
    mixed = _has_text(node)
    for child in node.children:
        if child.kind == "element":
            if not child.inline:
                child.inline = (mixed and child.name != "#root") if xml_mode else child.name not in BLOCK_HTML
            _mark_inline(child, xml_mode)


@dataclass
class Run:
    """Consecutive inline content of one block: what the model translates as one unit."""

    nodes: list[Node]
    #: Placeholder number -> node, for tags (open/close) and voids.
    tags: dict[int, Node] = field(default_factory=dict)
    source: str = ""
    #: Annotations in the run: (kind, annotated text, target term or gender, origin).
    annotations: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: Which annotations the model learned: only those are written in the grammar.
    learned: Annotations = field(default_factory=Annotations)
    #: Characters the input spelled as entities, with their first spelling, which the output keeps.
    spellings: dict[str, str] = field(default_factory=dict)


def _plain_text(nodes: list[Node]) -> str:
    return "".join(
        html.unescape(n.raw) if n.kind == "text" or n.name == CHARACTER else _plain_text(n.children)
        for n in nodes
        if n.kind != "raw" or n.name == CHARACTER
    )


def run_text(run: Run) -> str:
    """The run's text without tags or annotations, as the user wrote it."""
    return _plain_text(run.nodes)


def _encode_annotation(node: Node, run: Run, parts: list[str]) -> None:
    """A <term> or <gender> annotation becomes model-input grammar (when learned), never a tag."""
    assert node.annotation is not None
    kind, value = node.annotation
    text = grammar.sanitize(_plain_text(node.children))
    run.annotations.append((kind, text.strip(), value, node.origin))
    if kind == "term" and run.learned.terms and text.strip():
        parts.append(f"{grammar.TERM_START} {text} {grammar.TERM_TARGET} {value} {grammar.TERM_END}")
    elif kind == "gender" and run.learned.gender and text.strip():
        parts.append(f"{grammar.GENDER_SPAN_START[grammar.Gender(value)]} {text} {grammar.GENDER_SPAN_END}")
    else:
        parts.append(text)


def _encode(nodes: list[Node], run: Run, parts: list[str]) -> None:
    for node in nodes:
        if node.kind == "text":
            parts.append(grammar.sanitize(html.unescape(node.raw)))
        elif node.name == CHARACTER:
            character = html.unescape(node.raw)
            run.spellings.setdefault(character, node.raw)
            parts.append(grammar.sanitize(character))
        elif node.annotation is not None:
            _encode_annotation(node, run, parts)
        elif len(run.tags) >= grammar.MAX_PLACEHOLDERS:
            raise _TooManyTags
        elif node.kind == "raw" or node.opaque or (not node.children and node.kind == "element" and not node.end_raw):
            run.tags[len(run.tags) + 1] = node
            parts.append(grammar.placeholder(len(run.tags), PlaceholderKind.VOID))
        else:
            run.tags[len(run.tags) + 1] = node
            number = len(run.tags)
            parts.append(grammar.placeholder(number, PlaceholderKind.OPEN))
            _encode(node.children, run, parts)
            parts.append(grammar.placeholder(number, PlaceholderKind.CLOSE))


class _TooManyTags(Exception):
    pass


def runs_of(root: Node) -> list[tuple[Node, list[int]]]:
    """(block, child index range) for each run of inline content that has text to translate."""
    found: list[tuple[Node, list[int]]] = []

    def visit(block: Node) -> None:
        if block.opaque:
            return
        current: list[int] = []
        for index, child in enumerate(block.children):
            if child.kind == "element" and not child.inline:
                if current:
                    found.append((block, current))
                current = []
                visit(child)
            else:
                current.append(index)
        if current:
            found.append((block, current))

    visit(root)
    return [(block, indices) for block, indices in found if _run_has_text([block.children[i] for i in indices])]


def _run_has_text(nodes: list[Node]) -> bool:
    for node in nodes:
        if node.kind == "text" and node.raw.strip() and not ENTITY.fullmatch(node.raw.strip()):
            return True
        if node.kind == "element" and not node.opaque and _run_has_text(node.children):
            return True
    return False


def encode_run(nodes: list[Node], learned: Annotations | None = None) -> Run | None:
    """The model input of a run; None when it holds more tags than the grammar has placeholders."""
    run = Run(nodes, learned=learned or Annotations())
    parts: list[str] = []
    try:
        _encode(nodes, run, parts)
    except _TooManyTags:
        return None
    run.source = "".join(parts)
    return run


def decode_run(run: Run, output: str) -> str | None:
    """Markup for a translated run, or None if the placeholders are missing, repeated or badly nested."""
    tokens = grammar.find_placeholders(output)
    seen: dict[tuple[int, PlaceholderKind], int] = {}
    stack: list[int] = []
    for token in tokens:
        key = (token.index, token.kind)
        seen[key] = seen.get(key, 0) + 1
        if token.index not in run.tags:
            return None
        if token.kind is PlaceholderKind.OPEN:
            stack.append(token.index)
        elif token.kind is PlaceholderKind.CLOSE and (not stack or stack.pop() != token.index):
            return None
    if stack:
        return None
    for number in run.tags:
        is_void = (number, PlaceholderKind.VOID) in seen
        expected = (
            [(number, PlaceholderKind.VOID)]
            if is_void
            else [(number, PlaceholderKind.OPEN), (number, PlaceholderKind.CLOSE)]
        )
        if any(seen.get(key) != 1 for key in expected):
            return None
    spaced = grammar.voids_after_space(run.source)
    pieces: list[str] = []
    cursor = 0
    for token in tokens:
        pieces.append(_escape(output[cursor : token.start], run.spellings))
        if token.kind is PlaceholderKind.VOID and token.index in spaced and token.start > 0:
            pieces.append("" if output[token.start - 1].isspace() else " ")
        node = run.tags[token.index]
        if token.kind is PlaceholderKind.OPEN:
            pieces.append(node.raw)
        elif token.kind is PlaceholderKind.CLOSE:
            pieces.append(node.end_raw)
        else:
            pieces.append(serialize(node))
        cursor = token.end
    pieces.append(_escape(output[cursor:], run.spellings))
    return "".join(pieces)


def _escape(text: str, spellings: dict[str, str] | None = None) -> str:
    """Text as markup: ``&``, ``<`` and ``>`` escaped, and characters the input spelled as entities spelled so."""
    table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", **(spellings or {})}
    pattern = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    return re.sub(pattern, lambda match: table[match.group(0)], grammar.strip_symbols(text))


def serialize(node: Node) -> str:
    if node.kind != "element":
        return node.raw
    inner = "".join(serialize(child) for child in node.children)
    return f"{node.raw}{inner}{node.end_raw}"


ATTRIBUTE = r"""(\b{name}\s*=\s*)(?:"([^"]*)"|'([^']*)')"""


@dataclass
class MarkupDocument:
    root: Node
    #: (block, child indices, encoded run or None when it has more tags than placeholders)
    runs: list[tuple[Node, list[int], Run | None]]
    #: (element, attribute, value) for title, alt and placeholder
    attributes: list[tuple[Node, str, str]]
    repaired: bool

    def model_units(self) -> list[str]:
        """Placeholder-encoded runs (stripped of edge whitespace), in order."""
        return [run.source.strip() for _, _, run in self.runs if run is not None]

    def plain_units(self) -> list[str]:
        """Attribute values, and the text nodes of runs too rich in tags to encode."""
        units = [value for _, _, value in self.attributes]
        for block, indices, run in self.runs:
            if run is None:
                units += [html.unescape(n.raw).strip() for n in _text_nodes([block.children[i] for i in indices])]
        return units


def _text_nodes(nodes: list[Node]) -> list[Node]:
    found: list[Node] = []
    for node in nodes:
        if node.kind == "text" and node.raw.strip():
            found.append(node)
        elif node.kind == "element" and not node.opaque:
            found += _text_nodes(node.children)
    return found


def _attributes(node: Node, found: list[tuple[Node, str, str]]) -> None:
    for child in node.children:
        if child.kind != "element" or child.opaque:
            continue
        for name in TRANSLATED_ATTRIBUTES:
            match = re.search(ATTRIBUTE.format(name=name), child.raw)
            value = match and (match.group(2) if match.group(2) is not None else match.group(3))
            if value and value.strip():
                found.append((child, name, html.unescape(value)))
        _attributes(child, found)


def annotate_terms(node: Node, matchers: Sequence[tuple[TermMatcher, str]], limit: int = MAX_TERMS_PER_TEXT) -> None:
    """Wrap term matches inside translatable text nodes in term annotations, as if the user had written
    <term tgt=…>. A term is matched within one text node: a term split by a tag is not matched."""
    children: list[Node] = []
    for child in node.children:
        if child.kind == "element" and not child.opaque and child.annotation is None:
            annotate_terms(child, matchers, limit)
        if child.kind != "text" or node.opaque or node.annotation is not None:
            children.append(child)
            continue
        taken: list[tuple[int, int]] = []
        found: list[TermMatch] = []
        for matcher, origin in matchers:
            for match in matcher.find(child.raw, limit - len(found), taken):
                found.append(replace(match, origin=origin))
                taken.append((match.start, match.end))
        position = 0
        for match in sorted(found, key=lambda m: m.start):
            children.append(Node("text", child.raw[position : match.start]))
            term = Node("element", name="term", inline=True, annotation=("term", match.target), origin=match.origin)
            term.children.append(Node("text", child.raw[match.start : match.end]))
            children.append(term)
            position = match.end
        children.append(Node("text", child.raw[position:]))
    node.children = [child for child in children if child.kind != "text" or child.raw]


def prepare_markup(
    text: str,
    xml_mode: bool,
    ignore_tags: frozenset[str] = frozenset(),
    learned: Annotations | None = None,
    annotations: bool = True,
    terms: Sequence[tuple[TermMatcher, str]] = (),
) -> MarkupDocument:
    """``ignore_tags``: elements whose content is copied untranslated (DeepL's ignore_tags);
    ``annotations``: read <term>/<gender> as fairmt annotations rather than as markup;
    ``terms``: (matcher, origin) for request terms and glossaries, annotated in translatable text."""
    repaired = False
    if xml_mode:
        check_xml(text)
    else:
        text, repaired = repair_html(text)
    root = parse(text, xml_mode, ignore_tags, annotations)
    if terms:
        annotate_terms(root, terms)
    runs = [
        (block, indices, encode_run([block.children[i] for i in indices], learned)) for block, indices in runs_of(root)
    ]
    attributes: list[tuple[Node, str, str]] = []
    _attributes(root, attributes)
    return MarkupDocument(root, runs, attributes, repaired)


def _attribute_writer(value: str) -> Callable[[re.Match[str]], str]:
    return lambda match: f'{match.group(1)}"{value}"'


def write_attributes(document: MarkupDocument, translations: Sequence[str]) -> None:
    """Translated title, alt and placeholder values into their start tags. Call it before ``decode_run``,
    which copies the start tags of a run's elements into the run's markup."""
    if len(translations) != len(document.attributes):
        raise ValueError(f"{len(translations)} translations for {len(document.attributes)} attributes")
    for (element, name, _), translation in zip(document.attributes, translations, strict=True):
        value = html.escape(translation, quote=True)
        element.raw = re.sub(ATTRIBUTE.format(name=name), _attribute_writer(value), element.raw, count=1)


def render_markup(document: MarkupDocument, run_outputs: list[str], text_outputs: list[str]) -> str:
    """Write translations back: ``run_outputs`` as ``decode_run`` made them, and ``text_outputs`` for the text
    nodes of runs too rich in tags (``plain_units`` after the attributes)."""
    outputs, plains = iter(run_outputs), iter(text_outputs)
    replacements: list[tuple[Node, list[int], str]] = []
    for block, indices, run in document.runs:
        nodes = [block.children[i] for i in indices]
        if run is None:
            for node in _text_nodes(nodes):
                lead = node.raw[: len(node.raw) - len(node.raw.lstrip())]
                trail = node.raw[len(node.raw.rstrip()) :]
                node.raw = lead + _escape(next(plains)) + trail
            continue
        lead = run.source[: len(run.source) - len(run.source.lstrip())]
        trail = run.source[len(run.source.rstrip()) :]
        replacements.append((block, indices, lead + next(outputs) + trail))
    for block, indices, markup in reversed(replacements):  # later runs first: earlier indices stay valid
        block.children[indices[0] : indices[-1] + 1] = [Node("raw", raw=markup)]
    return "".join(serialize(child) for child in document.root.children)


def detag_text(markup: str) -> str:
    """Visible text of rendered markup, for checking terms."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))
