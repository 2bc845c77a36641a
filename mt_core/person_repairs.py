"""Words about a person the model got wrong, put right where the source says who it is.

'a former tennis player' as 'una jugadora de tenis anterior', 'the first female pilot' as 'la primera piloto
hembra', 'She became rich' as 'se hizo rico': Apertium's Spanish analyser says which words are person nouns
(the person lexicon's Spanish lemmas and kin) and adjectives, and its generator writes the feminine.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mt_core.demonyms import ANY_NATIONALITY, DEMONYMS
from mt_core.first_names import first_name_genders
from mt_core.gender_lexicon import AMBIGUOUS_PERSON_NOUNS
from mt_core.grammar import Gender
from mt_core.morphology import Analyser, Analysis
from mt_core.text_repair import Repair
from mt_core.verb_forms import HE, SHE, shared_generator


def _sola(match: re.Match[str]) -> str:
    return f"{match.group(1)} sola"


def _solo(match: re.Match[str]) -> str:
    return f"{match.group(1)} solo"


def _is_womans(first_name: str) -> bool:
    return first_name_genders().get(first_name) is Gender.FEMININE


def _names_a_person(analyser: Analyser, noun: str, people: frozenset[str]) -> bool:
    """Whether a lemma of the word is one of ``people``; a word the analyser lacks stands for itself
    ('velocista', which the person lexicon has), or its masculine ('patinadora')."""
    lemmas = {a.lemma.lower() for t in analyser.analyse(noun) for a in t.analyses}
    written = noun.lower()
    forms = {written, written[:-1], written[:-1] + "o"} if written.endswith("a") else {written}
    return bool((lemmas or forms) & people)


def former_as_ex(analyser: Analyser, person_lemmas: frozenset[str]) -> Repair:
    """'a former professional tennis player' came back as 'una jugadora de tenis profesional anterior': Spanish
    says a former role with 'ex-' on the noun ('una exjugadora de tenis profesional', 'un expresidente'). Only
    for a person (the person lexicon's Spanish lemmas and kin), as 'la antigua capital' is no 'excapital'; and
    only where the source has one 'former' before a noun."""
    people = person_lemmas | _KIN_LEMMAS

    def ex(match: re.Match[str]) -> str:
        noun, rest = match.group("before") or match.group("noun"), match.group("rest") or ""
        if not _names_a_person(analyser, noun, people):
            return match.group()
        return f"{match.group('det')} {match.group('copied') or ''}ex{noun}{rest}"

    return Repair("former", lambda source: len(_FORMER.findall(source)) == 1, _ANTERIOR, ex, frozenset({"former"}))


#: A nationality before 'former' ('a Jamaican former sprinter', which came back as 'un anterior jamaicano' and
#: 'una vieja alemana patinadora alemana'): the model reads it without 'former' (mt_core/english_input.py).
FORMER_AFTER_NATIONALITY = re.compile(
    rf"\b([Aa]n?\s+(?:(?:{'|'.join(DEMONYMS)})-)?(?:{'|'.join(DEMONYMS)})\s+)former\s+(?=[a-z])"
)
_FORMER_WORD = re.compile(r"\b[Ff]ormer\b")
#: The first noun after an indefinite article, where 'ex-' goes back on.
_FIRST_INDEFINITE_NOUN = re.compile(
    r"^(?P<pre>.*?)\b(?P<det>[Uu]na?\s+)"
    rf"(?P<nationality>(?:{'|'.join(sorted(ANY_NATIONALITY, key=len, reverse=True))})\s+)?"
    r"(?!ex)(?P<noun>[a-záéíóúñ]{3,})\b",
    re.DOTALL,
)


def former_after_nationality(analyser: Analyser, person_lemmas: frozenset[str]) -> Repair:
    """'ex-' back on the noun the model read without 'former' ('una velocista jamaicana' → 'una exvelocista
    jamaicana'), if it is a person's."""
    people = person_lemmas | _KIN_LEMMAS

    def ex(match: re.Match[str]) -> str:
        noun = match.group("noun")
        if not _names_a_person(analyser, noun, people):
            return match.group()
        return f"{match.group('pre')}{match.group('det')}{match.group('nationality') or ''}ex{noun}"

    def holds(source: str) -> bool:
        return FORMER_AFTER_NATIONALITY.search(source) is not None and len(_FORMER_WORD.findall(source)) == 1

    return Repair("former, after a nationality", holds, _FIRST_INDEFINITE_NOUN, ex, frozenset({"former"}))


def female_person(analyser: Analyser, person_lemmas: frozenset[str]) -> Repair:
    """'the first female pilot' came back as 'la primera piloto hembra': 'hembra' is for animals. After a person
    noun in the feminine it goes ('la primera aviadora'); after one that shows no gender it is 'mujer' before it
    ('la primera mujer piloto'). A female animal keeps it ('elefantes hembra')."""
    people = person_lemmas | _KIN_LEMMAS

    def person(match: re.Match[str]) -> str:
        readings = [a for t in analyser.analyse(match.group(3)) for a in t.analyses if a.tags[:1] == ("n",)]
        if not any(a.lemma.lower() in people for a in readings):
            # an abstract noun is no animal: 'la educación hembra' → 'la educación femenina'
            if not match.group("complement") and match.group(3).endswith(_ABSTRACT_ENDINGS):
                return f"{match.group()[: match.end(3) - match.start()]} femenina{match.group(5) or ''}"
            return match.group()
        determiner = match.group("determiner")
        complement = match.group("complement") or ""  # 'la jugadora de tenis hembra'
        if all(a.gender == "f" for a in readings):
            noun = match.group(3) + complement
        else:
            noun = f"{'mujeres' if match.group(5) else 'mujer'} {match.group(3)}{complement}"
            if determiner:  # 'el primer mujer canciller' → 'la primera mujer canciller'
                ordinal = match.group("ordinal")
                ordinal = f"{_FEMININE_ORDINALS.get(ordinal.lower(), ordinal)} " if ordinal else ""
                feminine = _FEMININE_DETERMINERS[determiner.lower()]
                feminine = feminine[0].upper() + feminine[1:] if determiner[0].isupper() else feminine
                return f"{feminine} {ordinal}{noun}"
        return match.group()[: match.start(3) - match.start()] + noun

    return Repair("female person", _FEMALE, _HEMBRA, person, frozenset({"female", "females"}))


def feminine_predicates(analyser: Analyser) -> tuple[Repair, ...]:
    """Words that say what a woman is or became, which the model wrote in the masculine: 'She became rich' as
    'se hizo rico', 'She was best known for' as 'era más conocido por', 'She was educated in London' as 'fue
    educado', 'an English writer, chiefly known for' as 'conocido por'. Only where the source's one person is a
    woman ('she' or 'her', or a woman's first name opening it, and no 'he' nor 'they'), and an adjective or
    participle after 'era' or 'fue' only where the source's one linking verb has 'she' or her name as subject:
    in 'Her novel was published in 1813' it is the novel's. A participle after 'y' in her clause, a relative's
    after her noun ('que es considerada'), 'lived alone' ('vivió sola') and 'the first to' ('la primera en')
    take her gender too."""

    def feminine(match: re.Match[str]) -> str:
        readings = [a for t in analyser.analyse(match.group(3)) for a in t.analyses]
        if not readings or any(a.tags[:1] != ("adj",) and a.tags[:2] != ("vblex", "pp") for a in readings):
            return match.group()
        lemma = readings[0].lemma
        tags = ("adj", "f", "sg") if readings[0].tags[:1] == ("adj",) else ("vblex", "pp", "f", "sg")
        form = shared_generator().generate([Analysis(lemma, tags)])[0]
        return f"{match.group(1)}{match.group(2) or ''}{form}" if form else match.group()

    def feminine_participle(match: re.Match[str]) -> str:
        """A participle that is a noun too ('elegido'), where the verb says which it is."""
        lemmas = [
            a.lemma for t in analyser.analyse(match.group(3)) for a in t.analyses if a.tags[:2] == ("vblex", "pp")
        ]
        form = shared_generator().generate([Analysis(lemmas[0], ("vblex", "pp", "f", "sg"))])[0] if lemmas else None
        return f"{match.group(1)}{match.group(2) or ''}{form}" if form else match.group()

    def hers(match: re.Match[str]) -> str:
        """Not where a noun before the verb is its subject ('Mas su fin es amargo': the end is bitter)."""
        before = _WORD_BEFORE.search(match.string, 0, match.start())
        if before and before.group(1) not in _NO_SUBJECT and not before.group(1).endswith("mente"):
            return match.group()
        return feminine(match)

    def about_a_woman(source: str) -> bool:
        opening = _OPENING_NAME.match(source)
        woman = SHE.search(source) or (opening and _is_womans(opening.group(1)))
        return bool(woman) and not HE.search(source) and not _PLURAL_SUBJECT.search(source)

    def she_is(source: str) -> bool:
        """Another linking verb is hers too only right after 'and' ('She was born in Paris and was educated'); one
        after 'which' is another subject's."""
        linking = [
            m
            for m in _LINKING.finditer(source)
            if not _AND_BEFORE.search(source, 0, m.start()) and not _RELATIVE_BEFORE.search(source, 0, m.start())
        ]
        if not about_a_woman(source) or len(linking) > 1:
            return False
        if not linking:  # 'Frida Kahlo suffered from polio and was injured': her verbs all
            opening = _NAME_DOES.match(source)
            return opening is not None and (opening.group(1) in ("She", None) or _is_womans(opening.group(1) or ""))
        named = _NAME_IS.match(source)
        return bool(_SHE_IS.search(source)) or (named is not None and _is_womans(named.group(1)))

    def after_her_noun(pattern: re.Pattern[str]) -> Callable[[str], bool]:
        """'an English writer, chiefly known for', 'a writer who is considered': what follows a person noun of
        a sentence about a woman is hers."""
        return lambda source: (
            about_a_woman(source)
            and any(word in AMBIGUOUS_PERSON_NOUNS or word == "woman" for word in pattern.findall(source))
        )

    def first_to(source: str) -> bool:
        return bool(_FIRST_TO.search(source))

    return (
        # 'as a child' is 'de niño', and a woman's 'de niña' ('padeció polio como niño')
        Repair(
            "as a child, her",
            lambda s: bool(_AS_A_CHILD.search(s)) and about_a_woman(s),
            _COMO_NINO,
            lambda m: "de niña",
            _CHILD_WORDS,
        ),
        Repair(
            "as a child",
            lambda s: bool(_AS_A_CHILD.search(s)) and not about_a_woman(s),
            _COMO_NINO,
            lambda m: "de niño",
            _CHILD_WORDS,
        ),
        # 'Agnes Gonxha Bojaxhiu, better known as Mother Teresa,' → 'mejor conocida como'; a copied 'nicknamed'
        Repair(
            "known as, her",
            lambda s: bool(_KNOWN_AS.search(s)) and about_a_woman(s),
            _CONOCIDO_COMO,
            lambda m: f"{m.group(1)}{'apodada' if m.group(2) else 'conocida'}",
            _KNOWN_AS_WORDS,
        ),
        Repair(
            "nicknamed",
            lambda s: bool(_KNOWN_AS.search(s)) and not about_a_woman(s),
            _CONOCIDO_COMO,
            lambda m: f"{m.group(1)}{'apodado' if m.group(2) else 'conocido'}",
            _KNOWN_AS_WORDS,
        ),
        Repair("became, feminine", about_a_woman, _BECAME_MASCULINE, feminine, frozenset(_BECAME_WORDS)),
        Repair("she was, feminine", she_is, _WAS_MASCULINE, hers, frozenset({"is", "was", "been"})),
        Repair("known for, feminine", after_her_noun(_KNOWN_AFTER), _KNOWN_MASCULINE, feminine, frozenset({"known"})),
        Repair("born, feminine", after_her_noun(_BORN_AFTER), _BORN_MASCULINE, feminine, frozenset({"born"})),
        # 'the first woman to be democratically elected' → 'la primera mujer en ser elegida'
        Repair("woman to be", _WOMAN_TO_BE, _WOMAN_TO_BE_MASCULINE, feminine_participle, frozenset({"woman", "women"})),
        Repair("who is, feminine", after_her_noun(_PERSON_WHO_IS), _WHO_IS_MASCULINE, feminine, frozenset({"who"})),
        # 'Fue elegida al Senado en 2000 y reelegido': a participle after 'y' agrees with hers before it
        Repair("and, feminine", she_is, _AND_MASCULINE, feminine, frozenset({"and"})),
        Repair("alone, her", lambda s: bool(_ALONE.search(s)) and about_a_woman(s), _LIVED_ALONE, _sola, _ALONE_WORDS),
        Repair("alone", lambda s: bool(_ALONE.search(s)) and not about_a_woman(s), _LIVED_ALONE, _solo, _ALONE_WORDS),
        Repair(
            "the first to, her",
            lambda s: first_to(s) and about_a_woman(s),
            _FIRST_FOR,
            lambda m: "la primera en",
            _FIRST_WORDS,
        ),
        Repair(
            "the first to",
            lambda s: first_to(s) and not about_a_woman(s),
            _FIRST_FOR,
            lambda m: "el primero en",
            _FIRST_WORDS,
        ),
    )


_FEMALE = re.compile(r"\bfemales?\b", re.IGNORECASE)
_KNOWN_AS = re.compile(r",\s+(?:(?:better|also|popularly)\s+)?(?:known\s+as|nicknamed)\b", re.IGNORECASE)
_CONOCIDO_COMO = re.compile(r"(,\s+(?:(?:mejor|también)\s+)?)(?:(n\w*cknamed|apodad[oa])|(conocid[oa]s?)(?=\s+como\b))")
_KNOWN_AS_WORDS = frozenset({"known", "nicknamed"})
#: 'as a child', when young; not like one ('I spoke as a child, I thought as a child').
_AS_A_CHILD = re.compile(
    r"(?<!\bspoke )(?<!\bspeak )(?<!\bthought )(?<!\bfelt )(?<!\bacted )(?<!\bbehaved )(?<!\btreated )"
    r"(?<!\breasoned )(?<!\bunderstood )\bas\s+a\s+(?:young\s+)?(?:child|boy|girl)\b",
    re.IGNORECASE,
)
_COMO_NINO = re.compile(r"\bcomo\s+(?:un\s+|una\s+)?niñ[oa]\b")
_CHILD_WORDS = frozenset({"child", "boy", "girl"})
#: The noun before 'hembra', and a masculine determiner and ordinal before it, which 'mujer' makes feminine.
_HEMBRA = re.compile(
    r"(?:\b(?P<determiner>el|un|del|al)\s+(?:(?P<ordinal>primer|segundo|tercer|último|único)\s+)?)?"
    r"\b([a-záéíóúñ]{3,})(?P<complement>\s+de\s+[a-záéíóúñ]+)?\s+hembra(s)?\b",
    re.IGNORECASE,
)
#: Endings of feminine abstract nouns, which 'female' qualifies as 'femenina'.
_ABSTRACT_ENDINGS = ("ción", "sión", "dad", "tad", "ía", "ura", "eza", "ncia")
_FEMININE_DETERMINERS = {"el": "la", "un": "una", "del": "de la", "al": "a la"}
_FEMININE_ORDINALS = {"primer": "primera", "segundo": "segunda", "tercer": "tercera", "último": "última"}
#: 'former' before a noun; 'the former' alone is 'el primero'.
_FORMER = re.compile(r"\b(?:a|an|the|his|her|their|its|my|and)\s+(?:[\w-]+\s+)?former\s+[a-z]", re.IGNORECASE)
#: A noun phrase the model closed with 'anterior': the noun (after its determiner, or after 'y' in a list of
#: roles: 'un estadista y electricista anterior'), a 'de' phrase and an adjective at most; or opened with it.
_ANTERIOR = re.compile(
    r"\b(?P<det>(?i:un|una|el|la|los|las|su|sus|mi|mis|y|e))\s+"
    # after a nationality the model may have copied there ('un Etiopian corredor anterior'); or before the noun
    r"(?P<copied>[A-Z][a-z]+\s+)?(?:anterior(?:es)?\s+(?P<before>[a-záéíóúñ]{3,})"
    r"|(?P<noun>[a-záéíóúñ]{3,})(?P<rest>(?:\s+de\s+(?!(?:un|una|el|la|los|las|su|sus)\b)[a-záéíóúñ]+)?"
    r"(?:\s+(?!de\b)[a-záéíóúñ]+)?)\s+anterior(?:es)?\b)"
)
_KIN_LEMMAS = frozenset(
    "esposo esposa marido mujer novio novia pareja compañero compañera cuñado cuñada suegro suegra yerno nuera "
    "jugador alumno miembro jefe".split()
)
_BECAME_MASCULINE = re.compile(
    r"\b((?i:se\s+hizo|se\s+volvió|llegó\s+a\s+ser)\s+)((?:muy|más|tan|bastante)\s+)?([a-záéíóúñ]+o)\b"
)
_PLURAL_SUBJECT = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
_BECAME_WORDS = ("became", "become", "becomes", "grew")
_OPENING_NAME = re.compile(r"\s*([A-Z][a-z]+)\s+[A-Z]")
_LINKING = re.compile(r"\b(?:is|was|are|were)\b", re.IGNORECASE)
#: What a linking verb may follow and still be hers: 'and' ('She was born ... and was educated'); after a
#: relative ('which was the highest-rated program') the verb is another subject's, and does not count.
_AND_BEFORE = re.compile(r"\band\s+$")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:\w+\s+)?$")
#: 'the first to climb': 'el primero en subir', which came back as 'el primer para subir'.
_FIRST_TO = re.compile(r"\bthe\s+first\s+(?:one\s+|person\s+)?to\s+[a-z]", re.IGNORECASE)
_FIRST_FOR = re.compile(
    r"\b(?:[Ee]l|[Ll]a)\s+primer[oa]?\s+(?:para|a|en)"
    r"(?=\s+(?:<[^<>]+>)?[a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|se)?\b)"  # a tag may open before the verb
)
_FIRST_WORDS = frozenset({"first"})
#: 'she lived alone' came back as 'vivió sólo', the adverb 'only'.
_ALONE = re.compile(
    r"\b(?:(?:lived|died|travell?ed|stayed|worked|remained|was|were)\s+alone|(?:fly|flew|flown|flying|sail|sailed)\s+solo)\b",
    re.IGNORECASE,
)
_LIVED_ALONE = re.compile(
    r"\b((?i:vivió|vivía|murió|viajó|viajaba|se\s+quedó|quedó|trabajó|trabajaba|estaba|estuvo|permaneció|volar|voló|"
    r"volando|navegar|navegó))\s+s[oó]l[oa]\b"
)
_ALONE_WORDS = frozenset({"alone", "solo"})
#: 'she' or a name opening the sentence, then its linking verb: 'She was best known', 'Ada Lovelace was'.
_SHE_IS = re.compile(r"\b[Ss]he\s+(?:is|was|has\s+been|had\s+been)\b")
_NAME_IS = re.compile(r"^\s*([A-Z][a-z]+)(?:\s+[A-Z][\w.-]*)*\s+(?:is|was|has\s+been|had\s+been)\b")
#: 'She' or a full name opening the sentence before a lower-case word (its verb), and a linking verb after 'and'.
_NAME_DOES = re.compile(r"^\s*(?:She|([A-Z][a-z]+)(?:\s+[A-Z][\w.-]*)+)\s+[a-z].*\band\s+(?:is|was)\b")
#: The lower-case word right before a copula, and the words that are no subject of it.
_WORD_BEFORE = re.compile(r"\b([a-záéíóúñü]+)\s+$")
_NO_SUBJECT = frozenset(
    """y e que ella también luego después pronto ya nunca siempre cuando donde pero mas aún todavía no se le la
    allí entonces finalmente""".split()
)
_WAS_MASCULINE = re.compile(
    r"\b((?i:es|era|fue|está|estuvo|estaba|ha\s+sido|había\s+sido)\s+)"
    r"((?:(?:muy|más|tan|bastante|también|a\s+menudo|siempre|todavía|aún|ya|\w+mente)\s+)*)"
    r"([a-záéíóúñ]+o)\b(?!\s+(?:de|del)\s+(?:la|las|los|el)\b)"
)
#: A person noun and a relative whose linking verb has a participle: 'a writer who is considered'.
_PERSON_WHO_IS = re.compile(
    r"\b([a-z]+)\s+who\s+(?:is|was|has\s+been)\s+(?:\w+ly\s+|best\s+|most\s+|better\s+)?[a-z]+(?:ed|en|wn)\b"
)
_WHO_IS_MASCULINE = re.compile(
    r"\b((?:que|quien)\s+(?:es|era|fue|ha\s+sido)\s+)((?:\w+mente\s+|más\s+|mejor\s+)?)([a-záéíóúñ]+[ai]do)\b"
)
#: A participle after 'y' where a feminine one came before it in the clause.
_AND_MASCULINE = re.compile(r"(\b[a-záéíóúñ]+[ai]da\b[^,.;:]{0,60}?\by\s+)()([a-záéíóúñ]+[ai]do)\b")
#: The word before 'known for', a comma and an adverb between: 'an English writer, chiefly known for'.
_KNOWN_AFTER = re.compile(r"\b([a-z]+),?\s+(?:\w+ly\s+|best\s+|better\s+|well\s+|most\s+)?known\s+(?:for|as)\b")
#: The word before ', born in': 'a flamenco dancer and singer, born in Barcelona'.
_BORN_AFTER = re.compile(r"\b([a-z]+),?\s+born\s+(?:in|on|at)\b")
_BORN_MASCULINE = re.compile(r"(,\s*)()(nacido)(?=\s+(?:en|el)\b)")
_WOMAN_TO_BE = re.compile(r"\bwom[ae]n\s+to\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b")
_WOMAN_TO_BE_MASCULINE = re.compile(r"(\bmujer(?:es)?\s+(?:en|para)\s+ser\s+)((?:\w+mente\s+)?)([a-záéíóúñ]+[ai]do)\b")
_KNOWN_MASCULINE = re.compile(r"(,?\s*)((?:\w+mente\s+)?)(conocido)(?=\s+(?:por|como)\b)")
