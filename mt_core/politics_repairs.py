"""A political life as the model learned it wrong from its teacher: parties, government, executions.

'the Communist Party' came back as 'la Fiesta Comunista', 'He governed Tanganyika' as 'Regió Tanganyika', 'by a
firing squad' as 'por un equipo de disparar'. Each repair fires only where the English source has the phrase the
slip translates (the shape is mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after
mt_core/public_life_repairs.py's). The parties the model knows by name are mt_core/name_tables.py's.
"""

from __future__ import annotations

import re

from mt_core.agreement import determiner_in_gender
from mt_core.text_repair import Repair, trigger_words


def _party(match: re.Match[str]) -> str:
    """'la Fiesta Peronist Fiesta' → 'el Partido Peronist' (the name said once)."""
    article = match.group(1)
    written = determiner_in_gender(article, "m") + " " if article else ""  # the model's article was the fiesta's
    repeated = match.group(2)
    name = re.sub(r"\s+[Ff]iesta$", "", repeated) if repeated else ""
    return f"{written}Partido{name}"


POLITICS_REPAIRS: tuple[Repair, ...] = (
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
)
