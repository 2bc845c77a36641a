"""English number words of two parts ('twenty-seven'), which the model reads as digits and Spanish gets as words.

The model garbled a fifth of them: 'He set twenty-seven world records' came back as 'Puso veinte-mirar récords
mundiales', and 'twenty-one' as 'veinte-un', 'fifty-two' as 'cincuenta-cuello', 'twenty-eight' as 'veinte y
ocho'; it copies digits faithfully (mt_core/number_check.py checks them). So the model reads '27'
(mt_core/english_input.py), and `SpokenNumbers` writes the Spanish word where the digits came back: 'Puso
veintisiete récords mundiales'. A number in one takes the gender of the noun after it ('veintiún récords',
'veintiuna medallas'), as the Spanish analyser reads it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from mt_core.morphology import Analyser
from mt_core.text_repair import Repair, trigger_words

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
#: 'twenty-seven', 'Forty-two'; not inside a longer compound ('twenty-five-year-old', 'one hundred twenty-five').
ENGLISH_NUMBER_WORDS = re.compile(
    rf"(?<![\w-])(?i:({'|'.join(_TENS)})-({'|'.join(_UNITS)}))(?![\w-])(?!\s+(?:hundred|thousand|million)\b)"
)
_HUNDRED_BEFORE = re.compile(r"(?i:hundred|thousand|million)(?:\s+and)?\s+$")

_SPANISH_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta"}
_SPANISH_TENS[90] = "noventa"
_SPANISH_UNITS = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho", 9: "nueve"}
_TWENTIES = {2: "veintidós", 3: "veintitrés", 4: "veinticuatro", 5: "veinticinco", 6: "veintiséis", 7: "veintisiete"}
_TWENTIES |= {8: "veintiocho", 9: "veintinueve"}


def english_number_values(text: str) -> list[int]:
    return [value for _, value in _number_words(text)]


def english_number_spans(text: str) -> list[tuple[str, int]]:
    """Each two-part number word as written, with its value: ('twenty-four', 24)."""
    return [(match.group(), value) for match, value in _number_words(text)]


def held_in(value: int, translation: str) -> bool:
    """The translation holds the number, in digits or in Spanish words ('24', 'veinticuatro')."""
    if re.search(rf"(?<![\d.,]){value}(?!\d|[.,]\d)", translation):
        return True
    lowered = translation.lower()
    return any(re.search(rf"\b{spanish_number(value, e)}\b", lowered) for e in ("o", "", "a"))


def _number_words(text: str) -> list[tuple[re.Match[str], int]]:
    if "-" not in text:  # most sentences
        return []
    return [
        (match, _TENS[match.group(1).lower()] + _UNITS[match.group(2).lower()])
        for match in ENGLISH_NUMBER_WORDS.finditer(text)
        if not _HUNDRED_BEFORE.search(text, 0, match.start())
    ]


def as_digits(text: str) -> str:
    """The model's input, with each two-part number word as its digits."""
    pieces, cursor = [], 0
    for match, value in _number_words(text):
        pieces += [text[cursor : match.start()], str(value)]
        cursor = match.end()
    return "".join(pieces) + text[cursor:] if pieces else text


def spanish_number(value: int, ending: str = "o") -> str:
    """21–99 in Spanish words; ``ending`` is the one's: 'o' alone ('veintiuno'), '' before a masculine noun
    ('veintiún', 'treinta y un'), 'a' before a feminine one."""
    tens, units = divmod(value, 10)
    if units == 1 and tens == 2:
        return {"o": "veintiuno", "": "veintiún", "a": "veintiuna"}[ending]
    if units == 1:
        return f"{_SPANISH_TENS[tens * 10]} y un{ending}"
    if tens == 2:
        return _TWENTIES[units]
    return f"{_SPANISH_TENS[tens * 10]} y {_SPANISH_UNITS[units]}"


#: 'one thousand' is 'mil': 'más de uno mil patentes' → 'más de mil patentes'.
ONE_THOUSAND = Repair(
    "one thousand",
    re.compile(r"\bone\s+thousand\b", re.IGNORECASE),
    re.compile(r"\b(?:uno|un)\s+(?=mil\b)"),
    lambda m: "",
    keys=trigger_words("thousand"),
)

#: 'over a thousand goals' ('encima mil goles', 'sobre mil'): 'más de mil'.
OVER_A_NUMBER = Repair(
    "over a number",
    re.compile(r"\bover\s+(?:a\s+|one\s+)?(?:\d|hundred|thousand|million|[a-z]+(?:ty|teen)\b)", re.IGNORECASE),
    re.compile(
        r"\b(?:[Ee]ncima(?:\s+de)?|[Ss]obre)\s+"
        r"(?=(?:\d|un\s+(?:millón|centenar)|cien|mil\b|[a-z]+(?:cientos|cientas|enta|te|ce|ez)\b))"
    ),
    lambda m: "más de ",
    keys=trigger_words("over"),
)

#: The digits of a number written back, where no digit, separator or word touches them.
_DIGITS = r"(?<![\w.,]){}(?![\w]|[.,]\d)"
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


@dataclass(frozen=True)
class SpokenNumbers:
    """Writes each two-part number word of the source as Spanish words where its digits came back (the model
    read digits, mt_core/english_input.py), unless the source wrote those digits too."""

    analyser: Analyser | None = None
    name: str = "two-part number words"
    keys: frozenset[str] = frozenset(_TENS)
    after_gender: bool = True

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        values = english_number_values(source)
        for value in dict.fromkeys(values):
            digits = re.compile(_DIGITS.format(value))
            if digits.search(source) is not None:
                continue  # 'twenty-five of the 25 entries': which is which is not known
            text = digits.sub(functools.partial(self._spoken, value), text)
        return text

    def _spoken(self, value: int, match: re.Match[str]) -> str:
        ending = "o"
        if value % 10 == 1 and (following := _NEXT_WORD.match(match.string, match.end())) is not None:
            gender = noun_gender(self.analyser, following.group(1))
            ending = "o" if gender is None else "a" if gender == "f" else ""
        words = spanish_number(value, ending)
        opening = not match.string[: match.start()].strip(" ¡¿\"'«“(")
        return words[:1].upper() + words[1:] if opening else words


def noun_gender(analyser: Analyser | None, word: str) -> str | None:
    """The gender of the noun after a number, as the analyser reads it ('días' is masculine, 'mujeres'
    feminine); None where the word is no noun ('votaron', 'los'). Without the analyser, its ending says."""
    if analyser is None:
        return "f" if word.lower().endswith(("a", "as")) else "m"
    tokens = analyser.analyse(word)
    genders = {a.gender for t in tokens for a in t.analyses if a.tags[:1] == ("n",)} - {None}
    if not genders:
        return None
    return "f" if genders == {"f"} else "m"


#: Hundreds before their noun, or before 'mil' and their noun: 'doscientos canciones'.
_HUNDREDS = re.compile(
    r"\b((?:[Dd]os|[Tt]res|[Cc]uatro|[Ss]eis|[Ss]ete|[Oo]cho|[Nn]ove)cient|[Qq]uinient)os(\s+(?:mil\s+)?)([^\W\d_]+)"
)


@dataclass(frozen=True)
class HundredsAgreement:
    """Hundreds in the gender of their noun: 'more than two hundred songs' came back as 'más de doscientos
    canciones' ('doscientas canciones')."""

    analyser: Analyser | None = None
    name: str = "hundreds in their noun's gender"
    keys: frozenset[str] = frozenset({"hundred", "hundreds"})
    after_gender: bool = True

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        def agreeing(match: re.Match[str]) -> str:
            feminine = noun_gender(self.analyser, match.group(3)) == "f"
            return f"{match.group(1)}as{match.group(2)}{match.group(3)}" if feminine else match.group()

        return _HUNDREDS.sub(agreeing, text) if "ientos" in text else text
