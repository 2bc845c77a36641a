"""The events of a life the model learned wrong from its teacher: awards, sport, office, trials and deaths.

'was awarded the prize' came back as 'fue otorgado el premio', 'played for Barcelona' as 'tocó para', 'ran a
school' as 'corrió una escuela', 'committed suicide' as 'vendió suicidio', 'was tried' as 'fue probado'. Each
repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after the verbs' of
mt_core/verb_repairs.py).
"""

from __future__ import annotations

import re

from mt_core.text_repair import Repair, trigger_words

_PLAYED = {"tocó": "jugó", "tocaron": "jugaron", "tocaba": "jugaba", "tocaban": "jugaban", "tocar": "jugar"}
_PLAYED |= {"tocando": "jugando", "toca": "juega", "tocan": "juegan"}
_RAN = {"corrió": "dirigió", "corrieron": "dirigieron", "corría": "dirigía", "corrían": "dirigían"}
_HELD = {"aguanta": "posee", "aguantaba": "poseía", "aguantó": "poseyó", "aguantan": "poseen", "aguantaban": "poseían"}
_OFFICE = {"aquella": "aquel", "esa": "ese", "la": "el", "esta": "este", "una": "un", "su": "su"}
_DOCTORATE = re.compile(r"\bdoctorates?\b", re.IGNORECASE)
_DOCTOR = re.compile(r"\bdoctors?\b", re.IGNORECASE)
_COMPETED = {"competió": "compitió", "competieron": "compitieron", "competiendo": "compitiendo"}
#: Sports and the words of a team's life, after which 'play' is 'jugar' ('played for Barcelona').
_SPORT = (
    r"team|club|league|season|match|matches|game|games|cup|championship|tournament|football|soccer|basketball|"
    r"baseball|tennis|hockey|rugby|cricket|golf|volleyball|chess|forward|midfielder|defender|goalkeeper|striker|"
    r"guard|pitcher|quarterback|professionally|F\.?C\.?"
)


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
_HABITUAL = re.compile(
    r"\b(?:often|usually|always|sometimes|frequently|regularly|generally|never|rarely|seldom|every|each|"
    r"repeatedly|constantly|typically|normally)\b",
    re.IGNORECASE,
)


#: The people a biography's verbs take as their object, after which Spanish puts the personal 'a'.
_KIN = (
    r"madre|padre|padres|herman[oa]s?|espos[oa]s?|marido|mujer|hij[oa]s?|tí[oa]s?|prim[oa]s?|abuel[oa]s?|"
    r"sobrin[oa]s?|familia|maestr[oa]s?|mentor[a]?|amig[oa]s?|novi[oa]|compañer[oa]s?|rival|sucesor[a]?|"
    r"predecesor[a]?|mecenas|suegr[oa]s?|cuñad[oa]s?"
)
_KIN_EN = (
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
        "was awarded the",
        re.compile(r"\b(?:was|were)\s+awarded\s+(?:the|a|an|his|her|their|two|three|several)\b", re.IGNORECASE),
        re.compile(
            r"\b([Ff]ue|[Ff]ueron|[Ee]stuvo|[Ee]stuvieron|[Ee]ra|[Ee]ran)\s+otorgad[oa]s?\s+(?=(?:el|la|los|las|un|una|su|sus|dos|tres|varios|varias)\b)"
        ),
        lambda m: "recibieron " if m.group(1).lower() in ("fueron", "estuvieron", "eran") else "recibió ",
        keys=trigger_words("awarded"),
    ),
    Repair(
        "fought for",
        re.compile(r"\b(?:fought|fight|fights|fighting|struggled|campaigned|campaigning|advocated)\s+for\b", re.I),
        re.compile(r"\b((?i:luch|combat|abog)\w*)\s+para\b"),
        lambda m: f"{m.group(1)} por",
        keys=trigger_words("fought fight fights fighting struggled campaigned campaigning advocated"),
    ),
    Repair(
        "played for a team",
        re.compile(rf"\bplay(?:ed|s|ing)?\b.*\b(?:{_SPORT})\b|\b(?:{_SPORT})\b.*\bplay(?:ed|s|ing)?\b", re.I),
        re.compile(rf"\b({'|'.join(_PLAYED)})\b", re.IGNORECASE),
        lambda m: _PLAYED[m.group(1).lower()],
        keys=trigger_words("play played plays playing"),
    ),
    Repair(
        "ran a school",
        re.compile(
            r"\b(?:ran|run|runs|running)\s+(?:a|an|the|his|her|their|its)\s+(?:\w+\s+)?(?:school|company|business|shop|"
            r"store|hotel|restaurant|farm|newspaper|magazine|firm|factory|clinic|hospital|bakery|bar|studio|gallery|"
            r"theatre|theater|orphanage|charity|foundation)\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b({'|'.join(_RAN)})\b", re.IGNORECASE),
        lambda m: _RAN[m.group(1).lower()],
        keys=trigger_words("ran run runs running"),
    ),
    Repair(
        "competed",
        re.compile(r"\bcompet", re.IGNORECASE),
        re.compile(rf"\b({'|'.join(_COMPETED)})\b", re.IGNORECASE),
        lambda m: _COMPETED[m.group(1).lower()],
        keys=trigger_words("competed compete competes competing"),
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
            rf"(?:(?:elder|older|younger|late|first|second|future|former|only|eldest|youngest)\s+)?(?:{_KIN_EN})\b",
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
    Repair(
        "holds a record",
        re.compile(
            r"\bh(?:olds?|eld|olding)\s+(?:the|a|an|two|three|several|many|\d+)\s+(?:\w+\s+)?(?:records?|titles?)\b",
            re.I,
        ),
        re.compile(rf"\b({'|'.join(_HELD)})\b", re.IGNORECASE),
        lambda m: _HELD[m.group(1).lower()],
        keys=trigger_words("hold holds held holding"),
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
    Repair(
        "near a place",  # 'cercano Nápoles' → 'cerca de Nápoles'
        re.compile(r"\bnear\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[A-Za-z]", re.IGNORECASE),
        re.compile(r"\b([Cc])ercan[oa]s?\s+(?=(?:el|la|los|las|un|una|su|sus)\b|[A-ZÁÉÍÓÚÑ])"),
        lambda m: f"{m.group(1)}erca de ",
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
        re.compile(rf"\bmet\s+(?:his|her|their)\s+(?:(?:future|first|second|late)\s+)?(?:{_KIN_EN})\b", re.IGNORECASE),
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
        re.compile(r"\bresearch(?:es)?\b(?!\s+(?:for|into\s+the\s+whereabouts))", re.IGNORECASE),
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
