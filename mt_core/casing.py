"""Sentences written in capitals are translated in sentence case and given back in capitals.

Training text is almost all in sentence case, and the model splits a shouted sentence into rare
pieces it cannot translate: "WARNING: DO NOT OPEN THE COVER." came back as "AVISO: DONO NO está
utilizando THE COVER.". Lower-cased first, it reads as the sentence it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mt_core.protection import VERBATIM

_WORD = re.compile(r"[^\W\d_]{2,}")


def is_shouted(sentence: str) -> bool:
    """Two space-separated words of two letters or more, and not one lower-case letter (an identifier such as
    COM.MICROSOFT.CONCAT or PROPERTY-NAME has no space, and is left as it is)."""
    words = [token for token in sentence.split() if _WORD.search(token)]
    return len(words) >= 2 and not any(c.islower() for c in sentence)


def sentence_case(sentence: str) -> str:
    """Lower case with the first letter upper, character for character so that annotation offsets hold; a
    sentence whose lower case changes its length (a dotted capital I) is left as it is."""
    kept = {i for match in VERBATIM.finditer(sentence) for i in range(*match.span())}  # addresses stay as written
    lowered = "".join(c if i in kept or len(c.lower()) != 1 else c.lower() for i, c in enumerate(sentence))
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), None)
    if first is None:
        return lowered
    return lowered[:first] + lowered[first].upper() + lowered[first + 1 :]


def shout(translation: str, verbatim: Iterable[str] = ()) -> str:
    """The translation in capitals, except the ``verbatim`` runs it holds (addresses the model never saw)."""
    shouted = translation.upper()
    for run in verbatim:
        shouted = shouted.replace(run.upper(), run)
    return shouted
