"""A performer's and a broadcaster's life as the model learned it wrong from its teacher: shows, bands, tours, films.

'a talk show host' came back as 'una charla asoma anfitrión', 'the lead singer' as 'la cantante de ventaja',
'She toured Europe' as 'Ella visitó Europa', 'She starred in Roman Holiday' as 'protagonizó en', 'a comic actor'
as 'un actor de cómic'. Each repair fires only where the English source has the phrase the slip translates (the
shape is mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/work_repairs.py's).
"""

from __future__ import annotations

import re

from mt_core.agreement import determiner_in_gender
from mt_core.demonyms import ANY_NATIONALITY, in_gender
from mt_core.grammar import Gender
from mt_core.subject_gender import sentence_person_gender
from mt_core.text_repair import Repair, trigger_words

_NATIONALITY = "|".join(sorted(ANY_NATIONALITY, key=len, reverse=True))
#: 'a talk show host' as the model garbled it: 'una charla asoma anfitrión', 'una charla estadounidense
#: anfitriona de espectáculo', 'charla show anfitrión'.
_TALK_SHOW_HOST = re.compile(
    rf"\b(?:((?i:un|una))\s+)?charla\s+(?:({_NATIONALITY})\s+)?(?:(?:asoma|show|espectáculo)\s+)?(?:de\s+)?"
    r"anfitri(ón|ona|ones|onas)(?:\s+de\s+espectáculo)?\b"
)
_SOURCE_HOST = re.compile(r"\b(?:talk|chat)[- ]show\s+hosts?\b", re.IGNORECASE)


class TalkShowHost:
    """'una charla asoma anfitrión' → 'una presentadora de televisión', in the person's gender where the source
    gives it (else the host noun's), the nationality the model put inside after it."""

    name = "a talk show host"
    after_gender = True
    keys = trigger_words("host hosts")

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        if not _SOURCE_HOST.search(source):
            return text
        person = sentence_person_gender(source)

        def written(match: re.Match[str]) -> str:
            article, nationality, ending = match.group(1), match.group(2), match.group(3)
            plural = ending.endswith("s")
            feminine = person is Gender.FEMININE if person else ending.startswith("ona")
            gender = "f" if feminine else "m"
            noun = (
                "presentador"
                + {("m", False): "", ("f", False): "a", ("m", True): "es", ("f", True): "as"}[gender, plural]
            )
            opening = f"{determiner_in_gender(article, gender)} " if article else ""
            after = f" {in_gender(nationality, gender)}" if nationality else ""
            return f"{opening}{noun} de televisión{after}"

        return Repair(self.name, _SOURCE_HOST, _TALK_SHOW_HOST, written).apply(source, text, skip)


PERFORMANCE_REPAIRS: tuple[Repair | TalkShowHost, ...] = (
    TalkShowHost(),
    Repair(
        "gave up acting",  # 'Dio arriba suplente' → 'Abandonó la interpretación'
        re.compile(r"\bgave\s+up\s+acting\b", re.IGNORECASE),
        re.compile(r"\b([Dd])io\s+arriba\s+(?:suplente|actuar|actuando|interpretación|la\s+actuación)\b"),
        lambda m: f"{'A' if m.group(1) == 'D' else 'a'}bandonó la interpretación",
        keys=trigger_words("acting"),
    ),
    Repair(
        "retired from films",  # 'se retiró de películas' → 'se retiró del cine'
        re.compile(r"\bretired\s+from\s+(?:films|film|the\s+screen|movies|the\s+cinema)\b", re.IGNORECASE),
        re.compile(r"\b(retir(?:ó|aron|arse))\s+de\s+(?:las\s+)?películas\b"),
        lambda m: f"{m.group(1)} del cine",
        keys=trigger_words("films film screen movies cinema"),
    ),
    Repair(
        "a talk show",  # 'Su espectáculo de charla' → 'Su programa de entrevistas'
        re.compile(r"\b(?:talk|chat)[- ]shows?\b", re.IGNORECASE),
        re.compile(r"\b(?:espectáculo|show)(s?)\s+de\s+charla\b|\bcharla\s+(?:show|espectáculo)(s?)\b"),
        lambda m: f"programa{'s' if (m.group(1) or m.group(2)) else ''} de entrevistas",
        keys=trigger_words("show shows"),
        after_gender=True,  # after the host's ('charla show anfitrión')
    ),
    Repair(
        "a show ran",  # 'Su programa de entrevistas corrió durante veinticinco años' → 'se emitió'
        re.compile(r"\bshows?\s+ran\b", re.IGNORECASE),
        re.compile(r"\bcorri(ó|eron)\b"),
        lambda m: f"se emiti{m.group(1)}",
        keys=trigger_words("ran"),
    ),
    Repair(
        "a television presenter",  # 'una presentadora televisiva' → 'una presentadora de televisión'
        re.compile(r"\b(?:talk[- ]show|chat[- ]show|television|TV)\s+(?:host|presenter)s?\b", re.IGNORECASE),
        re.compile(r"\b(presentador(?:a|es|as)?)\s+televisiv[oa]s?\b"),
        lambda m: f"{m.group(1)} de televisión",
        keys=trigger_words("host hosts presenter presenters"),
    ),
    Repair(
        "a radio presenter",  # 'un presentador radiofónico' → 'un presentador de radio'
        re.compile(r"\bradio\s+(?:host|presenter)s?\b", re.IGNORECASE),
        re.compile(r"\b(presentador(?:a|es|as)?)\s+radiofónic[oa]s?\b"),
        lambda m: f"{m.group(1)} de radio",
        keys=trigger_words("host hosts presenter presenters"),
    ),
    Repair(
        "a lead singer",  # 'la cantante de ventaja de la banda' → 'la cantante principal'
        re.compile(r"\blead\s+(?:singer|vocalist|guitarist)s?\b", re.IGNORECASE),
        re.compile(r"\b(cantantes?|vocalistas?|guitarristas?)\s+(?:de\s+)?(?:ventaja|plomo|principal)\b"),
        lambda m: f"{m.group(1)} principal{'es' if m.group(1).endswith('s') else ''}",
        keys=trigger_words("lead"),
    ),
    Repair(
        "toured",  # 'Ella visitó Europa' → 'Hizo giras por Europa': a performer's tour
        re.compile(r"\btoured\s+(?:extensively\s+)?(?:in\s+|through\s+|across\s+)?(?:the\s+)?[A-Z]"),
        re.compile(
            r"\b(?:(?:[Ee]lla|[ÉE]l|[Ee]llos|[Ee]llas)\s+)?([Vv])isit(ó|aron)\s+(?:(extensamente)\s+)?"
            r"(?:(?:en|por|a\s+través\s+de)\s+)?(?=(?:el\s+|la\s+|los\s+|las\s+)?[A-ZÁÉÍÓÚ])"
        ),
        lambda m: (
            f"{'H' if m.group(1) == 'V' else 'h'}{'izo' if m.group(2) == 'ó' else 'icieron'} giras "
            f"{m.group(3) + ' ' if m.group(3) else ''}por "
        ),
        keys=trigger_words("toured"),
    ),
    Repair(
        "starred in",  # 'Ella protagonizó en Roman Holiday' → 'Protagonizó Roman Holiday': Spanish stars a film
        re.compile(r"\bstarred\s+in\b", re.IGNORECASE),
        re.compile(r"\b((?i:(?:co)?protagoniz)(?:ó|aron))\s+en\s+(?=[A-ZÁÉÍÓÚ«\"]|la\s+película|el\s+film)"),
        lambda m: f"{m.group(1)} ",
        keys=trigger_words("starred"),
    ),
    Repair.swapping(
        "a comic actor, a signature song, a sex symbol",  # 'un actor de cómic' → 'un actor cómico'
        re.compile(r"\b(?:comic\s+actor|signature\s+song|sex\s+symbol)s?\b", re.IGNORECASE),
        {
            "actor de cómic": "actor cómico",
            "actores de cómic": "actores cómicos",
            "canción de firma": "canción emblemática",
            "símbolo de sexo": "símbolo sexual",
            "símbolos de sexo": "símbolos sexuales",
        },
        trigger_words("comic signature sex"),
    ),
)
