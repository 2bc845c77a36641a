"""Verb phrases of any text, not a life's alone, as the model learned them wrong from its teacher.

'His research led to the discovery' came back as 'Su investigación dirigió al descubrimiento' (a cause leads, it
does not direct), 'This method is used in hospitals' as 'Este método está utilizado' (Spanish says 'se utiliza'),
and 'The champion retired in 2010' as 'El campeón retirado en 2010' (a participle where the verb stood). Each
repair fires only where the English source has the phrase the slip translates (the shape is
mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after mt_core/verb_repairs.py's).
"""

from __future__ import annotations

import re

from mt_core.text_repair import Repair, trigger_words

#: 'is used' as the model wrote it, 'está utilizado', and the Spanish passive with 'se' in its tense and number.
_USED = {"está": "", "están": "n", "estaba": "ba", "estaban": "ban"}


def _used(match: re.Match[str]) -> str:
    """'está utilizado en hospitales' → 'se utiliza en hospitales'; an adverb goes after the verb."""
    verb = f"se {match.group(3).lower()}{_USED[match.group(1).lower()]}"
    return f"{verb} {match.group(2)}" if match.group(2) else verb


VERB_PHRASE_REPAIRS: tuple[Repair, ...] = (
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
