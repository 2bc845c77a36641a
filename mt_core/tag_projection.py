"""Projecting inline tags onto a translation through the decoder's attention, when placeholders fail.

Works on SentencePiece pieces: the source carries placeholder pieces, the target
does not, and each target piece is aligned to the source piece it attends to most.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mt_core import grammar
from mt_core.grammar import PlaceholderKind


@dataclass
class _Tag:
    index: int
    void: bool
    source_start: int
    source_end: int = -1
    children: list[_Tag] = field(default_factory=list)
    target: tuple[int, int] = (0, 0)


def tag_tree(source_pieces: list[str]) -> tuple[list[str], list[_Tag]]:
    """Source pieces without placeholders, and the placeholders as a tree over the remaining positions."""
    plain: list[str] = []
    root = _Tag(0, False, 0)
    stack = [root]
    for piece in source_pieces:
        found = grammar.find_placeholders(piece)
        if not found:
            plain.append(piece)
            continue
        token = found[0]
        if token.kind is PlaceholderKind.OPEN:
            tag = _Tag(token.index, False, len(plain))
            stack[-1].children.append(tag)
            stack.append(tag)
        elif token.kind is PlaceholderKind.CLOSE and len(stack) > 1:
            stack.pop().source_end = len(plain)
        elif token.kind is PlaceholderKind.VOID:
            stack[-1].children.append(_Tag(token.index, True, len(plain), len(plain)))
    for tag in stack[1:]:
        tag.source_end = len(plain)
    return plain, root.children


def project_tags(source_pieces: list[str], target_pieces: list[str], attention: list[list[float]]) -> list[str]:
    """Insert the source's placeholders into the target through attention alignment.

    Each target piece aligns to the source piece it attends to most. A tag covers the
    target pieces aligned inside its source span, clamped inside its parent and after
    its previous sibling, so the result always nests and keeps the source's tag order.
    """
    plain, tags = tag_tree(source_pieces)
    width = max(len(plain), 1)
    aligned = [max(range(min(len(row), width)), key=row.__getitem__) if row else 0 for row in attention]

    def first_at_or_after(source_position: int, low: int, high: int) -> int:
        for t in range(low, high):
            if aligned[t] >= source_position:
                return t
        return high

    def place(children: list[_Tag], low: int, high: int) -> None:
        cursor = low
        for tag in children:
            inside = [t for t in range(cursor, high) if tag.source_start <= aligned[t] < tag.source_end]
            if tag.void or not inside:
                start = end = first_at_or_after(tag.source_start, cursor, high)
            else:
                start, end = min(inside), max(inside) + 1
            tag.target = (start, end)
            place(tag.children, start, end)
            cursor = end

    def emit(children: list[_Tag], low: int, high: int) -> list[str]:
        out: list[str] = []
        cursor = low
        for tag in children:
            start, end = tag.target
            out += target_pieces[cursor:start]
            if tag.void:
                out.append(grammar.placeholder(tag.index, PlaceholderKind.VOID))
            else:
                out.append(grammar.placeholder(tag.index, PlaceholderKind.OPEN))
                out += emit(tag.children, start, end)
                out.append(grammar.placeholder(tag.index, PlaceholderKind.CLOSE))
            cursor = end
        return out + target_pieces[cursor:high]

    aligned = aligned[: len(target_pieces)] + [width] * (len(target_pieces) - len(aligned))
    place(tags, 0, len(target_pieces))
    return emit(tags, 0, len(target_pieces))
