"""Verb phrases of any text, not a life's alone, as the model learned them wrong from its teacher.

'His research led to the discovery' came back as 'Su investigación dirigió al descubrimiento' (a cause leads, it
does not direct), 'This method is used in hospitals' as 'Este método está utilizado' (Spanish says 'se utiliza'),
and 'The champion retired in 2010' as 'El campeón retirado en 2010' (a participle where the verb stood). Each
repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/verb_repairs.py's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mt_core.agreement import determiner_in_gender
from mt_core.text_repair import Repair, trigger_words

#: 'is used' as the model wrote it, 'está utilizado', and the Spanish passive with 'se' in its tense and number.
_USED = {"está": "", "están": "n", "estaba": "ba", "estaban": "ban"}


def _used(match: re.Match[str]) -> str:
    """'está utilizado en hospitales' → 'se utiliza en hospitales'; an adverb goes after the verb."""
    verb = f"se {match.group(3).lower()}{_USED[match.group(1).lower()]}"
    return f"{verb} {match.group(2)}" if match.group(2) else verb


#: A document one drafts, which the model drafted into an army ('reclutó la constitución').
_DOCUMENTS = (
    r"constitution|declaration|law|laws|bill|bills|report|treaty|text|document|letter|plan|manifesto|statute|"
    r"charter|proposal|resolution|speech|legislation|amendment|code|agreement|programme|program"
)


#: A sentence's subject in English, whose number the verb takes: 'Her measurements ... provided'.
_PLURAL_SUBJECT = re.compile(r"^(?:(?:His|Her|Their|Its|The|These|Those)\s+)?(?:[a-z]+\s+)?[a-z]+s\b(?!')")


def _provided_evidence(source: str) -> Callable[[re.Match[str]], str]:
    plural = _PLURAL_SUBJECT.match(source) is not None
    return lambda match: f"proporcion{'aron' if plural else 'ó'} pruebas de"


class ProvidedEvidence:
    """'Su obra evidencia proporcionada para la materia oscura' (the model read 'provided' as a participle) →
    'Su obra proporcionó pruebas de', the verb in its subject's number."""

    name = "provided evidence"
    after_gender = False
    keys = trigger_words("provided")
    _source = re.compile(r"\bprovided\s+(?:\w+\s+)?evidence\s+(?:for|of|that)\b")
    _slip = re.compile(r"\b(?:una\s+)?evidencia\s+proporcionad[oa]\s+(?:para|de|a)\b")

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        if not self._source.search(source):
            return text
        return Repair(self.name, self._source, self._slip, _provided_evidence(source)).apply(source, text, skip)


def _plural_preterite(match: re.Match[str]) -> str:
    """'Ella y su marido se mudó' → 'se mudaron'; a name keeps no article the model gave it ('y la Rivera')."""
    pronoun, other, reflexive, stem, ending = match.groups()
    other = re.sub(r"^(?:la|el)\s+(?=[A-ZÁÉÍÓÚ])", "", other)
    return f"{pronoun} y {other} {reflexive or ''}{stem}{'ieron' if ending == 'ió' else 'aron'}"


def _held(match: re.Match[str]) -> str:
    """'Aguantó el poste de alcalde' → 'Ocupó el cargo de alcalde'; 'Aguantó más de 1,000 patentes' → 'Tuvo'."""
    capital, plural, post = match.group(1).isupper(), match.group(2) == "aron", match.group(3)
    if post:
        verb = "ocuparon" if plural else "ocupó"
        return f"{verb.capitalize() if capital else verb} el cargo"
    verb = "tuvieron" if plural else "tuvo"
    return verb.capitalize() if capital else verb


def _shot(match: re.Match[str]) -> str:
    """'Fue disparada en la jefa', 'Fue disparado muerto' → 'Recibió un disparo en la cabeza', 'Murió a tiros'."""
    capital = match.group(1) == "F"
    if match.group(3) or match.group(5):
        return f"{'M' if capital else 'm'}urió a tiros"
    head = " en la cabeza" if match.group(4) else ""
    return f"{'R' if capital else 'r'}ecibi{'eron' if match.group(2) else 'ó'} un disparo{head}"


_ADJECTIVE_ENDINGS = {"famos": "o", "históric": "o", "célebr": "e", "memorabl": "e"}


def _speech(match: re.Match[str]) -> str:
    """'su habla famosa' → 'su famoso discurso', the adjective before its noun as Spanish praises."""
    determiner, plural, adjective = match.group(1), match.group(2), match.group(3)
    written = f"{determiner_in_gender(determiner, 'm')} " if determiner else ""
    if adjective:
        written += f"{adjective}{_ADJECTIVE_ENDINGS[adjective]}{plural} "
    return f"{written}discurso{'s' if plural else ''}"


VERB_PHRASE_REPAIRS: tuple[Repair | ProvidedEvidence, ...] = (
    Repair(
        "held",  # 'Aguantó más de 1,000 patentes', 'Aguantó el poste de alcalde' → 'Tuvo', 'Ocupó el cargo de'
        # what one holds by right, not in one's hands ('held my gun', 'held them in order')
        re.compile(
            r"\bheld\s+(?:(?:more\s+than|over|about|some|the|a|an|several|many|two|three|four|\d[\d,]*)\s+)*"
            r"(?:[\w-]+\s+){0,2}?(?:patents?|records?|posts?|office|offices|titles?|positions?|ranks?|seats?|chairs?|"
            r"professorships?|degrees?|citizenship|views|beliefs)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b([Aa])guant(ó|aron)\b(\s+(?:el|un)\s+(?:poste|puesto|cargo|asiento)\b)?"),
        _held,
        keys=trigger_words("held"),
    ),
    Repair(
        "was shot",  # 'Fue disparada en la jefa' → 'Recibió un disparo en la cabeza': a person is not fired
        re.compile(r"\b(?:was|were)\s+shot\b", re.IGNORECASE),
        re.compile(
            r"\b([Ff])ue(ron)?\s+disparad[oa]s?(\s+muert[oa]s?)?((?:\s+en\s+la\s+(?:jef[ae]|cabeza|cabecera))?)"
            r"(\s+y\s+(?:matad|asesinad|muert)[oa]s?)?"  # ('shot and killed')
        ),
        _shot,
        keys=trigger_words("shot"),
    ),
    Repair(
        "a speech",  # 'Pronunció su habla famosa' → 'su famoso discurso': the speech given, not the faculty
        # a speech given ('delivered his famous speech'), not the faculty ('defective speech', 'my speech')
        re.compile(
            r"\b(?:deliver(?:ed|s)?|gave|give[sn]?|made|famous|inaugural|acceptance|historic|first|last)\b"
            r"(?:\s+[\w\"'-]+){0,4}?\s+speech(?:es)?\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:((?i:una|un|el|la|su|sus))\s+)?habla(s?)(?:\s+(famos|históric|célebr|memorabl)(?:a|e|as|es)\b)?"
        ),
        _speech,
        keys=trigger_words("speech speeches"),
    ),
    Repair(
        "was ruled",  # 'Su muerte estuvo gobernada un suicidio probable' → 'se dictaminó como un suicidio'
        re.compile(r"\b(?:was|were)\s+ruled\s+(?:an?|as)\b", re.IGNORECASE),
        re.compile(r"\b(?:estuvo|fue|estuvieron|fueron)\s+gobernad[oa]s?\s+(?:como\s+)?"),
        lambda m: "se dictaminó como ",
        keys=trigger_words("ruled"),
    ),
    Repair(
        "for so many weeks",  # 'para semanas 310' → 'durante 310 semanas'
        re.compile(r"\bfor\s+\d[\d,]*\s+(?:weeks|days|months|years|hours)\b", re.IGNORECASE),
        re.compile(r"\bpara\s+(semanas|días|meses|años|horas)\s+(\d[\d.,]*)\b"),
        lambda m: f"durante {m.group(2)} {m.group(1)}",
        keys=trigger_words("weeks days months years hours"),
    ),
    Repair(
        "crowned oneself",  # 'coronó Él emperador' → 'se coronó emperador'
        re.compile(r"\bcrowned\s+(?:himself|herself)\b", re.IGNORECASE),
        re.compile(r"\b((?i:coronó))\s+(?:(?:Él|él|Ella|ella|a\s+sí\s+mism[oa]|sí\s+mism[oa])\s+)?"),
        lambda m: f"se {m.group(1).lower()} ",
        keys=trigger_words("himself herself"),
    ),
    Repair.swapping(
        "delivered a speech",  # 'Entregó su habla famosa' → 'Pronunció su famoso discurso'
        re.compile(
            r"\bdelivered\s+(?:a|an|the|his|her|their)\s+(?:[\w\"'-]+\s+){0,5}?(?:speech|address|lecture|sermon)"
        ),
        {"entregó": "pronunció", "entregaron": "pronunciaron"},
        trigger_words("delivered"),
    ),
    Repair(
        "carried out",  # 'fue llevado fuera', 'Llevó fuera investigación' → 'llevado a cabo', 'Llevó a cabo'
        re.compile(r"\b(?:carried|carry|carries|carrying)\s+out\b", re.IGNORECASE),
        re.compile(r"\b((?i:llev)(?:ad[oa]s?|ó|aron|ar|a|an|ando))\s+fuera\b"),
        lambda m: f"{m.group(1)} a cabo",
        keys=trigger_words("out"),
    ),
    Repair(
        "took one's own life",  # 'Tomó su vida propia' → 'Se quitó la vida'
        re.compile(r"\btook\s+(?:his|her|their)\s+own\s+(?:life|lives)\b", re.IGNORECASE),
        re.compile(r"\b([Tt])om(ó|aron)\s+su(?:s)?\s+(?:propias?\s+vidas?|vidas?\s+propias?)"),
        lambda m: f"{'S' if m.group(1) == 'T' else 's'}e quit{m.group(2)} la vida",
        keys=trigger_words("own"),
    ),
    Repair(
        "stepped down",  # 'Dio un paso abajo como presidenta' → 'Dejó el cargo de presidenta'
        re.compile(r"\bstepped\s+down\b", re.IGNORECASE),
        re.compile(r"\b([Dd])(io|ieron)\s+un\s+paso\s+(?:abajo|hacia\s+abajo|atrás)(\s+(?:como|tan)\b)?"),
        lambda m: (
            f"{'D' if m.group(1) == 'D' else 'd'}ej{'ó' if m.group(2) == 'io' else 'aron'} el cargo"
            + (" de" if m.group(3) else "")
        ),
        keys=trigger_words("stepped"),
    ),
    Repair(
        "served as a role",  # 'Sirvió como un conductor de ambulancia' → 'como conductor': a role takes no article
        re.compile(r"\b(?:served|worked|trained|employed|enlisted|hired)\s+as\s+an?\s+[a-z]", re.IGNORECASE),
        re.compile(
            r"\b((?i:sirvi(?:ó|eron)|trabaj(?:ó|aron)|form(?:ó|aron)|emple(?:ó|aron)))\s+como\s+un[a]?\s+(?=[a-záéíóúñ])"
        ),
        lambda m: f"{m.group(1)} como ",
        keys=trigger_words("served worked trained employed enlisted hired"),
    ),
    Repair(
        "returned home",  # 'y casa de regresar', 'Regresó en 1945' → 'y regresó a casa', 'Regresó a casa en 1945'
        re.compile(r"\breturned\s+home\b", re.IGNORECASE),
        re.compile(
            r"\bcasa\s+de\s+regresar\b|\b((?i:regres|volv)(?:ó|ió|ieron|aron))\b(?!\s+(?:a\s+)?(?:casa|su\s+casa|hogar)\b)"
        ),
        lambda m: f"{m.group(1)} a casa" if m.group(1) else "regresó a casa",
        keys=trigger_words("home"),
    ),
    Repair(
        "she and another, plural",  # 'Ella y su marido se mudó a París' → 'se mudaron'
        re.compile(r"^(?:She|He)\s+and\s+(?:(?:his|her)\s+\w+|[A-Z]\w+)\s+(?:\w+ed|won|wrote|left|went|met|spent)\b"),
        re.compile(
            r"^(Ella|Él)\s+y\s+((?:su\s+[a-záéíóúñ]+)|(?:(?:la|el)\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]+)\s+(se\s+)?"
            r"([a-záéíóúñ]+?)(ió|ó)\b"
        ),
        _plural_preterite,
        keys=trigger_words("and"),
    ),
    Repair(
        "two named subjects, plural",  # 'Hillary y Tenzing Norgay era los primeros' → 'fueron los primeros'
        re.compile(r"^(?:[A-Z][\w'-]*\s+)+and\s+(?:[A-Z][\w'-]*\s+)+were\b"),
        re.compile(r"^((?:[A-ZÁÉÍÓÚ][\wáéíóúñ'-]*\s+)+y\s+(?:[A-ZÁÉÍÓÚ][\wáéíóúñ'-]*\s+)+)(?:era|fue)\b"),
        lambda m: f"{m.group(1)}fueron",
        keys=trigger_words("and"),
    ),
    Repair(
        "into space",  # 'viajar a espacial', 'a espacio exterior' → 'al espacio', 'al espacio exterior'
        re.compile(r"\b(?:into|to|in)\s+(?:outer\s+)?space\b", re.IGNORECASE),
        re.compile(r"\ba\s+espaci(?:al|o)\b"),
        lambda m: "al espacio",
        keys=trigger_words("space"),
    ),
    Repair(
        "throughout a country",  # 'Fundó conventos durante España' → 'por toda España'
        re.compile(r"\bthroughout\s+(?!(?:his|her|their|the|its|a|an)\b)[A-Z]"),
        re.compile(r"\bdurante\s+(?=[A-ZÁÉÍÓÚ])(?!(?:el|la|los|las|El|La)\b)"),
        lambda m: "por toda ",
        keys=trigger_words("throughout"),
    ),
    Repair(
        "millions of",  # 'dos mil millones copias' → 'dos mil millones de copias'
        re.compile(r"\b(?:million|billion)\s+[a-z]", re.IGNORECASE),
        re.compile(
            r"\b(millones|millón)\s+(?!(?:de|y|o|u|en|que|cien\w*|doscient\w*|trescient\w*|\d)\b)(?=[a-záéíóúñ]{3,})"
        ),
        lambda m: f"{m.group(1)} de ",
        keys=trigger_words("million billion"),
    ),
    Repair(
        "a sentence served",  # 'la frase era commuted' → 'la pena fue conmutada': a court's sentence, not a clause
        re.compile(
            r"\bsentenced?\b.*\bsentence\b|\b(?:death|prison|life|jail)\s+sentence\b|\bsentence\s+was\s+commuted\b",
            re.I,
        ),
        re.compile(r"\b(la|una|su)\s+frase\b((?:\s+(?:era|fue|estuvo))?\s+commuted\b)?"),
        lambda m: f"{m.group(1)} pena" + (" fue conmutada" if m.group(2) else ""),
        keys=trigger_words("sentence"),
    ),
    Repair(
        "to be awarded",  # 'la primera mujer en ser otorgada la Medalla Fields' → 'en recibir la Medalla'
        re.compile(r"\bto\s+be\s+awarded\b", re.IGNORECASE),
        re.compile(r"\bser\s+otorgad[oa]s?\s+(?=el\b|la\b|los\b|las\b|un\b|una\b)"),
        lambda m: "recibir ",
        keys=trigger_words("awarded"),
    ),
    Repair(
        "motion",  # 'las leyes de moción', 'Brownian moción' → 'del movimiento', 'movimiento'
        re.compile(r"\bmotion\b(?!\s+(?:picture|pictures|to|was|passed|carried)\b)", re.IGNORECASE),
        # (its adjective too: 'moción planetaria')
        re.compile(r"\b(?:(leyes)\s+de\s+)?moción\b(?:\s+([a-záéíóúñ]+(?:ri|ic|an|in|os|iv|ad|id))a\b)?"),
        lambda m: ("leyes del movimiento" if m.group(1) else "movimiento") + (f" {m.group(2)}o" if m.group(2) else ""),
        keys=trigger_words("motion"),
    ),
    Repair(
        "to marry",  # 'para casar Prince Rainier' → 'para casarse con'
        re.compile(r"\bto\s+marry\s+[A-Za-z]", re.IGNORECASE),
        re.compile(r"\bpara\s+casar\s+(?!con\b)"),
        lambda m: "para casarse con ",
        keys=trigger_words("marry"),
    ),
    Repair(
        "spanned, a record",  # 'Su carrera giró más de seis décadas', ', un registro' → 'abarcó', ', un récord'
        re.compile(r"\bspanned\b|,\s+a\s+record\b", re.IGNORECASE),
        re.compile(
            r"\b([Gg])ir(ó|aron)\b"
            r"(?=\s+(?:más|casi|cerca|unos?|vari[oa]s|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d))"
            r"|(?<=, )un\s+registro\b"
        ),
        lambda m: "un récord" if m.group().startswith("un") else f"{'A' if m.group(1) == 'G' else 'a'}barc{m.group(2)}",
        keys=trigger_words("spanned record"),
    ),
    Repair(
        "was offered",  # 'Fue ofrecido la presidencia' → 'Le ofrecieron la presidencia': a person is offered to
        re.compile(r"\b(?:he|she|He|She)\s+was\s+(?:later\s+|also\s+)?offered\b"),
        re.compile(r"\b([Ff])ue\s+(?:(?:más\s+tarde|también)\s+)?ofrecid[oa]\s+(?=\w)"),
        lambda m: f"{'L' if m.group(1) == 'F' else 'l'}e ofrecieron ",
        keys=trigger_words("offered"),
    ),
    ProvidedEvidence(),
    Repair.swapping(
        "chaired",  # 'Sigó el comité', 'Presidentó la reunión' → 'Presidió'
        re.compile(r"\bchaired\b", re.IGNORECASE),
        {"sigo": "presidió", "sigó": "presidió", "presidentó": "presidió", "silló": "presidió"},
        trigger_words("chaired"),
    ),
    Repair(
        "composed",  # 'Mozart se compuesta más de 600 obras' → 'compuso'; 'está compuesta de' is a passive
        re.compile(
            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
            r"\bcomposed\b(?!\s+(?:of|by)\b)"
        ),
        re.compile(
            r"(?<!\bestá\s)(?<!\bestaba\s)(?<!\bfue\s)(?<!\bes\s)(?<!\bera\s)(?<!\bsido\s)(?<!\bha\s)"
            r"\b(?:se\s+)?compuest[oa]s?\b(?!\s+(?:de|por)\b)"
        ),
        lambda m: "compuso",
        keys=trigger_words("composed"),
    ),
    Repair.swapping(
        "drafted a document",  # 'Reclutó la constitución' → 'Redactó': a text is drafted, a soldier recruited
        re.compile(
            rf"\bdrafted\s+(?:the|a|an|his|her|their|its|several|two|three)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})\b"
        ),
        {"reclutó": "redactó", "reclutaron": "redactaron"},
        trigger_words("drafted"),
    ),
    Repair(
        "led to",  # 'Su investigación dirigió al descubrimiento' → 'condujo al': a cause leads, it does not direct
        re.compile(r"\bled\s+to\s+(?!believe\b)", re.IGNORECASE),
        re.compile(r"\b([Dd])irigi(ó|eron)\s+(?=a\b|al\b)"),
        lambda m: f"{'C' if m.group(1) == 'D' else 'c'}onduj{'o' if m.group(2) == 'ó' else 'eron'} ",
        keys=trigger_words("led"),
    ),
    Repair(
        "is used",  # 'Este método está utilizado en hospitales' → 'se utiliza en hospitales'
        re.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?used\b(?!\s+to\s+(?:be|have|live|work|play)\b)"),
        re.compile(r"\b((?i:está|están|estaba|estaban))\s+(?:([a-záéíóúñ]+mente)\s+)?(utiliza|usa|emplea)d[oa]s?\b"),
        _used,
        keys=trigger_words("used"),
    ),
    Repair(
        "retired, after its subject",  # 'El campeón retirado en 2010' → 'El campeón se retiró en 2010'
        re.compile(r"\b(?:[Tt]he\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][a-z]+)\s+retired\s+(?:in|from|after|at)\b"),
        re.compile(
            r"(?<=[a-záéíóúñ] )(?<!\bse )(?<!\bha )(?<!\bhaberse )(?<!\bfue )(?<!\bes )(?<!\bestá )(?<!\bestaba )"
            r"(?<!\bun )(?<!\buna )retirad([oa])s?\s+(?=(?:en|de|tras|a)\b)"
        ),
        lambda m: "se retiró ",
        keys=trigger_words("retired"),
    ),
)
