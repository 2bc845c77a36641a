"""A life's milestones and standing as the model learned them wrong: degrees, offices, impeachment,
emigration, siblings, membership, how the person is regarded.

The model wrote 'She earned a doctorate in physics' as 'Ganó un doctorado en físicas' (a prize is won, a degree
obtained), 'He was impeached' as 'Era impeached', 'an associate justice of the Supreme Court' as 'un asociar
justicia', 'emigrated to' as 'Emitió a', 'seven siblings' as 'siete siblings', 'She is often regarded as' as
'Es a menudo consideró como', and 'She was a member of the party' as 'Era una miembro del partido' (Spanish
names a membership without the article). Each repair fires only where the English source shows the slip to be
one (the shape is mt_core/text_repair.py; mt_core/phrase_repair.py applies this table).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mt_core.grammar import Gender
from mt_core.subject_gender import sentence_person_gender
from mt_core.text_repair import Repair, trigger_words


@dataclass(frozen=True)
class GenderedRepair:
    """A repair whose replacement says its person's gender, which the source gives ('sometida', 'jueza
    asociada'); else like `Repair`."""

    name: str
    source: re.Pattern[str]
    slip: re.Pattern[str]
    #: The replacement, given the match and the sentence's person's gender, if the source gives one.
    replacement: Callable[[re.Match[str], Gender | None], str]
    keys: frozenset[str] = frozenset()
    after_gender: bool = False

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        gender = sentence_person_gender(source)
        written = Repair(self.name, self.source, self.slip, lambda match: self.replacement(match, gender))
        return written.apply(source, text, skip)


#: 'estar' before a participle of judgement is 'ser': 'está considerado' → 'es considerado'.
_BE = {"está": "es", "estaba": "era", "estuvo": "fue"}


def _regarded(match: re.Match[str], gender: Gender | None) -> str:
    """The participle in the person's gender; where the source gives none ('The film is regarded as'), the
    model's own, or the masculine for its finite verb."""
    ending = ("a" if gender is Gender.FEMININE else "o") if gender else match.group(3) or "o"
    return f"{_BE.get(match.group(1).lower(), match.group(1))} {match.group(2) or ''}considerad{ending}"


MILESTONE_REPAIRS: tuple[Repair | GenderedRepair, ...] = (
    Repair(
        "earned a degree",  # 'Ganó un doctorado' → 'Obtuvo un doctorado'
        re.compile(
            r"\b(?:earned|earns|earning|obtained)\s+(?:a|an|her|his|their)\s+(?:\w+\s+)?"
            r"(?:doctorate|degree|PhD|Ph\.D\.|master's|bachelor's|diploma|licen[cs]e)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b([Gg]anó|[Gg]anaron)\s+(?=(?:un|una|su|sus)\s+(?:\w+\s+)?"
            r"(?:doctorado|doctora|doctor|título|grado|licenciatura|diploma|máster|maestría|PhD|licencia)\b)"
        ),
        lambda m: "obtuvieron " if m.group(1).lower() == "ganaron" else "obtuvo ",
        keys=trigger_words("earned earns earning obtained"),
    ),
    Repair(
        "a degree in physics",  # 'un doctorado en físicas' → 'en física'; 'un título en ley' → 'en derecho'
        re.compile(
            r"\b(?:doctorate|degree|PhD|master's|bachelor's|studied|studies|study)\b.{0,40}\bin\s+(?:physics|law)\b"
        ),
        re.compile(r"\ben\s+(físicas|ley)\b"),
        lambda m: "en física" if m.group(1) == "físicas" else "en derecho",
        keys=trigger_words("doctorate degree phd master's bachelor's studied studies study"),
    ),
    GenderedRepair(
        "was impeached",  # 'Era impeached' → 'Fue sometido a un juicio político'
        re.compile(r"\b(?:was|were)\s+impeached\b", re.IGNORECASE),
        re.compile(r"\b(?:[Ee]ra|[Ff]ue|[Ee]stuvo)\s+(?:impeached|acusad[oa]|impugnad[oa])\b"),
        lambda m, gender: f"fue sometid{'a' if gender is Gender.FEMININE else 'o'} a un juicio político",
        keys=trigger_words("impeached"),
    ),
    GenderedRepair(
        "an associate justice",  # 'un asociar justicia' → 'juez asociado'
        re.compile(r"\bassociate\s+justice\b", re.IGNORECASE),
        re.compile(r"\b(?:(?:un|una)\s+)?asocia(?:r|d[oa])\s+(?:justicia|juez|jueza)\b"),
        lambda m, gender: "jueza asociada" if gender is Gender.FEMININE else "juez asociado",
        keys=trigger_words("associate"),
    ),
    GenderedRepair(
        "regarded as",  # 'Es a menudo consideró como la poeta' → 'Es a menudo considerada como la poeta'
        re.compile(
            r"\b(?:is|was|are|were)\s+(?:(?:often|widely|generally|also|now|still)\s+)?(?:regarded|considered)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b([Ee]s|[Ee]ra|[Ff]ue|[Ee]stá|[Ee]staba|[Ee]stuvo)\s+((?:a\s+menudo|ampliamente|generalmente|también|"
            r"ahora|todavía)\s+)?(?:consideró|consideraba|considera|considerad([oa]))\b"
        ),
        _regarded,
        keys=trigger_words("regarded considered"),
    ),
    Repair(
        "empress",  # 'la empresa de Rusia' → 'la emperatriz de Rusia'
        re.compile(r"\b[Ee]mpress(?:es)?\b"),
        re.compile(r"\b([Ee])mpresa(s?)\b"),
        lambda m: f"{m.group(1)}mperatri{'ces' if m.group(2) else 'z'}",
        keys=trigger_words("empress empresses"),
    ),
    Repair.swapping(
        "emigrated",  # 'Emitió a los Estados Unidos' → 'Emigró a los Estados Unidos'
        re.compile(r"\bemigrated\b", re.IGNORECASE),
        {"emitió": "emigró", "emitieron": "emigraron"},
        trigger_words("emigrated"),
    ),
    Repair.swapping(
        "siblings",  # 'siete siblings' → 'siete hermanos'
        re.compile(r"\bsiblings\b", re.IGNORECASE),
        {"siblings": "hermanos"},
        trigger_words("siblings"),
    ),
    Repair(
        "a member of",  # 'Era una miembro del partido' → 'Era miembro del partido'
        re.compile(r"\b(?:was|is|were|are|became|become)\s+(?:a|an)\s+(?:\w+\s+)?members?\s+of\b", re.IGNORECASE),
        re.compile(r"\b((?:[Ee]ra|[Ff]ue|[Ee]s|[Ss]e\s+convirtió\s+en)\s+)(?:un|una)\s+(?=miembro\s+(?:de|del)\b)"),
        lambda m: m.group(1),
        keys=trigger_words("member"),
    ),
)
