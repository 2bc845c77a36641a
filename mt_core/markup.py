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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from mt_core import grammar
from mt_core.grammar import PlaceholderKind
from mt_core.manifest import Annotations
from mt_core.markup_tree import CHARACTER, ENTITY, MarkupError, Node, check_xml, parse, repair_html, serialize
from mt_core.terminology import TermMatch, TermMatcher, term_held

__all__ = ["MarkupDocument", "MarkupError", "Run", "decode_run", "prepare_markup", "render_markup", "serialize"]

TRANSLATED_ATTRIBUTES = ("title", "alt", "placeholder")
#: The cap on term annotations per text node, as the pipeline has per sentence.
MAX_TERMS_PER_TEXT = 8


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
    #: Written in capitals: translated in sentence case and given back in capitals (mt_core/casing.py).
    shouted: bool = False

    @property
    def term_targets(self) -> list[str]:
        """The required target of each term annotation, in order."""
        return [target for kind, _, target, _ in self.annotations if kind == "term"]

    def terms_in(self, decoded: str) -> list[bool]:
        """Which of the run's required terms its rendered translation holds, tags aside."""
        text = detag_text(decoded)
        return [term_held(target, origin, text) for kind, _, target, origin in self.annotations if kind == "term"]


def _plain_text(nodes: list[Node], translatable: bool = False) -> str:
    return "".join(
        html.unescape(n.raw)
        if n.kind == "text" or n.name == CHARACTER
        else " "
        if translatable and n.opaque
        else _plain_text(n.children, translatable)
        for n in nodes
        if n.kind != "raw" or n.name == CHARACTER
    )


def run_text(run: Run) -> str:
    """The run's text without tags or annotations, as the user wrote it."""
    return _plain_text(run.nodes)


def translatable_text(run: Run) -> str:
    """The run's text that the model translates: untranslated elements (``code``, ``notranslate``,
    ignore_tags) each read as a space, so a person noun in a code sample gets no gender hint."""
    return _plain_text(run.nodes, translatable=True)


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
    opened = grammar.voids_after_space(run.source, PlaceholderKind.OPEN)
    pieces: list[str] = []
    cursor = 0
    for token in tokens:
        pieces.append(_escape(output[cursor : token.start], run.spellings))
        if token.kind is PlaceholderKind.VOID and token.index in spaced and token.start > 0:
            pieces.append("" if output[token.start - 1].isspace() else " ")
        elif token.kind is PlaceholderKind.OPEN and token.index in opened and _glued(output, token.start):
            pieces.append(" ")  # 'Abrir⟦x1⟧⟦x2/⟧': an opening before a void keeps the source's space
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


def _glued(output: str, position: int) -> bool:
    """A word or a closing mark ends right before ``position``, with no space between."""
    return position > 0 and (output[position - 1].isalnum() or output[position - 1] in ".,;:!?)»")


def _escape(text: str, spellings: dict[str, str] | None = None) -> str:
    """Text as markup: ``&``, ``<`` and ``>`` escaped, and characters the input spelled as entities spelled so."""
    table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", **(spellings or {})}
    pattern = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    return re.sub(pattern, lambda match: table[match.group(0)], grammar.strip_symbols(text))


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

    def source_text(self) -> str:
        """The translatable text as the user wrote it, a segment or attribute value a line: what gender
        ambiguity is judged on."""
        runs = [translatable_text(run) for _, _, run in self.runs if run is not None]
        return "\n".join([*runs, *self.plain_units()])

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


def annotate_terms(
    node: Node,
    matchers: Sequence[tuple[TermMatcher, str]],
    limit: int = MAX_TERMS_PER_TEXT,
    target: Callable[[TermMatch], str] | None = None,
) -> None:
    """Wrap term matches inside translatable text nodes in term annotations, as if the user had written
    <term tgt=…>. A term is matched within one text node: a term split by a tag is not matched. ``target``
    gives a match its target (the pipeline's term_target: a plural where the source has one)."""
    children: list[Node] = []
    for child in node.children:
        if child.kind == "element" and not child.opaque and child.annotation is None:
            annotate_terms(child, matchers, limit, target)
        if child.kind != "text" or node.opaque or node.annotation is not None:
            children.append(child)
            continue
        taken: list[tuple[int, int]] = []
        found: list[TermMatch] = []
        for matcher, origin in matchers:
            for match in matcher.find(child.raw, limit - len(found), taken):
                found.append(replace(match, origin=origin, target=target(match) if target else match.target))
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
    term_target: Callable[[TermMatch], str] | None = None,
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
        annotate_terms(root, terms, target=term_target)
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
