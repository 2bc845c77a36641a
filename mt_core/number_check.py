"""Numbers come back with the source's value.

The model copies most numbers, but it learned them from little data and now and
then changes one: "The file is 3.5 MB." came back as "13,5 MB", "250,000 euros"
as "25 000 euros", "$ 1,234.00" as "$ 1,234,00", "the 14th century" as "el siglo
XVII". A wrong figure in an invoice or a manual is worse than a clumsy word, so
every number of the source is looked for in the translation, by value: written
as in the source, with Spanish separators ("1.234,00", "3,5", "250 000"), as a
number word ("dos") or, for an ordinal, a Roman numeral ("siglo XIX"). Where the
translation has as many unexplained numerals as the source has unfound numbers,
each is written back as the source has it (a Roman numeral as the right one);
a number still missing is reported, never dropped in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mt_core.number_words import ENGLISH_NUMBER_WORDS, english_number_spans, held_in

#: A number as the source may write it: digits with "," or "." inside, not glued to a word before it
#: ("S390", "uint32" and "⟦x1⟧" are names, not numbers).
SOURCE_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
#: A number as a translation may write it: also with spaces between groups of three ("250 000"), or broken
#: by a space before a separator ("4 ,000,000"), so that a repair replaces the whole of it.
_TARGET_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?: ?[.,]\d+)*)")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_ROMAN = re.compile(r"\b[IVXLC]{1,8}\b")
_WORD = re.compile(r"[^\W\d_]+")
_SPACES = "[ \u00a0\u202f]"
#: Sentences with more numbers than this (a table on one line) are not checked: matching is quadratic.
MAX_NUMBERS = 100
#: Spans of serialized markup that are not text: tags and character references.
MARKUP_NOT_TEXT = re.compile(r"<[^>]*>|&#?\w+;")

#: Spanish words for small numbers, which a translation may use instead of digits ("2 characters" as
#: "dos caracteres").
NUMBER_WORDS: dict[int, frozenset[str]] = {
    value: frozenset(words.split())
    for value, words in {
        0: "cero",
        1: "un uno una primer primero primera",
        2: "dos segundo segunda",
        3: "tres tercer tercero tercera",
        4: "cuatro cuarto cuarta",
        5: "cinco quinto quinta",
        6: "seis sexto sexta",
        7: "siete séptimo séptima",
        8: "ocho octavo octava",
        9: "nueve noveno novena",
        10: "diez décimo décima",
        11: "once",
        12: "doce",
        13: "trece",
        14: "catorce",
        15: "quince",
        16: "dieciséis",
        17: "diecisiete",
        18: "dieciocho",
        19: "diecinueve",
        20: "veinte",
        30: "treinta",
        40: "cuarenta",
        50: "cincuenta",
        100: "cien ciento",
        1000: "mil",
    }.items()
}

_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def roman(value: int) -> str:
    digits = []
    for amount, letters in _ROMAN_VALUES:
        count, value = divmod(value, amount)
        digits.append(letters * count)
    return "".join(digits)


def _parse_roman(text: str) -> int | None:
    total, rest = 0, text
    for amount, letters in _ROMAN_VALUES:
        while rest.startswith(letters):
            total, rest = total + amount, rest[len(letters) :]
    return total if not rest and roman(total) == text else None


def _value(text: str, group: str, decimal: str) -> tuple[str, str] | None:
    """Integer and fraction digits of ``text`` read with these separators; None where it is not a number
    written that way (groups of three after the first, one decimal mark)."""
    group_pattern = _SPACES if group == " " else re.escape(group)
    pattern = rf"(\d+|\d{{1,3}}(?:{group_pattern}\d{{3}})+)(?:{re.escape(decimal)}(\d+))?"
    match = re.fullmatch(pattern, text)
    if match is None:
        return None
    return re.sub(r"\D", "", match.group(1)), match.group(2) or ""


def source_value(text: str) -> tuple[str, str] | None:
    """The value of an English-written number: "1,299.99" -> ("1299", "99")."""
    return _value(text, ",", ".")


def _target_values(text: str) -> set[tuple[str, str]]:
    """Every value ``text`` can have in a translation: with the source's separators or Spanish ones."""
    readings = (_value(text, ",", "."), _value(text, ".", ","), _value(text, " ", ","))
    return {value for value in readings if value is not None}


@dataclass(frozen=True)
class Numeral:
    text: str
    start: int
    end: int
    #: "1st", "19th": a translation may write it as a Roman numeral.
    ordinal: bool = False


@dataclass(frozen=True)
class NumberRepair:
    #: As the translation had it ("XVII"), as the source has it ("14th"), as written back ("XIV").
    wrong: str
    source: str
    written: str


@dataclass
class NumberCheck:
    text: str
    repaired: list[NumberRepair] = field(default_factory=list)
    #: Source numbers the translation still lacks.
    missing: list[str] = field(default_factory=list)


def source_numerals(source: str) -> list[Numeral]:
    return [
        Numeral(m.group(), m.start(), m.end(), bool(_ORDINAL_SUFFIX.match(source, m.end())))
        for m in SOURCE_NUMBER.finditer(source)
    ]


def _target_numerals(translation: str, skip: re.Pattern[str] | None) -> list[Numeral]:
    hidden = [m.span() for m in skip.finditer(translation)] if skip else []
    found = [Numeral(m.group(), m.start(), m.end()) for m in _TARGET_NUMBER.finditer(translation)]
    found += [
        Numeral(m.group(), m.start(), m.end(), ordinal=True)
        for m in _ROMAN.finditer(translation)
        if _parse_roman(m.group()) is not None
    ]
    return sorted(
        (n for n in found if not any(s <= n.start < e for s, e in hidden)),
        key=lambda n: n.start,
    )


def _kept(source: Numeral, target: Numeral) -> bool:
    if target.ordinal:  # a Roman numeral stands for an ordinal
        value = source_value(source.text)
        return source.ordinal and value is not None and not value[1] and _parse_roman(target.text) == int(value[0])
    if source.text == target.text:
        return True
    value = source_value(source.text)
    return value is not None and value in _target_values(target.text)


def _in_words(source: Numeral, words: set[str]) -> bool:
    value = source_value(source.text)
    return value is not None and not value[1] and bool(NUMBER_WORDS.get(int(value[0]), frozenset()) & words)


def _split(target: Numeral) -> list[Numeral]:
    """A space-grouped numeral as its separate numbers ("143 100" in "página 143 100 veces")."""
    parts = []
    for match in re.finditer(r"\d+(?:,\d+)?", target.text):
        parts.append(Numeral(match.group(), target.start + match.start(), target.start + match.end()))
    return parts


def _match(sources: list[Numeral], targets: list[Numeral]) -> tuple[list[Numeral], list[Numeral]]:
    """Source numbers not found in ``targets``, and the numerals of ``targets`` that no source explains;
    each source takes the first unused numeral that holds its value."""
    used: set[int] = set()
    unfound = []
    for number in sources:
        index = next((i for i, t in enumerate(targets) if i not in used and _kept(number, t)), None)
        if index is None:
            unfound.append(number)
        else:
            used.add(index)
    return unfound, [t for i, t in enumerate(targets) if i not in used]


def _numerals_matched(
    sources: list[Numeral], translation: str, skip: re.Pattern[str] | None
) -> tuple[list[Numeral], list[Numeral]]:
    targets = _target_numerals(translation, skip)
    unfound, unexplained = _match(sources, targets)
    spaced = {t: _split(t) for t in unexplained if not t.ordinal and re.search(_SPACES, t.text)}
    if spaced:
        # "página 143 100 veces": a spaced group is read as separate numbers where the source explains them all
        split = sorted([t for t in targets if t not in spaced] + [p for ps in spaced.values() for p in ps], key=_start)
        left = set(_match(sources, split)[1])
        separate = {t for t, parts in spaced.items() if not any(p in left for p in parts)}
        if separate:
            kept = [t for t in targets if t not in separate] + [p for t in separate for p in spaced[t]]
            unfound, unexplained = _match(sources, sorted(kept, key=_start))
    # Roman numerals that no unfound ordinal asks for are words ("I" as a letter), not numbers.
    ordinal_wanted = any(n.ordinal for n in unfound)
    return unfound, [t for t in unexplained if not t.ordinal or ordinal_wanted]


def _start(numeral: Numeral) -> int:
    return numeral.start


def check_numbers(source: str, translation: str, skip: re.Pattern[str] | None = None) -> NumberCheck:
    """``translation`` with the numbers it changed written back as the source has them.

    ``skip`` marks spans of the translation that are not text (tags in markup), whose digits are left alone.
    """
    # a two-part number word ('twenty-four') the model read as digits and dropped: nothing to write back
    spoken = [word for word, value in english_number_spans(source) if not held_in(value, translation)]
    sources = source_numerals(source)
    if not sources or len(sources) > MAX_NUMBERS:
        return NumberCheck(translation, missing=spoken)
    unfound, unexplained = _numerals_matched(sources, translation, skip)
    if not unfound:
        return NumberCheck(translation, missing=spoken)
    result = NumberCheck(translation)
    if len(unfound) == len(unexplained):
        pairs = list(zip(unfound, unexplained, strict=True))
        if all(not target.ordinal or number.ordinal for number, target in pairs):
            text = translation
            for number, target in reversed(pairs):
                right = _written_back(number, target)
                result.repaired.insert(0, NumberRepair(target.text, _as_written(number, source), right))
                text = text[: target.start] + right + text[target.end :]
            result.text, unfound = text, []
    words = {w.lower() for w in _WORD.findall(result.text)}
    result.missing = [n.text for n in unfound if not _in_words(n, words)] + spoken
    return result


def _as_written(number: Numeral, source: str) -> str:
    """The number with its ordinal ending ("14th"), for messages."""
    ending = _ORDINAL_SUFFIX.match(source, number.end) if number.ordinal else None
    return number.text + (ending.group() if ending else "")


def _written_back(number: Numeral, target: Numeral) -> str:
    value = source_value(number.text)
    if target.ordinal and value is not None:
        return roman(int(value[0]))
    return number.text


def numbers_kept(source: str, translation: str) -> tuple[int, int]:
    """(source numbers found in the translation, source numbers), for the number metric."""
    sources = source_numerals(source)[:MAX_NUMBERS]
    unfound, _ = _numerals_matched(sources, translation, None)
    words = {w.lower() for w in _WORD.findall(translation)}
    return len(sources) - sum(not _in_words(n, words) for n in unfound), len(sources)


#: English words for numbers, whose Spanish word or digits a translation must hold ('one' may be a pronoun).
_ENGLISH_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split(),
        start=2,
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000}
_ENGLISH_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_ENGLISH_NUMBER_WORDS)})\b", re.IGNORECASE)


def number_words_kept(source: str, translation: str) -> int:
    """How many of the source's number words ('thirteen') the translation holds, as a word or in digits: the
    model now and then drops one ('won thirteen Grammy Awards' came back as 'Gasará premios Grammy')."""
    found = _single_number_words(source)
    spoken = sum(held_in(value, translation) for _, value in english_number_spans(source))
    if not found:
        return spoken
    words = {w.lower() for w in _WORD.findall(translation)}
    return spoken + sum(
        bool(words & NUMBER_WORDS[value]) or str(value) in translation
        for value in (_ENGLISH_NUMBER_WORDS[word.lower()] for word in found)
    )


def _single_number_words(source: str) -> list[str]:
    """The source's number words of one part; a two-part one ('twenty-four') is one number, counted apart."""
    return _ENGLISH_NUMBER_WORD.findall(ENGLISH_NUMBER_WORDS.sub(" ", source))


def has_number_words(source: str) -> bool:
    return _ENGLISH_NUMBER_WORD.search(source) is not None


def has_numbers(source: str) -> bool:
    """Numerals or number words: the sentences whose hypotheses are compared for the numbers they keep."""
    return has_number_words(source) or bool(source_numerals(source))


def all_numbers_kept(source: str, translation: str) -> tuple[int, int]:
    """(numerals and number words of the source the translation holds, how many the source has)."""
    kept, total = numbers_kept(source, translation)
    words = len(_single_number_words(source)) + len(english_number_spans(source))
    return kept + number_words_kept(source, translation), total + words


#: How the warnings of number_warnings end or read, for whoever counts them (make eval).
REPAIRED = "; corrected to "
MISSING = " is missing from the translation"


def number_warnings(where: str, check: NumberCheck) -> list[str]:
    """What a response says about the numbers of one sentence or segment (``where``)."""
    warnings = [
        f"{where}: the model wrote {r.wrong} where the source has {r.source}{REPAIRED}{r.written}"
        for r in check.repaired
    ]
    return warnings + [f"{where}: the number {number}{MISSING}" for number in check.missing]
