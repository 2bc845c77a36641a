"""Plural spellings no Spanish word has, which the model writes now and then.

The model forms plurals by adding "s" where Spanish spelling wants more: "discusións", "Seccións",
"puntuacións" in the test splits, "felizs" for "felices" with a feminine request. A final "z" becomes "c"
before "es", and a stressed final syllable loses its written accent ("discusión" → "discusiones"). Only these
two endings are mended, which no Spanish word has, and "álbums" ("álbumes"); a word the source has as written
(a name, an identifier) and a word with capitals inside ("sImplementedInterfazs") are left alone.
"""

from __future__ import annotations

import re

_UNACCENTED = str.maketrans("áéíóú", "aeiou")
_WRONG_PLURAL = re.compile(r"\b([^\W\d_]*?)(?:(z)s|([áéíóú])([nls])s)\b")
#: 'álbums', which Spanish writes 'álbumes'.
_ALBUMS = re.compile(r"\b([Áá]lbum)s\b")


def mend_plural_spelling(source: str, translation: str, skip: re.Pattern[str] | None = None) -> str:
    """``translation`` with "-zs" written "-ces", "-ións" written "-iones" and "álbums" "álbumes"; ``skip``
    marks spans that are not text (tags in markup)."""
    hidden = [m.span() for m in skip.finditer(translation)] if skip else []

    def _hidden(position: int) -> bool:
        return any(s <= position < e for s, e in hidden)

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        inner_capital = any(c.isupper() for c in word[1:])
        if inner_capital or word in source or any(s <= match.start() < e for s, e in hidden):
            return word
        stem = match.group(1)
        if match.group(2):
            return stem + "ces"
        return stem + match.group(3).translate(_UNACCENTED) + match.group(4) + "es"

    translation = _ALBUMS.sub(lambda m: m.group() if _hidden(m.start()) else f"{m.group(1)}es", translation)
    return _WRONG_PLURAL.sub(mend, translation)
