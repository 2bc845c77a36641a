"""English calendar dates, ages and decades, written the Spanish way and kept from the model.

The model mangled dates, which biographies are full of: "on 4 July 1934" came back as "encima 4 julio 1934",
"March 14, 1879" as "Marcha 14, 1879", and "(14 March 1879 – 18 April 1955)" with a year repeated. A date is
a closed form with one right Spanish spelling ("el 4 de julio de 1934", "14 de marzo de 1879", "julio de
1969"), so it goes around the model as a void placeholder (mt_core/protection.py) whose text is that
spelling. A date needs a month name and a day or a year in digits, so "May" the verb and "March" the walk are
never dates; "on" before a day becomes "el".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mt_core.grammar import Gender

#: A rendering: (start, end, text to write) for each date found in a sentence, in order, not overlapping; the
#: gender is the sentence's person's, if known ('nacida el ...').
DateFinder = Callable[[str, Gender | None], list[tuple[int, int, str]]]

SPANISH_MONTHS = {
    "January": "enero",
    "February": "febrero",
    "March": "marzo",
    "April": "abril",
    "May": "mayo",
    "June": "junio",
    "July": "julio",
    "August": "agosto",
    "September": "septiembre",
    "October": "octubre",
    "November": "noviembre",
    "December": "diciembre",
}
_ABBREVIATIONS = {name[:3]: name for name in SPANISH_MONTHS if name != "May"} | {"Sept": "September"}

_MONTH = (
    r"(?P<month>"
    + "|".join(SPANISH_MONTHS)
    + "|"
    + r"|".join(rf"{short}\.?" for short in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12]\d{3})"
_ON = r"(?:(?P<on>\b[Oo]n) )?"
#: Most specific first: a match of an earlier pattern wins over an overlapping later one.
_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_ON}(?<![\w.,/-]){_DAY} (?:of )?{_MONTH},? {_YEAR}\b(?![.,/-]?\d)",
        rf"{_ON}\b{_MONTH} {_DAY},? {_YEAR}\b(?![.,/-]?\d)",
        rf"{_ON}(?<![\w.,/-]){_DAY} (?:of )?{_MONTH}(?![\w-])",
        rf"\b{_MONTH},? {_YEAR}\b(?![.,/-]?\d)",
        rf"{_ON}\b{_MONTH} {_DAY}\b(?![.,:/-]?\d)",
    )
)


def _spanish(match: re.Match[str]) -> str:
    written = match.group("month").rstrip(".")
    month = SPANISH_MONTHS[_ABBREVIATIONS.get(written, written)]
    groups = match.groupdict()
    day, year, on = groups.get("day"), groups.get("year"), groups.get("on")
    if day is None:
        return f"{month} de {year}"
    text = f"{int(day)} de {month}" + (f" de {year}" if year else "")
    if on:
        text = ("El " if on[0] == "O" else "el ") + text
    return text


_UNITS = "one two three four five six seven eight nine".split()
_UNIDADES = "uno dos tres cuatro cinco seis siete ocho nueve".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_DIECES = "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_DECENAS = "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_VEINTI = "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
#: English number words from one to ninety-nine, with their Spanish ('fourteen' → 'catorce'), for ages.
ENGLISH_NUMBERS: dict[str, str] = dict(zip(_UNITS + _TEENS + _TENS, _UNIDADES + _DIECES + _DECENAS, strict=True))
ENGLISH_NUMBERS |= {f"twenty-{unit}": veinti for unit, veinti in zip(_UNITS, _VEINTI.split(), strict=True)}
ENGLISH_NUMBERS |= {
    f"{ten}-{unit}": f"{decena} y {unidad}"
    for ten, decena in zip(_TENS[1:], _DECENAS[1:], strict=True)
    for unit, unidad in zip(_UNITS, _UNIDADES, strict=True)
}

#: Ages and decades, closed forms too: 'at the age of 66' came back as 'en la edad de 66', 'aged 83' as
#: 'envejeció 83', 'the 1960s' as 'el 1960s'. (pattern, Spanish with the number as {0}, {1} for 'The').
_AGE = rf"(\d{{1,3}}|{'|'.join(sorted(ENGLISH_NUMBERS, key=len, reverse=True))})"
_TIME_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:at|At) the age of {_AGE}\b(?! ?(?:%|percent|years|months))"), "a la edad de {0} años"),
    (re.compile(rf"\b(?:at|At) age {_AGE}\b(?! ?(?:%|percent|years|months))"), "a los {0} años"),
    (re.compile(rf"(?<=, )aged {_AGE}\b(?! ?(?:%|percent|years|months))"), "a los {0} años"),
    (re.compile(r"\b([Tt])he ((?:1[0-9]|20)\d0)s\b"), "{1}a década de {0}"),
)
#: Part of a decade: 'in the early 1930s' came back as 'en el temprano 1930s'; 'a principios de la década de 1930'.
_DECADE_PART = re.compile(r"\b(?:([Ii]n) )?([Tt])he (early|mid|late)[- ]((?:1[0-9]|20)\d0)s\b")
_DECADE_PARTS = {"early": "principios", "mid": "mediados", "late": "finales"}


def _decade_part(match: re.Match[str]) -> str:
    written = f"{'a ' if match.group(1) else ''}{_DECADE_PARTS[match.group(3)]} de la década de {match.group(4)}"
    return _cased_like(match, written)


def _cased_like(match: re.Match[str], written: str) -> str:
    """``written`` with a capital where the English phrase opens with one ('At the age of' → 'A la edad de')."""
    return written[0].upper() + written[1:] if match.group()[0].isupper() else written


#: What every date, age, decade and birth holds: a month's name or abbreviation, 'age', a decade's 's', 'born'.
_ANY_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|age|born)|\d0s\b")
#: 'born' opening a parenthesis before a date: '(born 12 May 1950)', '(born in 1962)'.
_BORN = re.compile(r"\(born (?:on |in )?$")
#: A year alone after an opening 'born': '(born 1962)', '(born in 1962;'.
_BORN_YEAR = re.compile(r"(?<=\()born (?:in )?([12]\d{3})(?=[);,])")


def _time_phrase(match: re.Match[str], spanish: str) -> str:
    if match.lastindex == 2:  # a decade: its 'the' or 'The', then the years
        return spanish.format(match.group(2), "L" if match.group(1) == "T" else "l")
    number = ENGLISH_NUMBERS.get(match.group(1), match.group(1))
    if number.endswith("uno"):  # before 'años' 'uno' is 'un', and 'veintiuno' 'veintiún'
        number = number[:-3] + ("ún" if number.startswith("veinti") else "un")
    written = spanish.format(number)
    if number == "un":
        written = written.replace("un años", "un año")
    return _cased_like(match, written)


def english_dates_in_spanish(text: str, gender: Gender | None = None) -> list[tuple[int, int, str]]:
    """Each date of ``text`` with its Spanish spelling. '(born 12 May 1950)' is '(nacida el 12 de mayo de
    1950)' or '(nacido ...)' for a sentence about a woman or a man (``gender``), else '(n. 12 de mayo de
    1950)', Spanish's abbreviation, which says no gender."""
    if not _ANY_DATE.search(text):  # most sentences: no pattern to run
        return []
    found: list[tuple[int, int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(start < e and s < end for s, e, _ in found):
                found.append((start, end, _spanish(match)))
    for match in _DECADE_PART.finditer(text):
        if not any(match.start() < e and s < match.end() for s, e, _ in found):
            found.append((match.start(), match.end(), _decade_part(match)))
    for phrase, spanish in _TIME_PHRASES:
        for match in phrase.finditer(text):
            if not any(match.start() < e and s < match.end() for s, e, _ in found):
                found.append((match.start(), match.end(), _time_phrase(match, spanish)))
    born_word = {Gender.FEMININE: "nacida", Gender.MASCULINE: "nacido"}.get(gender) if gender else None
    dated: list[tuple[int, int, str]] = []
    for start, end, spelled in found:
        opening = _BORN.search(text, 0, start)
        if opening is not None:
            day = not spelled.startswith(tuple(SPANISH_MONTHS.values()))
            bare = spelled.removeprefix("el ")
            born = f"{born_word} {'el' if day else 'en'} {bare}" if born_word else f"n. {bare}"
            start, spelled = opening.start() + 1, born
        dated.append((start, end, spelled))
    dated += [
        (match.start(), match.end(), f"{born_word} en {match.group(1)}" if born_word else f"n. {match.group(1)}")
        for match in _BORN_YEAR.finditer(text)
        if not any(match.start() < e and s < match.end() for s, e, _ in dated)
    ]
    return sorted(dated)


def date_finder_for(source_lang: str, target_lang: str) -> DateFinder | None:
    """The date renderer for a language pair, or None where there is none."""
    if (source_lang, target_lang) == ("en", "es"):
        return english_dates_in_spanish
    return None
