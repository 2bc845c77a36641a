"""The words of rendered markup, for checks and rewrites that work on text (the Spanish analyser's gender
reading and re-inflection) while every tag stays where the translation put it.

Text is what a reader gets: the text between tags, and the translated attribute values (``alt``, ``title``,
``placeholder``) inside start tags. Everything else is fixed."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from mt_core.casing import match_initial_case
from mt_core.markup import TRANSLATED_ATTRIBUTES
from mt_core.markup_tree import BLOCK_HTML

TAG = re.compile(r"<[^>]*>")
#: A translated attribute's value; mt_core/markup.py writes them double-quoted.
ATTRIBUTE_VALUE = re.compile(rf'\b(?:{"|".join(TRANSLATED_ATTRIBUTES)})\s*=\s*"([^"]*)"')
WORD = re.compile(r"\w+")
ENTITY = re.compile(r"(&#?[A-Za-z0-9]+;)")
TAG_NAME = re.compile(r"</?([A-Za-z][\w:.-]*)")
BOUNDARY_TAGS = BLOCK_HTML | {"br"}
SEPARATORS = {"inline": " ", "boundary": " . "}


def _pieces(markup: str) -> list[tuple[str, str]]:
    """The markup cut into pieces, each ``text``, ``inline`` (tags inside a sentence) or ``boundary`` (a block
    tag, a line break, or the tag around a translated attribute value, which is a text of its own);
    joined, they give the markup back."""
    pieces: list[tuple[str, str]] = []
    cursor = 0
    for tag in TAG.finditer(markup):
        pieces.append((markup[cursor : tag.start()], "text"))
        name = TAG_NAME.match(tag.group())
        kind = "boundary" if name and name.group(1).lower() in BOUNDARY_TAGS else "inline"
        inside = tag.start()
        for value in ATTRIBUTE_VALUE.finditer(tag.group()):
            start, end = tag.start() + value.start(1), tag.start() + value.end(1)
            pieces += [(markup[inside:start], "boundary"), (markup[start:end], "text")]
            inside, kind = end, "boundary"
        pieces.append((markup[inside : tag.end()], kind))
        cursor = tag.end()
    pieces.append((markup[cursor:], "text"))
    return pieces


def visible_text(markup: str) -> str:
    """The text, an inline tag read as a space and a boundary as a full stop, so that the analyser reads
    agreement within a sentence across ``<b>`` but never across paragraphs, list items or attributes."""
    return "".join(html.unescape(piece) if kind == "text" else SEPARATORS[kind] for piece, kind in _pieces(markup))


def same_layout(first: str, second: str) -> bool:
    """Both renderings have the same fixed pieces (tags, less their translated attribute values) with as
    many words between each two: the tags hold the same positions in both."""
    return _layout(first) == _layout(second)


def _layout(markup: str) -> list[str | int]:
    return [len(WORD.findall(html.unescape(piece))) if kind == "text" else piece for piece, kind in _pieces(markup)]


def carry_rewrite(markup: str, rewritten: str) -> str | None:
    """``markup`` with the words that a rewrite of its visible text changed, changed in place.

    None unless the rewrite changed whole words one for one and nothing between them, and no changed piece
    of text spells a letter as an entity (``m&eacute;dica``: the word's characters are then not all in the
    text as written). A word in capitals stays in capitals."""
    before = visible_text(markup)
    if WORD.split(before) != WORD.split(rewritten):
        return None
    old, new = WORD.findall(before), WORD.findall(rewritten)
    if len(old) != len(new):
        return None
    pieces: list[str] = []
    seen = 0
    for piece, kind in _pieces(markup):
        count = len(WORD.findall(html.unescape(piece))) if kind == "text" else 0
        changed = any(old[k] != new[k] for k in range(seen, seen + count))
        swapped = _swap_in_text(piece, old[seen : seen + count], new[seen : seen + count]) if changed else piece
        if swapped is None:
            return None
        pieces.append(swapped)
        seen += count
    result = "".join(pieces)
    return result if visible_text(result) == _swap(rewritten, iter(zip(old, new, strict=True))) else None


def carry_spaced_rewrite(markup: str, rewrite: Callable[[str], str]) -> str | None:
    """``markup`` with the words that ``rewrite`` changed in its visible text, which it reads with one space
    where an inline tag stands between two words, as a plain sentence has it ('un <b>empresaria</b>'); None
    where the rewrite did more than change words one for one."""
    text = visible_text(markup)
    spaced = re.sub(r"  +", " ", text)
    rewritten = rewrite(spaced)
    if rewritten == spaced:
        return markup
    if WORD.split(spaced) != WORD.split(rewritten):
        return None
    return carry_rewrite(markup, _swap(text, iter(zip(WORD.findall(spaced), WORD.findall(rewritten), strict=True))))


def _swap_in_text(text: str, old: list[str], new: list[str]) -> str | None:
    """Each word of a piece of markup text (which are ``old``) replaced by its ``new`` one; entities that
    stand for punctuation or spaces (``&amp;``, ``&nbsp;``) stay as written between them."""
    parts = ENTITY.split(text)  # text at even indices, entities at odd ones
    if any(WORD.search(html.unescape(entity)) for entity in parts[1::2]):
        return None
    pairs = iter(zip(old, new, strict=True))
    return "".join(_swap(part, pairs) if index % 2 == 0 else part for index, part in enumerate(parts))


def _swap(text: str, pairs: Iterator[tuple[str, str]]) -> str:
    """``text`` with each word replaced by the next pair's new word, in capitals where the old was."""

    def swap(_: re.Match[str]) -> str:
        before, after = next(pairs)
        return after.upper() if before.isupper() and len(before) > 1 else after

    return WORD.sub(swap, text)


def initial_case_between_tags(source: str, markup: str) -> str:
    """A segment's translation begins with a capital where its source does (mt_core/casing.py), the tags
    left as they are: '<p><b>querido</b> cliente' becomes '<p><b>Querido</b> cliente'."""
    text = visible_text(markup)
    capitalised = match_initial_case(source, text)
    if capitalised == text:
        return markup
    return carry_rewrite(markup, capitalised) or markup
