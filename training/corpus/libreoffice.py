"""LibreOffice help (Debian libreoffice-help-en-us / -es): pages align by path and paragraph id.

Inline tags become grammar placeholders, giving real tagged parallel data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

from mt_core.grammar import MAX_PLACEHOLDERS, PlaceholderKind, placeholder
from training.corpus.records import Pair

HELP_ROOT = Path("/usr/share/libreoffice/help")
INLINE_TAGS = {"span", "a", "b", "i", "em", "strong", "code", "sub", "sup", "kbd", "u", "small", "big"}
VOID_TAGS = {"img", "br"}
SEGMENT_ID = re.compile(r"^(par|hd)_id")
SPACES = re.compile(r"\s+")
MARKER = re.compile("\0(open|close|void)(\\d+)\0")
MARKER_KINDS = {"open": PlaceholderKind.OPEN, "close": PlaceholderKind.CLOSE, "void": PlaceholderKind.VOID}


@dataclass
class TaggedText:
    """Text of one element twice: plain, and with placeholders numbered by tag order."""

    plain: list[str] = field(default_factory=list)
    tagged: list[str] = field(default_factory=list)
    tag_keys: list[str] = field(default_factory=list)


def _tag_key(element: lxml.html.HtmlElement) -> str:
    return f"{element.tag}.{element.get('class', '')}"


def _walk(element: lxml.html.HtmlElement, out: TaggedText) -> bool:
    """Append the element's content; False where it holds block content we do not segment."""
    if element.text:
        out.plain.append(element.text)
        out.tagged.append(element.text)
    for child in element:
        if not isinstance(child.tag, str):
            pass  # comment or processing instruction: not text
        elif child.tag in VOID_TAGS:
            out.tag_keys.append(_tag_key(child))
            out.tagged.append(f"\0void{len(out.tag_keys)}\0")
        elif child.tag in INLINE_TAGS:
            out.tag_keys.append(_tag_key(child))
            number = len(out.tag_keys)
            out.tagged.append(f"\0open{number}\0")
            if not _walk(child, out):
                return False
            out.tagged.append(f"\0close{number}\0")
        else:
            return False
        if child.tail:
            out.plain.append(child.tail)
            out.tagged.append(child.tail)
    return True


def _normalise(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def extract(element: lxml.html.HtmlElement) -> TaggedText | None:
    out = TaggedText()
    return out if _walk(element, out) else None


def _render_tagged(parts: list[str], numbering: dict[int, int]) -> str | None:
    """Replace tag markers with placeholders, renumbered to the source's tag order."""
    rendered = []
    for part in parts:
        marker = MARKER.fullmatch(part)
        if marker is None:
            rendered.append(part)
            continue
        index = numbering.get(int(marker.group(2)))
        if index is None:
            return None
        rendered.append(placeholder(index, MARKER_KINDS[marker.group(1)]))
    return _normalise("".join(rendered))


def align_tags(source: TaggedText, target: TaggedText) -> tuple[str, str] | None:
    """Number the target's tags after the source tag with the same key, in order."""
    if sorted(source.tag_keys) != sorted(target.tag_keys) or not source.tag_keys:
        return None
    if len(source.tag_keys) > MAX_PLACEHOLDERS:
        return None
    used: set[int] = set()
    target_numbering: dict[int, int] = {}
    for target_number, key in enumerate(target.tag_keys, start=1):
        for source_number, source_key in enumerate(source.tag_keys, start=1):
            if source_key == key and source_number not in used:
                used.add(source_number)
                target_numbering[target_number] = source_number
                break
    identity = {n: n for n in range(1, len(source.tag_keys) + 1)}
    src = _render_tagged(source.tagged, identity)
    tgt = _render_tagged(target.tagged, target_numbering)
    return (src, tgt) if src and tgt else None


def _segments(path: Path) -> dict[str, lxml.html.HtmlElement]:
    tree = lxml.html.parse(str(path), parser=lxml.html.HTMLParser(encoding="utf-8"))
    return {el.get("id"): el for el in tree.iter() if isinstance(el.tag, str) and SEGMENT_ID.match(el.get("id") or "")}


def iter_pairs(root: Path = HELP_ROOT, source_lang_dir: str = "en-US", target_lang_dir: str = "es") -> Iterator[Pair]:
    for en_path in sorted((root / source_lang_dir / "text").rglob("*.html")):
        rel = en_path.relative_to(root / source_lang_dir)
        es_path = root / target_lang_dir / rel
        if not es_path.exists():
            continue
        en_segments, es_segments = _segments(en_path), _segments(es_path)
        for seg_id, en_el in en_segments.items():
            es_el = es_segments.get(seg_id)
            if es_el is None:
                continue
            en_text, es_text = extract(en_el), extract(es_el)
            if en_text is None or es_text is None:
                continue
            src, tgt = _normalise("".join(en_text.plain)), _normalise("".join(es_text.plain))
            if not src or not tgt:
                continue
            tagged = align_tags(en_text, es_text)
            yield Pair(
                source="libreoffice",
                doc=str(rel),
                src=src,
                tgt=tgt,
                src_tagged=tagged[0] if tagged else None,
                tgt_tagged=tagged[1] if tagged else None,
            )
