"""The events of a life the model learned wrong from its teacher: awards, sport, office, trials and deaths.

'was awarded the prize' came back as 'fue otorgado el premio', 'played for Barcelona' as 'tocó para', 'ran a
school' as 'corrió una escuela', 'committed suicide' as 'vendió suicidio', 'was tried' as 'fue probado'. Each
repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after the verbs' of
mt_core/verb_repairs.py).
"""

from __future__ import annotations

import re

from mt_core.demonyms import in_gender
from mt_core.text_repair import Repair, trigger_words

_RAN = {"corrió": "dirigió", "corrieron": "dirigieron", "corría": "dirigía", "corrían": "dirigían"}
_HELD = {"aguanta": "posee", "aguantaba": "poseía", "aguantó": "poseyó", "aguantan": "poseen", "aguantaban": "poseían"}
_OFFICE = {"aquella": "aquel", "esa": "ese", "la": "el", "esta": "este", "una": "un", "su": "su"}


#: Participles of what happens once (adopted, injured, elected, buried): after 'estuvo' or 'era' they are a passive
#: of the preterite, 'fue'. Not states, which 'era' and 'estuvo' may carry ('era conocido', 'estuvo casado').
_EVENTS = (
    r"adoptad|herid|lesionad|nombrad|elegid|reelegid|asesinad|arrestad|detenid|encarcelad|enterrad|liberad|"
    r"publicad|fundad|construid|destruid|premiad|galardonad|condecorad|ordenad|bautizad|coronad|secuestrad|"
    r"exiliad|deportad|ejecutad|condenad|sentenciad|absuelt|despedid|contratad|expulsad|nominad|designad|"
    r"derrotad|capturad|matad|diagnosticad|operad|trasladad|ascendid|admitid|otorgad|estrenad|grabad|"
    r"descubiert|inaugurad|asignad|enviad|invitad|vendid|demolid|reconstruid|restaurad|firmad|aprobad|"
    r"promulgad|proclamad|canonizad|beatificad|excomulgad|traducid|hospitalizad|ingresad|internad|evacuad|"
    r"rescatad|fichad|traspasad|convocad|seleccionad|reclutad|movilizad|acusad|juzgad|procesad|indultad|"
    r"destituid|derrocad|depuest|investid|apuñalad|torturad|anexionad|invadid|bombardead|inventad|"
    r"patentad|diseñad|emitid|cancelad|disuelt|abolid|prohibid|censurad|anunciad"
)
#: Words that make an English past a habit, which Spanish says with 'era' ('was often criticised').
_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t)\b", re.IGNORECASE)
#: Passives with an irregular participle ('was sold'): only after 'estuvo', since 'era vendida' may be a price
#: or a state ('until a donkey's head was sold for eighty pieces of silver').
_IRREGULAR_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:sold|told|held|found|made|paid|laid|led|read|said|shot|put|set|cut|hit|hung|"
    r"won|struck|sung|begun|run)\b",
    re.IGNORECASE,
)
_HABITUAL = re.compile(
    r"\b(?:often|usually|always|sometimes|frequently|regularly|generally|never|rarely|seldom|every|each|"
    r"repeatedly|constantly|typically|normally)\b",
    re.IGNORECASE,
)


def _released(works: str) -> re.Pattern[str]:
    """'her album was released', 'released his first film'."""
    return re.compile(
        rf"\b(?:{works})\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?released\b|"
        r"\breleased\s+(?:(?:his|her|their|its|a|an|the)\s+)?"
        rf"(?:(?:first|second|third|debut|last|final|new|solo|studio|live|\w+-selling)\s+)*(?:{works})\b",
        re.IGNORECASE,
    )


_OF_SU = re.compile(r"\bde\s+su\s+(?=(?:estuvo|fue|era|es|ha|había|se|en|y|que)\b)")


#: The people a biography's verbs take as their object, after which Spanish puts the personal 'a'.
_KIN = (
    r"madre|padre|padres|herman[oa]s?|espos[oa]s?|marido|mujer|hij[oa]s?|tí[oa]s?|prim[oa]s?|abuel[oa]s?|"
    r"sobrin[oa]s?|familia|maestr[oa]s?|mentor[a]?|amig[oa]s?|novi[oa]|compañer[oa]s?|rival|sucesor[a]?|"
    r"predecesor[a]?|mecenas|suegr[oa]s?|cuñad[oa]s?"
)
KIN_EN = (
    r"mother|father|parents|brothers?|sisters?|wife|husband|spouse|sons?|daughters?|children|aunt|uncle|"
    r"cousins?|grand(?:mother|father|parents)|niece|nephew|family|teachers?|mentor|friends?|fianc[eé]e?|"
    r"girlfriend|boyfriend|partner|rival|successor|predecessor|patron|in-laws?"
)
#: Verbs whose object is a person: Spanish marks it with 'a' ('siguió a su hermana', 'conoció a su esposa').
_PERSON_VERBS = (
    r"sigui[óe]|conoci[óe]|visit[óe]|acompañ[óe]|ayud[óe]|dej[óe]|abandon[óe]|perdi[óe]|sucedi[óe]|"
    r"reemplaz[óe]|apoy[óe]|enseñ[óe]|am[óe]|mat[óe]|llam[óe]|cuid[óe]|educ[óe]|cri[óe]|anim[óe]|"
    r"convenci[óe]|persuadi[óe]|inspir[óe]|influy[óe]|retrat[óe]|pint[óe]|mencion[óe]|acus[óe]|defendi[óe]|"
    r"siguieron|conocieron|visitaron|acompañaron|ayudaron|dejaron|perdieron|apoyaron|cuidaron|criaron"
)


LIFE_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "fought for",
        re.compile(r"\b(?:fought|fight|fights|fighting|struggled|campaigned|campaigning|advocated)\s+for\b", re.I),
        re.compile(r"\b((?i:luch|combat|abog)\w*)\s+para\b"),
        lambda m: f"{m.group(1)} por",
        keys=trigger_words("fought fight fights fighting struggled campaigned campaigning advocated"),
    ),
    Repair(
        "took over",  # 'tomó sobre el negocio' → 'se hizo cargo del negocio', 'Tomó encima como' → 'Asumió como'
        re.compile(r"\btook\s+over\b", re.IGNORECASE),
        re.compile(r"\b([Tt])omó\s+(?:sobre|encima)(?:\s+de)?\s+(?:(el|la|los|las|su|sus)\b|(?=(?:como|tan)\b))"),
        lambda m: (
            f"{'S' if m.group(1) == 'T' else 's'}e hizo cargo {'del' if m.group(2) == 'el' else 'de ' + m.group(2)}"
            if m.group(2)
            else f"{'A' if m.group(1) == 'T' else 'a'}sumió "
        ),
        keys=trigger_words("took"),
    ),
    Repair(
        "the eldest",  # 'el eldest de cinco hijos', 'la hija más eldest', 'el más viejo de tres' → 'mayor'
        re.compile(r"\b(?:eldest|oldest)\b", re.IGNORECASE),
        re.compile(r"\b(?:(el|la)\s+)?(?:más\s+)?(?:eldest|oldest|viej[oa])\b(?=\s+de\b|\s*[.,;]|$)"),
        lambda m: f"{m.group(1) + ' ' if m.group(1) else ''}mayor",
        keys=trigger_words("eldest oldest"),
    ),
    Repair(
        "died in her sleep",  # 'Murió en su sueño' → 'Murió mientras dormía'
        re.compile(r"\bdied\s+in\s+(?:his|her|their)\s+sleep\b", re.IGNORECASE),
        re.compile(r"\b([Mm]uri(?:ó|eron))\s+en\s+su\s+sueño\b"),
        lambda m: f"{m.group(1)} mientras dormía",
        keys=trigger_words("sleep"),
    ),
    Repair(
        "attended by",  # 'Su funeral fue atendido por miles' → 'contó con la asistencia de miles'
        re.compile(r"\b(?:was|were)\s+attended\s+by\b", re.IGNORECASE),
        re.compile(r"\b(?:fue|estuvo)\s+atendid[oa]s?\s+por\b"),
        lambda m: "contó con la asistencia de",
        keys=trigger_words("attended"),
    ),
    Repair(
        "unveiled",  # 'estuvo ingeniada' → 'fue inaugurada'
        re.compile(r"\bunveiled\b", re.IGNORECASE),
        re.compile(r"\b(?:fue|estuvo|era)\s+(?:ingeniad|desvelad|revelad|descubiert)([oa]s?)\b"),
        lambda m: f"fue inaugurad{m.group(1)}",
        keys=trigger_words("unveiled"),
    ),
    # 'Una estatua de su estuvo' → 'de ella fue': 'su' needs a noun after it
    Repair(
        "of her",
        re.compile(r"\bof\s+her\b", re.IGNORECASE),
        _OF_SU,
        lambda m: "de ella ",
        keys=trigger_words("her"),
    ),
    Repair(
        "of him",
        re.compile(r"\bof\s+him\b", re.IGNORECASE),
        _OF_SU,
        lambda m: "de él ",
        keys=trigger_words("him"),
    ),
    Repair(
        "gave birth",  # 'dar nacimiento a' → 'dar a luz a'
        re.compile(r"\b(?:gave|giving|give|gives|given)\s+birth\b", re.IGNORECASE),
        re.compile(r"\b(dar|dio|dieron|daba|dado|dando)\s+nacimiento\b"),
        lambda m: f"{m.group(1)} a luz",
        keys=trigger_words("birth"),
    ),
    Repair(
        "over the ocean",  # 'Desapareció encima el océano' → 'sobre el océano': 'encima' takes 'de'
        re.compile(r"\bover\s+(?:the|a|an)\b", re.IGNORECASE),
        re.compile(r"\bencima\s+(el|la|los|las)\b"),
        lambda m: f"sobre {m.group(1)}",
        keys=trigger_words("over"),
    ),
    Repair(
        "had children",  # 'Tuvo tres niñas' → 'Tuvo tres hijos': a parent's children are 'hijos'
        re.compile(r"\b(?:had|has|have)\s+(?:\w+\s+){0,2}children\b", re.IGNORECASE),
        re.compile(r"\b((?i:tuvo|tuvieron|tiene|tienen|tenía|tenían)\s+(?:\w+\s+)?)niñ[oa]s\b"),
        lambda m: f"{m.group(1)}hijos",
        keys=trigger_words("children"),
    ),
    Repair(
        "remarried",  # a copied 'remarried' → 'volvieron a casarse'
        re.compile(r"\bremarried\b", re.IGNORECASE),
        re.compile(r"\bremarried\b"),
        # the verb before says the number: 'Se divorciaron y remarried'
        lambda m: (
            "volvieron a casarse" if re.search(r"\w(?:aron|ieron)\b", m.string[: m.start()]) else "volvió a casarse"
        ),
        keys=trigger_words("remarried"),
    ),
    Repair(
        "lived with a partner",  # 'Vivió con su socio' → 'su pareja': a business partner is 'socio'
        re.compile(r"\blived\s+with\s+(?:his|her|their)\s+partner\b", re.IGNORECASE),
        re.compile(r"\b(con\s+su)\s+soci[oa]\b"),
        lambda m: f"{m.group(1)} pareja",
        keys=trigger_words("partner"),
    ),
    Repair(
        "well-known",  # 'una actrizbiensabido' → 'una actriz conocida'
        re.compile(r"\bwell[\s-]known\b", re.IGNORECASE),
        re.compile(r"\b(?:(una?|el|la)\s+)?([a-záéíóúñ]+?)biensabid[oa](s?)\b"),
        lambda m: (
            (f"{m.group(1)} " if m.group(1) else "")
            + f"{m.group(2)} conocid{'a' if (m.group(1) or '').lower() in ('una', 'la') else 'o'}{m.group(3)}"
        ),
        keys=trigger_words("well-known well"),
    ),
    Repair(
        "foreign rule",  # 'de regla británica' → 'del dominio británico'
        re.compile(
            r"\b(?:British|Spanish|French|Portuguese|Dutch|German|Japanese|Ottoman|Roman|Soviet|Mughal|Mongol|Nazi|"
            r"colonial|foreign|imperial|communist|military)\s+rule\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(?:(de\s+la|la|de)\s+)?regla\s+([a-záéíóúñ]+)"),
        lambda m: (
            {"de la": "del ", "la": "el ", "de": "del "}.get(m.group(1) or "", "")
            + f"dominio {in_gender(m.group(2), 'm')}"
        ),
        keys=trigger_words("rule"),
    ),
    Repair(
        "married a number of times",  # 'Ha sido casada tres veces' → 'Se ha casado tres veces'
        re.compile(r"\bmarried\s+(?:twice|once|three\s+times|four\s+times|five\s+times|\w+\s+times)\b", re.I),
        re.compile(
            r"\b(?:([Hh]a|[Hh]abía)\s+sido|[Ee]stuvo|[Ff]ue)\s+casad[oa]s?\s+(?=(?:una\s+vez|\w+\s+(?:veces|tiempos?))\b)"
        ),
        lambda m: (
            f"{'S' if m.group(1)[0].isupper() else 's'}e {m.group(1).lower()} casado "
            if m.group(1)
            else f"{'S' if m.group()[0].isupper() else 's'}e casó "
        ),
        keys=trigger_words("married"),
    ),
    Repair.swapping(
        "ran a school",
        re.compile(
            r"\b(?:ran|run|runs|running)\s+(?:a|an|the|his|her|their|its)\s+(?:\w+\s+)?(?:school|company|business|shop|"
            r"store|hotel|restaurant|farm|newspaper|magazine|firm|factory|clinic|hospital|bakery|bar|studio|gallery|"
            r"theatre|theater|orphanage|charity|foundation)\b",
            re.IGNORECASE,
        ),
        _RAN,
        keys=trigger_words("ran run runs running"),
    ),
    Repair(
        "was knighted",
        re.compile(r"\b(?:was|were)\s+knighted\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ee]ra|[Ff]ue|[Ee]stuvo)\s+knighted\b"),
        lambda m: "fue nombrado caballero",
        keys=trigger_words("knighted"),
    ),
    Repair(
        "passive of an event",
        lambda source: bool(_PASSIVE.search(source)) and not _HABITUAL.search(source),
        # not 'eran': many people over a time ('eran bautizados por él en el Jordán')
        re.compile(rf"\b([Ee]stuvo|[Ee]stuvieron|[Ee]ra)(\s+(?:\w+mente\s+)?(?:{_EVENTS})(?:o|a|os|as))\b"),
        lambda m: ("fue" if m.group(1).lower() in ("estuvo", "era") else "fueron") + m.group(2),
        keys=trigger_words("was were"),
    ),
    Repair(
        "passive of an event, irregular",
        lambda source: bool(_IRREGULAR_PASSIVE.search(source)) and not _HABITUAL.search(source),
        re.compile(rf"\b([Ee]stuvo|[Ee]stuvieron)(\s+(?:\w+mente\s+)?(?:{_EVENTS})(?:o|a|os|as))\b"),
        lambda m: ("fue" if m.group(1).lower() == "estuvo" else "fueron") + m.group(2),
        keys=trigger_words("was were"),
    ),
    Repair(
        "born, opening a sentence about a woman",
        re.compile(r"^Born\b(?=.*\b(?:[Ss]he|[Hh]er)\b)(?!.*\b(?:[Hh]e|[Hh]is|[Hh]im)\b)"),
        re.compile(r"^(?:Born|Nacido)\b(\s+[Ee]n\b)?"),  # or the model's masculine
        lambda m: "Nacida en" if m.group(1) else "Nacida",
        keys=trigger_words("born"),
    ),
    Repair(
        "born, opening a sentence",
        re.compile(r"^Born\b"),
        re.compile(r"^Born\b(\s+[Ee]n\b)?"),
        lambda m: "Nacido en" if m.group(1) else "Nacido",
        keys=trigger_words("born"),
    ),
    Repair(
        "a person as the object",
        re.compile(
            r"\b(?:followed|met|visited|accompanied|helped|left|abandoned|lost|succeeded|replaced|supported|taught|"
            r"loved|killed|called|nursed|educated|raised|encouraged|convinced|persuaded|inspired|influenced|"
            r"portrayed|painted|mentioned|accused|defended)\s+(?:his|her|their|my|its)\s+"
            rf"(?:(?:elder|older|younger|late|first|second|future|former|only|eldest|youngest)\s+)?(?:{KIN_EN})\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b((?i:{_PERSON_VERBS}))\s+((?:su|sus|mi|mis)\s+(?:\w+\s+)?(?:{_KIN})\b)"),
        lambda m: f"{m.group(1)} a {m.group(2)}",
        keys=trigger_words(
            "followed met visited accompanied helped left abandoned lost succeeded replaced supported taught loved "
            "killed called nursed educated raised encouraged convinced persuaded inspired influenced portrayed "
            "painted mentioned accused defended"
        ),
    ),
    Repair(
        "showed",
        re.compile(
            r"\bshow(?:ed|s|n)?\s+(?:\w+\s+){0,2}?(?:ability|talent|interest|skill|promise|aptitude|signs|courage)",
            re.I,
        ),
        re.compile(r"\b([Aa])som(ó|aron|aba|aban)\b"),
        lambda m: f"{'M' if m.group(1) == 'A' else 'm'}ostr{m.group(2)}",
        keys=trigger_words("show showed shows shown"),
    ),
    Repair.swapping(
        "holds a record",
        re.compile(
            r"\bh(?:olds?|eld|olding)\s+(?:the|a|an|two|three|several|many|more\s+than|over|[\d,]+)\s+(?:[\w.]+\s+){0,2}"
            r"(?:records?|titles?|patents?|degrees?|doctorates?)\b",
            re.I,
        ),
        _HELD,
        keys=trigger_words("hold holds held holding"),
    ),
    Repair(
        "diagnosed with",  # 'diagnosticado con una enfermedad' → 'diagnosticado de'
        re.compile(r"\bdiagnosed\s+with\b", re.IGNORECASE),
        re.compile(r"\b(diagnosticad[oa]s?)\s+con\b"),
        lambda m: f"{m.group(1)} de",
        keys=trigger_words("diagnosed"),
    ),
    Repair(
        "an assassination attempt",  # 'Sobrevivió un intento de assassinación' → 'a un intento de asesinato'
        re.compile(r"\bassassination\b", re.IGNORECASE),
        re.compile(r"\b(?:assassinación|asesinación|assassination)\b"),
        lambda m: "asesinato",
        keys=trigger_words("assassination"),
    ),
    Repair(
        "survived",  # 'Sobrevivió un intento' → 'Sobrevivió a un intento'
        re.compile(r"\bsurvived\s+(?:a|an|the|two|three|several)\b", re.IGNORECASE),
        re.compile(r"\b([Ss]obrevivi(?:ó|eron))\s+(?=(?:un|una|el|la|los|las|dos|tres|varios|varias)\b)"),
        lambda m: f"{m.group(1)} a ",
        keys=trigger_words("survived"),
    ),
    Repair(
        "in space",  # 'la primera mujer estadounidense en espacial' → 'en el espacio'
        re.compile(r"\bin\s+(?:outer\s+)?space\b", re.IGNORECASE),
        re.compile(r"\ben\s+(?:espacial|espacio)\b(?!\s+(?:de|del|para)\b)"),
        lambda m: "en el espacio",
        keys=trigger_words("space"),
    ),
    Repair(
        "posthumous",  # 'un perdón posthumous' → 'póstumo', in its determiner's gender
        re.compile(r"\bposthumous\b", re.IGNORECASE),
        re.compile(r"\b(una?|el|la)(\s+[a-záéíóúñ]+\s+)posthumous\b"),
        lambda m: f"{m.group(1)}{m.group(2)}póstum{'a' if m.group(1) in ('una', 'la') else 'o'}",
        keys=trigger_words("posthumous"),
    ),
    Repair(
        "died by suicide",  # 'y muerto por suicidio' → 'y se suicidó'
        re.compile(r"\bdied\s+by\s+suicide\b", re.IGNORECASE),
        re.compile(r"\b(?:muerto|murió)\s+por\s+suicidio\b"),
        lambda m: "se suicidó",
        keys=trigger_words("suicide"),
    ),
    Repair(
        "burned at the stake",  # 'Fue quemada en la apuesta' → 'en la hoguera'
        re.compile(r"\bburn(?:ed|t)\s+at\s+the\s+stake\b", re.IGNORECASE),
        re.compile(r"\ben\s+la\s+apuesta\b"),
        lambda m: "en la hoguera",
        keys=trigger_words("stake"),
    ),
    Repair(
        "gold medals",  # 'ganó cuatro melodías de oro' → 'medallas de oro'
        re.compile(r"\b(?:gold|silver|bronze)\s+medals?\b", re.IGNORECASE),
        re.compile(r"\bmelodía(s?)\s+de\s+(oro|plata|bronce)\b"),
        lambda m: f"medalla{m.group(1)} de {m.group(2)}",
        keys=trigger_words("medal medals"),
    ),
    Repair(
        "indigenous",  # 'el primer indigenous presidente' → 'el primer presidente indígena'
        re.compile(r"\bindigenous\b", re.IGNORECASE),
        re.compile(r"\bindigenous(?:\s+(?!(?:de|del|en|y|que|a|con)\b)([a-záéíóúñ]+))?\b"),
        lambda m: f"{m.group(1)} indígena{'s' if m.group(1).endswith('s') else ''}" if m.group(1) else "indígena",
        keys=trigger_words("indigenous"),
    ),
    Repair(
        "committed suicide",
        re.compile(r"\bcommit(?:ted|s)?\s+suicide\b", re.IGNORECASE),
        re.compile(r"\b(?:[Vv]endió|[Cc]ometió|[Cc]omprometió|[Ee]ntregó|[Cc]omprometido)\s+(?:el\s+)?suicidio\b"),
        lambda m: "se suicidó",
        keys=trigger_words("committed commits commit"),
    ),
    Repair(
        "held office",
        re.compile(r"\b(?:hold|holds|held|holding)\s+(?:the|that|this|an|public|political|high)?\s*office\b", re.I),
        re.compile(r"\b([Aa])guant(ar|ó|aba|aron|aban)\s+(aquella|esa|la|esta|una|su)\s+oficina\b"),
        lambda m: f"{'O' if m.group(1) == 'A' else 'o'}cup{m.group(2)} {_OFFICE[m.group(3)]} cargo",
        keys=trigger_words("hold holds held holding"),
    ),
    Repair(
        "joined",
        re.compile(r"\bjoin(?:ed|s)?\s+(?:the|a|an|his|her|their|[A-Z])", re.IGNORECASE),
        re.compile(
            r"(?<![Ss]e )\b([Uu])ni(ó|eron)\s+(?!a\b|con\b)(el\s+|(?=(?:la|los|las|un|una|su|sus)\b|[A-ZÁÉÍÓÚÑ]))"
        ),
        lambda m: f"{'S' if m.group(1) == 'U' else 's'}e uni{m.group(2)} {'al ' if m.group(3) else 'a '}",
        keys=trigger_words("joined join joins"),
    ),
    Repair(
        "married to",
        re.compile(r"\bmarried\s+to\b", re.IGNORECASE),
        re.compile(r"\b(casad(?:o|a|os|as))\s+(al|a\s+la|a)\s+"),
        lambda m: f"{m.group(1)} con {'el ' if m.group(2) == 'al' else 'la ' if m.group(2) != 'a' else ''}",
        keys=trigger_words("married"),
    ),
    Repair(
        "became interested in",
        re.compile(r"\b(?:became|grew|become)\s+interested\s+in\b", re.IGNORECASE),
        re.compile(r"\b([Ss])e\s+(?:hizo|convirtió\s+en|volvió)\s+interesad[oa]s?\s+en\b"),
        lambda m: f"{m.group(1)}e interesó por",
        keys=trigger_words("interested"),
    ),
    Repair(
        "was tried",
        re.compile(r"\b(?:was|were)\s+tried\s+(?:by|for|in|and|before|at)\b", re.IGNORECASE),
        re.compile(r"\b([Ff]ue|[Ee]stuvo|[Ff]ueron|[Ee]stuvieron)\s+probad(o|a|os|as)\b"),
        lambda m: f"{'fue' if m.group(1).lower() in ('fue', 'estuvo') else 'fueron'} juzgad{m.group(2)}",
        keys=trigger_words("tried"),
    ),
    Repair(
        "stripped of",
        re.compile(r"\bstripped\s+of\b", re.IGNORECASE),
        re.compile(r"\bdesnudad(o|a|os|as)\s+de\b"),
        lambda m: f"despojad{m.group(1)} de",
        keys=trigger_words("stripped"),
    ),
    Repair(
        "co-founded",
        re.compile(r"\bco-?founded\b", re.IGNORECASE),
        re.compile(r"\b([Cc])o-?fund(?:ió|ó|ieron|aron)\b"),
        lambda m: f"{m.group(1)}ofund{'aron' if m.group().endswith('ron') else 'ó'}",
        keys=trigger_words("co cofounded"),
    ),
    Repair(
        "funded",  # 'fue fundada por el gobierno': founded
        lambda source: (
            re.search(r"\bfunded\b", source, re.IGNORECASE) is not None
            and re.search(r"\bfound(?:ed|ing|s)\b", source, re.IGNORECASE) is None
        ),
        re.compile(r"\b([Ff])undad(o|a|os|as)\b"),
        lambda m: f"{m.group(1)}inanciad{m.group(2)}",
        keys=trigger_words("funded"),
    ),
    # 'Su álbum fue liberado en 1975': a prisoner is freed, a record comes out and a film opens
    Repair(
        "a record released",
        _released(r"albums?|singles?|records?|songs?|EPs?|LPs?|video\s+games?"),
        re.compile(r"\b([Ll])iber(ad[oa]s?|ó|aron)\b"),
        lambda m: f"{'P' if m.group(1) == 'L' else 'p'}ublic{m.group(2)}",
        keys=trigger_words("released"),
    ),
    Repair(
        "a film released",
        _released(r"films?|movies?|pictures?"),
        re.compile(r"\b([Ll])iber(ad[oa]s?|ó|aron)\b"),
        lambda m: f"{'E' if m.group(1) == 'L' else 'e'}stren{m.group(2)}",
        keys=trigger_words("released"),
    ),
    Repair(
        "plane crash",  # 'accidente de plano' ('plano' is a flat surface or a map)
        re.compile(r"\b(?:air|plane|airplane|aeroplane)\s+(?:crash|accident|disaster)", re.IGNORECASE),
        re.compile(r"\baccidente\s+(?:de\s+)?(?:plano|avión)\b"),
        lambda m: "accidente aéreo",
        keys=trigger_words("air plane airplane aeroplane"),
    ),
    Repair(
        "killed in an accident",  # 'fue asesinada en un accidente': nobody murders in an accident
        re.compile(r"\b(?:was|were)\s+killed\s+in\s+an?\s+(?:\w+\s+){0,2}(?:accident|crash)", re.IGNORECASE),
        re.compile(r"\b([Ff])ue(ron)?\s+asesinad[oa]s?\s+(?=en\s+un\s+accidente\b)"),
        lambda m: f"{'M' if m.group(1) == 'F' else 'm'}{'urieron' if m.group(2) else 'urió'} ",
        keys=trigger_words("killed"),
    ),
    Repair(
        "refused to",
        re.compile(r"\brefused\s+to\b", re.IGNORECASE),
        re.compile(
            r"(?<![Ss]e )\b([Rr])echaz(ó|aron)\s+(?:a\s+|para\s+)?"
            r"(?=[a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|se)?\b)"
        ),
        lambda m: f"{'S' if m.group(1) == 'R' else 's'}e neg{'ó' if m.group(2) == 'ó' else 'aron'} a ",
        keys=trigger_words("refused"),
    ),
    Repair(
        "give up",
        re.compile(r"\bg(?:ive|ave|iven|iving)\s+up\b", re.IGNORECASE),
        re.compile(r"\b(dar|dio|dieron|daba)\s+arriba\s+(?:de\s+)?"),
        lambda m: {"dar": "ceder ", "dio": "cedió ", "dieron": "cedieron ", "daba": "cedía "}[m.group(1)],
        keys=trigger_words("give gave given giving"),
    ),
    Repair(
        "ran for office",
        re.compile(
            r"\b(?:ran|run|runs|running)\s+for\s+(?:the\s+)?(?:president|presidency|office|election|re-election|"
            r"mayor|governor|senate|senator|parliament|congress|leadership|seat)",
            re.IGNORECASE,
        ),
        re.compile(r"\b([Cc])orri(ó|eron)\s+(?:para|por)\s+"),
        lambda m: f"{'S' if m.group(1) == 'C' else 's'}e present{'ó' if m.group(2) == 'ó' else 'aron'} a ",
        keys=trigger_words("ran run runs running"),
    ),
)
