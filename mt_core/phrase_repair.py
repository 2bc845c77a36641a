"""Phrases the model learned wrong from its rule-based teacher, put right where the source says what was meant.

Half of the default model's general-domain training data is English text translated by Apertium eng-spa, and
the model learned that teacher's literal slips along with the rest: 'known for' → "sabido para", 'became' →
"acaecía", 'married X' → "casó X", 'worked' → "obró", 'moved to' → "movió a", 'founded' → "encontró", a relative
'who' → "quién", 'for three years' → "para tres años", a passive 'was published in 1970' → "estuvo publicado".
Biographies are full of them. Each repair here fires only where the English source has the phrase that the
slip translates, and writes what a translator would; nothing else in the sentence changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from mt_core.person_names import NAME_PARTICLES

Replacement = Callable[[re.Match[str]], str]
_WORD = re.compile(r"[a-z]+")


class TextRepair(Protocol):
    """A repair of a translation that its source shows to be wrong (`Repair`, `Demonyms`)."""

    @property
    def name(self) -> str: ...

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str: ...


@dataclass(frozen=True)
class Repair:
    name: str
    #: What the English source must hold for the slip to be one.
    source: re.Pattern[str] | Callable[[str], bool]
    slip: re.Pattern[str]
    replacement: Replacement
    #: Words one of which the source must hold (lower case): `repair_phrases` looks them up in the source's
    #: words, which spares most sentences the search.
    keys: frozenset[str] = frozenset()

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        """``skip`` marks what is not text (tags in markup): a slip touching it is left alone."""
        holds = self.source.search(source) if isinstance(self.source, re.Pattern) else self.source(source)
        if not holds:
            return text
        hidden = [m.span() for m in skip.finditer(text)] if skip else []

        def repaired(match: re.Match[str]) -> str:
            if any(start < match.end() and match.start() < end for start, end in hidden):
                return match.group()
            return _keep_case(match, self.replacement(match))

        return self.slip.sub(repaired, text)


def _keep_case(match: re.Match[str], replacement: str) -> str:
    """A slip that began with a capital (the sentence's first word) keeps it: 'Casó' → 'Se casó con'."""
    if match.group()[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _words(text: str) -> str:
    return "|".join(text.split())


_NUMBER_WORDS = _words(
    """un una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince veinte treinta
    cuarenta cincuenta sesenta cien muchos muchas varios varias algunos algunas unos unas pocos pocas"""
)
#: The words of an English amount of time ('for more than three years', 'for a few months').
_ENGLISH_AMOUNTS = (
    _words(
        """about almost nearly over more less than another a an few many several some the next last first one two
    three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred"""
    )
    + r"|\d[\d,]*"
)
_TIME_UNITS = _words("años año meses mes semanas semana días día horas hora décadas década siglos siglo minutos")
#: Words after which an infinitive-like word is a noun or adjective, not a verb ('el lugar', 'su mujer').
_NOT_INFINITIVES = frozenset(
    """lugar hogar mar mujer ayer placer altar azúcar collar par bar militar popular particular similar familiar
    regular solar escolar nuclear titular""".split()
)
_DETERMINER_AHEAD = r"(?=\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus|mi|mis)\b|[A-ZÁÉÍÓÚÑ]))"

_BECOME = {
    "acaeció": ("se convirtió en", "se hizo"),
    "acaecía": ("se convirtió en", "se hizo"),
    "acaecieron": ("se convirtieron en", "se hicieron"),
    "acaecían": ("se convirtieron en", "se hicieron"),
    "acaece": ("se convierte en", "se hace"),
    "acaecen": ("se convierten en", "se hacen"),
    "acaecer": ("convertirse en", "hacerse"),
    "acaeciendo": ("convirtiéndose en", "haciéndose"),
}
_WORKED = {
    "obró": "trabajó",
    "obraba": "trabajaba",
    "obraban": "trabajaban",
    "obraron": "trabajaron",
    "obrado": "trabajado",
    "obrar": "trabajar",
    "obrando": "trabajando",
}
_NOBEL_FIELDS = {
    "física": "Física",
    "físicas": "Física",
    "química": "Química",
    "químicas": "Química",
    "medicina": "Medicina",
    "fisiología": "Fisiología",
    "literatura": "Literatura",
    "literature": "Literatura",
    "economía": "Economía",
    "economics": "Economía",
    "paz": "la Paz",
    "peace": "la Paz",
}


#: A participle after 'estuvo', but not one that names a state ('estuvo casado', 'estuvo ocupado').
_PARTICIPLE = (
    r"\s+(?:\w+mente\s+)?(?!(?:casad|ocupad|sentad|enamorad|preocupad|cansad|dormid|acostad|encerrad|involucrad|"
    r"interesad|dispuest|expuest|enferm|herid)\w*\b)\w+(?:ad|id|t|ch|ct|rt|eut)(?:o|a|os|as)"
)


_MASCULINE_ARTICLE = {"de la": "del", "a la": "al", "la": "el", "una": "un", "esta": "este", "esa": "ese"}
_MASCULINE_ARTICLE |= {"nuestra": "nuestro", "su": "su"}
_SER = {"está": "es", "estaba": "era", "estuvo": "fue", "están": "son", "estaban": "eran", "estuvieron": "fueron"}


def _passive(match: re.Match[str]) -> str:
    return ("fue" if match.group(1).lower() == "estuvo" else "fueron") + match.group(2)


def _become(match: re.Match[str]) -> str:
    """'se convirtió en' before a noun phrase, 'se hizo' before an adjective ('acaecía famosa')."""
    into, made = _BECOME[match.group(1).lower()]
    return into if match.group(2) else made


def _older(match: re.Match[str]) -> str:
    return f"{match.group(1)} mayor{'es' if match.group(1).endswith('s') else ''}"


#: Capitalised words that open a sentence without being a name ('Now David was', 'It was').
_NOT_NAMES = r"(?:It|This|That|There|Here|Now|Then|The|A|An|In|On|At|He|She|They|We|When|After|Before|And|But)\b"
#: A person's name opening a sentence: capitalised words and the particles of names.
_NAME_MORE = rf"(?:\s+(?:[A-Z][\w.'-]*|{NAME_PARTICLES}|y))"
_SPANISH_NAME = rf"[A-ZÁÉÍÓÚÑ][\w.'-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'-]*|{NAME_PARTICLES}|y)){{0,5}}"
REPAIRS: tuple[Repair, ...] = (
    Repair(
        "known for",
        re.compile(r"\bknown\s+(?:for|as)\b", re.IGNORECASE),
        re.compile(r"\bsabid(o|a|os|as)\s+(para|por|como)\b", re.IGNORECASE),
        lambda m: f"conocid{m.group(1)} {'como' if m.group(2) == 'como' else 'por'}",
    ),
    Repair(
        "for a duration",
        re.compile(
            rf"\bfor\s+(?:(?:{_ENGLISH_AMOUNTS})\s+){{1,3}}(?:years?|months?|weeks?|days?|hours?|decades?|centuries|minutes)\b",
            re.I,
        ),
        re.compile(rf"\bpara\s+((?:\d[\d.,]*|{_NUMBER_WORDS})\s+(?:{_TIME_UNITS}))\b", re.IGNORECASE),
        lambda m: f"durante {m.group(1)}",
    ),
    Repair(
        "began to",
        re.compile(r"\b(?:began|begin|begins|beginning|begun|started|start|starts|starting|help|helped|helps)\b", re.I),
        re.compile(
            r"\b((?i:empez|comenz|empiez|comienz)\w*|(?i:ayud)(?:ó|aron|aba|aban|ar|ando))\s+(?:para\s+)?([a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|se|me|te|nos)?)\b"
        ),
        lambda m: m.group() if m.group(2) in _NOT_INFINITIVES else f"{m.group(1)} a {m.group(2)}",
    ),
    Repair(
        "became",
        re.compile(r"\b(?:became|become|becomes|becoming)\b", re.IGNORECASE),
        re.compile(
            r"\b([Aa]caec(?:ió|ía|ieron|ían|e|en|er|iendo))\b"
            r"(?=\s+(?:(el|la|los|las|un|una|unos|unas|su|sus|[A-ZÁÉÍÓÚÑ]|\d)|\w))"
        ),
        _become,
    ),
    Repair(
        "married",
        re.compile(r"\bmarried\s+(?!in\b|at\b|on\b|to\b)\w", re.IGNORECASE),
        re.compile(rf"(?<![Ss]e )(?<![Ll]e )(?<![Ll]a )(?<![Ll]o )\b([Cc]asó|[Cc]asaron){_DETERMINER_AHEAD}"),
        lambda m: f"se {m.group(1).lower()} con",
    ),
    Repair(
        "married, without a spouse after",
        re.compile(r"\bmarried\b", re.IGNORECASE),
        re.compile(
            r"(?<![Ss]e )(?<![Ll]e )(?<![Ll]a )(?<![Ll]o )(?<![Ll]os )(?<![Ll]as )\b([Cc]asó|[Cc]asaron)\b(?!\s+con\b)"
        ),
        lambda m: f"se {m.group(1).lower()}",
    ),
    Repair(
        "grew up",
        re.compile(r"\bgrew\s+up\b", re.IGNORECASE),
        re.compile(r"\b([Cc]reci(?:ó|eron))\s+arriba\b"),
        lambda m: m.group(1),
    ),
    Repair(
        "is known",
        re.compile(r"\b(?:is|was|are|were)\s+(?:\w+ly\s+)?known\b", re.IGNORECASE),
        re.compile(r"\b([Ee]st(?:á|aba|uvo|án|aban|uvieron))(\s+(?:\w+mente\s+)?conocid[oa]s?)\b"),
        lambda m: _SER[m.group(1).lower()] + m.group(2),
    ),
    Repair(
        "worked",
        re.compile(
            r"\bwork(?:ed|ing)?\s+(?:as|at|in|for|with|on|under|there|until|from|hard|together|briefly)\b", re.I
        ),
        re.compile(rf"\b({'|'.join(_WORKED)})\b", re.IGNORECASE),
        lambda m: _WORKED[m.group(1).lower()],
    ),
    Repair(
        "moved to",
        re.compile(r"\bmoved\s+(?:back\s+)?to\b", re.IGNORECASE),
        re.compile(r"\b(?:se\s+)?(movió|movieron)(?=\s+a\b)", re.IGNORECASE),
        lambda m: "se mudó" if m.group(1).lower() == "movió" else "se mudaron",
    ),
    Repair(
        "founded",
        re.compile(r"\b(?:co-?)?founded\b(?!.*\bfound\b)", re.IGNORECASE),
        re.compile(r"\bencontr(ó|aron|ado|ada|ados|adas)\b", re.IGNORECASE),
        lambda m: f"fund{m.group(1)}",
    ),
    Repair(
        "met",
        re.compile(r"\bmet\b", re.IGNORECASE),
        re.compile(r"\b[Cc]umplió(?=\s+[A-ZÁÉÍÓÚÑ])"),
        lambda m: "conoció a",
    ),
    Repair(
        "passive was",
        re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t)\b", re.IGNORECASE),
        re.compile(
            rf"\b(estuvo|estuvieron)({_PARTICIPLE})(?=(?:\s+[\wáéíóúñ]+){{0,3}}?\s+(?:por\b|en\s+\d{{3,4}}\b))",
            re.IGNORECASE,
        ),
        _passive,
    ),
    Repair(
        "passive was, opening the sentence",
        re.compile(r"^(?:He|She|It|They)\s+(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t)\b"),
        re.compile(rf"^(Estuvo|Estuvieron)({_PARTICIPLE})\b"),
        _passive,
    ),
    Repair(
        "as",
        re.compile(r"\bas\s+(?:a|an|the|[A-Z])", re.IGNORECASE),
        re.compile(r"\btan(?=\s+(?:(?:el|la|los|las|un|una|su|sus)\b|[A-ZÁÉÍÓÚÑ]))"),
        lambda m: "como",
    ),
    Repair(
        "greatest",
        re.compile(r"\bgreat(?:est)?\b", re.IGNORECASE),
        re.compile(r"\bmás\s+sum(?:o|a)(s?)\b"),
        lambda m: f"más grande{'s' if m.group(1) else ''}",
    ),
    Repair(
        "great",
        re.compile(r"\bgreat\b(?!\s+care)", re.IGNORECASE),
        re.compile(r"\b(un|una|el|la|su)\s+sum(?:o|a)\s+(?!(?:de|del|en|y|que|a|con|por|para)\b)(?=[a-záéíóúñ])"),
        lambda m: f"{m.group(1)} gran ",
    ),
    Repair(
        "of all time",
        re.compile(r"\bof\s+all\s+time\b", re.IGNORECASE),
        re.compile(r"\bde\s+todo\s+(?:el\s+)?tiempo\b"),
        lambda m: "de todos los tiempos",
    ),
    Repair(
        "while doing",
        re.compile(r"\bwhile\s+\w+ing\b", re.IGNORECASE),
        re.compile(r"\b[Mm]ientras\s+(\w+(?:ando|iendo|yendo))\b"),
        lambda m: m.group(1),
    ),
    Repair(
        "studied law",
        re.compile(r"\b(?:stud(?:y|ied|ies|ying)|degree\s+in|school\s+of|faculty\s+of|professor\s+of)\s+law\b", re.I),
        re.compile(
            r"\b((?i:estudi)\w+|licenciatura\s+en|facultad\s+de|escuela\s+de|profesor\w*\s+de)\s+(?:la\s+)?ley\b"
        ),
        lambda m: f"{m.group(1)} derecho",
    ),
    Repair(
        "older siblings",
        re.compile(r"\b(?:older|elder)\s+(?:brother|sister|son|daughter|sibling|child)", re.IGNORECASE),
        re.compile(r"\b((?:herman|hij)(?:o|a|os|as))\s+más\s+viej(?:o|a|os|as)\b"),
        _older,
    ),
    Repair(
        "considered to be",
        re.compile(r"\bconsidered\s+to\s+be\b", re.IGNORECASE),
        re.compile(r"\b(considerad(?:o|a|os|as))\s+para\s+ser\b"),
        lambda m: m.group(1),
    ),
    Repair(
        "the first to",
        re.compile(r"\b(?:first|last|only)\s+(?:\w+\s+){0,2}to\s+\w+", re.IGNORECASE),
        re.compile(
            r"\b((?:primer|primera|primeros|primeras|último|última|únic[oa]s?)(?:\s+[\wáéíóúñ]+){1,3}?)\s+para\s+"
            r"(?=[a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|se|me|te|nos)?\b)"
        ),
        lambda m: f"{m.group(1)} en ",
    ),
    Repair(
        "Nobel Prize in",
        re.compile(r"\bNobel\b"),
        re.compile(rf"\b[Pp]remio\s+N[oó]bel\s+(?:en|de)\s+({'|'.join(_NOBEL_FIELDS)})\b", re.IGNORECASE),
        lambda m: f"Premio Nobel de {_NOBEL_FIELDS[m.group(1).lower()]}",
    ),
    Repair("Nobel", re.compile(r"\bNobel\b"), re.compile(r"\bNóbel\b"), lambda m: "Nobel"),
    Repair(
        "since a year",
        re.compile(r"\bsince\s+\d{4}\b", re.IGNORECASE),
        re.compile(r"\bdesde\s+entonces\s+(?=\d{4}\b)"),
        lambda m: "desde ",
    ),
    Repair(
        "graduated from",
        re.compile(r"\bgraduated\s+(?:from|in|at|with)\b", re.IGNORECASE),
        re.compile(r"(?<![Ss]e )\b([Gg])radu(ó|aron)(?:\s+(de)\b)?"),
        lambda m: f"{'S' if m.group(1) == 'G' else 's'}e gradu{m.group(2)}" + (" en" if m.group(3) else ""),
    ),
    Repair(
        "divorced, retired",
        re.compile(r"\b(?:divorced|retired)\b(?!\s+(?:him|her|them|his|the)\b)", re.IGNORECASE),
        re.compile(r"(?<![Ss]e )\b(?:([Dd])ivorci|([Jj])ubil|([Rr])etir)(ó|aron)\b"),
        lambda m: "se " + ("divorci" if m.group(1) else "jubil" if m.group(2) else "retir") + m.group(4),
    ),
    Repair(
        "their children",
        re.compile(
            r"\b(?:had|has|have|their|his|her|our|my|two|three|four|five|six|seven|eight|nine|ten|no)\s+"
            r"(?:\w+\s+)?children\b",
            re.IGNORECASE,
        ),
        re.compile(r"\bniños\b"),
        lambda m: "hijos",
    ),
    Repair("couple", re.compile(r"\b[Tt]he\s+couple\b"), re.compile(r"\b([Ee])l\s+par\b"), lambda m: "la pareja"),
    Repair(
        "attended",
        re.compile(r"\battended\b", re.IGNORECASE),
        re.compile(r"\b([Aa])tendi(ó|eron)\s+(?!a\b)"),
        lambda m: f"{'A' if m.group(1) == 'A' else 'a'}sisti{m.group(2)} a ",
    ),
    Repair(
        "a degree in",
        re.compile(r"\bdegree\s+(?:in|from)\b", re.IGNORECASE),
        re.compile(r"\b(un|el|su)\s+grado\s+(?=en\b|de\b)"),
        lambda m: f"{m.group(1)} título ",
    ),
    Repair(
        "starred in",
        re.compile(r"\bstarred\s+in\b", re.IGNORECASE),
        re.compile(r"\b([Ee])ch(ó|aron)\s+en\s+"),
        lambda m: "protagonizó " if m.group(2) == "ó" else "protagonizaron ",
    ),
    Repair(
        "released a record",
        re.compile(r"\breleased\b.*\b(?:album|single|record|song|film|book|EP|LP)s?\b", re.IGNORECASE),
        re.compile(r"\b([Ll])iber(ó|aron)\b"),
        lambda m: f"public{m.group(2)}",
    ),
    Repair(
        "terms of office",
        re.compile(r"\bserved\s+(?:\w+\s+)?terms?\b|\bterms?\s+(?:as|in\s+office|of\s+office)\b", re.IGNORECASE),
        re.compile(r"\bplazo(s?)\b"),
        lambda m: f"mandato{m.group(1)}",
    ),
    Repair(
        "was succeeded by",
        re.compile(r"\b(?:was|were)\s+succeeded\s+by\b", re.IGNORECASE),
        re.compile(r"\b([Ff]ue|[Ff]ueron)\s+tenid[oa]s?\s+éxito\s+por\s+"),
        lambda m: "le sucedió " if m.group(1).lower() == "fue" else "les sucedió ",
    ),
    Repair(
        "political party",
        re.compile(
            r"\b(?:political|Communist|Socialist|Labour|Conservative|Democratic|Republican|Liberal|National|Workers|"
            r"Green|ruling|opposition)\s+[Pp]arty\b|\bparty\s+(?:leader|member|congress|chairman|founder)s?\b|"
            r"\b(?:founders?|founded|joined|members?|leaders?|leadership|candidate)\b.*\bparty\b|"
            r"\bparty\b.*\b(?:election|elections|elected|parliament|founded)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(de la|a la|la|una|esta|esa|nuestra|su)\s+[Ff]iesta(s?)\b"),
        lambda m: f"{_MASCULINE_ARTICLE[m.group(1)]} partido{m.group(2)}",
    ),
    Repair(
        "a public figure",
        re.compile(
            r"\b(?:literary|public|political|historical|leading|key|major|central|important|prominent|religious|"
            r"cultural|controversial)\s+figures?\b",
            re.IGNORECASE,
        ),
        re.compile(r"\bcifra(s?)\b"),
        lambda m: f"figura{m.group(1)}",
    ),
    Repair(
        "native town",
        re.compile(r"\bnative\s+(?:village|town|city|country|land|island|region|province)\b", re.IGNORECASE),
        re.compile(r"\b(pueblo|ciudad|país|tierra|aldea|isla|región|provincia)\s+nativ[oa]\b"),
        lambda m: f"{m.group(1)} natal",
    ),
    Repair(
        "was held",
        re.compile(r"\b(?:was|were)\s+held\b", re.IGNORECASE),
        re.compile(r"\b([Ee]stuvo|[Ff]ue|[Ee]stuvieron|[Ff]ueron)\s+aguantad[oa]s?\b"),
        lambda m: "se celebró" if m.group(1).lower() in ("estuvo", "fue") else "se celebraron",
    ),
    Repair(
        "one of",
        re.compile(r"\bone\s+of\b", re.IGNORECASE),
        re.compile(r"\b([Uu])no\s+de\s+las\b"),
        lambda m: f"{m.group(1)}na de las",
    ),
    Repair(
        "a biography's first sentence",
        re.compile(rf"^(?!{_NOT_NAMES})[A-Z][\w.'-]*{_NAME_MORE}{{1,5}}(?:\s*\([^()]*\))?\s+was\s+(?:a|an)\b"),
        re.compile(rf"^({_SPANISH_NAME}(?:\s*\([^()]*\))?)\s+[Ee]ra\b"),
        lambda m: f"{m.group(1)} fue",
    ),
    Repair(
        "American",
        re.compile(r"(?<!Latin )(?<!South )(?<!North )(?<!Central )(?<!African )(?<!Native )\bAmericans?\b"),
        re.compile(r"(?<!latino)(?<!sud)(?<!norte)(?<!centro)(?<![Ll]atino )\b[Aa]merican(?:o|a)(s?)\b"),
        lambda m: f"estadounidense{m.group(1)}",
    ),
)
#: The source words each repair needs, one of them at least.
_KEYS = {
    "known for": "known",
    "for a duration": "for",
    "began to": "began begin begins beginning begun started start starts starting help helped helps",
    "became": "became become becomes becoming",
    "married": "married",
    "married, without a spouse after": "married",
    "grew up": "grew",
    "is known": "known",
    "worked": "work worked working",
    "moved to": "moved",
    "founded": "founded cofounded co",
    "met": "met",
    "passive was": "was were",
    "passive was, opening the sentence": "was were",
    "as": "as",
    "greatest": "great greatest",
    "great": "great",
    "of all time": "time",
    "while doing": "while",
    "studied law": "law",
    "older siblings": "older elder",
    "considered to be": "considered",
    "the first to": "first last only",
    "Nobel Prize in": "nobel",
    "Nobel": "nobel",
    "since a year": "since",
    "graduated from": "graduated",
    "divorced, retired": "divorced retired",
    "their children": "children",
    "couple": "couple",
    "one of": "one",
    "a public figure": "figure figures",
    "native town": "native",
    "was held": "held",
    "attended": "attended",
    "a degree in": "degree",
    "starred in": "starred",
    "released a record": "released",
    "terms of office": "term terms",
    "was succeeded by": "succeeded",
    "political party": "party",
    "a biography's first sentence": "was",
    "American": "american americans",
}
REPAIRS = tuple(replace(repair, keys=frozenset(_KEYS[repair.name].split())) for repair in REPAIRS)


def repair_phrases(
    source: str, text: str, repairs: Sequence[TextRepair] = REPAIRS, skip: re.Pattern[str] | None = None
) -> str:
    """``text`` with every teacher's slip put right that ``source`` shows to be one."""
    words = frozenset(_WORD.findall(source.lower()))
    for repair in repairs:
        keys: frozenset[str] = getattr(repair, "keys", frozenset())
        if not keys or not keys.isdisjoint(words):
            text = repair.apply(source, text, skip)
    return text
