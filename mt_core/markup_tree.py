"""The light tree that markup translation works on: every byte of the input kept, elements marked inline or
block, and entities sorted into the characters the model reads and those it never sees."""

from __future__ import annotations

import html
import re
import xml.parsers.expat
from dataclasses import dataclass, field
from html.parser import HTMLParser

from mt_core.errors import FairmtError

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


FRAGMENT_ROOT = "fairmt-root"


def check_xml(text: str) -> None:
    """A document (with a prolog) is parsed as it is; a fragment, which may have several top elements, inside a
    wrapper element, whose length the reported column leaves out (columns count from 1)."""
    document = text.lstrip().startswith(("<?xml", "<!DOCTYPE"))
    opening = "" if document else f"<{FRAGMENT_ROOT}>"
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(text if document else f"{opening}{text}</{FRAGMENT_ROOT}>", True)
    except xml.parsers.expat.ExpatError as error:
        column = error.offset + 1 - (len(opening) if error.lineno == 1 else 0)
        reason = xml.parsers.expat.ErrorString(error.code)
        raise MarkupError(f"malformed XML at line {error.lineno}, column {column}: {reason}") from error


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


def serialize(node: Node) -> str:
    if node.kind != "element":
        return node.raw
    inner = "".join(serialize(child) for child in node.children)
    return f"{node.raw}{inner}{node.end_raw}"
