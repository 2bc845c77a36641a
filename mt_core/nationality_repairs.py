"""Nationalities the model mistakes for another people's or for their country's name.

'a Romanian gymnast' came back as 'un gimnasta romano' (a Roman), and 'a New Zealand writer' as 'una escritora
Nueva Zelanda', the country where Spanish has its adjective ('neozelandesa'). Each repair fires only where the
English source has the nationality and not what the slip would be right for (the shape is mt_core/text_repair.py;
mt_core/phrase_repair.py applies this table after mt_core/work_repairs.py's).
"""

from __future__ import annotations

import re

from mt_core.demonyms import DEMONYMS, spanish_demonym_form
from mt_core.text_repair import Repair, trigger_words

#: 'Romanian' with no Rome, Romans or Romano in the source: then 'romano' can only be a slip.
_ROMANIAN = re.compile(r"^(?!.*\b(?:Rome|Roman|Romans|Romano|Romana|Romanesque)\b).*\bRomanians?\b", re.DOTALL)
#: 'New Zealand' as an adjective: before a lower-case word ('a New Zealand writer', 'the New Zealand government').
_NEW_ZEALAND_ADJECTIVE = re.compile(r"\bNew\s+Zealand\s+(?!and\b|in\b|on\b|at\b|to\b|from\b|of\b|is\b|was\b)[a-z]")
_ARTICLE_GENDERS = {"un": ("m", False), "una": ("f", False), "el": ("m", False), "la": ("f", False)}
_ARTICLE_GENDERS |= {"unos": ("m", True), "unas": ("f", True), "los": ("m", True), "las": ("f", True)}


def _neozelandes(match: re.Match[str]) -> str:
    """The country's name after a noun → the adjective in the noun phrase's article's gender and number."""
    gender, plural = _ARTICLE_GENDERS[match.group(1).lower()]
    adjective = {("m", False): "neozelandés", ("f", False): "neozelandesa"}.get((gender, plural))
    adjective = adjective or ("neozelandeses" if gender == "m" else "neozelandesas")
    return f"{match.group(1)} {match.group(2)}{adjective}"


_SPACE = r"\s+"


def _multiword(demonym: str) -> Repair:
    """A nationality of two words left in English, or half of it ('un Puerto Rican boxeador', 'una escritora
    Sierra Leonean', 'un político Rican'): the Spanish adjective after the noun, in its article's gender and
    number. Half of it only where that half is no nationality of its own ('African' is)."""
    *first, last = demonym.split()
    whole = demonym.replace(" ", _SPACE)
    written = f"(?:{_SPACE.join(first)}{_SPACE})?{last}" if last not in DEMONYMS else whole
    lemma = DEMONYMS[demonym]

    def spanish(match: re.Match[str]) -> str:
        gender, plural = _ARTICLE_GENDERS[match.group("article").lower()]
        form = spanish_demonym_form(lemma, gender, plural)
        if match.group("before"):
            return f"{match.group('article')} {match.group('noun')} {form}"
        return f"{match.group('article')} {match.group('words')}{form}"

    return Repair(
        f"{demonym}, left in English",
        re.compile(rf"\b{whole}\b"),
        re.compile(
            r"\b(?P<article>(?i:un|una|el|la|unos|unas|los|las))\s+"
            rf"(?:(?P<before>{written})\s+(?P<noun>[a-záéíóúñ]+)|(?P<words>(?:[a-záéíóúñ]+\s+){{1,3}}?){written})\b"
        ),
        spanish,
        keys=trigger_words(last.lower()),
    )


def _prefixed_movement(prefix: str) -> Repair:
    """'Post-Impressionist' reaches the model as 'Impressionist' (mt_core/english_input.py): the prefix goes
    back on the Spanish word ('impresionista' → 'postimpresionista')."""
    return Repair(
        f"{prefix}- before a movement",
        re.compile(rf"\b{prefix}-(?:Impressionis|Expressionis)(?:m|ts?)\b"),
        re.compile(r"(?<![\w-])(im|ex)pres{1,2}ionis(tas?|mo)\b", re.IGNORECASE),  # 'Impressionista' too
        lambda m: f"{prefix.lower()}{m.group(1).lower()}presionis{m.group(2).lower()}",
        keys=trigger_words(f"{prefix.lower()}"),
    )


#: 'Hispanic' with nothing Spanish in the source: the model read it as 'Spanish' (mt_core/english_input.py).
HISPANIC_READ_AS_SPANISH = re.compile(r"^(?!.*\b(?:Spanish|Spain|Spaniards?)\b).*\bHispanic\b", re.DOTALL)
_HISPANIC_ENDINGS = {"ol": "o", "ola": "a", "oles": "os", "olas": "as"}


#: A people the source names by its adjective ('captured by the French'), which the model wrote as one man.
_PEOPLES = {"francés": "franceses", "británico": "británicos", "español": "españoles", "inglés": "ingleses"}
_PEOPLES |= {"holandés": "holandeses", "neerlandés": "neerlandeses", "portugués": "portugueses"}
_BY_A_PEOPLE = re.compile(
    r"\bby\s+the\s+(?:French|British|Spanish|English|Dutch|Portuguese)"
    r"(?=\s*[,.;]|\s+(?:in|at|and|on|during|after|before|until|for)\b)"
)


def _non_nationality(match: re.Match[str]) -> str:
    """'el primer no-European' → 'el primer no europeo'."""
    gender = "f" if (match.group(1) or "").lower() in ("la", "una", "primera") else "m"
    nationality = spanish_demonym_form(DEMONYMS[match.group(2)], gender, False)
    return f"{match.group(1) + ' ' if match.group(1) else ''}no {nationality}"


NATIONALITY_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "South African",  # 'un obispo africano Del sur africano' → 'un obispo sudafricano'
        re.compile(r"\bSouth\s+Africans?\b"),
        re.compile(r"\bafrican([oa]s?)\s+[Dd]el\s+[Ss]ur(?:\s+african[oa]s?)?\b|\b[Dd]el\s+[Ss]ur\s+african([oa]s?)\b"),
        lambda m: f"sudafrican{m.group(1) or m.group(2)}",
        keys=trigger_words("african africans"),
    ),
    Repair(
        "non-European",  # 'el primer no-European' → 'el primer no europeo'
        re.compile(rf"\bnon-(?:{'|'.join(DEMONYMS)})\b"),
        re.compile(rf"(?:\b((?i:el|la|un|una|primer|primera))\s+)?\bno-?\s?({'|'.join(DEMONYMS)})\b"),
        _non_nationality,
        keys=trigger_words("non"),
    ),
    Repair(
        "by the French",  # 'Fue capturado por el francés' → 'por los franceses'
        _BY_A_PEOPLE,
        re.compile(rf"\bpor\s+el\s+({'|'.join(_PEOPLES)})\b"),
        lambda m: f"por los {_PEOPLES[m.group(1)]}",
        keys=trigger_words("french british spanish english dutch portuguese"),
    ),
    Repair(
        "Hispanic",  # read as 'Spanish' ('mujeres Féricas', 'justicia Hispanica'): 'española' → 'hispana'
        HISPANIC_READ_AS_SPANISH,
        re.compile(r"\b([Ee])spañ(ol|ola|oles|olas)\b"),
        lambda m: f"{'H' if m.group(1) == 'E' else 'h'}ispan{_HISPANIC_ENDINGS[m.group(2)]}",
        keys=trigger_words("hispanic"),
    ),
    Repair(
        "the United States",  # 'emigró a las Estados Unidos' → 'a los Estados Unidos'
        re.compile(r"\bUnited\s+States\b"),
        re.compile(r"\b([Ll])as\s+(?=Estados\s+Unidos\b)"),
        lambda m: f"{m.group(1)}os ",
        keys=trigger_words("united"),
    ),
    Repair(
        "Romanian",  # 'un gimnasta romano' → 'un gimnasta rumano'
        _ROMANIAN,
        re.compile(r"\broman(os?|as?)\b", re.IGNORECASE),
        lambda m: f"ruman{m.group(1)}",
        keys=trigger_words("romanian romanians"),
    ),
    Repair(
        "New Zealand as an adjective",  # 'una escritora Nueva Zelanda' → 'una escritora neozelandesa'
        _NEW_ZEALAND_ADJECTIVE,
        re.compile(
            r"\b((?i:un|una|el|la|unos|unas|los|las))\s+((?:[a-záéíóúñ]+\s+){1,4}?)"
            r"(?:Nuev[oa]\s+(?:Zealand|Zelanda)|New\s+Zealand)\b"
        ),
        _neozelandes,
        keys=trigger_words("zealand"),
    ),
    *(_multiword(demonym) for demonym in DEMONYMS if " " in demonym and demonym != "New Zealand"),
    _prefixed_movement("Post"),
    _prefixed_movement("Neo"),
)
