"""A political life as the model learned it wrong from its teacher: parties, government, executions.

'the Communist Party' came back as 'la Fiesta Comunista', 'He governed Tanganyika' as 'Regió Tanganyika', 'by a
firing squad' as 'por un equipo de disparar'. Each repair fires only where the English source has the phrase the
slip translates (the shape is mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after
mt_core/public_life_repairs.py's). The parties the model knows by name are mt_core/name_tables.py's.
"""

from __future__ import annotations

import re

from mt_core.agreement import determiner_in_gender
from mt_core.demonyms import ANY_NATIONALITY, DEMONYMS, in_gender
from mt_core.first_names import first_name_genders
from mt_core.grammar import Gender
from mt_core.spanish_forms import regular_plural
from mt_core.text_repair import Repair, trigger_words


def _party(match: re.Match[str]) -> str:
    """'la Fiesta Peronist Fiesta' → 'el Partido Peronist' (the name said once)."""
    article = match.group(1)
    written = determiner_in_gender(article, "m") + " " if article else ""  # the model's article was the fiesta's
    repeated = match.group(2)
    name = re.sub(r"\s+[Ff]iesta$", "", repeated) if repeated else ""
    return f"{written}Partido{name}"


#: A party's adjective as the model copied or translated it, capitalised after its noun ('un político
#: Comunista', 'una política de Trabajo'), and as Spanish writes it: lower case, 'laborista', 'demócrata'.
_PARTY_ADJECTIVES = {
    "comunista": "comunista",
    "socialista": "socialista",
    "conservador": "conservador",
    "conservadora": "conservadora",
    "liberal": "liberal",
    "republicano": "republicano",
    "republicana": "republicana",
    "democrático": "demócrata",
    "democrática": "demócrata",
    "demócrata": "demócrata",
    "fascista": "fascista",
    "nacionalista": "nacionalista",
    "peronista": "peronista",
    "laborista": "laborista",
    "de trabajo": "laborista",
    "labour": "laborista",
    "labor": "laborista",
}
#: The English adjectives the model copied, and their Spanish.
_ENGLISH_PARTY_ADJECTIVES = {
    "Communist": "comunista",
    "Socialist": "socialista",
    "Conservative": "conservador",
    "Liberal": "liberal",
    "Labour": "laborista",
    "Labor": "laborista",
    "Republican": "republicano",
    "Democratic": "demócrata",
}
_PARTY_PERSON = re.compile(
    r"\b(?:Communist|Socialist|Conservative|Liberal|Labou?r|Republican|Democratic|Fascist|Nationalist|Peronist)\s+"
    r"(?:[a-z]+\s+)?(?:politicians?|senators?|congress(?:wo)?m[ae]n|deput(?:y|ies)|representatives?|leaders?|"
    r"activists?|mayors?|governors?|candidates?|ministers?|MPs?|militants?|members?|presidents?)\b"
)


_PARTY_KEYS = trigger_words(
    "communist socialist conservative liberal labour labor republican democratic fascist nationalist peronist"
)


def _in_number_of(noun: str, adjective: str) -> str:
    """The adjective in the noun's number ('políticos conservadores'), masculine: the noun's gender is the
    gender rewrite's to set."""
    return (regular_plural(adjective) or adjective) if noun.endswith("s") else adjective


def _party_adjective(match: re.Match[str]) -> str:
    """'un político Comunista' → 'comunista', 'políticos de Trabajo' → 'laboristas'."""
    noun, written = match.group(1), " ".join(match.group(2).lower().split())
    singular = written if written in _PARTY_ADJECTIVES else re.sub(r"(?:(?<=[rl])es|s)$", "", written)
    spanish = _PARTY_ADJECTIVES[singular]
    plural = singular != written or (written == "de trabajo" and noun.endswith("s"))
    return f"{noun} {(regular_plural(spanish) or spanish) if plural else spanish}"


_NATIONALITY_WORDS = "|".join(sorted(ANY_NATIONALITY, key=len, reverse=True))
#: 'the Mexican Communist Party', whose name the known names write ('el Partido Comunista') and whose nationality
#: the model left before it ('al mexicano Partido Comunista'), copied in English there ('el Chilean Partido
#: Comunista') or put inside ('el Partido chileno Comunista'): Spanish names it after, capitalised, as part of the
#: name ('el Partido Comunista Mexicano').
_PARTY_NATIONALITY = re.compile(
    rf"\b((?i:el|al|del|la|a\s+la|de\s+la))\s+(?:({_NATIONALITY_WORDS})|({'|'.join(DEMONYMS)}))\s+"
    r"(Partido(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)+)"
    rf"|\bPartido\s+({_NATIONALITY_WORDS})\s+([A-ZÁÉÍÓÚ][\wáéíóúñ]+)\b"
)


def _party_named_after(match: re.Match[str]) -> str:
    """The article the party's ('a la mexicano Partido' → 'al Partido Comunista Mexicano')."""
    if match.group(5):  # inside
        return f"Partido {match.group(6)} {in_gender(match.group(5), 'm').capitalize()}"
    nationality = in_gender(match.group(2), "m") if match.group(2) else DEMONYMS[match.group(3)]
    return f"{determiner_in_gender(match.group(1), 'm')} {match.group(4)} {nationality.capitalize()}"


#: A term of office ('after one term', 'a second term'), which the model took for a time limit ('un plazo').
_TERM = re.compile(
    r"\b(?:one|a|his|her|their|second|third|fourth|first|two|three|four|consecutive|presidential)\s+terms?\b",
    re.IGNORECASE,
)
_IN_OFFICE = re.compile(r"\b(?:elected|president|office|served|stepped|governor|mayor|senator|minister)", re.I)


def _term_of_office(source: str) -> bool:
    return _TERM.search(source) is not None and _IN_OFFICE.search(source) is not None


_PRESIDENT_NAMED = re.compile(r"\bPresident\s+([A-Z][a-z]+)")
_PRESIDENT_WRITTEN = re.compile(
    r"(?:\b((?i:el|la|al|del|a\s+la|de\s+la))\s+|\b((?i:de|a|con|por|para|sobre|contra|ante|según|entre))\s+)?"
    r"\b([Pp])resident[ea]\s+(?=[A-ZÁÉÍÓÚ][a-záéíóúñ])"
)
_PRETERITE_END = re.compile(r"\w(?:ó|aron|ieron|ía|ían)\s*$")


class PresidentsTitle:
    """'President Roosevelt' as the model wrote it: 'Advirtió Presidente Roosevelt', 'Presidenta Lincoln fue
    asesinado', 'Cumplió presidenta Kennedy'. Spanish writes the title in lower case with its article ('al
    presidente Roosevelt', 'El presidente Lincoln'), in the gender of the president's first name where the source
    gives one that says it ('la presidenta Bachelet' needs 'President Michelle Bachelet'), else masculine; after a
    verb the article takes the personal 'a'."""

    name = "a president's title"
    after_gender = True  # (the gender rewrite reads the subject's nouns, not the president's)
    keys = trigger_words("president")

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        named = _PRESIDENT_NAMED.search(source)
        if named is None:
            return text
        gender = "f" if first_name_genders().get(named.group(1)) is Gender.FEMININE else "m"
        title = "presidenta" if gender == "f" else "presidente"
        article = "la" if gender == "f" else "el"

        def written(match: re.Match[str]) -> str:
            determiner, preposition = match.group(1), match.group(2)
            if determiner:
                return f"{determiner_in_gender(determiner, gender)} {title} "
            if preposition in ("de", "a", "De", "A"):
                contracted = (
                    {"de": "del", "a": "al"}[preposition.lower()] if gender == "m" else f"{preposition.lower()} la"
                )
                return f"{preposition[0]}{contracted[1:]} {title} "
            if preposition:
                return f"{preposition} {article} {title} "
            before = match.string[: match.start()]
            if not before.strip() or before.rstrip()[-1:] in '.!?:;«"(':
                return f"{article.capitalize()} {title} "
            if _PRETERITE_END.search(before):  # an object after its verb: 'Advirtió al presidente Roosevelt'
                return f"{'al' if gender == 'm' else 'a la'} {title} "
            return f"{article} {title} "

        return Repair(self.name, _PRESIDENT_NAMED, _PRESIDENT_WRITTEN, written).apply(source, text, skip)


POLITICS_REPAIRS: tuple[Repair | PresidentsTitle, ...] = (
    Repair(
        "a party's nationality",  # 'al mexicano Partido Comunista' → 'al Partido Comunista Mexicano'
        re.compile(rf"\b(?:{'|'.join(DEMONYMS)})\s+(?:[A-Z]\w+\s+){{1,3}}Party\b"),
        _PARTY_NATIONALITY,
        _party_named_after,
        keys=trigger_words("party"),
    ),
    Repair(
        "a party's adjective",  # 'una política Comunista española' → 'una política comunista española'
        _PARTY_PERSON,
        re.compile(
            r"\b((?!partido\b)[a-záéíóúñ]+)\s+(Comunistas?|Socialistas?|Conservador(?:a|es|as)?|Liberal(?:es)?|"
            r"Republican[oa]s?|Democrátic[oa]s?|Demócratas?|Fascistas?|Nacionalistas?|Peronistas?|Laboristas?|"
            r"de\s+Trabajo|Labou?r)\b(?:\s+\1\b)?"  # ('un político Labour político')
        ),
        _party_adjective,
        keys=_PARTY_KEYS,
    ),
    Repair(
        "a party's adjective, copied",  # 'Eran Conservative políticos' → 'Eran políticos conservadores'
        _PARTY_PERSON,
        re.compile(rf"\b({'|'.join(_ENGLISH_PARTY_ADJECTIVES)})\s+([a-záéíóúñ]+)\b"),
        lambda m: f"{m.group(2)} {_in_number_of(m.group(2), _ENGLISH_PARTY_ADJECTIVES[m.group(1)])}",
        keys=_PARTY_KEYS,
    ),
    Repair(
        "a term of office",  # 'después de un plazo', 'para un segundo plazo' → 'un mandato'
        _term_of_office,
        re.compile(r"\bplazo(s?)\b"),
        lambda m: f"mandato{m.group(1)}",
        keys=trigger_words("term terms"),
    ),
    Repair(
        "a coup",  # 'un golpe d'état', 'La coup falló' → 'un golpe de Estado', 'El golpe de Estado falló'
        re.compile(r"\bcoups?\b(?!\s+de\s+gr)", re.IGNORECASE),
        re.compile(
            r"\b(?:([Ee]l|[Ll]a|[Uu]na?|[Dd]el|[Aa]l|[Dd]e\s+la|[Aa]\s+la)\s+)?(?:golpe|coup)"
            r"(?:\s+d['’]\s?[ée]tat)?\b(?!\s+(?:de\s+[Ee]stado|militar|palaciego)\b)(?!['’])"
        ),
        lambda m: f"{determiner_in_gender(m.group(1), 'm') + ' ' if m.group(1) else ''}golpe de Estado",
        keys=trigger_words("coup coups"),
    ),
    Repair(
        "a massacre",  # 'el Amritsar masacre', 'al massacre' → 'la masacre de Amritsar', 'a la masacre'
        re.compile(r"\bmassacres?\b", re.IGNORECASE),
        re.compile(
            r"\b(?:([Ee]l|[Ll]a|[Uu]na?|[Dd]el|[Aa]l|[Dd]e\s+la|[Aa]\s+la)\s+)?(?:([A-Z]\w+)\s+)?ma(?:s|ss)acre\b"
        ),
        lambda m: (
            f"{determiner_in_gender(m.group(1), 'f') + ' ' if m.group(1) else ''}masacre"
            f"{' de ' + m.group(2) if m.group(2) else ''}"
        ),
        keys=trigger_words("massacre massacres"),
    ),
    Repair(
        "parliament",  # 'la parlación española', 'miembro de parlamento' → 'el parlamento', 'del parlamento'
        re.compile(r"\bparliament\b"),
        re.compile(r"\b(?:(la|de\s+la|a\s+la)\s+parlación|parlación|(de|a|en)\s+parlamento)\b"),
        lambda m: (
            f"{determiner_in_gender(m.group(1), 'm')} parlamento"
            if m.group(1)
            else {"de": "del parlamento", "a": "al parlamento", "en": "en el parlamento"}[m.group(2)]
            if m.group(2)
            else "parlamento"
        ),
        keys=trigger_words("parliament"),
    ),
    Repair(
        "an activist of a cause",  # 'una activista de feminista' → 'una activista feminista'
        re.compile(r"\b(?:feminist|pacifist|environmentalist|socialist|anarchist)\s+activists?\b", re.IGNORECASE),
        re.compile(r"\b(activistas?)\s+de\s+(feministas?|pacifistas?|ecologistas?|socialistas?|anarquistas?)\b"),
        lambda m: f"{m.group(1)} {m.group(2)}",
        keys=trigger_words("activist activists"),
    ),
    Repair.swapping(
        "governed",  # 'Regió Tanganyika como primer ministro' → 'Gobernó Tanganyika'
        re.compile(r"\bgoverned\b", re.IGNORECASE),
        {"regió": "gobernó", "rigió": "gobernó"},
        trigger_words("governed"),
    ),
    Repair(
        "a firing squad",  # 'ejecutado por un equipo de disparar' → 'por un pelotón de fusilamiento'
        re.compile(r"\bfiring\s+squads?\b", re.IGNORECASE),
        re.compile(
            r"\b(un|el)\s+(?:equipo|pelotón|escuadrón|escuadra)\s+de\s+(?:disparar|disparo|fuego|tiro|despido)\b"
        ),
        lambda m: f"{m.group(1)} pelotón de fusilamiento",
        keys=trigger_words("firing"),
    ),
    Repair(
        "a party's name",  # 'el partido Peronist Fiesta' → 'Partido'
        re.compile(r"^(?!.*\bparty\b).*\b[A-Z][a-z]+\s+Party\b", re.DOTALL),
        re.compile(r"\b(?:([Dd]e\s+la|[Aa]\s+la|[Ll]a|[Uu]na)\s+)?[Ff]iesta\b((?:\s+[A-Z]\w+)?\s+[Ff]iesta\b)?"),
        _party,
        keys=trigger_words("party"),
    ),
    PresidentsTitle(),
)
