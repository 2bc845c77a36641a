"""Verbs the model wrote in the wrong form, put right with Apertium's analysers, dictionary and generator.

The English past read as a participle ('Beethoven compuesta nueve sinfonías', 'y movido a Buenos Aires'), a
verb copied from English ('Era assassinated', 'que organised'), an infinitive after 'continuó' where Spanish
has the gerund: the source says which verb and which form, and the generator writes it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from mt_core.gender_rewrite import Generator
from mt_core.morphology import Analyser, Analysis, Bilingual, english_analyser, english_to_spanish_lemmas
from mt_core.person_names import NAME_PARTICLES
from mt_core.text_repair import apply_edits


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
        return apply_edits(text, edits)


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

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        subjects = {m.group(1) for m in _NAME_BEFORE_PAST.finditer(source) if _names_the_subject(source, m)}
        opening = (
            _PRONOUN_BEFORE_PAST.match(source)
            or _FRONTED_PRONOUN_BEFORE_PAST.match(source)
            or _RELATIVE_BEFORE_PAST.match(source)
        )
        if not subjects and opening is None:
            return text
        if not _MAY_NEED_PRETERITE.search(text):  # a participle or a capitalised word: else no analyser round trip
            return text
        they = opening is not None and (opening.group(1).lower() == "they" or opening.group(1).endswith(("s", "ren")))
        plural = they or bool(_TWO_NAMES.match(source))
        tokens = self.analyser.analyse(text)
        if opening is not None and opening.group(1).islower():  # after a fronted phrase or 'Su madre', the first verb
            first_verb = next(
                (i for i, t in enumerate(tokens) if any(a.tags[:1] in _VERB_KINDS for a in t.analyses)), -1
            )
        else:
            first_verb = -1
        edits = []
        for index, token in enumerate(tokens):
            start, prefix = token.start, ""
            if index >= 2 and [t.surface for t in tokens[index - 2 : index]] == ["co", "-"]:
                start, prefix, index = tokens[index - 2].start, "co", index - 2  # 'co-fundado' is 'cofundó'
            # (the analyser reads some names as one word: 'Miguel de Cervantes')
            after_name = index > 0 and tokens[index - 1].surface.split()[-1] in subjects
            # opening the sentence, or after the pronoun the model wrote for the source's ('Él co-desarrollado')
            after_pronoun = index == 1 and tokens[0].surface in ("Él", "Ella", "Ellos", "Ellas")
            opens = index == 0 or after_pronoun or index == first_verb
            if not after_name and not (opens and opening is not None):
                continue
            if skip and skip.search(text, tokens[index - 1].start if index else 0, token.end):
                continue
            # (or an infinitive after the name: 'Alexander Fleming descubrir la penicilina')
            participle = next(
                (
                    a
                    for a in token.analyses
                    if a.tags[:2] == ("vblex", "pp") or (after_name and a.tags[:2] == ("vblex", "inf"))
                ),
                None,
            )
            if participle is not None:  # a noun too ('ganado', 'escrito'): the source says it is the verb
                form = self._preterite(participle.lemma.lower(), plural)
                if form is not None and after_pronoun and not after_name:  # no pronoun in Spanish: 'Codesarrolló'
                    edits.append((tokens[0].start, token.end, (prefix + form).capitalize()))
                elif form is not None:
                    edits.append((start, token.end, (prefix + form).capitalize() if index == 0 else prefix + form))
            elif after_name and not prefix and token.surface[:1].isupper() and _only_finite(token.analyses):
                edits.append((token.start, token.end, token.surface[:1].lower() + token.surface[1:]))
        return apply_edits(text, edits)

    @staticmethod
    def _preterite(lemma: str, plural: bool) -> str | None:
        return shared_generator().generate([Analysis(lemma, ("vblex", "ifi", "p3", "pl" if plural else "sg"))])[0]


class GerundAfterContinue:
    """'He continued to paint' came back as 'Continuó pintar': Spanish continues with a gerund ('continuó
    pintando'), which Apertium's generator writes for the infinitive's verb ('seguir' → 'siguiendo')."""

    def __call__(self, match: re.Match[str]) -> str:
        gerund = shared_generator().generate([Analysis(match.group(2).lower(), ("vblex", "ger"))])[0]
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
        copied = {word for word in _PAST_WORD.findall(source) if word in text and re.search(rf"\b{word}\b", text)}
        if not copied:
            return text
        passives = {m.group(1) for m in _WAS_PARTICIPLE.finditer(source)} & copied
        # a finite past: after its subject or a relative ('who organised'), not 'the organised march'
        finite = {m.group(1) for m in _FINITE_PAST.finditer(source) if _AFTER_PAST.match(source, m.end())} & copied
        gender = "f" if SHE.search(source) and not HE.search(source) else "m"
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

        # not inside an identifier, a quote or a bracket ('-G/-shared', '`named\'', '(encoded')
        pattern = (
            rf"(?:\b((?i:era|fue|estuvo|eran|fueron|estuvieron|estaba|estaban))\s+)?(?<![-/`'(\w])({words})(?![-/'\w])"
        )
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
SHE = re.compile(r"\b(?:she|her|herself)\b", re.IGNORECASE)
HE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)


@functools.cache
def shared_english() -> Analyser:
    return english_analyser()


@functools.cache
def shared_bilingual() -> Bilingual:
    return english_to_spanish_lemmas()


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
#: A word that may be a participle (regular, or 'escrito', 'hecho', 'puesto', 'muerto'), a verb given a capital, or
#: an infinitive.
_MAY_NEED_PRETERITE = re.compile(
    r"\w(?:ad|[ií]d|t|ch|s)[oa]s?\b|\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ó|ió|aron|ieron|o)\b|\w[aeií]r\b"
)
#: What may stand before a sentence's named subject: its start, punctuation, a year, or a word that opens a clause.
_BEFORE_SUBJECT = re.compile(
    r"(?:^|[,;:(—–]|\b\d{3,4}|\b(?:and|but|then|when|after|before|while|where|as|that|because|so|until|later|"
    r"since|which|who|whom|whose|finally|eventually|soon|also)|\b(?:In|On|By|After|Before|During)\s+\S+|"
    # a relative named after the person ('Her husband Pierre died in 1906')
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:husband|wife|son|daughter|brother|sister|father|mother|partner))\s*$"
)
#: A finite past goes on to its object or a place or time; a status line ends with it ('Document created').
_AFTER_PAST = re.compile(r"\s+(?!(?:by|but|and|or|not|successfully|automatically)\b)[\w\d]")
#: A word of a name: a capital and a lower-case letter at least ('GStreamer' too), not 'SIGHUP' or 'C3'.
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*|[IVX]+|[A-Z]\.|Jr\.|Sr\.")
_PARTICLE = re.compile(NAME_PARTICLES)
#: The name word before another, over a particle ('Miguel de' before 'Cervantes').
_NAME_WORD_BEFORE = re.compile(rf"([A-Z][\w'-]*)(?:\s+(?:{NAME_PARTICLES}))?\s+$")
_NOT_NAME_WORDS = frozenset("The A An This That These Those Its Their His Her Our My Your Each Every No Some".split())
#: Participles that describe rather than tell ('Variables based on', 'a town called X').
_DESCRIBING = frozenset("based located situated known called named made used born set placed".split())


def _names_the_subject(source: str, match: re.Match[str]) -> bool:
    """'Beethoven composed nine symphonies', not a status line ('SIGHUP received', 'Path updated: %s') nor an
    object with its participle ('I saw all Israel scattered'): the name is a word in title case opening a
    clause, and the past goes on to its object or a place or time."""
    start = match.start(1)
    while True:  # back over the rest of the name ('Marie Curie', 'Henry VIII', 'Miguel de Cervantes')
        before = _NAME_WORD_BEFORE.search(source[:start])
        if before is None:
            break
        if before.group(1) in _NOT_NAME_WORDS:  # 'The Sub described above': a thing
            return False
        start = before.start(1)
    name_words = [word for word in source[start : match.end(1)].split() if not _PARTICLE.fullmatch(word)]
    if not all(_NAME_WORD.fullmatch(word) for word in name_words):
        return False
    if not _BEFORE_SUBJECT.search(source[:start]):
        return False
    verb = match.group().split()[-1]
    return verb.lower() not in _DESCRIBING and _AFTER_PAST.match(source, match.end()) is not None


_PRONOUN_BEFORE_PAST = re.compile(rf"^(He|She|They)\s+(?:(?:also|later|then|soon|eventually|finally)\s+)?{_PAST}")
#: The pronoun after a phrase of time or place that opens the sentence ('At the age of six she contracted polio'):
#: Spanish has no pronoun, and the verb is the sentence's first.
_FRONTED_PRONOUN_BEFORE_PAST = re.compile(
    rf"^(?:At|In|On|By|After|Before|During|When|Later|Soon|Then|Aged)\b[^.;!?]*?,?\s+(he|she|they)\s+"
    rf"(?:(?:also|later|then|soon|eventually|finally)\s+)?{_PAST}"
)
#: A relative of the person's as the subject ('Her mother promoted her interest', 'Su madre promovida'): the
#: verb is the sentence's first, plural for 'parents' or 'sons'.
_RELATIVE_BEFORE_PAST = re.compile(
    r"^(?:His|Her|Their)\s+(husband|wife|sons?|daughters?|brothers?|sisters?|father|mother|family|parents|children)"
    rf"\s+(?:(?:also|later|then|soon|eventually|finally)\s+)?{_PAST}"
)
_VERB_KINDS = (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",))
_TWO_NAMES = re.compile(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+[A-Z]")


def _only_verb(analyses: tuple[Analysis, ...]) -> Analysis | None:
    """The verb reading of a word that is nothing else ('pueblo' is a noun, though also 'I populate')."""
    if not analyses or any(a.tags[:1] not in (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",)) for a in analyses):
        return None
    return analyses[0]


_AND_PAST = re.compile(r"\band\s+[a-z]+ed\b")
_Y_PARTICIPLE = re.compile(r"\by\s+\w+[ai]do\b")
