"""A life's course, as the model learned it wrong from its teacher: where one was born and lived, schooling and
degrees, work, marriage, honours, trials and what was left behind.

'near Naples' came back as 'cercano Nápoles', 'was appointed director' as 'estuvo señalada directora',
'research' as 'búsqueda', 'never married' as 'Nunca casada', 'was survived by his wife' as 'Fue sobrevivido por
su mujer'. Each repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/life_repairs.py's).
"""

from __future__ import annotations

import re

from mt_core.demonyms import in_gender
from mt_core.life_repairs import KIN_EN
from mt_core.text_repair import Repair, trigger_words

_DOCTORATE = re.compile(r"\bdoctorates?\b", re.IGNORECASE)
_DOCTOR = re.compile(r"\bdoctors?\b", re.IGNORECASE)

_PLURAL = {"eron": "ieron"}


def _awarded(match: re.Match[str]) -> str:
    """'recibió', after the adverb the model put before or after 'fue': 'nunca recibió', 'también recibió'."""
    verb = "recibieron " if match.group(2).lower() in ("fueron", "estuvieron", "eran") else "recibió "
    adverb = (match.group(1) or match.group(3) or "").lower()
    if adverb in ("más tarde", "conjuntamente", "dos veces"):
        return f"{verb}{adverb} "
    return f"{adverb} {verb}" if adverb else verb


CAREER_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "near a place",  # 'cercano Nápoles' → 'cerca de Nápoles'
        re.compile(r"\bnear\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[A-Za-z]", re.IGNORECASE),
        re.compile(r"\b([Cc])ercan[oa]s?\s+(?=(?:el|la|los|las|un|una|su|sus)\b|[A-ZÁÉÍÓÚÑ])"),
        lambda m: f"{m.group(1)}erca de ",
        keys=trigger_words("near"),
    ),
    Repair(
        "near a place, after it",  # 'París cercano' → 'cerca de París'
        re.compile(r"\bnear\s+[A-Z]"),
        re.compile(r"\b([A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)*)\s+cercan[oa]s?\b"),
        lambda m: f"cerca de {m.group(1)}",
        keys=trigger_words("near"),
    ),
    Repair(
        "for most of",  # 'para la mayoría de su vida' → 'durante la mayor parte de su vida'
        re.compile(r"\bfor\s+(?:most|much)\s+of\s+(?:his|her|their|the)\b", re.IGNORECASE),
        re.compile(r"\b(?:para|por)\s+(?:la\s+mayoría|mucho)\s+de\s+(?=(?:su|sus|la|el|los|las)\b)"),
        lambda m: "durante la mayor parte de ",
        keys=trigger_words("most much"),
    ),
    Repair(
        "settled in",  # 'resolvió en Chicago', 'y resuelto en' → 'se estableció en'
        re.compile(r"\bsettled\s+(?:down\s+)?in\b", re.IGNORECASE),
        re.compile(r"\b(?:([Rr])esolvi(ó|eron)|([Rr])esuelto)\s+en\b"),
        lambda m: f"{'S' if 'R' in (m.group(1), m.group(3)) else 's'}e establec{_PLURAL.get(m.group(2), 'ió')} en",
        keys=trigger_words("settled"),
    ),
    Repair(
        "fled a country",  # 'Huyó Alemania' → 'Huyó de Alemania'
        re.compile(r"\bfled\s+(?:the\s+)?[A-Z]"),
        re.compile(r"\b([Hh]uy(?:ó|eron))\s+(?=(?:el\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚ])"),
        lambda m: f"{m.group(1)} de ",
        keys=trigger_words("fled"),
    ),
    Repair(
        "until a year",  # 'hasta que 1975' → 'hasta 1975'
        re.compile(r"\buntil\s+\d{4}\b", re.IGNORECASE),
        re.compile(r"\bhasta\s+que\s+(?=\d{4}\b)"),
        lambda m: "hasta ",
        keys=trigger_words("until"),
    ),
    Repair(
        "final years",  # 'sus años finales' → 'sus últimos años'
        re.compile(r"\b(?:final|last)\s+years\b", re.IGNORECASE),
        re.compile(r"\b(sus|los)\s+años\s+finales\b"),
        lambda m: f"{m.group(1)} últimos años",
        keys=trigger_words("final last"),
    ),
    Repair(
        "a pilot's licence",  # 'aguantar una licencia piloto' → 'obtener una licencia de piloto'
        re.compile(r"\bpilot'?s?\s+licen[cs]e\b", re.IGNORECASE),
        re.compile(r"\b(?:(aguantar|aguantó)\s+)?(una\s+)?licencia\s+(?:de\s+)?piloto\b"),
        lambda m: (
            ({"aguantar": "obtener ", "aguantó": "obtuvo "}.get(m.group(1) or "", ""))
            + f"{m.group(2) or ''}licencia de piloto"
        ),
        keys=trigger_words("licence license"),
    ),
    Repair(
        "gave a speech",  # 'dando una habla' → 'dando un discurso'
        re.compile(
            r"\b(?:giving|gave|give|gives|delivering|delivered|made|making)\s+(?:a|his|her|the)\s+(?:\w+\s+)?speech\b",
            re.I,
        ),
        re.compile(r"\b(?:una|un)\s+habla\b"),
        lambda m: "un discurso",
        keys=trigger_words("speech"),
    ),
    Repair(
        "around the world",  # 'en todas partes el mundo' → 'en todo el mundo'
        re.compile(r"\b(?:around|across|throughout|all\s+over)\s+the\s+world\b", re.IGNORECASE),
        re.compile(r"\ben\s+todas\s+partes\s+(?:d?el)\s+mundo\b"),
        lambda m: "en todo el mundo",
        keys=trigger_words("world"),
    ),
    Repair(
        "engineering",  # 'estudiar ingeniera' → 'ingeniería': the field, not a woman engineer
        lambda source: (
            re.search(r"\bengineering\b", source, re.I) is not None
            and re.search(r"\bengineers?\b", source, re.I) is None
        ),
        re.compile(r"\b([Ii])ngeniera\b"),
        lambda m: f"{m.group(1)}ngeniería",
        keys=trigger_words("engineering"),
    ),
    Repair(
        "release from prison",  # 'su emisión de prisión' → 'su liberación'
        re.compile(r"\brelease\s+from\s+(?:prison|jail|captivity|custody)\b", re.IGNORECASE),
        re.compile(r"\b(?:emisión|lanzamiento|liberación)\s+(?=de\s+(?:la\s+)?(?:prisión|cárcel|cautiverio|custodia))"),
        lambda m: "liberación ",
        keys=trigger_words("release"),
    ),
    Repair(
        "in exile",  # 'Vivió en exilio' → 'Vivió en el exilio'
        re.compile(r"\bin\s+exile\b", re.IGNORECASE),
        re.compile(r"\ben\s+exilio\b"),
        lambda m: "en el exilio",
        keys=trigger_words("exile"),
    ),
    Repair(
        "pen name",  # 'el nombre de bolígrafo de Mary Ann Evans' → 'el seudónimo de'
        re.compile(r"\bpen[\s-]+names?\b", re.IGNORECASE),
        re.compile(r"\bnombre(s?)\s+de\s+(?:bolígrafo|pluma)\b"),
        lambda m: f"seudónimo{m.group(1)}",
        keys=trigger_words("pen"),
    ),
    Repair(
        "before a year",  # 'antes de que 1934' → 'antes de 1934'
        re.compile(r"\bbefore\s+\d{3,4}\b", re.IGNORECASE),
        re.compile(r"\bantes\s+de\s+que\s+(?=\d{3,4}\b)"),
        lambda m: "antes de ",
        keys=trigger_words("before"),
    ),
    Repair(
        "went into exile",  # 'fue a exilio en México' → 'se exilió en México'
        re.compile(r"\bwent\s+into\s+exile\b", re.IGNORECASE),
        re.compile(r"\b([Ff])ue(ron)?\s+a(?:l)?\s+exilio\b"),
        lambda m: f"{'S' if m.group(1) == 'F' else 's'}e exili{'aron' if m.group(2) else 'ó'}",
        keys=trigger_words("exile"),
    ),
    Repair(
        "elected to an academy",  # 'Fue elegida a la Academia' → 'elegida miembro de la Academia'
        re.compile(r"\belected\s+(?:a\s+)?(?:member\s+)?(?:to|of)\s+the\b", re.IGNORECASE),
        re.compile(r"\b(elegid[oa]s?)\s+(?:a\s+la|a|al)\s+(?=(?:Academia|Real\s+Academia|Sociedad|Royal\s+Society)\b)"),
        lambda m: f"{m.group(1)} miembro de la ",
        keys=trigger_words("elected"),
    ),
    Repair(
        "elected a member",  # 'elegida una miembro', 'ordenado un sacerdote' → 'elegida miembro', 'ordenado sacerdote'
        re.compile(
            r"\b(?:was|were|be|been)\s+(?:elected|appointed|named|ordained)\s+(?:a|an)\s+[a-zA-Z]", re.IGNORECASE
        ),
        re.compile(r"\b((?:elegid|nombrad|designad|ordenad)[oa]s?)\s+(?:un|una)\s+(?=\w)"),
        lambda m: f"{m.group(1)} ",
        keys=trigger_words("elected appointed named ordained"),
    ),
    Repair(
        "a Fellow of the",  # 'un Fellow de la Royal Society' → 'miembro de la Royal Society'
        re.compile(r"\b[Ff]ellow\s+of\s+the\b"),
        re.compile(r"\b(?:(?:un|una)\s+)?[Ff]ellow\s+(?=de\s+la\b|del\b)"),
        lambda m: "miembro ",
        keys=trigger_words("fellow"),
    ),
    Repair(
        "concentration camp",  # 'campamento de concentración' → 'campo de concentración'
        re.compile(r"\bconcentration\s+camps?\b", re.IGNORECASE),
        re.compile(r"\bcampamento(s?)\s+de\s+concentración\b"),
        lambda m: f"campo{m.group(1)} de concentración",
        keys=trigger_words("concentration"),
    ),
    Repair(
        "of African descent",  # 'de descenso africano' → 'de ascendencia africana'
        re.compile(r"\bdescent\b", re.IGNORECASE),
        re.compile(r"\bde\s+descenso\s+([a-záéíóúñ]+)\b"),
        lambda m: f"de ascendencia {in_gender(m.group(1), 'f')}",
        keys=trigger_words("descent"),
    ),
    Repair(
        "arrived in",  # 'Llegó en París' → 'Llegó a París'
        re.compile(r"\barriv(?:ed|es|e|ing)\s+(?:back\s+)?(?:in|at)\b", re.IGNORECASE),
        re.compile(r"\b([Ll]leg(?:ó|aron|aba|aban|ar|ando))\s+en\s+(?=[A-ZÁÉÍÓÚ]|(?:el|la|los|las)\b)"),
        lambda m: f"{m.group(1)} a ",
        keys=trigger_words("arrived arrives arrive arriving"),
    ),
    Repair(
        "early in a month",  # 'en diciembre temprano' → 'a principios de diciembre', 'tardío' → 'a finales de'
        re.compile(r"\b(?:early|late)\s+(?:in\s+)?(?:[A-Z][a-z]+|\d{4})\b"),
        re.compile(
            r"\ben\s+((?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
            r"\d{4})(?:\s+de\s+\d{4})?)\s+(temprano|tardío)\b"
        ),
        lambda m: f"a {'principios' if m.group(2) == 'temprano' else 'finales'} de {m.group(1)}",
        keys=trigger_words("early late"),
    ),
    Repair(
        "born to a family",  # 'Nació ... a una familia británica rica' → 'en una familia'
        re.compile(r"\bborn\b.*\bto\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}family\b", re.IGNORECASE),
        re.compile(r"(?<=[,\s])a\s+una\s+familia\b"),
        lambda m: "en una familia",
        keys=trigger_words("born"),
    ),
    Repair(
        "boarding school",  # 'una escuela de entablar' → 'un internado'
        re.compile(r"\bboarding[\s-]+schools?\b", re.IGNORECASE),
        re.compile(r"\b(?:(una)\s+)?escuela(s?)\s+(?:de\s+)?(?:entablar|embarque|abordaje|huéspedes|internado)\b"),
        lambda m: ("un " if m.group(1) else "") + ("internados" if m.group(2) else "internado"),
        keys=trigger_words("boarding"),
    ),
    Repair(
        "at the time",  # 'en el tiempo' → 'en aquella época'
        # the time then, closing its clause: not 'at the time appointed in the month Abib'
        re.compile(r"\bat\s+the\s+time\b(?=\s*(?:[,.;:)]|$))", re.IGNORECASE),
        re.compile(r"\ben\s+el\s+tiempo\b(?=\s*(?:[,.;:)]|$))"),
        lambda m: "en aquella época",
        keys=trigger_words("time"),
    ),
    Repair(
        "shortly before",  # 'hasta dentro de poco antes de su muerte' → 'hasta poco antes de'
        re.compile(r"\bshortly\s+(?:before|after)\b", re.IGNORECASE),
        re.compile(r"\bdentro\s+de\s+poco\s+(?=antes\b|después\b)"),
        lambda m: "poco ",
        keys=trigger_words("shortly"),
    ),
    Repair(
        "much of something",  # 'vivió mucho de su vida' → 'gran parte de su vida'
        re.compile(r"\bmuch\s+of\s+(?:his|her|their|its|the)\b", re.IGNORECASE),
        re.compile(r"\bmucho\s+(de\s+(?:su|sus|la|el|los|las)|del)\b"),
        lambda m: f"gran parte {m.group(1)}",
        keys=trigger_words("much"),
    ),
    Repair(
        "most of something",  # 'la mayoría de su vida' → 'la mayor parte de su vida': 'mayoría' counts
        re.compile(r"\bmost\s+of\s+(?:his|her|their|its|the|my|our)\s+\w+(?<!s)\b", re.IGNORECASE),
        re.compile(r"\b([Ll]a\s+)?mayoría\s+(de\s+(?:su|la|el|mi|nuestra|nuestro)|del)\s+(?=[a-záéíóúñ]+(?<!s)\b)"),
        lambda m: f"{m.group(1) or ''}mayor parte {m.group(2)} ",
        keys=trigger_words("most"),
    ),
    Repair(
        "forced to",  # 'fue forzada para dimitir' → 'fue obligada a dimitir'
        re.compile(r"\bforced\s+to\s+\w", re.IGNORECASE),
        re.compile(r"\b(?:forzad|obligad)(o|a|os|as)\s+para\s+(?=[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la)?\b)"),
        lambda m: f"obligad{m.group(1)} a ",
        keys=trigger_words("forced"),
    ),
    Repair(
        "over a number",  # 'encima treinta lenguas', 'encima 50 años' → 'más de'
        re.compile(
            r"\bover\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred)",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?<!\bpor )\b[Ee]ncima\s+(?:de\s+)?(?=\d|(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
            r"veinte|treinta|cuarenta|cincuenta|cien|cientos)\b)"
        ),
        lambda m: "más de ",
        keys=trigger_words("over"),
    ),
    Repair(
        "just over",  # 'En justo sobre una década' → 'En poco más de una década'
        re.compile(r"\bjust\s+over\s+(?:a|an|one|two|three|\d)", re.IGNORECASE),
        re.compile(r"\bjusto\s+(?:sobre|encima(?:\s+de)?)\s+(?=(?:un|una|uno|dos|tres|\d))"),
        lambda m: "poco más de ",
        keys=trigger_words("just"),
    ),
    Repair(
        "later years",  # 'En sus años más tardíos' → 'En sus últimos años'
        re.compile(r"\b(?:later|last|final)\s+years\b", re.IGNORECASE),
        re.compile(r"\b(su|sus)\s+años\s+más\s+tardíos\b"),
        lambda m: "sus últimos años",
        keys=trigger_words("later last final"),
    ),
    Repair(
        "named after",  # 'está nombrado después de que le' → 'lleva su nombre'
        re.compile(r"\bnamed\s+(?:after|for)\s+(?:him|her|them)\b", re.IGNORECASE),
        re.compile(
            r"\b(?:está|es|fue|estuvo)\s+nombrad[oa]s?\s+(?:después\s+de(?:\s+que)?|para)\s+"
            r"(?:le|la|él|ella|les|ellos|ellas)\b"
        ),
        lambda m: "lleva su nombre",
        keys=trigger_words("named"),
    ),
    Repair(
        "never married",  # 'Nunca casada' → 'Nunca se casó'
        re.compile(r"\bnever\s+married\b", re.IGNORECASE),
        re.compile(r"\b([Nn]unca)\s+(?:se\s+)?casad[oa]s?\b"),
        lambda m: f"{m.group(1)} se casó",
        keys=trigger_words("never"),
    ),
    Repair(
        "had no children",  # 'tuvo ninguna niña' → 'no tuvo hijos'
        re.compile(r"\bhad\s+no\s+children\b", re.IGNORECASE),
        re.compile(r"\b(?<!no )([Tt])uvo\s+ning(?:ún|una|uno)\s+(?:hijo|hija|niño|niña)s?\b"),
        lambda m: f"{'N' if m.group(1) == 'T' else 'n'}o tuvo hijos",
        keys=trigger_words("children"),
    ),
    Repair(
        "was awarded the",  # 'Nunca fue otorgada el' → 'Nunca recibió el', 'Era también otorgó la' → 'También recibió'
        re.compile(
            r"\b(?:was|were)\s+(?:(?:never|also|later|jointly|twice|first)\s+)?awarded\s+"
            r"(?:the|a|an|his|her|their|two|three|several)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:(nunca|también)\s+)?([Ff]ue|[Ff]ueron|[Ee]stuvo|[Ee]stuvieron|[Ee]ra|[Ee]ran)\s+"
            r"(?:(nunca|también|más\s+tarde|conjuntamente|dos\s+veces)\s+)?otorg(?:ad[oa]s?|ó)\s+"
            r"(?=(?:el|la|los|las|un|una|su|sus|dos|tres|varios|varias)\b)",
            re.IGNORECASE,
        ),
        _awarded,
        keys=trigger_words("awarded"),
    ),
    Repair(
        "posthumously",  # 'Era posthumously otorgó el' → 'Recibió a título póstumo el'
        re.compile(r"\b(?:was|were)\s+posthumously\s+awarded\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ff]ue|[Ee]ra|[Ee]stuvo)\s+posthumously\s+(?:otorgó|otorgad[oa]|concedid[oa]|concedió)\s+"),
        lambda m: "recibió a título póstumo ",
        keys=trigger_words("posthumously"),
    ),
    Repair(
        "hometown",
        re.compile(r"\bhome\s*town\b", re.IGNORECASE),
        re.compile(r"\bhometown\b"),
        lambda m: "ciudad natal",
        keys=trigger_words("hometown home"),
    ),
    Repair(
        "met a relative",  # 'donde cumplió su mujer futura' → 'donde conoció a su'
        re.compile(rf"\bmet\s+(?:his|her|their)\s+(?:(?:future|first|second|late)\s+)?(?:{KIN_EN})\b", re.IGNORECASE),
        re.compile(r"\b([Cc])umplió\s+(?=(?:su|sus)\s)"),
        lambda m: f"{'C' if m.group(1) == 'C' else 'c'}onoció a ",
        keys=trigger_words("met"),
    ),
    Repair(
        "left school",  # 'Dejó escolar' → 'Dejó la escuela'
        re.compile(r"\bleft\s+school\b", re.IGNORECASE),
        re.compile(r"\b([Dd]ejó)\s+(?:la\s+)?escolar\b"),
        lambda m: f"{m.group(1)} la escuela",
        keys=trigger_words("school"),
    ),
    Repair(
        "founding members",  # 'las miembros de fundar' → 'los miembros fundadores'
        re.compile(r"\bfounding\s+members?\b", re.IGNORECASE),
        re.compile(r"\b(?:(los|las)\s+)?(miembros?)\s+de\s+fundar\b"),
        lambda m: (
            f"{m.group(1) + ' ' if m.group(1) else ''}{m.group(2)} "
            + ("fundadoras" if m.group(1) == "las" else "fundadores" if m.group(2).endswith("s") else "fundador")
        ),
        keys=trigger_words("founding"),
    ),
    Repair(
        "research",  # 'research' is 'investigación', not 'búsqueda' ('director de búsqueda')
        # not a search for something ('research for a cure'); a duration is no object ('his research for decades')
        re.compile(
            r"\bresearch(?:es)?\b(?!\s+into\s+the\s+whereabouts)(?!\s+for\s+(?!(?:over|more|almost|nearly|about|"
            r"many|several|most|\d+|one|two|three|four|five|six|seven|eight|nine|ten|decades|years|the\s+rest)\b))",
            re.IGNORECASE,
        ),
        re.compile(r"\b([Bb])úsqueda(s?)\b"),
        lambda m: f"{'I' if m.group(1) == 'B' else 'i'}nvestigaci{'ones' if m.group(2) else 'ón'}",
        keys=trigger_words("research researches"),
    ),
    Repair(
        "divorced",  # 'La pareja divorciado en 1935' → 'se divorció'
        re.compile(r"\b(?:couple|they|he|she|[A-Z][a-z]+)\s+divorced\b(?!\s+(?:him|her|them|his|the)\b)"),
        re.compile(
            r"(?<![Ss]e )(?<!\bha )(?<!\bhan )(?<!\bhabía )(?<!\bhabían )\bdivorciad[oa](s?)(?=\s+(?:en|el|de)\b)"
        ),
        lambda m: "se divorciaron" if m.group(1) else "se divorció",
        keys=trigger_words("divorced"),
    ),
    Repair(
        "doctorate",  # 'un honorary doctora' → 'un doctorado honoris causa', 'una doctora en físicas' → 'un doctorado'
        lambda source: bool(_DOCTORATE.search(source)) and not _DOCTOR.search(source),
        re.compile(r"\b(?:(un|una|el|la|su)\s+)?(honorary\s+)?doctor[ao]?\b(\s+honorario)?"),
        lambda m: (
            {"una": "un ", "la": "el "}.get(m.group(1) or "", f"{m.group(1)} " if m.group(1) else "")
            + "doctorado"
            + (" honoris causa" if m.group(2) or m.group(3) else "")
        ),
        keys=trigger_words("doctorate doctorates"),
    ),
    Repair(
        "inducted into",  # 'Era inducted a la' → 'Ingresó en la'
        re.compile(r"\binducted\s+into\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ee]ra|[Ff]ue|[Ee]stuvo|[Ee]s)\s+inducted\s+(?:a|en|al)\b"),
        lambda m: "ingresó en",
        keys=trigger_words("inducted"),
    ),
    Repair(
        "arrested for",  # 'arrestada varias veces para sus actividades' → 'por'
        re.compile(
            r"\b(?:arrested|imprisoned|jailed|detained|punished|convicted|sentenced|criticized|criticised|executed)\b"
            r"[^.;]{0,40}?\bfor\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b((?:arrestad|encarcelad|detenid|castigad|condenad|sentenciad|criticad|ejecutad)(?:o|a|os|as)\s+"
            r"(?:[\wáéíóúñ]+\s+){0,3}?)para(?=\s+(?:su|sus|el|la|los|las|un|una|haber|\w+ar|\w+er|\w+ir)\b)"
        ),
        lambda m: f"{m.group(1)}por",
        keys=trigger_words(
            "arrested imprisoned jailed detained punished convicted sentenced criticized criticised executed"
        ),
    ),
    Repair(
        "found guilty",  # 'estuvo encontrado culpable' → 'fue declarado culpable'
        re.compile(r"\bfound\s+(?:not\s+)?guilty\b", re.IGNORECASE),
        re.compile(r"\b(?:(estuvo|fue|Estuvo|Fue)\s+)?encontrad(o|a|os|as)\s+(?=(?:no\s+)?culpables?\b)"),
        lambda m: (("Fue " if m.group(1)[0].isupper() else "fue ") if m.group(1) else "") + f"declarad{m.group(2)} ",
        keys=trigger_words("guilty"),
    ),
    Repair(
        "plays of a playwright",  # 'Los juegos de Shakespeare' → 'Las obras de Shakespeare'
        re.compile(r"\b(?:his|her|their|[A-Z][a-z]+'s)\s+(?:\w+\s+)?plays\b|\bplays\s+of\s+[A-Z]"),
        re.compile(
            r"\b([Ll]os|[Ss]us|[Ee]stos|[Ss]eis|[Vv]arios)\s+juegos\b(?=\s+(?:de\s+[A-Z]|[a-záéíóúñ]+\s|han|son|fueron|se))"
        ),
        lambda m: (
            {"los": "las", "sus": "sus", "estos": "estas", "seis": "seis", "varios": "varias"}[m.group(1).lower()]
            + " obras"
        ),
        keys=trigger_words("plays"),
    ),
    Repair(
        "after her parents separated",  # 'después de sus padres separaron' → 'después de que sus padres se separaron'
        re.compile(
            r"\bafter\s+(?:his|her|their)\s+\w+\s+(?:separated|divorced|died|left|married|moved)\b", re.IGNORECASE
        ),
        re.compile(r"\b([Dd]espués\s+de)\s+(su|sus)\s+(\w+)\s+(?:se\s+)?(separaron|separó|divorciaron|divorció)\b"),
        lambda m: f"{m.group(1)} que {m.group(2)} {m.group(3)} se {m.group(4)}",
        keys=trigger_words("after"),
    ),
    Repair(
        "came to prominence",  # 'vino a prominencia' → 'saltó a la fama'
        re.compile(r"\b(?:came|rose)\s+to\s+(?:prominence|fame)\b", re.IGNORECASE),
        re.compile(r"\b(?:[Vv]ino|[Aa]scendió|[Ss]ubió|[Ll]legó)\s+a\s+(?:la\s+)?(?:prominencia|fama)\b"),
        lambda m: "saltó a la fama",
        keys=trigger_words("prominence fame"),
    ),
    Repair(
        "survived by, several",  # 'Fue sobrevivido por su mujer y cuatro hijos' → 'Le sobrevivieron su mujer y'
        re.compile(r"\bsurvived\s+by\s+[^.;]*(?:\band\b|\b(?:children|sons|daughters|brothers|sisters)\b)", re.I),
        re.compile(r"\b[Ff]ue\s+sobrevivid[oa]s?\s+por\s+"),
        lambda m: "le sobrevivieron ",
        keys=trigger_words("survived"),
    ),
    Repair(
        "survived by",  # 'Fue sobrevivida por su marido' → 'Le sobrevivió su marido'
        re.compile(r"\bsurvived\s+by\b", re.IGNORECASE),
        re.compile(r"\b[Ff]ue\s+sobrevivid[oa]s?\s+por\s+"),
        lambda m: "le sobrevivió ",
        keys=trigger_words("survived"),
    ),
    Repair(
        "won a prize for",  # 'Ganó el Premio Pulitzer en 1988 para Beloved' → 'por Beloved'
        re.compile(
            r"\b(?:won|awarded|received|given)\b[^.;]{0,80}?\b(?:Prize|Award|Medal|Oscar|prize|award|medal)\b[^.;]{0,40}?\bfor\b"
        ),
        re.compile(r"\b((?:[Pp]remio|Óscar|[Gg]alardón|[Mm]edalla)\b[^.;:]{0,60}?\s)para(?=\s)"),
        lambda m: f"{m.group(1)}por",
        keys=trigger_words("won awarded received given"),
    ),
    Repair(
        "came to be known",  # 'vino para ser conocido como' → 'llegó a ser conocido como'
        re.compile(r"\bcame\s+to\s+be\b", re.IGNORECASE),
        re.compile(r"\b([Vv])ino\s+(?:para|a)\s+ser\b"),
        lambda m: f"{'L' if m.group(1) == 'V' else 'l'}legó a ser",
        keys=trigger_words("came"),
    ),
    Repair(
        "computer science",  # 'ciencia de ordenador' → 'informática'
        re.compile(r"\bcomputer\s+scien(?:ce|tists?)\b", re.IGNORECASE),
        re.compile(r"\b(ciencia|científic[oa]s?)\s+de(?:l)?\s+(?:los\s+)?ordenador(?:es)?\b"),
        lambda m: "informática" if m.group(1) == "ciencia" else "informátic" + m.group(1)[len("científic") :],
        keys=trigger_words("computer"),
    ),
)
