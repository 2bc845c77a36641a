"""What people worked as and made, as the model learned it wrong from its teacher.

'a military officer' came back as 'un agente militar', a football 'manager' as 'gerente', 'the silent film
era' as 'la era de película silenciosa', 'children's books' as 'los libros de sus hijos' and 'foundational' as
'fundal'. Each repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/public_life_repairs.py's).
"""

from __future__ import annotations

import re

from mt_core.agreement import determiner_in_gender
from mt_core.demonyms import ANY_NATIONALITY, DEMONYMS, in_gender
from mt_core.spanish_forms import ENDING_AFTER_OR
from mt_core.text_repair import Repair, trigger_words

_MANAGER = re.compile(r"\bmanagers?\b", re.IGNORECASE)
_FOOTBALL = re.compile(r"\b(?:football|soccer|footballer|club|team|league|striker|midfielder)\b", re.IGNORECASE)
_BUSINESS = re.compile(r"\b(?:business|company|bank|hotel|store|shop|general|sales|office)\b", re.IGNORECASE)


def _football_manager(source: str) -> bool:
    """A manager of a football team, not of a business ('the general manager of the club' stays 'gerente')."""
    return bool(_MANAGER.search(source) and _FOOTBALL.search(source) and not _BUSINESS.search(source))


def _silent(match: re.Match[str]) -> str:
    """'película silenciosa' → 'película muda', in its number."""
    return f"{match.group(1)} mud{'as' if match.group(1).endswith('s') else 'a'}"


def _childrens(match: re.Match[str]) -> str:
    """'los libros de sus hijos' → 'sus libros infantiles': her children's books are the ones she wrote."""
    determiner = "sus" if match.group(3) == "sus " else match.group(1)
    adjective = "infantil" if match.group(2) in ("literatura", "novela", "libro") else "infantiles"
    return f"{determiner + ' ' if determiner else ''}{match.group(2)} {adjective}"


#: English words the model leaves in its output, and their Spanish.
COPIED_WORDS = {
    "penicillin": "penicilina",
    "insulin": "insulina",
    "spaceflights": "vuelos espaciales",
    "spaceflight": "vuelo espacial",
    "self-portraits": "autorretratos",
    "self-portrait": "autorretrato",
    "guillotine": "guillotina",
    "artworks": "obras de arte",
    "artwork": "obra de arte",
    "chimpanzees": "chimpancés",
}


def _pastor(match: re.Match[str]) -> str:
    """'ministro' → 'pastor', its church after it in Spanish ('Baptist ministro' → 'pastor bautista')."""
    church = match.group(1)
    church = DEMONYMS.get(church, church) if church else None
    return f"pastor{'es' if match.group(2) else ''}{' ' + church if church else ''}"


def _cine(match: re.Match[str]) -> str:
    """A copied 'cinema' → 'cine', with the article Spanish gives it after a preposition ('del cine')."""
    preposition = match.group(1)
    return f"{_WITH_ARTICLE[preposition]}{match.group(2)}cine" if preposition else "cine"


_WITH_ARTICLE = {"de": "del", "a": "al", "en": "en el"}


def _climate_activist(match: re.Match[str]) -> str:
    """'por el clima', invariable, and the nationality after it in the activist's gender (the article's)."""
    nationality = match.group("nationality")
    written = f"{match.group(1)} activista por el clima"
    if nationality is None:
        return written
    if nationality in ANY_NATIONALITY:
        nationality = in_gender(nationality, "f" if match.group(1) == "una" else "m")
    return f"{written} {nationality}"


def _fossils(match: re.Match[str]) -> str:
    if match.group("noun"):
        return f"{match.group('noun')} de fósiles"
    return f"{match.group(2) or ''}fósil{'es' if match.group(2) or match.group(3) else ''}"


#: What 'overcame' took, in Spanish with its article.
_OVERCOME = {
    "polio": " la polio",
    "cancer": " el cáncer",
    "tuberculosis": " la tuberculosis",
    "illness": " la enfermedad",
    "poverty": " la pobreza",
}


WORK_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "research on",  # 'investigación encima radiación' → 'investigación sobre radiación'
        re.compile(r"\b(?:research|studies|study|work|works|book|books|essays?|papers?|articles?|thesis)\s+on\b", re.I),
        re.compile(
            r"\b(investigaci(?:ón|ones)|estudios?|trabajos?|obras?|libros?|ensayos?|artículos?|tesis)\s+encima\s+(?:de\s+)?"
        ),
        lambda m: f"{m.group(1)} sobre ",
        keys=trigger_words("on"),
    ),
    Repair.swapping(
        "nonfiction, to date",  # 'novelas, cuentos y nonfiction', 'para datar' → 'no ficción', 'hasta la fecha'
        re.compile(
            r"\b(?:non-?fiction|to\s+date|mystic|posthumously|masterpieces?|jointly|maize|radium|obtained)\b", re.I
        ),
        {
            "nonfiction": "no ficción",
            "non-fiction": "no ficción",
            "para datar": "hasta la fecha",
            "mystic": "mística",
            "posthumously": "a título póstumo",
            "masterpieces": "obras maestras",
            "masterpiece": "obra maestra",
            "jointly": "conjuntamente",
            "maize": "maíz",
            "radium": "radio",
            "dubó": "obtuvo",
        },
        trigger_words(
            "nonfiction non fiction date mystic posthumously masterpieces masterpiece jointly maize radium obtained"
        ),
    ),
    Repair(
        "throughout, following",  # 'Por todas partes su carrera', 'Siguiendo la muerte' → 'A lo largo de', 'Tras'
        re.compile(r"\b(?:[Tt]hroughout|[Ff]ollowing)\s+(?:his|her|their|the)\b"),
        re.compile(
            r"\b([Pp])or\s+todas\s+partes(?:\s+de)?\s+(?=su\b|sus\b)|\b([Ss])iguiendo\s+(?=la\s+muerte|su\s+muerte|el\s+)"
        ),
        lambda m: (
            f"{'A' if m.group(1) == 'P' else 'a'} lo largo de "
            if m.group(1)
            else f"{'T' if m.group(2) == 'S' else 't'}ras "
        ),
        keys=trigger_words("throughout following"),
    ),
    Repair(
        "numerous",  # 'recibió premios numerosas' → 'numerosos premios': before its noun, in its gender
        re.compile(r"\bnumerous\b", re.IGNORECASE),
        # (after a verb or a preposition: 'los reflejos internos numerosos' has its noun further back)
        re.compile(
            r"\b((?:[\wáéíóúñ]*(?:ó|aron|ieron)|ha|han|de|con|en|por|y|e)\s+)([a-záéíóúñ]+s)\s+numeros(?:a|o)s\b"
        ),
        lambda m: f"{m.group(1)}numeros{'a' if m.group(2).endswith('as') else 'o'}s {m.group(2)}",
        keys=trigger_words("numerous"),
    ),
    Repair(
        "a bachelor's degree",  # 'un bachelor grado' → 'una licenciatura'
        re.compile(r"\bbachelor'?s?\s+degrees?\b", re.IGNORECASE),
        re.compile(r"\b(?:((?i:un|el))\s+)?(?:bachelor\s+grado|grado\s+(?:de\s+)?bachelor)\b"),
        lambda m: (f"{determiner_in_gender(m.group(1), 'f')} " if m.group(1) else "") + "licenciatura",
        keys=trigger_words("bachelor bachelors"),
    ),
    Repair(
        "articles written",  # 'publicó más de 300 prendas' → 'artículos': papers, not garments
        re.compile(r"\barticles\b(?!\s+of\s+clothing)", re.IGNORECASE),
        re.compile(r"\bprendas\b"),
        lambda m: "artículos",
        keys=trigger_words("articles"),
    ),
    Repair(
        "research focused on",  # 'Su investigación enfocada en' → 'Su investigación se centró en'
        re.compile(r"\b(?:research|work|studies|career|thesis)\s+focused\s+on\b", re.IGNORECASE),
        re.compile(r"\b(investigaci(?:ón|ones)|obra|trabajo|estudios|carrera|tesis)\s+enfocad[oa]s?\s+en\b"),
        lambda m: f"{m.group(1)} se centró en",
        keys=trigger_words("focused"),
    ),
    Repair(
        "laid the foundations",  # 'puso las fundaciones para' → 'sentó las bases de'
        re.compile(r"\blaid\s+the\s+foundations?\b", re.IGNORECASE),
        re.compile(r"\b([Pp])us(o|ieron)\s+las?\s+fundaci(?:ones|ón)(?:\s+(?:para|de|por))?"),
        lambda m: f"{'S' if m.group(1) == 'P' else 's'}ent{'ó' if m.group(2) == 'o' else 'aron'} las bases de",
        keys=trigger_words("laid"),
    ),
    Repair(
        "plays, the theatre's",  # 'escribió 39 juegos' → '39 obras de teatro'
        re.compile(
            r"\b(?:\d+|two|three|four|five|six|several|many|his|her|their|wrote|the)\s+plays\b(?!\s+(?:the|a|an|in|for|with)\b)"
        ),
        re.compile(r"\bjuegos\b(?!\s+(?:olímpicos|de\s+mesa|de\s+azar)\b)"),
        lambda m: "obras de teatro",
        keys=trigger_words("plays"),
    ),
    Repair(
        "a professorship",  # 'un professorship en Harvard' → 'una cátedra en Harvard'
        re.compile(r"\bprofessorships?\b", re.IGNORECASE),
        re.compile(r"\b(?:((?i:un|el))\s+)?professorship(s?)\b"),
        lambda m: (f"{determiner_in_gender(m.group(1), 'f')} " if m.group(1) else "") + f"cátedra{m.group(2)}",
        keys=trigger_words("professorship professorships"),
    ),
    Repair.swapping(
        "murals",  # 'Sus murals' → 'Sus murales'
        re.compile(r"\bmurals\b", re.IGNORECASE),
        {"murals": "murales"},
        trigger_words("murals"),
    ),
    Repair(
        "military officer",  # 'un agente militar' → 'un oficial militar': an officer has a rank, an agent none
        re.compile(r"\b(?:military|army|naval|navy|air\s+force|cavalry|infantry)\s+officers?\b", re.IGNORECASE),
        re.compile(r"\b(?:agente|funcionari[oa])(s)?(?=\s+(?:militar|naval|del\s+ejército|de\s+(?:la\s+)?marina)\b)"),
        lambda m: "oficiales" if m.group(1) else "oficial",
        keys=trigger_words("officer officers"),
    ),
    Repair(
        "a football manager",  # 'jugador de fútbol y gerente' → 'y entrenador': a team's manager trains it
        _football_manager,
        re.compile(r"\bgerente(s)?\b"),
        lambda m: f"entrenador{'es' if m.group(1) else ''}",
        keys=trigger_words("manager managers"),
    ),
    Repair(
        "the silent film era",  # 'la era de película silenciosa' → 'la era del cine mudo'
        re.compile(r"\bsilent\s+(?:film|movie|cinema|screen)\s+era\b", re.IGNORECASE),
        re.compile(r"\b(?:la\s+)?era\s+(?:de\s+(?:la\s+)?|del\s+)(?:películas?|cine|pantalla)\s+silencios[oa]s?\b"),
        lambda m: "la era del cine mudo",
        keys=trigger_words("silent"),
    ),
    Repair(
        "silent films",  # 'películas silenciosas' → 'películas mudas'
        re.compile(r"\bsilent\s+(?:films?|movies?|pictures?)\b", re.IGNORECASE),
        re.compile(r"\b(películas?|filmes?)\s+silencios[oa]s?\b"),
        _silent,
        keys=trigger_words("silent"),
    ),
    Repair(
        "children's books",  # 'los libros de sus hijos', 'libros de niños' → 'sus libros infantiles'
        re.compile(r"\bchildren['’]s\s+(?:books?|literature|stories|novels?)\b", re.IGNORECASE),
        re.compile(
            r"\b(?:(los|sus)\s+)?(libros?|literatura|historias|cuentos|novelas?)\s+(?:de|para)\s+(sus\s+|los\s+)?"
            r"(?:hijos|niños|niñas)\b"
        ),
        _childrens,
        keys=trigger_words("children"),
    ),
    Repair(
        "an academic degree",  # 'recibir un grado de medicina' → 'un título de medicina': a grado is a step
        re.compile(
            r"\b(?:(?:medical|law|bachelor['’]?s?|master['’]?s?|university|college|doctoral|honorary|academic)\s+"
            r"degrees?|degrees?\s+in\s+[a-z]|(?:earn|receiv|obtain|award|gain|complet)\w*\s+(?:a|an|her|his|the)\s+"
            r"(?:[\w'’-]+\s+)?degree)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(un|el|su|sus|los|dos)\s+grado(s)?\b(?!\s+(?:centígrados?|[Cc]elsius|[Ff]ahrenheit|de\s+(?:calor|frío)))"
        ),
        lambda m: f"{m.group(1)} título{m.group(2) or ''}",
        keys=trigger_words("degree degrees"),
    ),
    Repair(
        "to victory",  # 'Dirigió Argentina a victoria' → 'a la victoria'
        re.compile(r"\bto\s+victory\b", re.IGNORECASE),
        re.compile(r"\ba\s+victoria\b"),
        lambda m: "a la victoria",
        keys=trigger_words("victory"),
    ),
    Repair(
        "foundational",  # 'contribuciones fundales' → 'fundamentales': 'fundal' is no word
        re.compile(r"\bfoundational\b", re.IGNORECASE),
        re.compile(r"\bfundal(es)?\b"),
        lambda m: f"fundamental{m.group(1) or ''}",
        keys=trigger_words("foundational"),
    ),
    Repair(
        "number theory",  # 'teoría de numerar' → 'teoría de números'
        re.compile(r"\bnumber\s+theory\b", re.IGNORECASE),
        re.compile(r"\bteoría\s+(?:de\s+(?:la\s+)?)?(?:numerar|número|numeración)\b"),
        lambda m: "teoría de números",
        keys=trigger_words("number"),
    ),
    Repair(
        "cinema",  # 'la historia de cinema' → 'la historia del cine': the model copied the word
        re.compile(r"\bcinema\b", re.IGNORECASE),
        re.compile(r"\b(?:(de|a|en)(\s+))?cinema\b"),
        _cine,
        keys=trigger_words("cinema"),
    ),
    Repair(
        "nursing",  # 'la fundadora de moderno nursing' → 'de la enfermería moderna'
        re.compile(r"\bnursing\b", re.IGNORECASE),
        re.compile(r"\b(?:(de|en)\s+)?(?:(moderno|moderna)\s+)?nursing\b"),
        lambda m: (f"{m.group(1)} la " if m.group(1) else "") + "enfermería" + (" moderna" if m.group(2) else ""),
        keys=trigger_words("nursing"),
    ),
    Repair(
        "fossil",  # 'coleccionista de fosil' → 'de fósiles'; a copied 'fossil coleccionista' too
        re.compile(r"\bfossils?\b", re.IGNORECASE),
        re.compile(r"\bfossils?\s+(?P<noun>[a-záéíóúñ]+)\b|\b(de\s+)?f[oó]sil(es)?\b"),
        _fossils,
        keys=trigger_words("fossil fossils"),
    ),
    Repair(
        "law firm",  # 'una empresa de ley' → 'un bufete de abogados'
        re.compile(r"\blaw\s+firms?\b", re.IGNORECASE),
        re.compile(r"\b(?:(una|la)\s+)?(?:empresa|firma|compañía)\s+de\s+(?:ley|leyes|derecho|abogados)\b"),
        lambda m: f"{ {'una': 'un ', 'la': 'el '}.get(m.group(1) or '', '') }bufete de abogados",
        keys=trigger_words("law"),
    ),
    Repair(
        "sworn in as",  # 'Estuvo jurado en como/tan presidente' → 'Prestó juramento como presidente'
        re.compile(r"\bsworn\s+in\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ff]ue|[Ee]stuvo|[Ee]ra)\s+jurad[oa]\s+(?:en\s+)?(?:(?:como|tan)\b)?"),
        lambda m: "prestó juramento como",
        keys=trigger_words("sworn"),
    ),
    Repair(
        "for services to",  # 'para servicios a música' → 'por sus servicios a la música'
        re.compile(r"\bfor\s+(?:his|her|their)?\s*services\s+to\b", re.IGNORECASE),
        re.compile(r"\b(?:para|por)\s+(?:sus\s+)?servicios\s+(?:a|para)\s+(?:la\s+)?"),
        lambda m: "por sus servicios a la ",
        keys=trigger_words("services"),
    ),
    Repair(
        "over a million",  # 'vendió sobre un millón copias' → 'más de un millón de copias'
        re.compile(r"\b(?:over|more\s+than)\s+(?:a|one|\d+(?:\.\d+)?)\s+million\b", re.IGNORECASE),
        re.compile(r"\b(?:sobre|encima\s+de)\s+((?:un|\d+(?:,\d+)?)\s+mill(?:ón|ones))(?:\s+(?!de\b)([a-záéíóúñ]+))?"),
        lambda m: f"más de {m.group(1)}" + (f" de {m.group(2)}" if m.group(2) else ""),
        keys=trigger_words("million"),
    ),
    Repair(
        "arranger",  # 'arreglador' → 'arreglista': who arranges music
        re.compile(r"\barrangers?\b", re.IGNORECASE),
        re.compile(r"\barreglador(a|es|as)?\b"),
        lambda m: "arreglistas" if (m.group(1) or "").endswith("s") else "arreglista",
        keys=trigger_words("arranger arrangers"),
    ),
    Repair(
        "climate activist",  # 'una activista de clima sueco' → 'una activista por el clima sueca'
        re.compile(r"\bclimate\s+(?:change\s+)?activists?\b", re.IGNORECASE),
        re.compile(
            r"\b(un|una)\s+activista\s+(?:de|del)\s+(?:cambio\s+)?clim[aá]\w*(?:\s+(?P<nationality>[a-záéíóúñ]+))?"
        ),
        _climate_activist,
        keys=trigger_words("climate"),
    ),
    Repair(
        "Chancellor",  # 'sirvió como Cancillera de Alemania' → 'canciller'
        re.compile(r"\bChancellor\b"),
        re.compile(r"\b[Cc]ancillera\b"),
        lambda m: "canciller",
        keys=trigger_words("chancellor"),
        after_gender=True,  # the gender rewrite writes 'Cancillera' for a woman's hint
    ),
    Repair(
        "head of state",  # 'la primera jefa elegida de estatal' → 'la primera jefa de Estado elegida'
        re.compile(r"\bheads?\s+of\s+state\b", re.IGNORECASE),
        re.compile(r"\b(jef[ea]s?)((?:\s+[a-záéíóúñ]+){0,2}?)\s+de\s+(?:estatal|estado)\b"),
        lambda m: f"{m.group(1)} de Estado{m.group(2)}",
        keys=trigger_words("head heads"),
    ),
    Repair(
        "finance minister",  # 'ministro de finanza' → 'ministro de Finanzas'
        re.compile(r"\b(?:finance\s+minister|minister\s+of\s+finance|ministry\s+of\s+finance)\b", re.IGNORECASE),
        re.compile(r"\b(ministr[oa]s?|ministerio)\s+de\s+(?:la\s+)?[Ff]inanzas?\b"),
        lambda m: f"{m.group(1)} de Finanzas",
        keys=trigger_words("finance"),
    ),
    Repair.swapping(
        "words the model copies",  # 'descubrir penicillin' → 'penicilina', 'sus self-portraits' → 'autorretratos'
        re.compile(rf"\b(?:{'|'.join(map(re.escape, COPIED_WORDS))})\b", re.IGNORECASE),
        COPIED_WORDS,
        trigger_words("penicillin insulin spaceflight spaceflights self guillotine artworks artwork chimpanzees"),
    ),
    Repair(
        "Baptist minister",  # 'un bautista ministro' → 'un pastor bautista': a church's minister is a pastor
        re.compile(r"\b(?:Baptist|Methodist|Presbyterian|Lutheran|Protestant|Congregational)\s+ministers?\b"),
        re.compile(
            r"\b(?:(bautista|metodista|presbiterian[oa]|luteran[oa]|protestante|Baptist|Methodist|Presbyterian|"
            r"Lutheran|Protestant)\s+)?ministro(s)?\b"
        ),
        _pastor,
        keys=trigger_words("minister ministers"),
    ),
    Repair(
        "Western music",  # 'la historia de música Occidental' → 'la historia de la música occidental'
        re.compile(r"\bWestern\s+(?:music|art|philosophy|culture|literature)\b"),
        re.compile(r"\b(?:(de)\s+)?(música|arte|filosofía|cultura|literatura)\s+[Oo]ccidental\b"),
        lambda m: f"{'de la ' if m.group(1) else ''}{m.group(2)} occidental",
        keys=trigger_words("western"),
    ),
    Repair(
        "executed by guillotine",  # 'ejecutada por guillotine' → 'ejecutada en la guillotina'
        re.compile(r"\bby\s+(?:the\s+)?guillotine\b", re.IGNORECASE),
        re.compile(r"\b(?:por|por la|por el)\s+guillotin[ae]\b"),
        lambda m: "en la guillotina",
        keys=trigger_words("guillotine"),
    ),
    Repair(
        "oil paintings",  # 'pinturas de óleo' → 'pinturas al óleo'
        re.compile(r"\boil\s+paintings?\b", re.IGNORECASE),
        re.compile(r"\b(pinturas?|cuadros?)\s+de\s+óleo\b"),
        lambda m: f"{m.group(1)} al óleo",
        keys=trigger_words("oil"),
    ),
    Repair(
        "art, masculine",  # 'la historia de la arte' → 'del arte': 'arte' is masculine in the singular
        lambda source: True,
        re.compile(r"\b(?:(de)\s+)?([Ll])a\s+arte\b"),
        lambda m: "del arte" if m.group(1) else f"{'E' if m.group(2) == 'L' else 'e'}l arte",
        keys=trigger_words("art arts artwork artworks artist artists"),
    ),
    Repair(
        "female, of a thing",  # 'de educación hembra' → 'de educación femenina': 'hembra' is an animal's sex
        re.compile(r"\bfemale\s+(?:education|suffrage|literacy|health|empowerment|rights|workers?|employment)\b", re.I),
        re.compile(r"\bhembra(s)?\b"),
        lambda m: f"femenina{m.group(1) or ''}",
        keys=trigger_words("female"),
    ),
    Repair(
        "existentialist",  # 'existentialista' → 'existencialista'
        re.compile(r"\bexistentialis[tm]", re.IGNORECASE),
        re.compile(r"\bexistentialis(ta|tas|mo)\b"),
        lambda m: f"existencialis{m.group(1)}",
        keys=trigger_words("existentialist existentialists existentialism"),
    ),
    Repair(
        "retired from acting",  # 'Se retiró de suplente' → 'Se retiró de la interpretación'
        re.compile(r"\bretire[sd]?\s+from\s+acting\b", re.IGNORECASE),
        re.compile(r"\bde\s+suplente\b"),
        lambda m: "de la interpretación",
        keys=trigger_words("acting"),
    ),
    Repair(
        "corresponded with",  # 'Sophie Germain fluyó con Gauss' → 'mantuvo correspondencia con'
        re.compile(r"\bcorresponded\s+with\b", re.IGNORECASE),
        re.compile(r"\b([Ff])luy(ó|eron)\s+con\b"),
        lambda m: (
            f"{'M' if m.group(1) == 'F' else 'm'}antuv{'o' if m.group(2) == 'ó' else 'ieron'} correspondencia con"
        ),
        keys=trigger_words("corresponded"),
    ),
    Repair(
        "overcame",  # copied: 'Wilma Rudolph overcame polio de niña' → 'superó la polio'
        re.compile(r"\bovercame\b", re.IGNORECASE),
        re.compile(r"\b([Oo])vercame(\s+(?:polio|cancer|tuberculosis|illness|poverty))?\b"),
        lambda m: (
            f"{'S' if m.group(1) == 'O' else 's'}uperó" + (_OVERCOME.get(m.group(2).strip(), "") if m.group(2) else "")
        ),
        keys=trigger_words("overcame"),
    ),
    Repair.swapping(
        "a libretto",  # 'el libretto' → 'el libreto'
        re.compile(r"\blibrett(?:o|os|i)\b", re.IGNORECASE),
        {"libretto": "libreto", "librettos": "libretos"},
        trigger_words("libretto librettos libretti"),
    ),
    Repair(
        "a feature film",  # 'su primera película de característica' → 'su primer largometraje'
        re.compile(r"\bfeature(?:-length)?\s+films?\b", re.IGNORECASE),
        re.compile(r"\b(?:(primera|primer)\s+)?películas?\s+de\s+(?:característica|rasgo|función)s?\b"),
        lambda m: ("primer " if m.group(1) else "") + ("largometrajes" if "películas" in m.group() else "largometraje"),
        keys=trigger_words("feature feature-length"),
    ),
    Repair(
        "the lead role",  # 'Tocó la función de ventaja en la película' → 'Interpretó el papel principal'
        re.compile(r"\b(?:lead|leading|title|main)\s+roles?\b", re.IGNORECASE),
        re.compile(
            r"\b(?:([Tt]ocó|[Jj]ugó|[Ii]nterpretó)\s+)?(?:la|el)\s+(?:función|papel|rol|parte)\s+"
            r"(?:de\s+(?:ventaja|plomo|líder|título)|principal|líder)\b"
        ),
        lambda m: ("interpretó " if m.group(1) else "") + "el papel principal",
        keys=trigger_words("lead leading title main"),
    ),
    Repair(
        "trained as",  # 'Entrenó como enfermera' → 'Se formó como enfermera'
        re.compile(r"\btrained\s+as\s+an?\b", re.IGNORECASE),
        re.compile(r"\b([Ee])ntrenó\s+como\b"),
        lambda m: f"{'S' if m.group(1) == 'E' else 's'}e formó como",
        keys=trigger_words("trained"),
    ),
    Repair(
        "practised law",  # 'Practicó ley en Chicago' → 'Ejerció la abogacía en Chicago'
        re.compile(r"\bpracti[cs]ed\s+law\b", re.IGNORECASE),
        re.compile(r"\b([Pp])racticó\s+(?:la\s+)?(?:ley|derecho)\b"),
        lambda m: f"{'E' if m.group(1) == 'P' else 'e'}jerció la abogacía",
        keys=trigger_words("practised practiced"),
    ),
    Repair(
        "a visiting professor",  # 'un profesor de visitar' → 'un profesor visitante'
        re.compile(r"\bvisiting\s+(?:professor|scholar|lecturer|fellow)s?\b", re.IGNORECASE),
        re.compile(r"\b((?:profesor|académic|investigador|conferenciante)\w*)\s+de\s+visita(?:r|nte)?\b"),
        lambda m: f"{m.group(1)} visitante",
        keys=trigger_words("visiting"),
    ),
    Repair(
        "doctoral students",  # 'cuarenta doctoral alumnado' → 'cuarenta estudiantes de doctorado'
        re.compile(r"\bdoctoral\s+students\b", re.IGNORECASE),
        re.compile(r"\bdoctoral(?:es)?\s+(?:alumnado|alumnos|estudiantes)\b"),
        lambda m: "estudiantes de doctorado",
        keys=trigger_words("doctoral"),
    ),
    Repair(
        "physics, the subject",  # 'profesora de físicas' → 'profesora de física'
        re.compile(r"^(?!.*\bphysicists?\b).*\bphysics\b", re.IGNORECASE | re.DOTALL),
        re.compile(r"\b(de|en)\s+físicas\b"),
        lambda m: f"{m.group(1)} física",
        keys=trigger_words("physics"),
    ),
    Repair(
        "a scientific paper",  # 'su primer papel científico' → 'su primer artículo científico'
        re.compile(r"^(?!.*\brole\b).*\b(?:scientific|research|academic)\s+paper\b", re.IGNORECASE | re.DOTALL),
        re.compile(r"\bpapel\b"),
        lambda m: "artículo",
        keys=trigger_words("paper"),
    ),
    Repair(
        "a record producer",  # 'un productor récord' → 'un productor discográfico'
        re.compile(r"\brecord\s+producers?\b", re.IGNORECASE),
        re.compile(r"\bproductor(a|es|as)?\s+(?:de\s+)?r[ée]cords?\b"),
        lambda m: f"productor{m.group(1) or ''} discográfic{ENDING_AFTER_OR[m.group(1) or '']}",
        keys=trigger_words("record"),
    ),
    Repair(
        "a film actress",  # 'una actriz de película' → 'una actriz de cine'
        re.compile(r"\b(?:film|movie)\s+(?:actress|actor)(?:es|s)?\b", re.IGNORECASE),
        re.compile(r"\b(actriz|actrices|actor|actores)\s+de\s+películas?\b"),
        lambda m: f"{m.group(1)} de cine",
        keys=trigger_words("film movie"),
    ),
    Repair.swapping(
        "an industrialist",  # 'un industrialist y filántropo' → 'un industrial y filántropo'
        re.compile(r"\bindustrialists?\b", re.IGNORECASE),
        {"industrialist": "industrial", "industrialists": "industriales"},
        trigger_words("industrialist industrialists"),
    ),
    Repair(
        "a conscientious objector",  # 'un objetor concienzudo' → 'un objetor de conciencia'
        re.compile(r"\bconscientious\s+objectors?\b", re.IGNORECASE),
        re.compile(r"\b(objetor(?:a|es|as)?)\s+concienzud[oa]s?\b"),
        lambda m: f"{m.group(1)} de conciencia",
        keys=trigger_words("conscientious"),
    ),
    Repair(
        "Princess of",  # 'se convirtió en Príncipes de Mónaco' → 'en princesa de Mónaco'
        re.compile(r"\bPrincess\s+of\b"),
        re.compile(r"\b[Pp]r[ií]ncipes?\s+de\b"),
        lambda m: "princesa de",
        keys=trigger_words("princess"),
    ),
)
