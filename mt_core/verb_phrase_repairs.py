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


VERB_PHRASE_REPAIRS: tuple[Repair | ProvidedEvidence, ...] = (
    ProvidedEvidence(),
    Repair(
        "chaired",  # 'Sigó el comité', 'Presidentó la reunión' → 'Presidió'
        re.compile(r"\bchaired\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ss]ig[oó]|[Pp]residentó|[Ss]illó)\b"),
        lambda m: "presidió",
        keys=trigger_words("chaired"),
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
    Repair(
        "drafted a document",  # 'Reclutó la constitución' → 'Redactó': a text is drafted, a soldier recruited
        re.compile(
            rf"\bdrafted\s+(?:the|a|an|his|her|their|its|several|two|three)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})\b"
        ),
        re.compile(r"\b([Rr])eclut(ó|aron)\b"),
        lambda m: f"{'R' if m.group(1) == 'R' else 'r'}edact{m.group(2)}",
        keys=trigger_words("drafted"),
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
