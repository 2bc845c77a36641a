"""A sporting life, as the model learned it wrong from its teacher: teams, goals, titles and careers.

'played for Barcelona' came back as 'tocó para Barcelona', 'scored 40 goals in 75 appearances' as 'puntuó 40
goles en 75 aspectos', 'captained Argentina' as 'Capitán capitánó Argentina', 'turned professional' as 'giró
profesional'. Each repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/life_repairs.py's).
"""

from __future__ import annotations

import functools
import re

from mt_core.demonyms import BIRTHPLACES, DEMONYMS, in_gender
from mt_core.spanish_forms import ENDING_AFTER_OR
from mt_core.text_repair import CLAUSE_END_NOUN_PHRASE, Repair, trigger_words

#: A country, as English and Spanish both write it, → its nationality: 'el Argentina equipo nacional'.
_NATIONALITY_OF = {country: DEMONYMS[demonym] for demonym, country in BIRTHPLACES.items() if demonym in DEMONYMS}


def _national_team(match: re.Match[str]) -> str:
    """A country's team is its 'selección', named by its nationality in the feminine or by the country."""
    article = {"el": "la", "del": "de la", "al": "a la"}[match.group(1)]
    nationality = match.group("nationality") or _NATIONALITY_OF.get(match.group("before") or "")
    if nationality:
        return f"{article} selección {in_gender(nationality, 'f')}"
    country = match.group("country") or match.group("before")
    return f"{article} selección {'de ' + country if country else 'nacional'}"


#: The ending of an adjective after each article: 'la maratón femenina', 'los dobles femeninos'.
_AGREEING = {"el": "o", "la": "a", "los": "os", "las": "as"}

_PLAYED = {"tocó": "jugó", "tocaron": "jugaron", "tocaba": "jugaba", "tocaban": "jugaban", "tocar": "jugar"}
_PLAYED |= {"tocando": "jugando", "toca": "juega", "tocan": "juegan"}
_COMPETED = {"competió": "compitió", "competieron": "compitieron", "competiendo": "compitiendo"}
#: Sports and the words of a team's life, after which 'play' is 'jugar' ('played for Barcelona').
_SPORT = (
    r"team|club|league|season|match|matches|game|games|cup|championship|tournament|football|soccer|basketball|"
    r"baseball|tennis|hockey|rugby|cricket|golf|volleyball|chess|forward|midfielder|defender|goalkeeper|striker|"
    r"guard|pitcher|quarterback|professionally|F\.?C\.?"
)


#: 'a three-time world champion' ('un tres-cronometrar campeón mundial'): the model reads 'a world champion three
#: times' (mt_core/english_input.py), and 'tres veces' goes back before the noun, in the article's place.
N_TIME = re.compile(
    r"\b([Aa]n?\s+(?:[A-Z][a-z]+\s+)?)(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-time\s+"
    + CLAUSE_END_NOUN_PHRASE
)
_TIMES = "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\\d{1,2}"
#: 'The three-time champion' ('El campeóndetres tiempo'): the model reads 'The champion'
#: (mt_core/english_input.py), and `TimesAfterDefiniteArticle` writes 'El tres veces campeón'.
THE_N_TIME = re.compile(
    r"\b([Tt]he\s+(?:[A-Z][a-z]+\s+)?)(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-time\s+"
)
_SPANISH_TIMES = dict(zip("two three four five six seven eight nine ten".split(), _TIMES.split("|"), strict=False))
_TITLE_HOLDER = re.compile(
    r"\b((?i:el|la|los|las|del|al|de\s+la|a\s+la))\s+(?=(?:ex)?(?:campe[oó]n|ganador|medallista|subcampe[oó]n|finalista))"
)


class TimesAfterDefiniteArticle:
    """'El campeón se retiró' for 'The three-time champion retired' → 'El tres veces campeón se retiró'."""

    name = "the three-time champion"
    after_gender = False
    keys = trigger_words("time")

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        times = THE_N_TIME.search(source)
        holder = _TITLE_HOLDER.search(text) if times else None
        if times is None or holder is None or (skip is not None and skip.search(holder.group())):
            return text
        count = _SPANISH_TIMES.get(times.group(2), times.group(2))
        return f"{text[: holder.end()]}{count} veces {text[holder.end() :]}"


def _olympic_medal(match: re.Match[str]) -> str:
    plural = "s" if match.group(2).endswith("s") else ""
    article = f"{match.group(1)[0]}na " if match.group(1) else ""
    return f"{article}medalla{plural} de {match.group(3)} olímpica{plural}"


def _distance(spanish: str, match: re.Match[str]) -> str:
    return f"{match.group(1)} de {spanish}"


SPORT_REPAIRS: tuple[Repair | TimesAfterDefiniteArticle, ...] = (
    Repair(
        "a league's championships",  # 'seis NBA campeonatos' → 'seis campeonatos de la NBA'
        re.compile(r"\b(?:NBA|NFL|NHL|WNBA|MLB)\s+(?:championships?|titles?)\b"),
        re.compile(r"\b(NBA|NFL|NHL|WNBA|MLB)\s+(campeonatos?|títulos?)\b"),
        lambda m: f"{m.group(2)} de la {m.group(1)}",
        keys=trigger_words("championship championships title titles"),
    ),
    Repair(
        "a footballer",  # 'Pelé era un fútbol brasileño' → 'un futbolista': the player, not the game
        re.compile(r"\bfootballers?\b", re.IGNORECASE),
        re.compile(r"\b((?i:un|una))\s+fútbol\b(?!\s+(?:de|del)\b)"),  # (not the game: 'amaba el fútbol')
        lambda m: f"{m.group(1)} futbolista",
        keys=trigger_words("footballer footballers"),
    ),
    Repair(
        "a tennis player",  # 'una exjugadora tenis' → 'una exjugadora de tenis'
        re.compile(r"\btennis\s+players?\b", re.IGNORECASE),
        re.compile(r"\b((?:ex)?jugador(?:a|es|as)?)\s+(?=tenis\b)"),
        lambda m: f"{m.group(1)} de ",
        keys=trigger_words("tennis"),
    ),
    Repair(
        "left-handed",  # 'una jugadora de tenis izquierda', 'juega izquierdo-handed' → 'zurda', 'zurdo'
        re.compile(r"\bleft-handed\b", re.IGNORECASE),
        re.compile(r"\bizquierd([oa]s?)(?:-handed)?\b(?!\s+(?:de|del)\b)"),
        lambda m: f"zurd{m.group(1)}",
        keys=trigger_words("handed"),
    ),
    Repair(
        "footballers",  # 'uno de los fútboldores' → 'uno de los futbolistas'
        re.compile(r"\bfootballers?\b", re.IGNORECASE),
        re.compile(r"\b[Ff][úu]tbol(?:dor|ador|ista|er)(es|as|a|s)?\b"),
        lambda m: "futbolista" + ("s" if m.group(1) in ("es", "as", "s") else ""),
        keys=trigger_words("footballer footballers"),
    ),
    *(
        Repair(
            f"{english} runner",  # the model read 'runner' (mt_core/english_input.py): 'corredor de fondo'
            re.compile(rf"\b{english}[- ]distance\s+runners?\b", re.IGNORECASE),
            re.compile(r"\b((?i:(?:ex)?corredor(?:a|es|as)?))\b(?!\s+de\s+(?:medio\s+)?fondo)"),
            functools.partial(_distance, spanish),
            keys=trigger_words(f"{english}-distance {english}"),
            after_gender=True,  # the gender rewrite may choose another translation of the runner
        )
        for english, spanish in (("long", "fondo"), ("middle", "medio fondo"))
    ),
    Repair(
        "plays as a forward",  # 'juega como adelante' → 'como delantero'
        re.compile(r"\bplay(?:s|ed|ing)?\s+as\s+a\s+(?:centre\s+|center\s+)?forward\b", re.IGNORECASE),
        re.compile(r"\bcomo\s+(?:un\s+)?adelante\b"),
        lambda m: "como delantero",
        keys=trigger_words("forward"),
    ),
    Repair(
        "reached the summit",  # 'en lograr la cumbre del monte Everest' → 'alcanzar la cumbre'
        re.compile(r"\breach(?:ed|es|ing)?\s+the\s+summit\b", re.IGNORECASE),
        re.compile(r"\b(?:lograr|llegar|([Ll])(?:ogró|legó))\s+(?:a\s+)?la\s+cumbre\b"),
        lambda m: f"{'A' if m.group(1) == 'L' else 'a'}lcanz{'ó' if m.group(1) else 'ar'} la cumbre",
        keys=trigger_words("summit"),
    ),
    Repair(
        "the winning goal",  # 'Marcó el gol ganado en la final' → 'el gol de la victoria'
        re.compile(r"\bwinning\s+goal\b", re.IGNORECASE),
        re.compile(r"\bgol\s+(?:ganado|ganador|ganando)\b"),
        lambda m: "gol de la victoria",
        keys=trigger_words("winning"),
    ),
    Repair(
        "an Olympic title",  # 'su tercer título Olímpica' → 'título olímpico'
        re.compile(r"\bOlympic\s+(?:title|champion|record|team|medal)s?\b"),
        re.compile(r"\b(título|campeón|campeona|récord|equipo|medalla)(s?|es)\s+[Oo]límpic[oa]s?\b"),
        lambda m: (
            f"{m.group(1)}{m.group(2)} olímpic{'a' if m.group(1) in ('campeona', 'medalla') else 'o'}"
            + ("s" if m.group(2) else "")
        ),
        keys=trigger_words("olympic"),
    ),
    Repair(
        "sailed from",  # 'Navegó de Sevilla en 1519' → 'Zarpó de Sevilla'
        re.compile(r"\bsailed\s+from\b", re.IGNORECASE),
        re.compile(r"\b([Nn])aveg(ó|aron)\s+(?=de\b|desde\b)"),
        lambda m: f"{'Z' if m.group(1) == 'N' else 'z'}arp{m.group(2)} ",
        keys=trigger_words("sailed"),
    ),
    Repair.swapping(
        "played for a team",
        re.compile(rf"\bplay(?:ed|s|ing)?\b.*\b(?:{_SPORT})\b|\b(?:{_SPORT})\b.*\bplay(?:ed|s|ing)?\b", re.I),
        _PLAYED,
        keys=trigger_words("play played plays playing"),
    ),
    Repair.swapping(
        "scored a goal",  # 'Puntuó 40 goles' → 'Marcó 40 goles'
        re.compile(r"\bscor(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,3}goals?\b", re.IGNORECASE),
        {
            "puntuó": "marcó",
            "puntuaron": "marcaron",
            "puntuaba": "marcaba",
            "puntuar": "marcar",
            "puntuando": "marcando",
        },
        keys=trigger_words("scored scores score scoring"),
    ),
    Repair(
        "appearances for a team",  # 'en 75 aspectos' → 'en 75 partidos'
        re.compile(rf"\bappearances\b.*\b(?:goals?|{_SPORT})\b|\b(?:goals?|{_SPORT})\b.*\bappearances\b", re.I),
        re.compile(r"\b(\d[\d.,]*|[a-záéíóúñ]+)\s+aspectos\b"),
        lambda m: f"{m.group(1)} partidos",
        keys=trigger_words("appearances"),
    ),
    Repair(
        "captained",  # 'Capitán capitánó Argentina' → 'Capitaneó a Argentina'
        re.compile(r"\bcaptain(?:ed|s)\b", re.IGNORECASE),
        re.compile(r"\b(?:[Cc]apitán\s+)?([Cc])apitán(ó|aron)\s+(?:a\s+)?(?=[A-ZÁÉÍÓÚ]|(?:el|la|los|las|su)\b)"),
        lambda m: f"{m.group(1)}apitane{m.group(2)} a ",
        keys=trigger_words("captained captains"),
    ),
    Repair(
        "singles titles",  # '18 Grand Slam títulos solas' → '18 títulos individuales de Grand Slam'
        re.compile(r"\bsingles\s+(?:titles?|champion)", re.IGNORECASE),
        re.compile(
            r"\b(?:(Grand\s+Slam|Wimbledon|Olympic)\s+)?(t[ií]tulos?)\s+(?:sol[oa]s?|únic[oa]s?|individuales?|singles)\b"
        ),
        lambda m: (
            (f"{m.group(2)} individual{'es' if m.group(2).endswith('s') else ''}")
            + (f" de {m.group(1)}" if m.group(1) else "")
        ),
        keys=trigger_words("singles"),
    ),
    Repair(
        "turned professional",  # 'Giró profesional' → 'Se hizo profesional'
        re.compile(r"\bturn(?:ed|s|ing)?\s+pro(?:fessional)?\b", re.IGNORECASE),
        re.compile(r"\b([Gg])ir(ó|aron)\s+(profesional(?:es)?)\b"),
        lambda m: f"{'S' if m.group(1) == 'G' else 's'}e {'hizo' if m.group(2) == 'ó' else 'hicieron'} {m.group(3)}",
        keys=trigger_words("turned turns turn turning"),
    ),
    Repair.swapping(
        "competed",
        re.compile(r"\bcompet", re.IGNORECASE),
        _COMPETED,
        keys=trigger_words("competed compete competes competing"),
    ),
    Repair(
        "a singles title, English order",  # 'el Wimbledon singles título' → 'el título individual de Wimbledon'
        re.compile(r"\bsingles\s+(?:titles?|champion)", re.IGNORECASE),
        re.compile(r"\b((?:[A-Z][\w.]*\s+){1,3})singles\s+(t[ií]tulos?)\b"),
        lambda m: f"{m.group(2)} individual{'es' if m.group(2).endswith('s') else ''} de {m.group(1).strip()}",
        keys=trigger_words("singles"),
    ),
    Repair(
        "injuries",  # 'una serie de daños' → 'una serie de lesiones': a sportsman's injury is 'lesión'
        re.compile(r"\binjur(?:y|ies)\b", re.IGNORECASE),
        re.compile(r"\bdaño(s)?\b"),
        lambda m: "lesiones" if m.group(1) else "lesión",
        keys=trigger_words("injury injuries"),
    ),
    Repair(
        "a women's event",  # 'la maratón de las mujeres' → 'la maratón femenina'
        re.compile(
            r"\bwomen's\s+(?:singles|doubles|marathon|\d+\s*(?:metres|meters|m)\b|race|team|tournament|event|"
            r"competition|division|league|football|basketball|volleyball|hockey|cricket|world\s+cup)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(el|la|los|las)\s+((?:maratón|carrera|equipo|torneo|prueba|competición|liga|selección|copa|final|"
            r"fútbol|baloncesto|voleibol|hockey|críquet|dobles|individuales?)(?:\s+de\s+[\w\s]+?)?)\s+de\s+"
            r"(?:las\s+)?mujeres\b"
        ),
        lambda m: f"{m.group(1)} {m.group(2)} femenin{_AGREEING[m.group(1)]}",
        keys=trigger_words("women"),
    ),
    Repair(
        "national team",  # 'el equipo argentino nacional' → 'la selección argentina'
        re.compile(r"\bnational\s+(?:football\s+|soccer\s+|basketball\s+|rugby\s+)?team\b", re.IGNORECASE),
        re.compile(
            r"\b(el|del|al)\s+(?:(?P<before>[A-Z][\wáéíóúñ]+)\s+)?equipo\s+(?:(?P<nationality>[a-záéíóúñ]+)\s+)?nacional\b"
            r"(?:\s+de\s+(?P<country>[A-Z][\wáéíóúñ]+(?:\s+[A-Z][\wáéíóúñ]+)?))?"
        ),
        _national_team,
        keys=trigger_words("national"),
    ),
    Repair(
        "world No. 1",  # 'clasificada Núm. mundial 1' → 'número 1 del mundo'
        re.compile(r"\bworld\s+No\.?\s*1\b", re.IGNORECASE),
        re.compile(r"\b(?:[Nn][úu]m(?:ero|\.)?|[Nn][oº]\.?)\s*(?:mundial\s+)?1(?:\s+(?:mundial|del\s+mundo))?\b"),
        lambda m: "número 1 del mundo",
        keys=trigger_words("no"),
    ),
    Repair(
        "in singles",  # 'en singles' → 'en individuales'
        re.compile(r"\bin\s+singles\b", re.IGNORECASE),
        re.compile(r"\ben\s+singles\b"),
        lambda m: "en individuales",
        keys=trigger_words("singles"),
    ),
    Repair(
        "long-distance runner",  # 'un largo británico corredor de fondo' → 'un corredor de fondo británico'
        re.compile(r"\blong[- ]distance\s+runners?\b", re.IGNORECASE),
        re.compile(r"\blarg[oa]s?\s+((?:[a-záéíóúñ]+\s+)?)(corredor(?:a|es|as)?\s+de\s+fondo)\b"),
        lambda m: f"{m.group(2)} {m.group(1).strip()}".rstrip(),
        keys=trigger_words("distance long-distance"),
    ),
    Repair(
        "racing driver",  # 'un conductor brasileño racing' → 'un piloto de carreras brasileño'
        re.compile(r"\bracing\s+drivers?\b", re.IGNORECASE),
        re.compile(r"\bconductor(es|a|as)?((?:\s+[a-záéíóúñ]+)?)\s+(?:de\s+)?(?:racing|carreras?)\b"),
        lambda m: f"piloto{'s' if (m.group(1) or '').endswith('s') else ''} de carreras{m.group(2)}",
        keys=trigger_words("racing"),
    ),
    Repair(
        "figure skater",  # the model read 'skater' (mt_core/english_input.py): 'patinadora' → 'patinadora artística'
        re.compile(r"\bfigure[- ]skaters?\b", re.IGNORECASE),
        re.compile(r"\b((?i:(?:ex)?patinador(a|es|as)?))\b(?!\s+artístic)"),
        lambda m: f"{m.group(1)} artístic{ENDING_AFTER_OR[m.group(2) or '']}",
        keys=trigger_words("figure"),
        after_gender=True,  # in the skater's gender
    ),
    Repair(
        "an Olympic medal",  # 'dos medallas de oro Olímpico' → 'dos medallas de oro olímpicas'
        re.compile(r"\bOlympic\b"),
        re.compile(
            r"\b(?:([Uu]na?)\s+)?(medallas?|medalí(?:es)?|medals?)\s+de\s+(oro|plata|bronce)\s+[Oo]límpic[oa]s?\b"
        ),
        _olympic_medal,
        keys=trigger_words("olympic"),
    ),
    Repair(
        "Olympic, after a noun",  # 'un deporte Olímpico' → 'un deporte olímpico'
        re.compile(r"\bOlympic\b"),
        re.compile(r"(?<![\w-])([a-záéíóúñ]+\s+)Olímpic(?=(?:o|a|os|as)\b)"),  # not 'los Juegos Olímpicos'
        lambda m: f"{m.group(1)}olímpic",
        keys=trigger_words("olympic"),
    ),
    Repair(
        "a three-time champion",  # 'una campeona mundial tres veces' → 'tres veces campeona mundial'
        N_TIME,
        re.compile(rf"\b([Uu]na?)\s+((?:[^\s.,;:()]+\s+){{0,4}}?[^\s.,;:()]+)\s+({_TIMES})\s+(?:veces|tiempos?)\b"),
        lambda m: f"{m.group(3).capitalize() if m.group(1)[0] == 'U' else m.group(3)} veces {m.group(2)}",
        keys=trigger_words("time"),
        after_gender=True,  # the article says the noun's gender until then
    ),
    Repair(
        "the 400 metres",  # 'Ganó el 400 metros' → 'los 400 metros'
        re.compile(r"\bthe\s+\d[\d,]*\s*(?:metres|meters)\b", re.IGNORECASE),
        re.compile(r"\b([EeLl])(?:l|as)\s+(\d[\d.,]*\s+metros)\b"),  # 'las 100 metros' too
        lambda m: f"{'L' if m.group(1).isupper() else 'l'}os {m.group(2)}",
        keys=trigger_words("metres meters"),
    ),
    TimesAfterDefiniteArticle(),
)
