"""A childhood and a family, as the model learned them wrong from its teacher: siblings, upbringing, schooling.

'the youngest of eleven children' came back as 'el más joven de once niños', 'grew up in poverty in the slums'
as 'creció en pobreza en el slums', 'learned to play the piano' as 'aprendió para tocar', 'left school at
fourteen' as 'dejó la escuela en catorce', 'leaving her with three children' as 'dejando su con'. Each repair
fires only where the English source has the phrase the slip translates (the shape is mt_core/text_repair.py;
mt_core/phrase_repair.py applies this table after mt_core/life_repairs.py's).
"""

from __future__ import annotations

import functools
import re

from mt_core.demonyms import DEMONYMS, spanish_demonym_form
from mt_core.text_repair import Repair, TextRepair, trigger_words

#: English number words up to twenty, which an age is written in ('at fourteen').
_AGES = "four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_SPANISH_AGES = (
    "cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve"
)


_AT_AN_AGE = re.compile(rf"\bat\s+(?:the\s+age\s+of\s+)?(?:{'|'.join(_AGES.split())})\b", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\b(?:morning|evening|afternoon|night|noon|o'clock|a\.?m|p\.?m|hours?|clock)\b", re.I)


_KIN = "father|mother|husband|wife|brother|sister|son|daughter|grandfather|grandmother|uncle|aunt"
_SPANISH_KIN = "padre|madre|marido|esposo|esposa|mujer|hermano|hermana|hijo|hija|abuelo|abuela|tío|tía"
#: 'His father was a carpenter and his mother a seamstress.': an occupation with no word of its own.
_KIN_WAS_A = re.compile(
    rf"\b(?:{_KIN})\s+(?:was|is)\s+an?\s+[a-z]+(?:\s+and\s+[a-z]+)?(?=\s*[.;]|\s*$|\s+and\s+(?:his|her|their)\b)"
    rf"|\band\s+(?:his|her|their)\s+(?:{_KIN})\s+an?\s+[a-z]+\s*[.;]?\s*$",
    re.IGNORECASE,
)


def _written(replacement: str, _: re.Match[str]) -> str:
    return replacement


_DEMONYM = "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
#: The parents a person was born to, by nationality: 'born in Paris to a Polish father and a Mexican mother'.
_BORN_TO_PARENTS = re.compile(
    rf"\bborn\b[^.;]*?\bto\s+(?:an?\s+)?({_DEMONYM})\s+(father|mother|parents|immigrants)"
    rf"(?:\s+and\s+(?:an?\s+)?({_DEMONYM})\s+(father|mother))?\b"
)
_PARENTS = {
    "father": ("padre", "m", False),
    "mother": ("madre", "f", False),
    "parents": ("padres", "m", True),
    "immigrants": ("inmigrantes", "m", True),
}
_NOT_A_NATIONALITY = r"(?!(?:en|y|e|de|del|que|el|la|los|las|con|por|a|al|su|sus|cuando)\b)"
_TO_PARENTS = re.compile(
    rf"\ba\s+(?:(?:un|una)\s+)?(?:padre|madre|padres|inmigrantes)\b(?:\s+{_NOT_A_NATIONALITY}[\wÁÉÍÓÚáéíóúñ]+)?"
    rf"(?:\s+y\s+(?:a\s+)?(?:(?:un|una)\s+)?(?:padre|madre)\b(?:\s+{_NOT_A_NATIONALITY}[\wÁÉÍÓÚáéíóúñ]+)?)?"
)


class BornToParents:
    """'Nació en París a un padre polaca y una madre mexicana' → 'de padre polaco y madre mexicana': Spanish is
    born 'de' its parents, without articles, and each nationality agrees with its own parent (the model gave
    both the child's gender). Written from the source, which names both."""

    name = "born to parents"
    after_gender = True
    keys = trigger_words("born")

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        parents = _BORN_TO_PARENTS.search(source)
        if parents is None:
            return text
        written = [
            f"{noun} {spanish_demonym_form(DEMONYMS[demonym], gender, plural)}"
            for demonym, kind in ((parents.group(1), parents.group(2)), (parents.group(3), parents.group(4)))
            if demonym
            for noun, gender, plural in (_PARENTS[kind],)
        ]
        found = _TO_PARENTS.search(text)
        if found is None or (skip is not None and skip.search(found.group())):
            return text
        return f"{text[: found.start()]}de {' y '.join(written)}{text[found.end() :]}"


def _only_before(match: re.Match[str]) -> str:
    """'Su novela única', 'el hijo único del poeta' → 'Su única novela', 'el único hijo del poeta': Spanish says
    'only' before the noun ('hijo único' is a child with no siblings, which the source does not say)."""
    determiner, noun, between, ending = match.group(1), match.group(2), match.group(3).strip(), match.group(4)
    return f"{determiner} únic{ending} {noun}{' ' + between if between else ''}"


CHILDHOOD_REPAIRS: tuple[Repair | TextRepair, ...] = (
    Repair(
        "a child of",  # 'Era la niña mayor de una familia rica' → 'la hija mayor': a parent's child, not a young one
        # a family's child: after 'only', 'eldest', an ordinal, or before a parent's name or a family ('the
        # children of the village' are no one's sons)
        re.compile(
            r"\b(?:only|eldest|youngest|oldest|elder|younger|first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|legitimate|illegitimate|adopted)\s+(?:child|children)\s+of\b"
            r"|\b(?:child|children)\s+of\s+(?:[A-Z]|(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:family|couple)\b)"
        ),
        re.compile(r"\bniñ(o|a|os|as)\b(?=(?:\s+[a-záéíóúñ]+){0,2}\s+(?:de|del)\b)"),
        lambda m: f"hij{m.group(1)}",
        keys=trigger_words("child children"),
    ),
    Repair(
        "born with a name",  # 'Nació Magdalena Carmen Frida Kahlo' → 'Nació con el nombre de': a name, not a place
        re.compile(r"\b(?:was|is)\s+born\s+(?!(?:in|on|at|into|to|with|the|a|an|of|and|near)\b)[A-Z]"),
        re.compile(r"\b([Nn]ació)\s+(?=[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚ])"),
        lambda m: f"{m.group(1)} con el nombre de ",
        keys=trigger_words("born"),
    ),
    Repair(
        "born, read as borne",  # 'una soprano aguantada en los Estados Unidos' → 'nacida': 'born', not 'borne'
        re.compile(r"\bborn\b", re.IGNORECASE),
        re.compile(r"\baguantad([oa]s?)(?:\s+nacid[oa]s?)?\b"),
        lambda m: f"nacid{m.group(1)}",
        keys=trigger_words("born"),
    ),
    Repair(
        "only, before its noun",  # 'Su novela única', 'el hijo único del poeta' → 'Su única novela', 'el único hijo'
        re.compile(r"\b(?:his|her|their|its|the)\s+only\s+[a-z]", re.IGNORECASE),
        re.compile(r"\b([Ss]us?|(?i:el|la|los|las))\s+([a-záéíóúñ]+)\s+((?:[a-záéíóúñ]+\s+)?)únic([oa]s?)\b"),
        _only_before,
        keys=trigger_words("only"),
        after_gender=True,  # (in the noun's gender: 'el hijo' may have been 'la hija')
    ),
    Repair(
        "child labour",  # 'luchó en contra trabajo hijo' → 'luchó contra el trabajo infantil'
        re.compile(r"\bchild\s+labou?r\b", re.IGNORECASE),
        re.compile(r"\b(?:(?:en\s+)?contra\s+(?:el\s+)?)?trabajo\s+(?:de\s+)?(?:hijos?|niños?|niñez)\b"),
        lambda m: "contra el trabajo infantil" if "contra" in m.group() else "trabajo infantil",
        keys=trigger_words("child"),
    ),
    Repair(
        "born into poverty",  # 'Nació a pobreza' → 'Nació en la pobreza'
        re.compile(r"\bborn\s+into\s+poverty\b", re.IGNORECASE),
        re.compile(r"\b([Nn]ació)\s+(?:a|en)\s+(?:la\s+)?pobreza\b"),
        lambda m: f"{m.group(1)} en la pobreza",
        keys=trigger_words("poverty"),
    ),
    Repair(
        "with his family",  # 'con su familiar' → 'con su familia': 'familiar' is a relative
        re.compile(r"\b(?:his|her|their|the)\s+family\b", re.IGNORECASE),
        re.compile(r"\b(su|sus|la)\s+familiar\b(?!\s+de\b)"),
        lambda m: f"{m.group(1)} familia",
        keys=trigger_words("family"),
    ),
    Repair(
        "his father was a carpenter",  # 'Su padre era un carpintero y su madre un costurera' → no article
        _KIN_WAS_A,
        re.compile(
            rf"\b([Ss]u\s+(?:{_SPANISH_KIN})\s+(?:(?:era|es|fue)\s+)?)(?:un|una)\s+"
            r"(?=[a-záéíóúñ]+(?:\s+[ye]\s+[a-záéíóúñ]+)?(?:\s*[.;]|\s*$|\s+y\s+su\b))"
        ),
        lambda m: m.group(1),
        keys=trigger_words(_KIN.replace("|", " ")),
    ),
    Repair(
        "the youngest of",  # 'el más joven de once niños' → 'el menor de once hijos'
        re.compile(r"\bthe\s+youngest\s+of\s+\w+\s+(?:children|siblings|sons|daughters|brothers|sisters)\b", re.I),
        re.compile(r"\b([Ee]l|[Ll]a)\s+más\s+joven\s+de\s+(\w+)\s+(?:niños|niñas|hijos|hijas|chicos)\b"),
        lambda m: f"{m.group(1)} menor de {m.group(2)} hijos",
        keys=trigger_words("youngest"),
    ),
    *(
        Repair(
            f"leaving {pronoun} with",  # 'dejando su con tres hijos' → 'dejándola con'
            re.compile(rf"\bleaving\s+{pronoun}\s+with\b", re.IGNORECASE),
            re.compile(r"\bdejando\s+(?:su|la|le|lo|a\s+ella|a\s+él)\s+con\b"),
            functools.partial(_written, f"{written} con"),
            keys=trigger_words("leaving"),
        )
        for pronoun, written in (("her", "dejándola"), ("him", "dejándolo"))
    ),
    Repair(
        "grew up in poverty",  # 'Creció en pobreza' → 'en la pobreza'
        re.compile(r"\bin\s+poverty\b", re.IGNORECASE),
        re.compile(r"\ben\s+pobreza\b"),
        lambda m: "en la pobreza",
        keys=trigger_words("poverty"),
    ),
    Repair(
        "slums",  # 'en el slums de Buenos Aires' → 'en los barrios marginales de'
        re.compile(r"\bslums?\b", re.IGNORECASE),
        re.compile(r"\b(?:(el|los|un|unos)\s+)?slum(s?)\b"),
        lambda m: (
            (f"{'los' if m.group(1) in ('el', 'los') else 'unos'} " if m.group(1) else "")
            + ("barrios marginales" if m.group(2) or m.group(1) in ("el", "los") else "barrio marginal")
        ),
        keys=trigger_words("slum slums"),
    ),
    Repair(
        "learned to",  # 'Aprendió para tocar el piano' → 'Aprendió a tocar'
        re.compile(r"\blearn(?:ed|t|s)?\s+to\s+[a-z]", re.IGNORECASE),
        re.compile(r"\b([Aa]prendi(?:ó|eron|a))\s+para\s+(?=[a-záéíóúñ]+(?:ar|er|ir)\b)"),
        lambda m: f"{m.group(1)} a ",
        keys=trigger_words("learned learnt learn learns"),
    ),
    Repair(
        "at an age",  # 'Dejó la escuela en catorce' → 'a los catorce'
        # not a time of day ('at eight in the morning')
        lambda source: _AT_AN_AGE.search(source) is not None and _TIME_OF_DAY.search(source) is None,
        re.compile(rf"\b([Ee])n\s+({_SPANISH_AGES})\b(?!\s+(?:de|del)\b)"),
        lambda m: f"{'A' if m.group(1) == 'E' else 'a'} los {m.group(2)}",
        keys=trigger_words(_AGES),
    ),
    Repair(
        "working-class",  # 'un barriodeclase laborable' → 'un barrio de clase obrera'
        re.compile(r"\bworking[- ]class\b", re.IGNORECASE),
        re.compile(r"(?:(?<=[a-záéíóúñ])|\b)de\s*clase\s+(?:laborable|trabajadora|de\s+trabajo)\b"),
        lambda m: f"{' ' if m.start() and m.string[m.start() - 1].isalpha() else ''}de clase obrera",
        keys=trigger_words("working"),
    ),
    Repair(
        "home village",  # 'su pueblo de casa' → 'su pueblo natal'
        re.compile(r"\bhome\s+(?:village|town|city|country|island|region|province)\b", re.IGNORECASE),
        re.compile(r"\b(pueblo|ciudad|país|aldea|isla|región|provincia)\s+(?:de\s+)?(?:casa|hogar)\b"),
        lambda m: f"{m.group(1)} natal",
        keys=trigger_words("home"),
    ),
    Repair(
        "a farming family",  # 'una familia de agricultura' → 'una familia de agricultores'
        re.compile(r"\bfarming\s+famil(?:y|ies)\b", re.IGNORECASE),
        re.compile(r"\bfamilia(s?)\s+(?:de\s+(?:la\s+)?agricultura|agrícolas?|de\s+granja)\b"),
        lambda m: f"familia{m.group(1)} de agricultores",
        keys=trigger_words("farming"),
    ),
    Repair.swapping(
        "a child prodigy",  # 'un niño prodigy' → 'un niño prodigio'
        re.compile(r"\bprodig(?:y|ies)\b", re.IGNORECASE),
        {"prodigy": "prodigio", "prodigies": "prodigios"},
        trigger_words("prodigy prodigies"),
    ),
    BornToParents(),
)
