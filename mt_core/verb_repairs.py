"""Verbs the model learned wrong from its rule-based teacher, put right where the source says what was meant.

'became' → "acaecía", 'married X' → "casó X", 'worked' → "obró", 'moved to' → "movió a", 'founded' →
"encontró", a passive 'was published in 1970' → "estuvo publicado": biographies are told in such verbs
(the other phrases are in mt_core/phrase_repair.py, which applies both tables).
"""

from __future__ import annotations

import re

from mt_core.person_names import NAME_PARTICLES
from mt_core.text_repair import Repair, trigger_words
from mt_core.verb_forms import SHE

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

#: A participle after 'estuvo', but not one that names a state ('estuvo casado', 'estuvo ocupado', 'estuvo
#: cerrada durante años').
_PARTICIPLE = (
    r"\s+(?:\w+mente\s+)?(?!(?:casad|ocupad|sentad|enamorad|preocupad|cansad|dormid|acostad|encerrad|involucrad|"
    r"interesad|dispuest|expuest|enferm|herid|cerrad|abiert|situad|ubicad|rodead|cubiert)\w*\b)"
    r"\w+(?:ad|id|t|ch|ct|rt|eut)(?:o|a|os|as)"
)
_SER = {"está": "es", "estaba": "era", "estuvo": "fue", "están": "son", "estaban": "eran", "estuvieron": "fueron"}


#: A sentence that opens with 'Widely regarded as': its subject comes after the comma.
_WIDELY = re.compile(r"^Widely\s+(?:regarded|considered)\s+as\b")
#: A sentence that opens with a participle whose subject comes after the comma: 'Considered the world's foremost
#: expert on chimpanzees, she is'.
_OPENING_PARTICIPLE = re.compile(r"^(?:Widely\s+)?(?:Considered|Regarded|Described|Known|Recogni[sz]ed|Born)\b")
_WIDELY_SLIP = re.compile(r"^(?:Widely|Ampliamente)\s+(?:consider\w+|considerad[oa]s?|regarded)\s+(?:como\s+)?")


def _widely_regarded(feminine: bool) -> Repair:
    """'Widely consideró como uno de los jugadores' → 'Considerado ampliamente como', in the gender of the
    sentence's 'she' or 'he'."""
    return Repair(
        f"widely regarded as, opening the sentence ({'she' if feminine else 'he'})",
        lambda source: bool(_WIDELY.match(source)) and bool(SHE.search(source)) is feminine,
        _WIDELY_SLIP,
        lambda m: f"Considerad{'a' if feminine else 'o'} ampliamente como ",
        keys=trigger_words("widely"),
    )


def _passive(match: re.Match[str]) -> str:
    return ("fue" if match.group(1).lower() == "estuvo" else "fueron") + match.group(2)


def _become(match: re.Match[str]) -> str:
    """'se convirtió en' before a noun phrase, 'se hizo' before an adjective ('acaecía famosa')."""
    into, made = _BECOME[match.group(1).lower()]
    return into if match.group(2) else made


_RULER_WORDS = r"(?i:rey|reina|papa|emperador|emperatriz|príncipe|princesa|presidente|presidenta|zar)\b"
#: Capitalised words that open a sentence without being a name ('Now David was', 'It was').
_NOT_NAMES = r"(?:It|This|That|There|Here|Now|Then|The|A|An|In|On|At|He|She|They|We|When|After|Before|And|But)\b"
#: A person's name opening a sentence: capitalised words and the particles of names.
_NAME_MORE = rf"(?:\s+(?:[A-Z][\w.'-]*|{NAME_PARTICLES}|y))"
_SPANISH_NAME = (
    r"(?:(?:[Ee]l|[Ll]a)\s+(?:rey|reina|papa|príncipe|princesa|emperador|emperatriz|zar)\s+)?"  # 'el príncipe Felipe'
    rf"[A-ZÁÉÍÓÚÑ][\w.'-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'-]*|{NAME_PARTICLES}|y)){{0,5}}"
)


#: Participles the -ado/-ido rule gets wrong, by infinitive.
IRREGULAR_PARTICIPLES = {
    "abrir": "abierto", "cubrir": "cubierto", "descubrir": "descubierto", "escribir": "escrito", "hacer": "hecho",
    "decir": "dicho", "poner": "puesto", "componer": "compuesto", "proponer": "propuesto", "ver": "visto",
    "volver": "vuelto", "resolver": "resuelto", "romper": "roto", "morir": "muerto", "imprimir": "impreso",
    "describir": "descrito", "inscribir": "inscrito", "suponer": "supuesto", "prever": "previsto",
}  # fmt: skip
#: Preterites whose stem is not their infinitive's.
_STEM_CHANGED = {"murió": "morir", "murieron": "morir"}
#: A regular preterite's ending, the infinitive endings it may come from, and the participle's ending.
_PRETERITE_ENDINGS = (
    ("aron", ("ar",), "ado"),
    ("ieron", ("er", "ir"), "ido"),
    ("ió", ("er", "ir"), "ido"),
    ("ó", ("ar",), "ado"),
)


def participle(infinitive: str) -> str:
    """'inventar' → 'inventado', 'descubrir' → 'descubierto': 'Se le atribuye haber inventado'."""
    if infinitive in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[infinitive]
    stem = infinitive[:-2]
    return stem + ("ado" if infinitive.endswith("ar") else "ído" if stem.endswith(("a", "e", "o")) else "ido")


def _participle_of(preterite: str) -> str | None:
    """'actuó' → 'actuado', 'vivió' → 'vivido', 'escribieron' → 'escrito'; None for what is no preterite."""
    if preterite in _STEM_CHANGED:
        return participle(_STEM_CHANGED[preterite])
    for ending, infinitives, regular in _PRETERITE_ENDINGS:
        if preterite.endswith(ending) and len(preterite) > len(ending) + 2:
            stem = preterite[: -len(ending)]
            irregular = next(
                (IRREGULAR_PARTICIPLES[i] for i in (stem + e for e in infinitives) if i in IRREGULAR_PARTICIPLES), None
            )
            return irregular or stem + regular
    return None


VERB_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "has performed",  # 'Ha actuó públicamente' → 'Ha actuado': 'haber' takes the participle
        re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|never\s+|also\s+|always\s+)?\w+(?:ed|en|wn|t)\b", re.I),
        re.compile(r"\b((?i:ha|han|había|habían|has|he|hemos))\s+([a-záéíóúñ]{3,}(?:aron|ieron|ió|ó))\b"),
        lambda m: f"{m.group(1)} {_participle_of(m.group(2)) or m.group(2)}",
        keys=trigger_words("has have had"),
    ),
    Repair(
        "known for",
        re.compile(r"\bknown\s+(?:\w+ly\s+)?(?:for|as)\b", re.IGNORECASE),
        re.compile(r"\bsabid(o|a|os|as)\s+(\w+mente\s+)?(para|por|como)\b", re.IGNORECASE),
        lambda m: f"conocid{m.group(1)} {m.group(2) or ''}{'como' if m.group(3) == 'como' else 'por'}",
        keys=trigger_words("known"),
    ),
    Repair(
        "began to",
        re.compile(r"\b(?:began|begin|begins|beginning|begun|started|start|starts|starting|help|helped|helps)\b", re.I),
        re.compile(
            r"\b((?i:empez|comenz|empiez|comienz)\w*|(?i:ayud)(?:ó|aron|aba|aban|ar|ando))\s+(?:para\s+)?([a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|se|me|te|nos)?)\b"
        ),
        lambda m: m.group() if m.group(2) in _NOT_INFINITIVES else f"{m.group(1)} a {m.group(2)}",
        keys=trigger_words("began begin begins beginning begun started start starts starting help helped helps"),
    ),
    Repair(
        "became",
        re.compile(r"\b(?:became|become|becomes|becoming)\b", re.IGNORECASE),
        re.compile(
            r"\b([Aa]caec(?:ió|ía|ieron|ían|e|en|er|iendo))\b"
            r"(?=\s+(?:(el|la|los|las|un|una|unos|unas|su|sus|[A-ZÁÉÍÓÚÑ]|\d)|\w))"
        ),
        _become,
        keys=trigger_words("became become becomes becoming"),
    ),
    Repair(
        "married",
        re.compile(r"\bmarried\s+(?!in\b|at\b|on\b|to\b)\w", re.IGNORECASE),
        re.compile(rf"(?<![Ss]e )(?<![Ll]e )(?<![Ll]a )(?<![Ll]o )\b([Cc]asó|[Cc]asaron){_DETERMINER_AHEAD}"),
        lambda m: f"se {m.group(1).lower()} con",
        keys=trigger_words("married"),
    ),
    Repair(
        "married, without a spouse after",
        re.compile(r"\bmarried\b", re.IGNORECASE),
        re.compile(
            r"(?<![Ss]e )(?<![Ll]e )(?<![Ll]a )(?<![Ll]o )(?<![Ll]os )(?<![Ll]as )\b([Cc]asó|[Cc]asaron)\b(?!\s+con\b)"
        ),
        lambda m: f"se {m.group(1).lower()}",
        keys=trigger_words("married"),
    ),
    Repair(
        "grew up",
        re.compile(r"\bgrew\s+up\b", re.IGNORECASE),
        re.compile(r"\b([Cc]reci(?:ó|eron))\s+arriba\b"),
        lambda m: m.group(1),
        keys=trigger_words("grew"),
    ),
    Repair(
        "is known",  # and 'is considered', 'está considerado'
        re.compile(
            r"\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:known|considered|regarded)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b([Ee]st(?:á|aba|uvo|án|aban|uvieron))(\s+(?:\w+mente\s+)?(?:conocid|considerad)[oa]s?)\b"),
        lambda m: _SER[m.group(1).lower()] + m.group(2),
        keys=trigger_words("known considered regarded"),
    ),
    Repair.swapping(
        "worked",
        re.compile(
            r"\bwork(?:ed|ing)?\s+(?:\w+ly\s+)?(?:as|at|in|for|with|on|under|there|until|from|hard|together|briefly)\b",
            re.I,
        ),
        _WORKED,
        keys=trigger_words("work worked working"),
    ),
    Repair(
        "bears her name",  # 'el método que aguanta su nombre' → 'que lleva su nombre'
        re.compile(r"\b(?:bears?|bore|bearing)\s+(?:his|her|their|its|the)\s+name\b", re.I),
        re.compile(r"\b(?:aguant|soport)(a|an|aba|aban|ó|aron|ando)(?=\s+(?:su|sus|el)\s+nombre\b)"),
        lambda m: "llev" + m.group(1),
        keys=trigger_words("bear bears bore bearing"),
    ),
    Repair(
        "works as, in",  # 'She works primarily in sculpture' came back as 'Obra principalmente en escultura'
        re.compile(r"\b(?:she|he|[A-Z][a-z]+)\s+(?:\w+ly\s+)?works\s+(?:\w+ly\s+)?(?:as|in|at|for|with|on)\b", re.I),
        # at the sentence's or a clause's start: 'su obra en' is her work
        re.compile(r"(?:^|(?<=\by\s)|(?<=\bque\s)|(?<=,\s))([Oo])bra(n?)(?=\s+(?:\w+mente\s+)?(?:como|en|para|con)\b)"),
        lambda m: f"{'T' if m.group(1) == 'O' else 't'}rabaja{m.group(2)}",
        keys=trigger_words("works"),
    ),
    Repair(
        "won, garbled",  # 'She won thirteen Grammy Awards' came back as 'Gandió trece' and 'Gasará'
        re.compile(r"\b(?:she|he|[A-Z][a-z]+)\s+won\b", re.IGNORECASE),
        re.compile(r"\b([Gg])(?:andió|asó|asará|anió)\b"),
        lambda m: f"{m.group(1)}anó",
        keys=trigger_words("won"),
    ),
    Repair(
        "is considered",  # 'Es ampliamente consideró la jugadora' → 'considerada', in the gender of what follows
        re.compile(r"\b(?:is|was)\s+(?:\w+ly\s+)?(?:considered|regarded)\b", re.IGNORECASE),
        re.compile(r"\b((?:[Ee]s|[Ee]ra|[Ff]ue)\s+(?:\w+mente\s+)?)consider(?:ó|a)\s+(?=(el|la|un|una|uno)\b)"),
        lambda m: f"{m.group(1)}considerad{'a' if m.group(2) in ('la', 'una') else 'o'} ",
        keys=trigger_words("considered regarded"),
    ),
    Repair(
        "created",  # 'Crió aproximadamente 2,100 obras' → 'Creó': 'criar' is to raise
        lambda source: (
            re.search(r"\bcreated\b", source, re.IGNORECASE) is not None
            and re.search(r"\b(?:raised|bred|brought\s+up|reared)\b", source, re.IGNORECASE) is None
        ),
        re.compile(r"\b([Cc])ri(ó|aron)\b"),
        lambda m: f"{m.group(1)}re{m.group(2)}",
        keys=trigger_words("created"),
    ),
    Repair(
        "rejected",  # 'Sus ideas fueron rehusadas' → 'rechazadas'
        re.compile(r"\brejected\b", re.IGNORECASE),
        re.compile(r"\b([Rr])ehus(ad[oa]s?|ó|aron|aba|aban)\b"),
        lambda m: f"{'R' if m.group(1) == 'R' else 'r'}echaz{m.group(2)}",
        keys=trigger_words("rejected"),
    ),
    Repair(
        "worked, as a participle",  # 'su madre obrada como costurera' → 'trabajó como'
        re.compile(r"\bworked\s+(?:as|at|in|for)\b", re.IGNORECASE),
        re.compile(r"(?<!\bha )(?<!\bhan )(?<!\bhabía )(?<!\bhabían )\bobrad([oa])(s?)(?=\s+(?:como|en|para)\b)"),
        lambda m: "trabajaron" if m.group(2) else "trabajó",
        keys=trigger_words("worked"),
    ),
    Repair(
        "appointed",  # 'estuvo señalada directora' → 'fue nombrada directora'
        re.compile(r"\b(?:was|were|been|be)\s+(?:\w+ly\s+)?appointed\s+(?!to\b|by\b|for\b)[a-z]", re.IGNORECASE),
        re.compile(r"\b(?:([Ee]stuvo|[Ee]stuvieron|[Ff]ue|[Ff]ueron)\s+)?señalad(o|a|os|as)\b(?=\s+[a-záéíóúñ])"),
        lambda m: (
            (f"{_SER.get(m.group(1).lower(), m.group(1).lower())} " if m.group(1) else "") + f"nombrad{m.group(2)}"
        ),
        keys=trigger_words("appointed"),
    ),
    Repair(
        "passive was, after a pronoun or a possessive",  # 'Sus cenizas estuvieron esparcidas' → 'fueron'
        re.compile(
            r"\b(?:he|she|it|they|(?:his|her|their|its)(?:\s+\w+){1,3}?)\s+(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght)\b"
            r"(?!\s+(?:to|with)\b)",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(estuvo|estuvieron)({_PARTICIPLE})\b"),
        _passive,
        keys=trigger_words("was were"),
    ),
    Repair(
        "moved to",
        re.compile(r"\bmoved\s+(?:back\s+)?to\b", re.IGNORECASE),
        re.compile(r"\b(?:se\s+)?(movió|movieron)(?=\s+a\b)", re.IGNORECASE),
        lambda m: "se mudó" if m.group(1).lower() == "movió" else "se mudaron",
        keys=trigger_words("moved"),
    ),
    Repair(
        "founded",
        re.compile(r"\b(?:co-?)?founded\b(?!.*\bfound\b)", re.IGNORECASE),
        re.compile(r"\bencontr(ó|aron|ado|ada|ados|adas)\b", re.IGNORECASE),
        lambda m: f"fund{m.group(1)}",
        keys=trigger_words("founded cofounded co"),
    ),
    Repair(
        "met",
        re.compile(r"\bmet\b", re.IGNORECASE),
        re.compile(r"\b[Cc]umplió(?=\s+[A-ZÁÉÍÓÚÑ])"),
        lambda m: "conoció a",
        keys=trigger_words("met"),
    ),
    Repair(
        "met a ruler",
        re.compile(r"\bmet\s+(?:the\s+)?(?:King|Queen|Pope|Emperor|Empress|Prince|Princess|President|Tsar)\b"),
        re.compile(rf"\b([Cc])umplió\s+(?:(el|la)\s+)?(?={_RULER_WORDS})"),
        lambda m: f"{m.group(1)}onoció {'al' if m.group(2) == 'el' else 'a la' if m.group(2) else 'a'} ",
        keys=trigger_words("met"),
    ),
    Repair(
        "passive was",
        re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t)\b", re.IGNORECASE),
        re.compile(
            rf"\b(estuvo|estuvieron)({_PARTICIPLE})(?=(?:\s+[\wáéíóúñ]+){{0,3}}?\s+(?:por\b|en\s+\d{{3,4}}\b))",
            re.IGNORECASE,
        ),
        _passive,
        keys=trigger_words("was were"),
    ),
    Repair(
        "passive was, opening the sentence",
        re.compile(r"^(?:He|She|It|They)\s+(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t)\b"),
        re.compile(rf"^(Estuvo|Estuvieron)({_PARTICIPLE})\b"),
        _passive,
        keys=trigger_words("was were"),
    ),
    Repair(
        "passive was, after a named subject",  # 'During his lifetime, Asimov estuvo considerado'
        re.compile(
            r"(?:^|,\s+)(?!(?:The|A|An|This|That|These|Those|It|There|In|On|At)\b)(?:[A-Z][\w'-]*\s+){1,4}(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t|nd|ld)\b(?!\s+(?:to|with)\b)"
        ),
        re.compile(
            rf"((?:^|,\s+)(?!(?:El|La|Los|Las|Un|Una|Esto|Este|Esta|Eso|Ese|Esa|Allí|En)\b)(?:[A-ZÁÉÍÓÚÑ][\w'-]*\s+){{1,4}})"
            rf"(estuvo|estuvieron)({_PARTICIPLE})\b"
        ),
        lambda m: m.group(1) + ("fue" if m.group(2) == "estuvo" else "fueron") + m.group(3),
        keys=trigger_words("was were"),
    ),
    Repair(
        "born to",  # 'nato' is 'innate': 'hijos natos a un labrador'
        re.compile(r"\bborn\b", re.IGNORECASE),
        re.compile(r"\b([Nn])at(o|a|os|as)\s+(a|en|de)\b(?=\s+(?:[a-záéíóúñ]+\s+)?[\wÁÉÍÓÚÑ])"),
        lambda m: f"{m.group(1)}acid{m.group(2)} {'de' if m.group(3) == 'a' else m.group(3)}",
        keys=trigger_words("born"),
    ),
    Repair(
        "after doing",  # 'Después de que graduar' → 'Después de graduar'
        re.compile(r"\b(?:after|before)\s+\w+ing\b", re.IGNORECASE),
        re.compile(r"\b((?i:después|antes)\s+de)\s+que\s+(?=[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|le)?\b)"),
        lambda m: f"{m.group(1)} ",
        keys=trigger_words("after before"),
    ),
    Repair(
        "while doing",
        re.compile(r"\bwhile\s+\w+ing\b", re.IGNORECASE),
        re.compile(r"\b[Mm]ientras\s+(\w+(?:ando|iendo|yendo))\b"),
        lambda m: m.group(1),
        keys=trigger_words("while"),
    ),
    Repair(
        "considered to be",
        re.compile(r"\bconsidered\s+to\s+be\b", re.IGNORECASE),
        re.compile(r"\b(considerad(?:o|a|os|as))\s+para\s+ser\b"),
        lambda m: m.group(1),
        keys=trigger_words("considered"),
    ),
    Repair(
        "graduated from",
        re.compile(r"\bgraduated\s+(?:from|in|at|with)\b", re.IGNORECASE),
        re.compile(r"(?<![Ss]e )\b([Gg])radu(ó|aron)(?:\s+(de)\b)?"),
        lambda m: f"{'S' if m.group(1) == 'G' else 's'}e gradu{m.group(2)}" + (" en" if m.group(3) else ""),
        keys=trigger_words("graduated"),
    ),
    Repair(
        "graduating from",  # 'Después de graduar de Harvard' → 'graduarse en'
        re.compile(r"\b(?:graduating|graduate)\s+(?:from|in|at)\b|\bafter\s+graduating\b", re.IGNORECASE),
        re.compile(r"\b([Gg])raduar(?:\s+(de)\b)?(?!se)"),
        lambda m: f"{m.group(1)}raduarse" + (" en" if m.group(2) else ""),
        keys=trigger_words("graduating graduate"),
    ),
    Repair(
        "divorced, retired",
        re.compile(r"\b(?:divorced|retired)\b(?!\s+(?:him|her|them|his|the)\b)", re.IGNORECASE),
        re.compile(r"(?<![Ss]e )\b(?:([Dd])ivorci|([Jj])ubil|([Rr])etir)(ó|aron)\b"),
        lambda m: "se " + ("divorci" if m.group(1) else "jubil" if m.group(2) else "retir") + m.group(4),
        keys=trigger_words("divorced retired"),
    ),
    Repair(
        "attended",
        re.compile(r"\battended\b", re.IGNORECASE),
        re.compile(r"\b([Aa])tendi(ó|eron)\s+(?!a\b)"),
        lambda m: f"{'A' if m.group(1) == 'A' else 'a'}sisti{m.group(2)} a ",
        keys=trigger_words("attended"),
    ),
    Repair(
        "starred in",
        re.compile(r"\bstarred\s+in\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ee]ch|[Pp]rost|[Ee]strell)(ó|aron)\s+en\s+"),  # 'que prostó en una variedad'
        lambda m: "protagonizó " if m.group(1) == "ó" else "protagonizaron ",
        keys=trigger_words("starred"),
    ),
    Repair(
        "released a record",
        re.compile(r"\breleased\b.*\b(?:album|single|record|song|film|book|EP|LP)s?\b", re.IGNORECASE),
        re.compile(r"\b([Ll])iber(ó|aron)\b"),
        lambda m: f"public{m.group(2)}",
        keys=trigger_words("released"),
    ),
    Repair(
        "was succeeded by",
        re.compile(r"\b(?:was|were)\s+succeeded\s+by\b", re.IGNORECASE),
        re.compile(r"\b([Ff]ue|[Ff]ueron)\s+tenid[oa]s?\s+éxito\s+por\s+"),
        lambda m: "le sucedió " if m.group(1).lower() == "fue" else "les sucedió ",
        keys=trigger_words("succeeded"),
    ),
    Repair(
        "was held",
        re.compile(r"\b(?:was|were)\s+held\b", re.IGNORECASE),
        re.compile(r"\b([Ee]stuvo|[Ff]ue|[Ee]stuvieron|[Ff]ueron)\s+aguantad[oa]s?\b"),
        lambda m: "se celebró" if m.group(1).lower() in ("estuvo", "fue") else "se celebraron",
        keys=trigger_words("held"),
    ),
    Repair(
        "a biography's first sentence",
        re.compile(
            rf"^(?!{_NOT_NAMES})[A-Z][\w.'-]*{_NAME_MORE}{{1,5}}(?:\s*\([^()]*\))?\s+was\s+"
            r"(?:a|an|the\s+(?:first|only|last|youngest|oldest|second|third|most|best|greatest))\b"
        ),
        re.compile(rf"^((?:<[^<>]*>\s*)*{_SPANISH_NAME}(?:\s*</[^<>]*>)*(?:\s*\([^()]*\))?)\s+[Ee]ra\b"),
        lambda m: f"{m.group(1)} fue",
        keys=trigger_words("was"),
    ),
    Repair(
        "was the first to",  # 'Era la primera mujer en alcanzar' → 'Fue': a first is an event, told in the preterite
        re.compile(
            r"\b(?:[Ss]he|[Hh]e)\s+was\s+the\s+(?:first|second|third|fourth|fifth|last|youngest|oldest)\s+"
            r"(?:(?!(?:is|was|who|which|that|and)\b)[\w-]+\s+){0,6}?to\s+[a-z]"
        ),
        re.compile(
            r"(?:^|(?<=, ))(?:<[^<>]*>\s*)*\b([Ee])ra(?=\s+(?:el|la)\s+(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|"
            r"quint[oa]|últim[oa]|más\s+joven|mayor)\b[^.;]*?\s+(?:en|para|a)\s+[a-záéíóúñ]+(?:ar|er|ir)(?:l[oa]s?|les?|se)?\b)"
        ),
        lambda m: "Fue" if m.group(1) == "E" else "fue",
        keys=trigger_words("was"),
    ),
    Repair(
        "was the first",  # 'Era el primer presidente afroamericano' → 'Fue': the first of a kind, told as an event
        # not before a relative clause, which keeps the imperfect ('Era la primera mujer que dirigía la empresa')
        re.compile(r"\b(?:[Ss]he|[Hh]e)\s+was\s+the\s+first\b(?![^.;]*\b(?:who|that|which|whose)\b)"),
        re.compile(r"(?:^|(?<=, ))(?:<[^<>]*>\s*)*\b([Ee])ra(?=\s+(?:el|la)\s+primer[oa]?\b)"),
        lambda m: "Fue" if m.group(1) == "E" else "fue",
        keys=trigger_words("first"),
    ),
    Repair(
        "composed",  # 'Compenso más de 800 obras' → 'Compuso'
        re.compile(r"\bcomposed\b", re.IGNORECASE),
        re.compile(r"\b([Cc])ompens[oó]\b"),
        lambda m: f"{m.group(1)}ompuso",
        keys=trigger_words("composed"),
    ),
    Repair(
        "held the office",  # 'en tener aguantado la oficina' → 'en ocupar el cargo'
        re.compile(r"\bh(?:eld|old|olds|olding)\s+(?:the\s+|that\s+|this\s+)?(?:office|post|position)\b", re.I),
        re.compile(
            r"\b(?:(tener|haber)\s+)?[Aa]guant(ó|aron|ado|ar|a)\s+(?:la|el|esa|ese|este|esta)\s+"
            r"(?:oficina|puesto|posición|cargo)\b"
        ),
        lambda m: "ocupar el cargo" if m.group(1) else f"ocup{m.group(2)} el cargo",
        keys=trigger_words("held hold holds holding"),
    ),
    Repair(
        "referred to as",  # 'a veces referido a como' → 'a veces llamado'
        re.compile(r"\breferred\s+to\s+as\b", re.IGNORECASE),
        re.compile(r"\breferid(o|a|os|as)\s+(?:a\s+)?como\b"),
        lambda m: f"llamad{m.group(1)}",
        keys=trigger_words("referred"),
    ),
    _widely_regarded(feminine=True),
    _widely_regarded(feminine=False),
    Repair(
        "remains one of",  # 'Resta uno de los compositores' → 'Sigue siendo uno de'
        re.compile(r"\bremains?\s+(?:one|among)\b", re.IGNORECASE),
        re.compile(r"\b([RrQq])(?:esta|ueda)\s+(un[oa]|entre)\b"),
        lambda m: f"{'S' if m.group(1).isupper() else 's'}igue siendo {m.group(2)}",
        keys=trigger_words("remains remain"),
    ),
    Repair(
        "before the, a noun",  # 'antes de que la Revolución francesa' → 'antes de la Revolución': no clause follows
        re.compile(r"\bbefore\s+the\s+[A-Z]"),
        re.compile(r"\bantes\s+de\s+que\s+(el|la|los|las)\s+(?=[A-Z])"),
        lambda m: f"antes {'del' if m.group(1) == 'el' else 'de ' + m.group(1)} ",
        keys=trigger_words("before"),
    ),
    Repair(
        "an opening participle, hers",  # 'Considerado la experta más importante …, es' → 'Considerada'
        lambda source: bool(_OPENING_PARTICIPLE.match(source)) and bool(SHE.search(source)),
        re.compile(r"^(Considerad|Reconocid|Descrit|Conocid|Nacid)o\b"),
        lambda m: f"{m.group(1)}a",
        keys=trigger_words("considered regarded described known recognized recognised born"),
    ),
)
