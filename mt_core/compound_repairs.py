"""English compounds the model reads word by word, put right in the translation.

'She co-authored three books' came back as 'Ella co-autoró tres libros' and 'He co-wrote the screenplay' as 'Él
co-wrote el screenplay'; 'a singer-songwriter' as 'una cantante -compositora'; 'the known world' as 'el mundo
sabido'. mt_core/english_input.py gives the model some of these in words it reads ('a well-known writer' as 'a
famous writer', which came back as 'una escritora famosa', not 'una escritorabiensa sabida'), and this table
writes what the source said ('una escritora conocida'). Each repair fires only where the English source has the
compound (the shape is mt_core/text_repair.py; mt_core/phrase_repair.py applies this table after
mt_core/nationality_repairs.py's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mt_core.text_repair import Repair, trigger_words

#: English verbs with 'co-', and their Spanish preterites, singular and plural.
CO_VERBS: dict[str, tuple[str, str]] = {
    "founded": ("cofundó", "cofundaron"),
    "wrote": ("coescribió", "coescribieron"),
    "authored": ("coescribió", "coescribieron"),
    "starred": ("coprotagonizó", "coprotagonizaron"),
    "directed": ("codirigió", "codirigieron"),
    "discovered": ("codescubrió", "codescubrieron"),
    "invented": ("coinventó", "coinventaron"),
    "produced": ("coprodujo", "coprodujeron"),
    "created": ("cocreó", "cocrearon"),
    "developed": ("codesarrolló", "codesarrollaron"),
    "hosted": ("copresentó", "copresentaron"),
    "edited": ("coeditó", "coeditaron"),
    "chaired": ("copresidió", "copresidieron"),
    "designed": ("codiseñó", "codiseñaron"),
}
_PLURAL_SUBJECT = re.compile(r"\b(?:[Tt]hey|[Tt]he\s+\w+s|\w+\s+and\s+\w+)\s+co-?\w+")


def _co_verb(english: str, spanish: tuple[str, str]) -> Repair:
    """'Él co-wrote', 'Ella co-autoró' → 'Coescribió': a word with 'co-' is no Spanish word, and a subject
    pronoun opening the sentence is no Spanish one either."""
    source = re.compile(rf"\b[Cc]o-?{english}\b")

    def preterite(match: re.Match[str]) -> str:
        plural = bool(match.group(1) and match.group(1).startswith("Ell") and match.group(1) != "Ella")
        return spanish[1] if plural or _PLURAL_SUBJECT.search(match.string) else spanish[0]

    return Repair(
        f"co-{english}",
        source,
        re.compile(r"(?:(?:^|(?<=[.!?]\s))(Él|Ella|Ellos|Ellas)\s+(?=[Cc]o))?\b[Cc]o-[A-Za-záéíóúñ]+"),
        preterite,
        keys=trigger_words(f"co{english} {english}"),
    )


#: What an activist is against, as Spanish says it after the noun, singular and plural ('activista antinazi').
ANTI = {
    "nazi": ("antinazi", "antinazis"),
    "colonial": ("anticolonial", "anticoloniales"),
    "fascist": ("antifascista", "antifascistas"),
    "communist": ("anticomunista", "anticomunistas"),
    "nuclear": ("antinuclear", "antinucleares"),
    "slavery": ("antiesclavista", "antiesclavistas"),
    "racist": ("antirracista", "antirracistas"),
    "racism": ("antirracista", "antirracistas"),
}
_ANTI_NOUNS = r"activists?|campaigners?|movements?|militants?|groups?|organi[sz]ations?"
#: 'an anti-Nazi activist', which came back as 'anti-Nazi activista' and 'un anti keniano- activista' (for
#: 'anti-colonial'): the model reads 'an activist' (mt_core/english_input.py), and `_anti` writes 'antinazi' after it.
ANTI_BEFORE_NOUN = re.compile(rf"\b[Aa]nti-(?i:{'|'.join(ANTI)})\s+(?=(?:⟦[^⟦⟧]*⟧\s*)?(?:{_ANTI_NOUNS})\b)")
_ANTI_SPANISH = re.compile(
    r"\b(activistas?|militantes?|movimientos?|grupos?|organizaci(?:ón|ones)|luchador(?:a|es|as)?|"
    r"defensor(?:a|es|as)?)\b(?!\s+anti)"
)


def _anti(english: str, forms: tuple[str, str]) -> Repair:
    def written(match: re.Match[str]) -> str:
        plural = match.group(1).endswith(("s", "ones"))
        return f"{match.group(1)} {forms[1] if plural else forms[0]}"

    return Repair(
        f"anti-{english}",
        re.compile(rf"\b[Aa]nti-(?i:{english})\s+(?:{_ANTI_NOUNS})\b"),
        _ANTI_SPANISH,
        written,
        keys=frozenset({f"anti-{english}", english}),
    )


#: Music genres English puts before a musician ('a blues singer'), Spanish after ('cantante de blues').
_GENRES = "blues|folk|gospel|soul|rock|punk|reggae|funk|country"


_BEST_KNOWN = re.compile(r"\bbest[- ]known\s+[a-z]", re.IGNORECASE)
_MOST_FAMOUS = re.compile(r"\bmost\s+famous\s+[a-z]", re.IGNORECASE)
#: A possessive, a doubled article the model may add, a noun and the adjective, with 'más' or without.
_POSSESSED_FAMOUS = re.compile(
    r"\b([Ss]us?)\s+(?:(?:el|la|los|las)\s+)?([a-záéíóúñ]+)\s+(?:más\s+)?(?:famos|conocid)(o|a|os|as)\b"
)


def _most(adjective: str) -> Callable[[re.Match[str]], str]:
    """'Su la novela famosa' → 'Su novela más conocida' ('best-known') or 'más famosa' ('most famous')."""
    return lambda match: f"{match.group(1)} {match.group(2)} más {adjective}{match.group(3)}"


COMPOUND_REPAIRS: tuple[Repair, ...] = (
    *(_co_verb(english, spanish) for english, spanish in CO_VERBS.items()),
    *(_anti(english, forms) for english, forms in ANTI.items()),
    Repair(
        "a genre's singer",  # 'un influyente blues cantante' → 'un influyente cantante de blues'
        re.compile(rf"\b(?i:{_GENRES})\s+(?:singer|musician|guitarist|pianist|drummer)s?\b"),
        re.compile(rf"\b({_GENRES})\s+(cantantes?|músic[oa]s?|guitarristas?|pianistas?|bateristas?)\b", re.IGNORECASE),
        lambda m: f"{m.group(2)} de {m.group(1).lower()}",
        keys=trigger_words(_GENRES.replace("|", " ")),
    ),
    Repair(
        "a country singer",  # 'un cantante de país' → 'un cantante de country'
        re.compile(r"\b[Cc]ountry\s+(?:singer|musician|star)s?\b"),
        re.compile(r"\b(cantantes?|músic[oa]s?|estrellas?)\s+de(?:l)?\s+(?:el\s+)?país\b"),
        lambda m: f"{m.group(1)} de country",
        keys=trigger_words("country"),
    ),
    Repair(
        "rear admiral",  # the model read 'admiral' (mt_core/english_input.py): 'almirante' → 'contraalmirante'
        re.compile(r"\b[Rr]ear[- ]admirals?\b"),
        re.compile(r"\b(?<!contra)([Aa])lmirante(s?)\b"),
        lambda m: f"{'C' if m.group(1) == 'A' else 'c'}ontraalmirante{m.group(2)}",
        keys=trigger_words("rear"),
    ),
    Repair(
        "founding father",  # 'el padre de fundar' → 'el padre fundador'
        re.compile(r"\bfounding\s+fathers?\b", re.IGNORECASE),
        re.compile(r"\b(padres?)\s+(?:de\s+fundar|fundando|de\s+fundación)\b"),
        lambda m: f"{m.group(1)} {'fundadores' if m.group(1).endswith('s') else 'fundador'}",
        keys=trigger_words("founding"),
    ),
    Repair.swapping(
        "peasant",  # 'una chica villana' → 'una chica campesina': 'villano' is a villain now
        re.compile(r"\bpeasants?\b", re.IGNORECASE),
        {"villano": "campesino", "villana": "campesina", "villanos": "campesinos", "villanas": "campesinas"},
        trigger_words("peasant peasants"),
    ),
    Repair(
        "singer-songwriter",  # 'una cantante -compositora', 'cantante y compositora' → 'cantautora'
        re.compile(r"\bsinger-songwriters?\b", re.IGNORECASE),
        re.compile(r"\bcantantes?\s*(?:-\s*|y\s+)compositor(a|as|es)?\b"),
        lambda m: f"cantautor{m.group(1) or ''}",
        keys=trigger_words("singer"),
        after_gender=True,  # the copied 'songwriter' is written in Spanish first
    ),
    Repair(
        "well-known",  # given to the model as 'famous' (mt_core/english_input.py): 'una escritora conocida'
        re.compile(r"\bwell[- ]known\b", re.IGNORECASE),
        re.compile(r"\bfamos(o|a|os|as)\b"),
        lambda m: f"conocid{m.group(1)}",
        keys=trigger_words("well"),
    ),
    Repair(
        "world-famous",  # given to the model as 'famous': 'un violinista de fama mundial'
        re.compile(r"\bworld[- ]famous\b", re.IGNORECASE),
        re.compile(r"\bfamos(?:o|a|os|as)(?:\s+(?:mundial(?:es)?|worldwide))?\b"),
        lambda m: "de fama mundial",
        keys=trigger_words("world"),
    ),
    Repair(
        "known as an adjective",  # 'el mundo sabido' → 'el mundo conocido'; 'es sabido que' stays
        # not 'best-known', which mt_core/phrase_repair.py's 'best known' puts right ('Su mejor- novela sabida')
        re.compile(r"(?<!best[- ])\bknown\b(?!\s+(?:that|whether)\b)", re.IGNORECASE),
        re.compile(r"(?<!\bes )(?<!\bera )(?<!\bfue )(?<!\bser )\bsabid(o|a|os|as)\b(?!\s+que\b)"),
        lambda m: f"conocid{m.group(1)}",
        keys=trigger_words("known"),
    ),
    Repair(
        "X-ray",  # 'X-ray cristalógrafa' → 'cristalógrafa de rayos X'
        re.compile(r"\bX-ray\b"),
        re.compile(r"\bX-ray\s+([a-záéíóúñ]+)"),
        lambda m: f"{m.group(1)} de rayos X",
        keys=trigger_words("x-ray ray"),
    ),
    Repair(
        "anti-apartheid",  # 'un anti-apartheid activista' → 'un activista contra el apartheid'
        re.compile(r"\banti-apartheid\b", re.IGNORECASE),
        # ('un anti-apartheid y activista de derechos humanos' → 'un activista contra el apartheid y de derechos
        # humanos': the noun the two share)
        re.compile(r"\banti-?apartheid(?:\s+y\s+([a-záéíóúñ]+)\s+(?=de\s)|\s+(?!(?:y|e|o|de|en|a)\b)([a-záéíóúñ]+))?"),
        lambda m: (
            f"{m.group(1)} contra el apartheid y "
            if m.group(1)
            else f"{m.group(2) + ' ' if m.group(2) else ''}contra el apartheid"
        ),
        keys=trigger_words("apartheid"),
    ),
    Repair(
        "best-known, before a noun",  # given to the model as 'most famous' (mt_core/english_input.py)
        _BEST_KNOWN,
        _POSSESSED_FAMOUS,
        _most("conocid"),
        keys=trigger_words("best"),
    ),
    Repair(
        "most famous, before a noun",  # 'Su la novela más famosa' → 'Su novela más famosa'
        lambda source: bool(_MOST_FAMOUS.search(source)) and not _BEST_KNOWN.search(source),
        _POSSESSED_FAMOUS,
        _most("famos"),
        keys=trigger_words("famous"),
    ),
)
