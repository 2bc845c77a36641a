"""Names of wars, eras, prizes, games and institutions, written as Spanish writes them and kept from the model.

The model translated such names word by word: 'World War II' came back as "II de Guerra mundial", 'the Middle
Ages' as "las Edades Medias", 'the House of Lords' as "la Casa de Señores", 'the Nobel Prize in Physiology or
Medicine' as "el premio Nobel en Physiology o Medicine", 'an Academy Award for Best Actress' as "un premio de
Academia para Leyes de huésped". Each has one Spanish name, so it goes around the model as a void placeholder
(mt_core/protection.py), like a date, whose text is that name. English 'the' goes into the placeholder as the
Spanish article; a name English writes bare and Spanish with its article ('during World War II', "durante la
Segunda Guerra Mundial") takes the article too. Regnal names are translated as Spanish does ('Queen Elizabeth
II', "la reina Isabel II"), and a titled name is kept ('Sir Isaac Newton', 'Lord Byron').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mt_core.name_tables import (
    KNOWN_NAMES,
    NOBEL_FIELDS,
    NOT_A_MODIFIER,
    OSCAR_CATEGORIES,
    PULITZER_FIELDS,
    REGNAL,
    ROMAN_NUMERAL,
    RULERS,
    KnownName,
)
from mt_core.person_names import NameFinder, english_first_names
from mt_core.place_names import EXONYMS, NAMED_AFTER, OLYMPIC_CITIES

#: Not as a modifier after a determiner: 'the Salzburg court' left the model no place for the name.
#: Nor as a modifier after 'and' ('a frontiersman and Tennessee politician', not 'Vienna and Belgrade are'):
#: the model places those.
_PLACES = tuple(
    KnownName(
        rf"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )(?:(?<!\band )(?<!\bor ){re.escape(english)}|"
        rf"{re.escape(english)}{NOT_A_MODIFIER})(?!\s+[A-Z])",
        spanish,
        "",
    )
    for english, spanish in EXONYMS.items()
)
_PERSON_INSTITUTION = re.compile(
    rf"(?:\b(?P<the>[Tt]he)\s+)?\b(?P<person>[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){{1,2}})\s+"
    rf"(?P<kind>{'|'.join(NAMED_AFTER)})\b(?!\s+(?:of|for)\b)"
)
#: A university named after its place, which English writes bare: 'at Boston University' came back as 'en
#: Universidad de Boston', 'at Yale University' as 'en Yale Universidad'. Not after another capitalised word
#: ('Ohio State University', 'New York University' are left to the model), nor as a modifier ('the Oxford
#: University team').
_PLACE_UNIVERSITY = re.compile(
    rf"(?:\b(?P<the>[Tt]he)\s+)?\b(?P<place>[A-Z][a-z]+)\s+University\b(?!\s+(?:of\b|[A-Z])){NOT_A_MODIFIER}"
)
#: A university's school of law, medicine or business, which the model translated word by word ('Escuela de Ley
#: de Harvard' for 'Harvard Law School'): Spanish names the faculty first.
_PLACE_SCHOOL = re.compile(
    r"(?:\b(?P<the>[Tt]he)\s+)?\b(?P<place>[A-Z][a-z]+)\s+(?P<kind>Law|Medical|Business)\s+School\b"
)
_SCHOOLS = {"Law": "Facultad de Derecho", "Medical": "Facultad de Medicina", "Business": "Escuela de Negocios"}
#: A college keeps its English name ('Reed College'), with Spanish's article: "asistió al Reed College".
_COLLEGE = KnownName(r"(?:[A-Z][a-z]+\s+){1,2}College(?!\s+(?:of|for)\b)", "", "el", bare=True)
#: Names a year may open ('the 1921 Nobel Prize in Physics', 'the 1996 Summer Olympics').
_DATED = re.compile(r"Prize|Award|Olympic|Cup|Oscar|Globe")
_THE = r"(?:\b(?P<the>[Tt]he)\s+)?"
_THE_YEAR = r"(?:\b(?P<the>[Tt]he)\s+(?:(?P<year>1[89]\d\d|20\d\d)\s+)?)?"
#: A place takes no article: 'the London office' keeps its 'the' for the model.
_NO_THE = r"(?P<the>(?!))?"


def _pattern(name: KnownName) -> re.Pattern[str]:
    the = _NO_THE if not name.article else _THE_YEAR if _DATED.search(name.english) else _THE
    return re.compile(rf"{the}(?<![\w-])(?:{name.english})(?![\w-])")


_PATTERNS = tuple((name, _pattern(name)) for name in (*KNOWN_NAMES, _COLLEGE, *_PLACES))
_RULER = re.compile(
    rf"{_THE}\b(?P<title>{'|'.join(RULERS)})\s+"
    rf"(?P<name>{'|'.join(sorted(REGNAL, key=len, reverse=True))})\b{ROMAN_NUMERAL}(?!\s+[A-Z])"
)
#: A ruler's name and numeral without the title ('Elizabeth I was the last Tudor', which came back as 'Isabel
#: fue'): 'Isabel I'.
_NUMBERED_RULER = re.compile(
    rf"\b(?P<name>{'|'.join(sorted(REGNAL, key=len, reverse=True))})\s+(?P<numeral>[IVX]{{1,5}})\b(?![\w.-]|\s+[A-Z])"
)
#: A name with an English title of nobility, kept as written: the model wrote 'Señor de poeta Byron'. Not the
#: Bible's Lord ('the Lord Yahweh' is "el Señor Jehová").
_TITLED = re.compile(
    r"\b(?:Sir|Dame|Lord|Lady)(?!\s+(?:God|GOD|Jesus|Christ|Almighty|Yahweh|Jehovah|Jah|Most|Himself)\b)"
    r"(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3}\b"
)
#: Words before a name that stand where its article would: 'a Nobel Prize', 'his Oscar', 'two Academy Awards'.
_DETERMINED = re.compile(
    r"\b(?:an?|his|her|their|its|our|my|your|this|that|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|no|every|each|another|\d{1,3})\s+$",
    re.IGNORECASE,
)


def _spanish(name: KnownName, match: re.Match[str]) -> str:
    field = match.groupdict().get("field")
    if field in NOBEL_FIELDS:
        spanish = f"Premio Nobel de {NOBEL_FIELDS[field]}"
    elif field in PULITZER_FIELDS:
        spanish = f"Premio Pulitzer de {PULITZER_FIELDS[field]}"
    elif field in OSCAR_CATEGORIES:
        several = re.match(r"(?:\w+\s+)?(?:Academy\s+Awards|Oscars)\b", match.group())
        spanish = f"{'premios ' if several else ''}Óscar {OSCAR_CATEGORIES[field]}"
    elif not name.spanish:  # a club's name, kept as written
        spanish = match.group().removeprefix(match.group("the") or "").strip()
    else:
        spanish = name.spanish
    year = match.groupdict().get("year")
    city = match.groupdict().get("city")
    if city:  # 'los Juegos Olímpicos de Berlín 1936'
        spanish = f"{spanish} de {OLYMPIC_CITIES.get(city) or EXONYMS.get(city, city)}"
        return f"{spanish} {year}" if year else spanish
    return f"{spanish} de {year}" if year else spanish


def _with_article(spanish: str, article: str, bare: bool, match: re.Match[str], text: str) -> str:
    """'the' is the Spanish article; a name English writes bare takes it too, unless a word stands in its
    place ('a Nobel Prize', 'his Oscar')."""
    the = match.group("the")
    if the is None and (not bare or _DETERMINED.search(text[max(0, match.start() - 20) : match.start()])):
        return spanish
    written = f"{article} {spanish}"
    return written[:1].upper() + written[1:] if the == "The" else written


def _index_by_word() -> dict[str, list[int]]:
    """Each capitalised word of the table ('WWII' and 'WW2' too) → the positions of the names that hold it; a
    case-blind word ('[Cc]ivil') is indexed in lower case too, as a sentence may write it so."""
    index: dict[str, list[int]] = {}
    for position, (name, _) in enumerate(_PATTERNS):
        english = re.sub(r"\[([A-Z])[a-z]\]", r"\1", name.english)
        words = set(re.findall(r"(?<![\\\w])[A-Z][A-Za-z0-9]+", english))
        words |= {upper.lower() + rest for upper, rest in re.findall(r"\[([A-Z])[a-z]\](\w+)", name.english)}
        for word in words:
            index.setdefault(word, []).append(position)
    return index


#: A sentence's own capitalised words pick the few patterns worth running (all of them cost a third of a
#: millisecond a sentence).
_BY_WORD = _index_by_word()
#: Words that open a ruler, a titled name or an institution named after a person.
_TITLES = frozenset(RULERS) | {"Sir", "Dame", "Lord", "Lady"} | frozenset(NAMED_AFTER)
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9]+")
_REGNAL_WORDS = frozenset(name.split()[0] for name in REGNAL)
_LOWER_CASE_WORDS = frozenset(word for word in _BY_WORD if word.islower())


def known_name_spans(text: str, is_first_name: Callable[[str], bool] | None = None) -> list[tuple[int, int, str]]:
    """Each known name of ``text`` with its Spanish name; where two overlap, the first found wins (rulers,
    titled names, institutions named after a person whose first name ``is_first_name`` accepts, then the table
    in its order, longer names before the shorter ones they hold)."""
    words = set(_CAPITALISED.findall(text)) | {word for word in _LOWER_CASE_WORDS if word in text}
    positions = sorted({position for word in words for position in _BY_WORD.get(word, ())})
    no_ruler = _REGNAL_WORDS.isdisjoint(words)
    if not positions and _TITLES.isdisjoint(words) and no_ruler and "ollege" not in text and " School" not in text:
        return []
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, written: str) -> None:
        if not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, written))

    for match in _RULER.finditer(text):
        title, article = RULERS[match.group("title")]
        numeral = f" {match.group('numeral')}" if match.group("numeral") else ""
        add(*match.span(), _with_article(f"{title} {REGNAL[match.group('name')]}{numeral}", article, True, match, text))
    for match in () if no_ruler else _NUMBERED_RULER.finditer(text):
        add(*match.span(), f"{REGNAL[match.group('name')]} {match.group('numeral')}")
    for match in _TITLED.finditer(text):
        add(*match.span(), match.group())
    if is_first_name is not None and any(kind in text for kind in NAMED_AFTER):
        for match in _PERSON_INSTITUTION.finditer(text):
            if is_first_name(match.group("person").split()[0]):
                noun, article = NAMED_AFTER[match.group("kind")]
                add(*match.span(), _with_article(f"{noun} {match.group('person')}", article, True, match, text))
    for match in _PLACE_UNIVERSITY.finditer(text) if "University" in text else ():
        before = text[: match.start("place")].rstrip().rsplit(None, 1)
        if before and before[-1][:1].isupper() and not re.search(r"[.!?]$", before[-1]) and match.start() > 0:
            continue
        place = EXONYMS.get(match.group("place"), match.group("place"))
        add(*match.span(), _with_article(f"Universidad de {place}", "la", True, match, text))
    for match in _PLACE_SCHOOL.finditer(text) if " School" in text else ():
        school = f"{_SCHOOLS[match.group('kind')]} de {EXONYMS.get(match.group('place'), match.group('place'))}"
        add(*match.span(), _with_article(school, "la", True, match, text))
    for name, pattern in [_PATTERNS[position] for position in positions]:
        for match in pattern.finditer(text):
            add(*match.span(), _with_article(_spanish(name, match), name.article, name.bare, match, text))
    return sorted(found)


def known_name_finder_for(source_lang: str, target_lang: str) -> NameFinder | None:
    """The known names of a language pair, or None where there is no table (en→es only). A person's first name
    is one Apertium's English analyser reads as a name only ('Jane', not 'Royal'); without the analyser,
    institutions are left to the model."""
    if (source_lang, target_lang) != ("en", "es"):
        return None
    try:
        is_first_name: Callable[[str], bool] | None = english_first_names()
    except FileNotFoundError:
        is_first_name = None
    return lambda text: known_name_spans(text, is_first_name)
