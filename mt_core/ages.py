"""'She is 30 years old' is 'Tiene 30 años': Spanish has an age, it is not one.

The model wrote "Mi abuela es 90 años", "Era 30 años cuándo casó" and "Soy 25 años". Where the source says
someone or something *is* N years old and the translation puts a form of *ser* right before "N años", that
form becomes the same person and tense of *tener*.
"""

from __future__ import annotations

import re

#: Forms of 'ser' and the forms of 'tener' that take their place (the preterite 'fue' reads as 'tenía').
TENER = {
    "soy": "tengo",
    "eres": "tienes",
    "es": "tiene",
    "somos": "tenemos",
    "sois": "tenéis",
    "son": "tienen",
    "era": "tenía",
    "eras": "tenías",
    "éramos": "teníamos",
    "eran": "tenían",
    "fue": "tenía",
    "fueron": "tenían",
    "será": "tendrá",
    "serán": "tendrán",
    "sería": "tendría",
    "serían": "tendrían",
}
_SOURCE_AGE = re.compile(
    r"(?:\b(?:am|is|are|was|were|be|been)|'s|'m|'re)\s+(?:only\s+|just\s+|almost\s+|nearly\s+|about\s+)?"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years?\s+old\b",
    re.IGNORECASE,
)
_NUMBER_WORD = (
    r"(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|"
    r"veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento)(?:\s+y\s+\w+)?"
)
_SER_AGE = re.compile(
    rf"\b({'|'.join(TENER)})(\s+(?:(?:sólo|solo|casi|apenas|unos|alrededor de)\s+)?(?:\d+|{_NUMBER_WORD})\s+años?\b)",
    re.IGNORECASE,
)


#: 'when he was five', an age without 'years old', which the model wrote 'cuando era cinco'.
_SOURCE_BARE_AGE = re.compile(
    r"\bwhen\s+(?:he|she|I|they|we)\s+(?:was|were)\s+(?:only\s+|just\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_SER_BARE_AGE = re.compile(
    rf"\b([Cc]uando\s+)(era|fue|eran|fueron)(\s+(?:sólo\s+|solo\s+)?(?:\d+|{_NUMBER_WORD}))(?!\s+años?\b)(?=\s*[.,;]|\s*$)"
)


def mend_age_verbs(source: str, translation: str) -> str:
    """``translation`` with 'ser' before an age turned into 'tener', where the source gives an age with 'be';
    'cuando era cinco' for 'when he was five' is 'cuando tenía cinco años'."""
    if _SOURCE_BARE_AGE.search(source):
        translation = _SER_BARE_AGE.sub(lambda m: f"{m.group(1)}{TENER[m.group(2)]}{m.group(3)} años", translation)
    if not _SOURCE_AGE.search(source):
        return translation

    def tener(match: re.Match[str]) -> str:
        written = match.group(1)
        form = TENER[written.lower()]
        form = form[0].upper() + form[1:] if written[0].isupper() else form
        return form + match.group(2)

    return _SER_AGE.sub(tener, translation)
