"""The inline annotation syntax of request text, parsed in one pass.

``<term tgt="pedido">order</term>`` requires a translation for a span;
``<gender value="feminine">doctor</gender>`` fixes a person noun's gender.
Only these exact forms are annotations: every other ``<`` is literal text, and a
request can switch parsing off to send the syntax itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from mt_core.gender import GenderHint
from mt_core.grammar import Gender
from mt_core.terminology import TermMatch

INLINE = re.compile(
    r'<term\s+tgt\s*=\s*"(?P<tgt>[^"<>]*)"\s*>(?P<term>[^<>]*)</term>'
    r'|<gender\s+value\s*=\s*"(?P<gender>feminine|masculine)"\s*>(?P<noun>[^<>]*)</gender>'
)
MALFORMED = re.compile(r"</?(term|gender)\b[^>]*>")


class InlineSyntaxError(ValueError):
    """An annotation that cannot be honoured, named with its position."""


@dataclass
class InlineAnnotations:
    text: str
    terms: list[TermMatch] = field(default_factory=list)
    genders: list[GenderHint] = field(default_factory=list)


def parse_inline(text: str) -> InlineAnnotations:
    result = InlineAnnotations("")
    plain: list[str] = []
    cursor = length = 0
    for found in INLINE.finditer(text):
        before = text[cursor : found.start()]
        plain.append(before)
        length += len(before)
        if found.group("term") is not None:
            span, target = found.group("term"), html.unescape(found.group("tgt")).strip()
            if not span.strip() or not target:
                raise InlineSyntaxError(f"empty term annotation at character {found.start()}: {found.group(0)!r}")
            result.terms.append(TermMatch(length, length + len(span), span, target, "inline"))
        else:
            span = found.group("noun")
            if not span.strip():
                raise InlineSyntaxError(f"empty gender annotation at character {found.start()}")
            result.genders.append(GenderHint(length, length + len(span), span, Gender(found.group("gender")), "inline"))
        plain.append(span)
        length += len(span)
        cursor = found.end()
    plain.append(text[cursor:])
    result.text = "".join(plain)
    stray = MALFORMED.search(result.text)
    if stray:
        raise InlineSyntaxError(
            f'malformed annotation {stray.group(0)!r}: use <term tgt="…">…</term> or '
            '<gender value="feminine|masculine">…</gender>, or set inline_annotations to false'
        )
    return result
