"""Repairs that read the translation with the target language's analyser, and a pair's repairs (`repairs_for`).

A relative 'who' or an indirect question, 'tan' before a noun or an adjective, a participle or a preterite:
the words around a slip say which it is, and Apertium's Spanish analyser reads them (mt_core/phrase_repair.py
has the repairs that a pattern alone decides).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from mt_core.demonyms import Demonyms
from mt_core.gender_rewrite import Generator
from mt_core.morphology import Analyser, Analysis, Bilingual, english_analyser, english_to_spanish_lemmas
from mt_core.phrase_repair import REPAIRS
from mt_core.text_repair import Repair, TextRepair


class RelativeWords:
    """A relative 'who', 'when' or 'where' written as a question word ('un físico quién desarrolló'): no accent,
    and 'que' after a noun; 'quien' stays after a comma or a preposition ('Sartre, quien', 'a quien').

    After a verb of knowing, asking, telling or choosing the accent is right, the clause an indirect question
    ('especifique dónde', 'no sé a dónde'), so Apertium's analyser reads the word before (and the one before a
    preposition); after any other word it is a relative, or the conjunction 'cuando'."""

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    def _asks(self, word: str) -> bool:
        return any(
            analysis.tags[:1] in (("vblex",), ("vbser",), ("vbmod",)) and analysis.lemma.lower() in _QUESTION_LEMMAS
            for token in self.analyser.analyse(word)
            for analysis in token.analyses
        )

    def __call__(self, match: re.Match[str]) -> str:
        before, word = match.group(2), match.group(3).lower()
        if before is not None:
            asker = before
            if before.lower() in _PREPOSITIONS:
                earlier = re.findall(r"\w+", match.string[: match.start()])
                asker = earlier[-1] if earlier else ""
            if self._asks(asker):
                return match.group()
        plain = {"quién": "quien", "quiénes": "quienes", "cuándo": "cuando", "dónde": "donde"}[word]
        if word.startswith("qui") and before is not None and before.lower() not in _PREPOSITIONS:
            plain = "que"
        return match.group(1) + plain


#: Verbs whose object may be an indirect question ('sé quién', 'indique dónde', 'preguntó cuándo').
_QUESTION_LEMMAS = frozenset(
    """saber preguntar decir ver mostrar indicar especificar seleccionar elegir escoger decidir explicar enseñar
    averiguar descubrir entender comprender recordar olvidar importar notificar determinar definir sentir pensar
    imaginar conocer informar comprobar revelar contar adivinar investigar establecer ignorar dudar""".split()
)


class AsNoun:
    """'served as ambassador' came back as 'sirvió tan embajador': 'tan' qualifies an adjective or an adverb,
    so before a word that can only be a noun it stands for 'as', which is 'como'."""

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    def __call__(self, match: re.Match[str]) -> str:
        kinds = {a.tags[:1] for token in self.analyser.analyse(match.group(2)) for a in token.analyses}
        if kinds and kinds <= {("n",)}:
            return f"{'C' if match.group(1) == 'T' else 'c'}omo {match.group(2)}"
        return match.group()


class CoordinatedPreterite:
    """'She was born in a village and moved to Buenos Aires' came back as 'Nació en un pueblo y movido a Buenos
    Aires': the second verb of a coordination as a participle. Where the last verb before 'y' is a preterite and
    the word after 'y' can only be a regular participle (not 'cansado', an adjective too), it takes that
    preterite's person and number: 'y movió a', which 'moved to' then makes 'y se mudó a'."""

    name = "coordinated preterite"
    keys = frozenset({"and"})

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        if not _AND_PAST.search(source) or not _Y_PARTICIPLE.search(text):
            return text
        tokens = self.analyser.analyse(text)
        edits = []
        for index, token in enumerate(tokens[1:-1], start=1):
            if token.surface != "y" or (skip and skip.search(text, token.start, tokens[index + 1].end)):
                continue
            after = tokens[index + 1]
            readings = after.analyses
            if not readings or any(a.tags[:2] != ("vblex", "pp") for a in readings if a.tags[:2] != ("vblex", "pron")):
                continue
            verb = next((a for t in reversed(tokens[:index]) if (a := _only_verb(t.analyses)) is not None), None)
            lemma = readings[0].lemma
            if verb is None or "ifi" not in verb.tags or not re.fullmatch(r"\w+[aei]r", lemma):
                continue
            plural = "pl" in verb.tags
            ending = ("aron" if plural else "ó") if lemma.endswith("ar") else ("ieron" if plural else "ió")
            if after.surface[:-3] + ("ar" if lemma.endswith("ar") else lemma[-2:]) != lemma:
                continue  # an irregular stem
            edits.append((after.start, after.end, lemma[:-2] + ending))
        for start, end, word in reversed(edits):
            text = text[:start] + word + text[end:]
        return text


@functools.cache
def shared_generator() -> Generator:
    """One generator for the repairs of every pipeline of the process, started on first use."""
    return Generator()


class PreteriteAfterSubject:
    """'Beethoven composed nine symphonies' came back as 'Beethoven compuesta nueve sinfonías', 'Mozart moved to
    Vienna' as 'Mozart movido a Viena', 'She contracted polio' as 'Contraído polio': the English past read as a
    participle. Where the source's subject, a name or 'he', 'she', 'they', stands right before a past tense and
    the translation has a participle right after that name (or opening the sentence, for a pronoun), the
    participle becomes its verb's preterite, plural for 'they' or two names; a finite verb after the name loses
    the capital the model gave it ('Einstein Desarrolló')."""

    name = "preterite after a subject"
    keys: frozenset[str] = frozenset()

    def __init__(self, analyser: Analyser, generator: Callable[[], Generator] = shared_generator) -> None:
        self.analyser = analyser
        self._make_generator = generator
        self._generator: Generator | None = None

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        subjects = {m.group(1) for m in _NAME_BEFORE_PAST.finditer(source)}
        opening = _PRONOUN_BEFORE_PAST.match(source)
        if not subjects and opening is None:
            return text
        plural = bool(opening and opening.group(1).lower() == "they") or bool(_TWO_NAMES.match(source))
        tokens = self.analyser.analyse(text)
        edits = []
        for index, token in enumerate(tokens):
            start, prefix = token.start, ""
            if index >= 2 and [t.surface for t in tokens[index - 2 : index]] == ["co", "-"]:
                start, prefix, index = tokens[index - 2].start, "co", index - 2  # 'co-fundado' is 'cofundó'
            after_name = index > 0 and tokens[index - 1].surface in subjects
            if not after_name and not (index == 0 and opening is not None):
                continue
            if skip and skip.search(text, tokens[index - 1].start if index else 0, token.end):
                continue
            participle = next((a for a in token.analyses if a.tags[:2] == ("vblex", "pp")), None)
            if participle is not None:  # a noun too ('ganado', 'escrito'): the source says it is the verb
                form = self._preterite(participle.lemma.lower(), plural)
                if form is not None:
                    form = prefix + form
                    edits.append((start, token.end, form.capitalize() if index == 0 else form))
            elif after_name and not prefix and token.surface[:1].isupper() and _only_finite(token.analyses):
                edits.append((token.start, token.end, token.surface[:1].lower() + token.surface[1:]))
        for start, end, word in reversed(edits):
            text = text[:start] + word + text[end:]
        return text

    def _preterite(self, lemma: str, plural: bool) -> str | None:
        if self._generator is None:
            self._generator = self._make_generator()
        return self._generator.generate([Analysis(lemma, ("vblex", "ifi", "p3", "pl" if plural else "sg"))])[0]


class GerundAfterContinue:
    """'He continued to paint' came back as 'Continuó pintar': Spanish continues with a gerund ('continuó
    pintando'), which Apertium's generator writes for the infinitive's verb ('seguir' → 'siguiendo')."""

    def __init__(self, generator: Callable[[], Generator] = shared_generator) -> None:
        self._make_generator = generator
        self._generator: Generator | None = None

    def __call__(self, match: re.Match[str]) -> str:
        if self._generator is None:
            self._generator = self._make_generator()
        gerund = self._generator.generate([Analysis(match.group(2).lower(), ("vblex", "ger"))])[0]
        return f"{match.group(1)} {gerund}" if gerund else match.group()


class EnglishVerbs:
    """'She was assassinated' came back as 'Era assassinated', 'a woman who organised the movement' as 'que
    organised el movimiento': the model copies a verb its teacher did not know. After 'era', 'fue' or 'estuvo'
    the copy is a passive of the preterite, 'fue' and the Spanish participle in the subject's gender and number;
    elsewhere it is the preterite. Apertium's bilingual dictionary gives the verb, or a short list where it has
    none; the generator writes the form, or the regular endings where it lacks the verb."""

    name = "English verbs"
    keys: frozenset[str] = frozenset()

    def __init__(self, english: Callable[[], Analyser], bilingual: Callable[[], Bilingual]) -> None:
        self._english, self._bilingual = english, bilingual

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        copied = {word for word in _PAST_WORD.findall(source) if re.search(rf"\b{word}\b", text)}
        if not copied:
            return text
        passives = {m.group(1) for m in _WAS_PARTICIPLE.finditer(source)} & copied
        # a finite past: after its subject or a relative ('who organised'), not 'the organised march'
        finite = {m.group(1) for m in _FINITE_PAST.finditer(source)} & copied
        gender = "f" if _SHE.search(source) and not _HE.search(source) else "m"
        plural_subject = bool(_THEY.match(source))
        words = "|".join(sorted(copied))

        def spanish(match: re.Match[str]) -> str:
            if skip and skip.search(match.string, match.start(), match.end()):
                return match.group()
            auxiliary, word = match.group(1), match.group(2)
            verb = self._spanish_verb(word)
            if verb is None:
                return match.group()
            if auxiliary is None:
                if word not in finite or _AFTER_AUXILIARY.search(match.string, 0, match.start()):
                    return match.group()  # 'ha organised', or a passive without its 'fue'
                return _form(verb, ("vblex", "ifi", "p3", "pl" if plural_subject else "sg")) or match.group()
            plural = auxiliary.lower() in ("eran", "fueron", "estuvieron", "estaban")
            form = _form(verb, ("vblex", "pp", gender, "pl" if plural else "sg"))
            if not form or word not in passives:
                return match.group()
            written = f"{'fueron' if plural else 'fue'} {form}"
            return written.capitalize() if auxiliary[0].isupper() else written

        pattern = rf"(?:\b((?i:era|fue|estuvo|eran|fueron|estuvieron|estaba|estaban))\s+)?\b({words})\b"
        return re.sub(pattern, spanish, text)

    def _spanish_verb(self, word: str) -> str | None:
        if word in _PARTICIPLE_VERBS:
            return _PARTICIPLE_VERBS[word]
        readings = [a for t in self._english().analyse(word) for a in t.analyses if a.tags[:1] == ("vblex",)]
        if not readings:
            return None
        found = self._bilingual().lookup([Analysis(readings[0].lemma, ("vblex", "pp"))])[0]
        return found.lemma if found is not None else None


def _form(verb: str, tags: tuple[str, ...]) -> str | None:
    """The generator's form, or the regular one where it lacks the verb ('canonizar' → 'canonizada')."""
    generated = shared_generator().generate([Analysis(verb, tags)])[0]
    if generated or not re.fullmatch(r"[a-záéíóúñ]+[aei]r", verb):
        return generated
    stem, kind = verb[:-2], verb[-2:]
    if tags[1] == "pp":
        ending = "ad" if kind == "ar" else "id"
        return f"{stem}{ending}{'a' if tags[2] == 'f' else 'o'}{'s' if tags[3] == 'pl' else ''}"
    if kind == "ar":
        return stem + ("aron" if tags[3] == "pl" else "ó")
    return stem + ("ieron" if tags[3] == "pl" else "ió")


#: Participles of a biography's events that Apertium's dictionary lacks, with their Spanish verbs.
_PARTICIPLE_VERBS = {
    "hospitalized": "hospitalizar", "hospitalised": "hospitalizar", "prosecuted": "procesar", "crowned": "coronar",
    "ranked": "clasificar", "canonized": "canonizar", "canonised": "canonizar", "beatified": "beatificar",
    "exiled": "exiliar", "deported": "deportar", "conscripted": "reclutar", "drafted": "reclutar",
    "ordained": "ordenar", "excommunicated": "excomulgar", "imprisoned": "encarcelar",
    "incarcerated": "encarcelar", "interned": "internar", "diagnosed": "diagnosticar", "nominated": "nominar",
}  # fmt: skip
_WAS_PARTICIPLE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?([a-z]+ed)\b", re.IGNORECASE)
#: A past or a participle in the source: a lower-case word in -ed (a copy in the translation is the model's).
_PAST_WORD = re.compile(r"(?<![\w-])([a-z]{3,}ed)\b")
_FINITE_PAST = re.compile(
    r"(?:\b(?:who|that|which|he|she|they|it|then|later|also|and|soon|eventually|finally)|\b[A-Z][\w'-]*)"
    r"\s+([a-z]{3,}ed)\b"
)
#: Spanish auxiliaries before a copied word: it is a participle there, which this repair leaves alone.
_AFTER_AUXILIARY = re.compile(r"\b(?:ha|han|había|habían|he|hemos|haber|habiendo|sido|es|son|está|están)\s+$", re.I)
_THEY = re.compile(r"^(?:They|The\s+(?:two|couple|brothers|sisters|band|pair))\b")
_SHE = re.compile(r"\b(?:she|her|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)


@functools.cache
def shared_english() -> Analyser:
    return english_analyser()


@functools.cache
def shared_bilingual() -> Bilingual:
    return english_to_spanish_lemmas()


class FormerAsEx:
    """'a former professional tennis player' came back as 'una jugadora de tenis profesional anterior': Spanish
    says a former role with 'ex-' on the noun ('una exjugadora de tenis profesional', 'un expresidente'). Only
    for a person (the person lexicon's Spanish lemmas and kin), as 'la antigua capital' is no 'excapital'; and
    only where the source has one 'former' before a noun."""

    name = "former"
    keys = frozenset({"former"})

    def __init__(self, analyser: Analyser, person_lemmas: frozenset[str]) -> None:
        self.analyser = analyser
        self.people = person_lemmas | _KIN_LEMMAS

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        if len(_FORMER.findall(source)) != 1 or "anterior" not in text:
            return text

        def ex(match: re.Match[str]) -> str:
            if skip and skip.search(match.string, match.start(), match.end()):
                return match.group()
            lemmas = {a.lemma.lower() for t in self.analyser.analyse(match.group(2)) for a in t.analyses}
            if not lemmas & self.people:
                return match.group()
            return f"{match.group(1)} ex{match.group(2)}{match.group(3)}"

        return _ANTERIOR.sub(ex, text)


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


class BecameFeminine:
    """'She became rich' came back as 'se hizo rico': the adjective after 'se hizo', 'se volvió' or 'llegó a ser'
    takes the subject's gender, where the source's one person is a woman ('she' or 'her', and no 'he')."""

    name = "became, feminine"
    keys = frozenset({"became", "become", "becomes", "grew"})

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        if not _SHE.search(source) or _HE.search(source) or _PLURAL_SUBJECT.search(source):
            return text

        def feminine(match: re.Match[str]) -> str:
            if skip and skip.search(match.string, match.start(), match.end()):
                return match.group()
            readings = [a for t in self.analyser.analyse(match.group(3)) for a in t.analyses]
            if not readings or any(a.tags[:1] != ("adj",) and a.tags[:2] != ("vblex", "pp") for a in readings):
                return match.group()
            lemma = readings[0].lemma
            tags = ("adj", "f", "sg") if readings[0].tags[:1] == ("adj",) else ("vblex", "pp", "f", "sg")
            form = shared_generator().generate([Analysis(lemma, tags)])[0]
            return f"{match.group(1)}{match.group(2) or ''}{form}" if form else match.group()

        return _BECAME_MASCULINE.sub(feminine, text)


_BECAME_MASCULINE = re.compile(
    r"\b((?i:se\s+hizo|se\s+volvió|llegó\s+a\s+ser)\s+)((?:muy|más|tan|bastante)\s+)?([a-záéíóúñ]+o)\b"
)
_PLURAL_SUBJECT = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)


def _only_finite(analyses: tuple[Analysis, ...]) -> bool:
    """A verb in a tense and nothing else ('Desarrolló'), not a name or a noun that looks like one."""
    return bool(analyses) and all(a.tags[:1] == ("vblex",) and a.tags[1:2] in _FINITE for a in analyses)


_FINITE = {("ifi",), ("pii",), ("pri",), ("fti",), ("cni",)}
#: A capitalised subject right before a past tense ('Beethoven composed', 'Henry VIII married'): its last word.
#: A past tense: a regular one, or an irregular one of a life's verbs ('won', 'wrote', 'became').
_PAST = (
    r"(?:(?!(?:[Ii]ndeed|[Ii]nfluenced|[Nn]eed)\b)(?:co-)?[a-z]{2,}ed|won|wrote|led|became|began|took|made|gave|"
    r"left|met|went|built|taught|fought|ran|held|spent|sold|grew|drew|sang|found|bought|brought|chose|flew|"
    r"froze|hid|kept|lost|rose|saw|shot|stood|struck|swam|threw|understood|wore|won)\b(?!\s+by\b)"
)
_NAME_BEFORE_PAST = re.compile(
    rf"(?<![.!?] )\b([A-Z][\w'-]*|[IVX]+)\s+(?:(?:also|later|then|soon|eventually|finally|briefly)\s+)?{_PAST}"
)
_PRONOUN_BEFORE_PAST = re.compile(rf"^(He|She|They)\s+(?:(?:also|later|then|soon|eventually|finally)\s+)?{_PAST}")
_TWO_NAMES = re.compile(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+[A-Z]")


def _only_verb(analyses: tuple[Analysis, ...]) -> Analysis | None:
    """The verb reading of a word that is nothing else ('pueblo' is a noun, though also 'I populate')."""
    if not analyses or any(a.tags[:1] not in (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",)) for a in analyses):
        return None
    return analyses[0]


_AND_PAST = re.compile(r"\band\s+[a-z]+ed\b")
_Y_PARTICIPLE = re.compile(r"\by\s+\w+[ai]do\b")


def _is_relative(match: re.Match[str]) -> bool:
    """'who' after a comma or a noun, not opening the sentence and not after 'know', 'ask' and the like."""
    return bool(match.group(2)) or (bool(match.group(1)) and match.group(1).lower() not in _QUESTION_VERB_SET)


#: Verbs after which 'who', 'when' and 'where' ask a question ('I don't know who he is'); elsewhere, after a
#: noun or a comma, they are relative.
_QUESTION_VERB_SET = frozenset(
    """know knew known knows ask asked asks wonder wondered tell told see saw decide decided say said says find
    found out is was matter matters care guess remember forget forgot understand explain explained show showed
    learn learned discover discovered determine sure unclear idea clear""".split()
)
_WH_WORD = re.compile(r"(?:([A-Za-z]+)|(,))?\s*\b(?:who|when|where)\b", re.IGNORECASE)
_PREPOSITIONS = frozenset("a de con para por en sin sobre entre hacia desde".split())


def analysed_repairs(analyser: Analyser) -> tuple[TextRepair, ...]:
    """The repairs that read the translation's words: a relative or a question, a noun or an adjective."""
    return (
        Repair(
            "relative who, when, where",
            lambda source: any(_is_relative(match) for match in _WH_WORD.finditer(source)),
            re.compile(r"((?:(\w+)|,)\s+)(quién|quiénes|cuándo|dónde)\b(?![^¿]*\?)"),
            RelativeWords(analyser),
            frozenset({"who", "when", "where"}),
        ),
        Repair(
            "as a noun",
            re.compile(r"\bas\s+\w", re.I),
            re.compile(r"\b([Tt])an\s+([a-záéíóúñ]+)\b"),
            AsNoun(analyser),
            frozenset({"as"}),
        ),
        Demonyms(analyser),
        Repair(
            "continued to",
            re.compile(r"\b(?:continu(?:ed|es|e|ing)|kept\s+on)\s+(?:to\s+)?\w+", re.IGNORECASE),
            re.compile(
                r"\b((?i:continu|sigui|segu)\w*)\s+(?:a\s+|para\s+)?([a-záéíóúñ]+(?:ar|er|ir))\b(?!\s+(?:de|del)\b)"
            ),
            GerundAfterContinue(),
            frozenset({"continued", "continue", "continues", "continuing", "kept"}),
        ),
    )


def repairs_for(
    source_lang: str, target_lang: str, analyser: Analyser | None = None, person_lemmas: frozenset[str] = frozenset()
) -> tuple[TextRepair, ...]:
    """The repairs of a pair's teacher: Apertium eng-spa's for en→es, none for other pairs. Some need the
    target's analyser (`analysed_repairs`)."""
    if (source_lang, target_lang) != ("en", "es"):
        return ()
    if analyser is None:
        return REPAIRS
    # The preterites first: 'y movido a' becomes 'y movió a', which 'moved to' puts right.
    return (
        PreteriteAfterSubject(analyser),
        CoordinatedPreterite(analyser),
        EnglishVerbs(shared_english, shared_bilingual),
        *REPAIRS,
        *analysed_repairs(analyser),
        FormerAsEx(analyser, person_lemmas),
        BecameFeminine(analyser),
    )
