"""Centuries as Spanish writes them: 'el siglo XIX', in Roman numerals after the noun.

The model wrote 'the nineteenth century' as 'el decimonoveno siglo', 'the eighteenth century' as 'el decimoctavo'
(no century at all) and 'the 21st century' as 'el siglo 21.º siglo'; 'the 2nd century' as 'el siglo de 2o'.
Digits it reads better than words, so an ordinal word before 'century' reaches it as digits
(mt_core/english_input.py: 'the 19th century'), and `Centuries` writes each century the translation names with
a number as 'siglo' and the source's Roman numeral. 'In the early 19th century', which came back as 'en el siglo
XIX temprano', becomes 'a principios del siglo XIX' ('mid' 'a mediados', 'late' 'a finales').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mt_core.number_check import roman

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ORDINAL_VALUES = {word: value for value, word in enumerate(_ORDINALS, start=1)} | {"twenty-first": 21}
_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st"}
_ORDINAL_WORD = "|".join(sorted(ORDINAL_VALUES, key=len, reverse=True))
#: An ordinal in digits or in a word: '19th', 'nineteenth'.
_ORDINAL = rf"(\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORD}))"

#: An ordinal word before a lowercase 'century' ('Twentieth Century Fox' is a name).
_WORD_CENTURY = re.compile(rf"\b(?i:({_ORDINAL_WORD}))(?=[- ]centur(?:y|ies)\b)")
#: The first of two ordinal words before 'centuries': 'the seventeenth and eighteenth centuries'.
_WORD_PAIR = re.compile(
    rf"\b(?i:({_ORDINAL_WORD}))(?=(\s+(?:and|or|to)\s+(?:the\s+)?)(?i:{_ORDINAL_WORD})[- ]centuries\b)\2"
)
#: A century in the source, with the part of it a phrase names: 'the early 19th century', 'mid-18th-century'.
_SOURCE_CENTURY = re.compile(rf"\b(?:(early|mid|late)[- ]+)?{_ORDINAL}[- ]centur(?:y|ies)\b", re.IGNORECASE)
#: A century in the translation: 'siglo' and a number, in digits with an ordinal ending or in Roman numerals,
#: and a 'siglo' the model said again after it; 'temprano' or 'tardío' after it, which Spanish says before
#: (the part comes from the source).
_TARGET_CENTURY = re.compile(
    r"(?<!\w)(?P<prep>[Ee]n\s+(?=el\s))?(?P<article>(?:[Ee]l|[Dd]el|[Aa]l|[Dd]e)\s+)?(?P<noun>[Ss]iglos?)\s+(?:de\s*)?"
    r"(?P<number>[IVXLC]+\b|\d{1,2}(?:\.?[ºª°]|\.[oa]s?|er|ro|do|to|vo|mo|no|o|a)?(?!\w))(?:\s+siglos?\b)?"
    r"(?:\s+(?P<part>tempran[oa]|tardí[oa]|medio))?"
)
_PART_WORDS = {"early": "principios", "mid": "mediados", "late": "finales"}
#: What comes before the part, by the article the century had: 'en el siglo' → 'a principios del siglo'.
_PART_LEADS = {"al": "a ", "del": "de ", "el": "", "": ""}
#: Two centuries in the plural: 'the 16th and 17th centuries', which came back as 'los 16.os siglos XVII y 17.º'.
_SOURCE_PAIR = re.compile(rf"\b{_ORDINAL}\s+(and|or)\s+(?:the\s+)?{_ORDINAL}[- ]centuries\b")
_ANY_NUMBER = r"(?:[IVXLC]+\b|\d{1,2}(?:\.?[ºª°]|\.[oa]s?|os|as)?(?!\w))"
#: Two centuries in the translation, 'siglos' before, between or after them: 'los 16.os siglos XVII y 17.º', 'los
#: siglos XII y XIII siglos', 'los 17.os y 18.os siglos'.
_TARGET_PAIR = re.compile(
    rf"\b(?:(?P<contracted>[Dd]el|[Aa]l)\s+|(?:[Ll]os|[Ll]as|[Ll]a|[Ee]l)\s+)?(?:{_ANY_NUMBER}\s+(?=siglos))?"
    rf"(?P<before>siglos?\s+)?{_ANY_NUMBER}\s+(?P<between>siglos?\s+)?"
    rf"(?P<joint>[yoe])\s+(?P<second>siglos?\s+)?{_ANY_NUMBER}(?P<after>\s+siglos?\b)?"
)


#: 'mid-' before a century, which the model copied ('el mid-siglo de20.o siglo'): it reads the century alone,
#: and `Centuries` writes 'a mediados del siglo XX'.
_MID = re.compile(r"\b[Mm]id-(?=(?:\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+)[- ]century\b)")


def _ordinal_value(ordinal: str) -> int:
    digits = re.match(r"\d+", ordinal)
    return int(digits.group()) if digits else ORDINAL_VALUES[ordinal.lower()]


def century_digits(text: str) -> str:
    """The model's input, with an ordinal word before 'century' as its digits ('the 19th century'; both of 'the
    seventeenth and eighteenth centuries'), and no 'mid-' before it."""
    text = _WORD_PAIR.sub(lambda m: f"{_as_digits(_ordinal_value(m.group(1)))}{m.group(2)}", text)
    text = _WORD_CENTURY.sub(lambda m: _as_digits(_ordinal_value(m.group(1))), text)
    return _MID.sub("", text)


def _as_digits(value: int) -> str:
    return f"{value}{_SUFFIXES.get(value, 'th')}"


def source_centuries(text: str) -> list[tuple[int, str | None]]:
    """Each century the source names, with 'early', 'mid' or 'late' where a phrase names a part of it."""
    found = []
    for match in _SOURCE_CENTURY.finditer(text):
        part = match.group(1)
        found.append((_ordinal_value(match.group(2)), part.lower() if part else None))
    return found


_SOURCE_ORDINAL = re.compile(rf"\b{_ORDINAL}\b", re.IGNORECASE)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def source_ordinals(text: str) -> set[int]:
    return {_ordinal_value(match.group(1)) for match in _SOURCE_ORDINAL.finditer(text)}


def _value(number: str) -> int | None:
    """The value of the translation's number: its digits, or its Roman numeral."""
    digits = re.match(r"\d+", number)
    if digits:
        return int(digits.group())
    values = [_ROMAN_DIGITS[c] for c in number]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@dataclass(frozen=True)
class Centuries:
    """Writes the translation's centuries as 'siglo' and the source's Roman numerals, paired in order."""

    name: str = "centuries"
    keys: frozenset[str] = frozenset({"century", "centuries"})
    after_gender: bool = False

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        pair = _SOURCE_PAIR.search(source)
        if pair is not None:
            first, second = roman(_ordinal_value(pair.group(1))), roman(_ordinal_value(pair.group(3)))
            found_pair = _TARGET_PAIR.search(text)
            if found_pair is None or not any(found_pair.group(g) for g in ("before", "between", "second", "after")):
                return text
            # 'del 17.o y siglo XVIII' → 'de los siglos XVII y XVIII'
            contracted = (found_pair.group("contracted") or "")[:1]
            lead = f"{contracted}{'e' if contracted in 'Dd' else ''} " if contracted else ""
            written = f"{lead}los siglos {first} {found_pair.group('joint')} {second}"
            written = written[:1].upper() + written[1:] if found_pair.group()[:1].isupper() else written
            return text[: found_pair.start()] + written + text[found_pair.end() :]
        centuries = source_centuries(source)
        found = list(_TARGET_CENTURY.finditer(text))
        if not centuries or not found:
            return text
        if len(found) != len(centuries):
            if len({value for value, _ in centuries}) != 1:
                return text  # which is which is not known
            centuries = centuries[:1] * len(found)
        ordinals = source_ordinals(source)
        pieces, cursor = [], 0
        for match, (value, part) in zip(found, centuries, strict=True):
            # a number the source has as an ordinal is the model's right one: 'from the 12th to the 14th century'
            own = _value(match.group("number"))
            pieces += [text[cursor : match.start()], _written(match, own if own in ordinals else value, part)]
            cursor = match.end()
        return "".join(pieces) + text[cursor:]


def _written(match: re.Match[str], value: int, part: str | None) -> str:
    """The century in Roman numerals, and the part the source names before it: 'en el siglo XIX temprano' →
    'a principios del siglo XIX', 'del siglo XIX temprano' → 'de principios del siglo XIX', and 'en el siglo XX'
    for 'in the mid-20th century' → 'a mediados del siglo XX'. A part the translation says before the century
    itself stays: 'a finales del siglo 18.o' → 'a finales del siglo XVIII'."""
    prep, article = match.group("prep") or "", match.group("article") or ""
    article = f"{article[0]}el " if article.strip().lower() == "de" else article  # 'de siglo XIX' → 'del siglo XIX'
    century = f"{match.group('noun')} {roman(value)}"
    said_before = re.search(r"(?:principios|mediados|finales)\s+$", match.string[: match.start()])
    if part is None or said_before:
        return f"{prep}{article}{century}"
    lead = article.strip().lower()
    words = f"{_PART_WORDS[part]} del {century}"
    written = f"{_PART_LEADS['al' if prep else lead]}{words}"
    opening = (prep or article)[:1].isupper()
    return written[:1].upper() + written[1:] if opening else written


#: A numbered dynasty in the source ('the Eighteenth Dynasty', 'the 18th dynasty'), and in the translation: an
#: ordinal in digits, a word or a Roman numeral, after its article, before or after 'dinastía' (or 'Dynasty',
#: left in English): 'del Decimoctavo Dynasty', 'el 18.º Dynasty'.
_SOURCE_DYNASTY = re.compile(rf"\b{_ORDINAL}\s+[Dd]ynasty\b")
_TARGET_DYNASTY = re.compile(
    r"\b([Ee]l|[Dd]el|[Ll]a|[Dd]e\s+la)\s+(?:(?P<before>\d{1,2}(?:\.?[ºª°]|\.[oa])?|[A-ZÁÉÍÓÚa-záéíóú]+[oa]|[IVX]+)\s+"
    r"(?:[Dd]ynasty|[Dd]inastía)|(?:[Dd]ynasty|[Dd]inastía)\s+(?P<after>\d{1,2}(?:\.?[ºª°]|\.[oa])?|[IVX]+|[a-záéíóú]+[oa]))\b"
)


@dataclass(frozen=True)
class Dynasties:
    """A numbered dynasty as Spanish writes it, 'la dinastía XVIII': 'She was a queen of the Eighteenth
    Dynasty' came back as 'una reina del Decimoctavo Dynasty', 'of the 18th Dynasty' as 'del 18.º Dynasty'."""

    name: str = "numbered dynasties"
    keys: frozenset[str] = frozenset({"dynasty"})
    after_gender: bool = False

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        for name in _NAMED_DYNASTY.findall(source):
            if name.lower() not in ORDINAL_VALUES:  # 'la dinastía Maurya', not 'del Maurya dinastía'
                named = rf"(?:{name}\s+[Dd](?:inastía|ynasty)|[Dd]inastía\s+de\s+{name})\b"
                text = re.sub(rf"\b(?:([Ee]l|[Dd]el|[Ll]a|[Dd]e\s+la)\s+)?{named}", _dynasty(name), text)
        found = _SOURCE_DYNASTY.findall(source)
        if len(found) != 1:
            return text  # which is which is not known
        numeral = roman(_ordinal_value(found[0]))
        return _TARGET_DYNASTY.sub(_dynasty(numeral), text, count=1)


#: A dynasty by its name: 'the Maurya dynasty', 'the Ming Dynasty'.
_NAMED_DYNASTY = re.compile(r"\b([A-Z][a-z]+)\s+[Dd]ynasty\b")


def _dynasty(after: str) -> Callable[[re.Match[str]], str]:
    """'la dinastía' and what follows it, after 'de' where the translation had 'del'."""

    def spanish(match: re.Match[str]) -> str:
        article = match.group(1) or ""
        written = "de la" if article.lower().startswith("de") else "la" if article else ""
        written = written.capitalize() if article[:1].isupper() else written
        return f"{written + ' ' if written else ''}dinastía {after}"

    return spanish
