"""A life's milestones and standing as the model learned them wrong: birth, degrees, offices (a court's justice,
the 24th president), impeachment, emigration, capture, an engagement, siblings, membership, how the person is
regarded.

The model wrote 'She earned a doctorate in physics' as 'Ganó un doctorado en físicas' (a prize is won, a degree
obtained), 'He was impeached' as 'Era impeached', 'an associate justice of the Supreme Court' as 'un asociar
justicia', 'emigrated to' as 'Emitió a', 'seven siblings' as 'siete siblings', 'She is often regarded as' as
'Es a menudo consideró como', and 'She was a member of the party' as 'Era una miembro del partido' (Spanish
names a membership without the article). Each repair fires only where the English source shows the slip to be
one (the shape is mt_core/text_repair.py; mt_core/phrase_repair.py applies this table).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mt_core.agreement import determiner_in_gender
from mt_core.demonyms import ANY_NATIONALITY, in_gender
from mt_core.grammar import Gender
from mt_core.spanish_forms import regular_plural
from mt_core.subject_gender import sentence_person_gender
from mt_core.text_repair import Repair, trigger_words


@dataclass(frozen=True)
class GenderedRepair:
    """A repair whose replacement says its person's gender, which the source gives ('sometida', 'jueza
    asociada'); else like `Repair`."""

    name: str
    source: re.Pattern[str]
    slip: re.Pattern[str]
    #: The replacement, given the match and the sentence's person's gender, if the source gives one.
    replacement: Callable[[re.Match[str], Gender | None], str]
    keys: frozenset[str] = frozenset()
    after_gender: bool = False

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        if not self.source.search(source):  # most sentences: the person's gender is not read
            return text
        gender = sentence_person_gender(source)
        written = Repair(self.name, self.source, self.slip, lambda match: self.replacement(match, gender))
        return written.apply(source, text, skip)


#: 'estar' before a participle of judgement is 'ser': 'está considerado' → 'es considerado'.
_BE = {"está": "es", "estaba": "era", "estuvo": "fue"}


def _regarded(match: re.Match[str], gender: Gender | None) -> str:
    """The participle in the person's gender; where the source gives none ('The film is regarded as'), the
    model's own, or the masculine for its finite verb."""
    ending = ("a" if gender is Gender.FEMININE else "o") if gender else match.group(3) or "o"
    return f"{_BE.get(match.group(1).lower(), match.group(1))} {match.group(2) or ''}considerad{ending}"


_ORDINALS = {"primer": "primera", "primero": "primera", "segundo": "segunda", "tercer": "tercera", "tercero": "tercera"}
_ORDINALS |= {"primera": "primer", "segunda": "segundo", "tercera": "tercer"}


def _justice(match: re.Match[str], gender: Gender | None) -> str:
    """A judge of a court, in the person's gender; masculine where the source gives none, as 'juez asociado'
    ('la justicia' tells nothing of the person)."""
    article, ordinal = match.group(1), (match.group(2) or "").strip()
    was_feminine = article.lower() in ("la", "una")
    feminine = gender is Gender.FEMININE
    if feminine != was_feminine:
        article = determiner_in_gender(article, "f" if feminine else "m")
        ordinal = _ORDINALS.get(ordinal, ordinal)
    ordinal = ordinal + " " if ordinal else ""
    nationality = f" {in_gender(match.group(3), 'f' if feminine else 'm')}" if match.group(3) else ""
    return f"{article} {ordinal}{'jueza' if feminine else 'juez'}{nationality}"


def _head_of_state(match: re.Match[str], gender: Gender | None) -> str:
    """'Se convirtió en la primera jefa de Estado negra' for 'He became': the head's words in the person's
    gender ('head' is no person noun the gender hints know: it is a body's too)."""
    if gender is None:
        return match.group()
    code = "f" if gender is Gender.FEMININE else "m"
    article = determiner_in_gender(match.group(1), code) + " " if match.group(1) else ""
    ordinal = (match.group(2) or "").strip()
    if ordinal:
        ordinal = (_ORDINALS.get(ordinal, ordinal) if (ordinal.endswith("a")) != (code == "f") else ordinal) + " "
    what = match.group(3).split()
    adjective = f" {in_gender(what[1], code)}" if len(what) > 1 else ""
    return f"{article}{ordinal}{'jefa' if code == 'f' else 'jefe'} de {what[0]}{adjective}"


_DECADES = {
    "twenties": ("veinte", "treinta"),
    "thirties": ("treinta", "cuarenta"),
    "forties": ("cuarenta", "cincuenta"),
    "fifties": ("cincuenta", "sesenta"),
    "sixties": ("sesenta", "setenta"),
    "seventies": ("setenta", "ochenta"),
    "eighties": ("ochenta", "noventa"),
    "nineties": ("noventa", "cien"),
}
_SOURCE_DECADE = re.compile(rf"\bin\s+(?:his|her|their)\s+(?:(early|mid|late)[\s-]*)?({'|'.join(_DECADES)})\b")
#: The decade as the model wrote it: copied ('en su fifties'), or dropped ('Murió en sus años').
_WRITTEN_DECADE = re.compile(
    rf"\ben\s+sus?\s+(?:(?:early|mid|late|temprano|tardío)[\s-]*)?(?:{'|'.join(_DECADES)}|años|década)\b"
    r"(?:\s+(?:temprano|tardío|tempranos|tardíos)\b)?"
)


@dataclass(frozen=True)
class DecadeOfLife:
    """'in his fifties', which the model copied ('perdió su vista en su fifties') or dropped ('Murió en sus
    años'): 'a los cincuenta y tantos años', 'con poco más de cincuenta años' (early), 'cerca de los sesenta
    años' (late); 'veintitantos' is one word."""

    name: str = "in one's fifties"
    keys: frozenset[str] = trigger_words(" ".join(_DECADES))
    after_gender: bool = False

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        decade = _SOURCE_DECADE.search(source)
        written = _WRITTEN_DECADE.search(text) if decade else None
        if decade is None or written is None or (skip is not None and skip.search(written.group())):
            return text
        tens, next_tens = _DECADES[decade.group(2)]
        part = decade.group(1)
        if part == "early":
            age = f"con poco más de {tens} años"
        elif part == "late":
            age = f"cerca de los {next_tens} años"
        else:
            age = "a los veintitantos años" if tens == "veinte" else f"a los {tens} y tantos años"
        return f"{text[: written.start()]}{age}{text[written.end() :]}"


MILESTONE_REPAIRS: tuple[Repair | GenderedRepair | DecadeOfLife, ...] = (
    Repair(
        "earned a degree",  # 'Ganó un doctorado' → 'Obtuvo un doctorado'
        re.compile(
            r"\b(?:earned|earns|earning|earn|obtained)\s+(?:a|an|her|his|their)\s+(?:\w+\s+)?"
            r"(?:doctorate|degree|PhD|Ph\.D\.|master's|bachelor's|diploma|licen[cs]e)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b([Gg]anó|[Gg]anaron|[Gg]anar)\s+(?=(?:un|una|su|sus)\s+(?:\w+\s+)?"
            r"(?:doctorado|doctora|doctor|título|grado|licenciatura|diploma|máster|maestría|PhD|licencia)\b)"
        ),
        lambda m: {"ganaron": "obtuvieron ", "ganar": "obtener "}.get(m.group(1).lower(), "obtuvo "),
        keys=trigger_words("earned earns earning earn obtained"),
    ),
    Repair(
        "a degree in physics",  # 'un doctorado en físicas' → 'en física'; 'un título en ley' → 'en derecho'
        re.compile(
            r"\b(?:doctorate|degree|PhD|master's|bachelor's|studied|studies|study)\b.{0,40}\bin\s+(?:physics|law)\b"
        ),
        re.compile(r"\ben\s+(físicas|ley)\b"),
        lambda m: "en física" if m.group(1) == "físicas" else "en derecho",
        keys=trigger_words("doctorate degree phd master's bachelor's studied studies study"),
    ),
    GenderedRepair(
        "was impeached",  # 'Era impeached' → 'Fue sometido a un juicio político'
        re.compile(r"\b(?:was|were)\s+impeached\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ee]ra|[Ff]ue|[Ee]stuvo)\s+(?:impeached|acusad[oa]|impugnad[oa])\b"),
        lambda m, gender: f"fue sometid{'a' if gender is Gender.FEMININE else 'o'} a un juicio político",
        keys=trigger_words("impeached"),
    ),
    GenderedRepair(
        "an associate justice",  # 'un asociar justicia' → 'juez asociado'
        re.compile(r"\bassociate\s+justice\b", re.IGNORECASE),
        re.compile(r"\b(?:(?:un|una)\s+)?asocia(?:r|d[oa])\s+(?:justicia|juez|jueza)\b"),
        lambda m, gender: "jueza asociada" if gender is Gender.FEMININE else "juez asociado",
        keys=trigger_words("associate"),
    ),
    GenderedRepair(
        "a justice of a court",  # 'la primera justicia hispana de la Corte Suprema' → 'la primera jueza hispana'
        re.compile(r"\bjustice\s+of\s+the\s+(?:\w+\s+){0,2}Court\b|\bCourt\s+justice\b"),
        re.compile(
            r"\b([Ll]a|[Ee]l|[Uu]na?)\s+((?:primer[oa]?|segund[oa]|tercer[oa]?)\s+)?justicia\b"
            rf"(?:\s+({'|'.join(sorted(ANY_NATIONALITY, key=len, reverse=True))})\b)?"
        ),
        _justice,
        keys=trigger_words("justice"),
        after_gender=True,  # after 'americana africana' became 'afroamericana'
    ),
    GenderedRepair(
        "regarded as",  # 'Es a menudo consideró como la poeta' → 'Es a menudo considerada como la poeta'
        re.compile(
            r"\b(?:is|was|are|were)\s+(?:(?:often|widely|generally|also|now|still)\s+)?(?:regarded|considered)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b([Ee]s|[Ee]ra|[Ff]ue|[Ee]stá|[Ee]staba|[Ee]stuvo)\s+((?:a\s+menudo|ampliamente|generalmente|también|"
            r"ahora|todavía)\s+)?(?:consideró|consideraba|considera|considerad([oa]))\b"
        ),
        _regarded,
        keys=trigger_words("regarded considered"),
    ),
    Repair(
        "empress",  # 'la empresa de Rusia' → 'la emperatriz de Rusia'
        re.compile(r"\b[Ee]mpress(?:es)?\b"),
        re.compile(r"\b([Ee])mpresa(s?)\b"),
        lambda m: f"{m.group(1)}mperatri{'ces' if m.group(2) else 'z'}",
        keys=trigger_words("empress empresses"),
    ),
    Repair.swapping(
        "emigrated",  # 'Emitió a los Estados Unidos' → 'Emigró a los Estados Unidos'
        re.compile(r"\bemigrated\b", re.IGNORECASE),
        {"emitió": "emigró", "emitieron": "emigraron"},
        trigger_words("emigrated"),
    ),
    GenderedRepair(
        "head of state",  # 'He became the first black head of state': 'la primera jefa' → 'el primer jefe'
        re.compile(r"\bheads?\s+of\s+(?:state|government|the\s+\w+)\b", re.IGNORECASE),
        re.compile(
            r"\b(?:((?i:el|la|un|una))\s+)?((?:primer[oa]?|segund[oa]|últim[oa])\s+)?jef[ea]\s+de\s+"
            r"((?i:Estado|Gobierno)(?:\s+(?!de\b)[a-záéíóúñ]+[oa](?![\wáéíóúñ]))?|(?:la|el|los|las)\b)"
        ),
        _head_of_state,
        keys=trigger_words("head heads"),
        after_gender=True,
    ),
    Repair(
        "returned to a place",  # 'Regresó para España' → 'Regresó a España' (but 'para su familia' stays)
        re.compile(r"\breturned\s+to\s+(?:[A-Z]|the\s+[A-Z])"),
        re.compile(r"\b((?i:regres|volv)(?:ó|ieron|ió))\s+para\s+(?=(?:el\s+|la\s+|los\s+|las\s+)?[A-ZÁÉÍÓÚ])"),
        lambda m: f"{m.group(1)} a ",
        keys=trigger_words("returned"),
    ),
    Repair(
        "married a person, once",  # 'Se ha casado Frida Kahlo dos veces' → 'Se casó con Frida Kahlo': a past
        re.compile(r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bmarried\s+[A-Z]"),
        re.compile(r"\b([Ss]e)\s+ha\s+casado\s+(?:con\s+)?(?=[A-ZÁÉÍÓÚ])"),
        lambda m: f"{m.group(1)} casó con ",
        keys=trigger_words("married"),
    ),
    GenderedRepair(
        "regarded as, after a noun",  # 'un escritor ruso consideró como uno de' → 'considerado como'
        re.compile(r"\b[a-z]+\s+(?:widely\s+|often\s+|generally\s+)?regarded\s+as\b"),
        re.compile(r"(?<=[a-záéíóúñ] )consideró(?=\s+como\b)"),
        lambda m, gender: "considerada" if gender is Gender.FEMININE else "considerado",
        keys=trigger_words("regarded"),
    ),
    Repair(
        "a prison camp",  # 'un campamento de prisión' → 'un campo de prisioneros'
        re.compile(r"\bprison(?:er)?\s+camps?\b", re.IGNORECASE),
        re.compile(r"\bcampamento(s?)\s+de\s+(?:prisión|prisioneros)\b"),
        lambda m: f"campo{m.group(1)} de prisioneros",
        keys=trigger_words("camp camps"),
    ),
    Repair.swapping(
        "reigned",  # 'La reina Victoria reconoció durante 63 años' → 'reinó'
        re.compile(r"\breigned\b", re.IGNORECASE),
        {"reconoció": "reinó", "reconocieron": "reinaron"},
        trigger_words("reigned"),
    ),
    Repair(
        "around the world",  # 'Navegó alrededor del mundial a bordo HMS Beagle' → 'del mundo', 'a bordo del HMS'
        re.compile(r"\baround\s+the\s+world\b|\baboard\s+(?:the\s+)?[A-Z]", re.IGNORECASE),
        re.compile(r"\balrededor\s+del\s+mundial\b|\ba\s+bordo\s+(?=(?:HMS|USS|SS|RMS)\b)"),
        lambda m: "alrededor del mundo" if m.group().startswith("alrededor") else "a bordo del ",
        keys=trigger_words("world aboard"),
    ),
    Repair.swapping(
        "penniless, recant, a gunman",  # 'Murió penniless', 'forzado a recant', 'un gunman'
        re.compile(r"\b(?:penniless|recant|gunman|gunmen)\b", re.IGNORECASE),
        {"penniless": "en la miseria", "recant": "retractarse", "gunman": "pistolero", "gunmen": "pistoleros"},
        trigger_words("penniless recant gunman gunmen"),
    ),
    Repair(
        "lost one's sight",  # 'perdió su vista', 'perder su oído' → 'la vista', 'el oído': a body's, no possessive
        re.compile(r"\b(?:lose|loses|lost|losing)\s+(?:his|her|their)\s+(?:sight|eyesight|hearing|voice|memory)\b"),
        re.compile(r"\b((?i:perd)\w+)\s+su\s+(vista|oído|audición|voz|memoria)\b"),
        lambda m: f"{m.group(1)} {'el' if m.group(2) == 'oído' else 'la'} {m.group(2)}",
        keys=trigger_words("sight eyesight hearing voice memory"),
    ),
    Repair(
        "indigenous",  # 'el primer presidente indigenoso', 'los pueblos indigentes' → 'indígena', 'indígenas'
        re.compile(r"\bindigenous\b", re.IGNORECASE),
        re.compile(r"\b([Ii])ndigen(?:os[oa]|te|t[oa])(s?)\b"),
        lambda m: f"{m.group(1)}ndígena{m.group(2)}",
        keys=trigger_words("indigenous"),
    ),
    Repair.swapping(
        "siblings",  # 'siete siblings' → 'siete hermanos'
        re.compile(r"\bsiblings\b", re.IGNORECASE),
        {"siblings": "hermanos"},
        trigger_words("siblings"),
    ),
    Repair(
        "a PhD",  # 'un PhD en química' → 'un doctorado en química'
        re.compile(r"\bPh\.?\s?D\b"),
        re.compile(r"\b(un|el|su)\s+(?:PhD|Ph\.D\.?)"),
        lambda m: f"{m.group(1)} doctorado",
        keys=trigger_words("phd ph"),
    ),
    Repair(
        "for many years, in the past",  # 'Vivió en el exilio desde hace muchos años' → 'durante muchos años'
        re.compile(r"^(?!.*\b(?:has|have|'s|'ve)\b).*\bfor\s+(?:many|several|some)\s+(?:years|decades|months)\b", re.I),
        re.compile(r"\bdesde\s+hace\s+((?:muchos|muchas|varios|varias|algunos|algunas)\s+(?:años|décadas|meses))\b"),
        lambda m: f"durante {m.group(1)}",
        keys=trigger_words("for"),
    ),
    GenderedRepair(
        "engaged to",  # 'Fue comprometido a un teniente' → 'Estuvo comprometida con un teniente'
        re.compile(r"\b(?:was|were|became|got)\s+engaged\s+to\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ff]ue|[Ee]staba|[Ee]stuvo)\s+comprometid([oa])\s+(?:a|con)\b"),
        lambda m, gender: (
            f"estuvo comprometid{'a' if gender is Gender.FEMININE else 'o' if gender else m.group(1)} con"
        ),
        keys=trigger_words("engaged"),
    ),
    Repair.swapping(
        "captured",  # 'Fue captado por los franceses' → 'Fue capturado'
        re.compile(r"\b(?:was|were)\s+captured\b", re.IGNORECASE),
        {"captado": "capturado", "captada": "capturada", "captados": "capturados", "captadas": "capturadas"},
        trigger_words("captured"),
    ),
    GenderedRepair(
        "born with a name",  # 'Édith Piaf, nato Édith Giovanna Gassion' → 'nacida Édith Giovanna Gassion'
        re.compile(r"(?:,|\()\s*(?:born|née)\s+[A-ZÀ-Þ]"),
        re.compile(r"(?:(?<=[,(] )|(?<=\())(?:nat[oa]|nacid[oa])(?=\s+[A-ZÁÉÍÓÚ])"),
        lambda m, gender: "nacida" if gender is Gender.FEMININE else "nacido",
        keys=trigger_words("born née"),
        after_gender=True,
    ),
    GenderedRepair(
        "born in, of a woman",  # 'una astrónoma estadounidense nacido en Gran Bretaña' → 'nacida en'
        re.compile(r"\b[A-Z][a-z]+-born\b"),
        re.compile(r"\b(?<=[a-záéíóúñ] )nacid[oa](?=\s+en\b)"),
        lambda m, gender: m.group() if gender is None else "nacida" if gender is Gender.FEMININE else "nacido",
        keys=trigger_words("born"),
        after_gender=True,
    ),
    GenderedRepair(
        "the 24th, of a woman",  # 'fue el 24.º presidenta de Liberia' → 'la 24.ª presidenta'
        re.compile(r"\b\d+(?:st|nd|rd|th)\b"),
        re.compile(r"\b([Ee]l)\s+(\d+)\.º(?=\s+[a-záéíóúñ]+a\b)"),
        lambda m, gender: (
            f"{'L' if m.group(1) == 'El' else 'l'}a {m.group(2)}.ª" if gender is Gender.FEMININE else m.group()
        ),
        keys=trigger_words("st nd rd th"),  # the words of '24th'
        after_gender=True,
    ),
    GenderedRepair(
        "a woman hero",  # 'una héroe revolucionaria' → 'una heroína revolucionaria'
        re.compile(r"\bheroe?s?\b"),
        re.compile(r"\b((?:[Uu]na|[Ll]a)\s+(?:[a-záéíóúñ]+\s+)?)héroe\b"),
        lambda m, gender: m.group() if gender is Gender.MASCULINE else f"{m.group(1)}heroína",
        keys=trigger_words("hero"),
        after_gender=True,
    ),
    Repair(
        "one of the most",  # 'una de las actriz más populares' → 'una de las actrices más populares'
        re.compile(r"\bone\s+of\s+the\s+(?:\w+\s+){1,2}\w+s\b", re.IGNORECASE),
        re.compile(r"\b((?:[Uu]no|[Uu]na)\s+de\s+(?:los|las)\s+)([a-záéíóúñ]*[^\Ws\d_])(?=\s+más\b)"),
        lambda m: f"{m.group(1)}{regular_plural(m.group(2)) or m.group(2)}",
        keys=trigger_words("one"),
    ),
    Repair(
        "a member of",  # 'Era una miembro del partido' → 'Era miembro del partido'
        re.compile(r"\b(?:was|is|were|are|became|become)\s+(?:a|an)\s+(?:\w+\s+)?members?\s+of\b", re.IGNORECASE),
        re.compile(r"\b((?:[Ee]ra|[Ff]ue|[Ee]s|[Ss]e\s+convirtió\s+en)\s+)(?:un|una)\s+(?=miembro\s+(?:de|del)\b)"),
        lambda m: m.group(1),
        keys=trigger_words("member"),
    ),
    DecadeOfLife(),
)
