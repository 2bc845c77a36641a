"""Words about a person the model got wrong, put right where the source says who it is.

'a former tennis player' as 'una jugadora de tenis anterior', 'the first female pilot' as 'la primera piloto
hembra', 'She became rich' as 'se hizo rico': Apertium's Spanish analyser says which words are person nouns
(the person lexicon's Spanish lemmas and kin) and adjectives, and its generator writes the feminine.
"""

from __future__ import annotations

import re

from mt_core.morphology import Analyser, Analysis
from mt_core.text_repair import Repair
from mt_core.verb_forms import HE, SHE, shared_generator


def former_as_ex(analyser: Analyser, person_lemmas: frozenset[str]) -> Repair:
    """'a former professional tennis player' came back as 'una jugadora de tenis profesional anterior': Spanish
    says a former role with 'ex-' on the noun ('una exjugadora de tenis profesional', 'un expresidente'). Only
    for a person (the person lexicon's Spanish lemmas and kin), as 'la antigua capital' is no 'excapital'; and
    only where the source has one 'former' before a noun."""
    people = person_lemmas | _KIN_LEMMAS

    def ex(match: re.Match[str]) -> str:
        lemmas = {a.lemma.lower() for t in analyser.analyse(match.group(2)) for a in t.analyses}
        if not lemmas & people:
            return match.group()
        return f"{match.group(1)} ex{match.group(2)}{match.group(3)}"

    return Repair("former", lambda source: len(_FORMER.findall(source)) == 1, _ANTERIOR, ex, frozenset({"former"}))


def female_person(analyser: Analyser, person_lemmas: frozenset[str]) -> Repair:
    """'the first female pilot' came back as 'la primera piloto hembra': 'hembra' is for animals. After a person
    noun in the feminine it goes ('la primera aviadora'); after one that shows no gender it is 'mujer' before it
    ('la primera mujer piloto'). A female animal keeps it ('elefantes hembra')."""
    people = person_lemmas | _KIN_LEMMAS

    def person(match: re.Match[str]) -> str:
        readings = [a for t in analyser.analyse(match.group(1)) for a in t.analyses if a.tags[:1] == ("n",)]
        if not any(a.lemma.lower() in people for a in readings):
            return match.group()
        if all(a.gender == "f" for a in readings):
            return match.group(1)
        return f"{'mujeres' if match.group(2) else 'mujer'} {match.group(1)}"

    return Repair("female person", _FEMALE, _HEMBRA, person, frozenset({"female", "females"}))


def became_feminine(analyser: Analyser) -> Repair:
    """'She became rich' came back as 'se hizo rico': the adjective after 'se hizo', 'se volvió' or 'llegó a ser'
    takes the subject's gender, where the source's one person is a woman ('she' or 'her', and no 'he')."""

    def feminine(match: re.Match[str]) -> str:
        readings = [a for t in analyser.analyse(match.group(3)) for a in t.analyses]
        if not readings or any(a.tags[:1] != ("adj",) and a.tags[:2] != ("vblex", "pp") for a in readings):
            return match.group()
        lemma = readings[0].lemma
        tags = ("adj", "f", "sg") if readings[0].tags[:1] == ("adj",) else ("vblex", "pp", "f", "sg")
        form = shared_generator().generate([Analysis(lemma, tags)])[0]
        return f"{match.group(1)}{match.group(2) or ''}{form}" if form else match.group()

    def about_a_woman(source: str) -> bool:
        return bool(SHE.search(source)) and not HE.search(source) and not _PLURAL_SUBJECT.search(source)

    return Repair(
        "became, feminine",
        about_a_woman,
        _BECAME_MASCULINE,
        feminine,
        frozenset({"became", "become", "becomes", "grew"}),
    )


_FEMALE = re.compile(r"\bfemales?\b", re.IGNORECASE)
_HEMBRA = re.compile(r"\b([a-záéíóúñ]{3,})\s+hembra(s)?\b")
#: 'former' before a noun; 'the former' alone is 'el primero'.
_FORMER = re.compile(r"\b(?:a|an|the|his|her|their|its|my)\s+(?:\w+\s+)?former\s+[a-z]", re.IGNORECASE)
#: A noun phrase the model closed with 'anterior': the noun, a 'de' phrase and an adjective at most.
_ANTERIOR = re.compile(
    r"\b((?i:un|una|el|la|los|las|su|sus|mi|mis))\s+([a-záéíóúñ]{3,})"
    r"((?:\s+de\s+[a-záéíóúñ]+)?(?:\s+(?!de\b)[a-záéíóúñ]+)?)\s+anterior(?:es)?\b"
)
_KIN_LEMMAS = frozenset(
    "esposo esposa marido mujer novio novia pareja compañero compañera cuñado cuñada suegro suegra yerno nuera "
    "jugador alumno miembro jefe".split()
)
_BECAME_MASCULINE = re.compile(
    r"\b((?i:se\s+hizo|se\s+volvió|llegó\s+a\s+ser)\s+)((?:muy|más|tan|bastante)\s+)?([a-záéíóúñ]+o)\b"
)
_PLURAL_SUBJECT = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
