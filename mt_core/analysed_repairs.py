"""Repairs that read the translation with the target language's analyser, and a pair's repairs (`repairs_for`).

A relative 'who' or an indirect question, 'tan' before a noun or an adjective: the words around a slip say
which it is, and Apertium's Spanish analyser reads them. mt_core/phrase_repair.py has the repairs that a pattern
alone decides, mt_core/verb_forms.py the verbs' forms and mt_core/person_repairs.py the words about a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from mt_core.centuries import Centuries, Dynasties
from mt_core.demonyms import Demonyms, NationalityAgreement
from mt_core.morphology import Analyser
from mt_core.nationality_order import BirthplaceAfterOccupations, NationalityAfterOccupations
from mt_core.number_words import HundredsAgreement, SpokenNumbers
from mt_core.person_repairs import female_person, feminine_predicates, former_after_nationality, former_as_ex
from mt_core.phrase_repair import REPAIRS
from mt_core.text_repair import Repair, TextRepair
from mt_core.verb_forms import (
    CoordinatedPreterite,
    EnglishVerbs,
    GerundAfterContinue,
    PreteriteAfterSubject,
    shared_bilingual,
    shared_english,
)


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


class PluralAfterSu:
    """'su' before a noun the analyser reads only as a plural ('Su pinturas son famosas'): 'sus'; or before a word
    it lacks that ends as a plural does ('por su autorretratos')."""

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    def __call__(self, match: re.Match[str]) -> str:
        readings = [a for t in self.analyser.analyse(match.group(2)) for a in t.analyses]
        nouns = [a for a in readings if a.tags[:1] == ("n",)]
        plural = (bool(nouns) and all("pl" in a.tags for a in nouns)) or (
            not readings and match.group(2).endswith(("os", "as"))
        )
        return f"{match.group(1)}s {match.group(2)}" if plural else match.group()


#: A possessive before a plural in the source ('her self-portraits', 'his early works').
class KnownSpelling:
    """A word the analyser does not know, written as the first of ``candidates`` that it does: the model's
    misspellings of a word it meant ('irlandeseseses', 'Formulaó'). A word it knows, or none that it knows, stays."""

    def __init__(self, analyser: Analyser, candidates: Callable[[re.Match[str]], Iterable[str]]) -> None:
        self.analyser = analyser
        self.candidates = candidates

    def _known(self, word: str) -> bool:
        return all(token.known for token in self.analyser.analyse(word))

    def __call__(self, match: re.Match[str]) -> str:
        word = match.group()
        if self._known(word):
            return word
        return next((candidate for candidate in self.candidates(match) if self._known(candidate)), word)


def _fewer_repeats(match: re.Match[str]) -> Iterator[str]:
    """A last syllable the model wrote over and over ('irlandeseseses'), with fewer repeats ('irlandeses')."""
    word, stem, syllable = match.group(), match.group(1), match.group(2)
    repeats = (len(word) - len(stem)) // len(syllable)
    return (stem + syllable * count for count in range(repeats - 1, 0, -1))


def _without_stray_a(match: re.Match[str]) -> Iterator[str]:
    """A preterite spelled with a stray 'a' ('Formulaó'), without it ('Formuló')."""
    yield match.group(1) + "ó"


#: A syllable of two or three letters three times or more at a word's end.
_STUTTER = re.compile(r"\b([a-záéíóúñ]+?)([a-záéíóúñ]{2,3})\2{2,}\b")


_POSSESSIVE_PLURAL = re.compile(r"\b(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b", re.IGNORECASE)


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
        Repair("a stuttered ending", lambda source: True, _STUTTER, KnownSpelling(analyser, _fewer_repeats)),
        Repair(
            "a garbled preterite",
            re.compile(r"\b[a-z]{3,}ed\b", re.IGNORECASE),
            re.compile(r"\b([A-Za-záéíóúñ]{3,})aó\b"),
            KnownSpelling(analyser, _without_stray_a),
        ),
        Demonyms(analyser),
        Repair(
            "su before a plural",
            _POSSESSIVE_PLURAL,
            re.compile(r"\b([Ss]u)\s+([a-záéíóúñ]+s)\b"),
            PluralAfterSu(analyser),
            frozenset({"his", "her", "their", "its"}),
        ),
        Repair(
            "continued to",
            re.compile(r"\b(?:continu(?:ed|es|e|ing)|kept\s+on)\s+(?:to\s+)?\w+", re.IGNORECASE),
            re.compile(
                r"\b((?i:continu|sigui|segu)\w*)\s+(?:a\s+|para\s+)?([a-záéíóúñ]+(?:ar|er|ir))\b(?!\s+(?:de|del)\b)"
            ),
            GerundAfterContinue(),
            frozenset({"continued", "continue", "continues", "continuing", "kept"}),
        ),
        NationalityAgreement(),
        BirthplaceAfterOccupations(),
        NationalityAfterOccupations(analyser),
    )


def repairs_for(
    source_lang: str, target_lang: str, analyser: Analyser | None = None, person_lemmas: frozenset[str] = frozenset()
) -> tuple[TextRepair, ...]:
    """The repairs of a pair's teacher: Apertium eng-spa's for en→es, none for other pairs. Some need the
    target's analyser (`analysed_repairs`)."""
    if (source_lang, target_lang) != ("en", "es"):
        return ()
    if analyser is None:
        return (Centuries(), Dynasties(), *REPAIRS, SpokenNumbers(), HundredsAgreement())
    # The preterites first: 'y movido a' becomes 'y movió a', which 'moved to' puts right.
    return (
        Centuries(),
        Dynasties(),
        PreteriteAfterSubject(analyser),
        CoordinatedPreterite(analyser),
        EnglishVerbs(shared_english, shared_bilingual),
        *REPAIRS,
        *analysed_repairs(analyser),
        former_as_ex(analyser, person_lemmas),
        former_after_nationality(analyser, person_lemmas),
        *feminine_predicates(analyser),
        female_person(analyser, person_lemmas),
        SpokenNumbers(analyser),
        HundredsAgreement(analyser),
    )
