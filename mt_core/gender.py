"""Target-gender hints (request-level; inline spans are parsed in mt_core.inline) and checking which
gender the translation gave each hinted person noun.

The check is language-specific: ``SpanishGenderReader`` reads gender with
Apertium's Spanish analyser, finding the noun through Apertium's bilingual
dictionary. Where Apertium is not installed the reader is absent and results
say the gender could not be read, rather than guessing.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from mt_core.first_names import first_name_genders
from mt_core.gender_lexicon import (
    AMBIGUOUS_PERSON_NOUNS,
    EPICENE_LEMMAS,
    SPANISH_PERSON_LEMMAS,
    gender_evidence,
    person_noun_spans,
    plural_gender_evidence,
)
from mt_core.gender_rewrite import (
    Generator,
    plan_rewrite,
    read_former_roles,
    rewrite_gender,
)
from mt_core.grammar import Gender
from mt_core.markup_words import carry_rewrite, same_layout, visible_text
from mt_core.morphology import Analyser, Analysis, Bilingual, english_to_spanish_lemmas, spanish_analyser
from mt_core.person_harmony import disagreeing_person_nouns, token_gender
from mt_core.pronoun_gender import (
    PRONOUN,
    SOLE_SPEAKER,
    plan_pronoun_rewrite,
    plan_sole_speaker_rewrite,
    pronoun_predicate_reading,
    sole_speaker_reading,
)
from mt_core.spanish_forms import regular_noun_form
from mt_core.speaker_gender import SPEAKER, plan_speaker_rewrite, speaker_gender, speaker_span
from mt_core.subject_gender import (
    copular_subject_spans,
    gendered_predicate_genders,
    name_apposition_genders,
    name_predicate_genders,
    nouns_after_names,
    predicate_genders,
)
from mt_core.terminology import english_singular


@dataclass(frozen=True)
class GenderHint:
    """The person noun at characters ``start:end`` should be rendered with ``gender``."""

    start: int
    end: int
    source: str
    gender: Gender
    origin: str  # "inline" | "request" | "source" | "name" | "text"


class NounHint(Protocol):
    """What re-inflection needs of a hint: the person noun and the gender it should take."""

    @property
    def source(self) -> str: ...

    @property
    def gender(self) -> Gender: ...


def _predicate_hints(sentence: str, names: Mapping[str, Gender] | None = None) -> list[GenderHint]:
    """Nouns whose person the sentence names: a gendered subject or apposition, or a full name right after the
    noun ('the composer Robert Schumann'); these win over the sentence's other gender words and a request's."""
    found = gendered_predicate_genders(sentence) | predicate_genders(sentence)
    hints = [GenderHint(s, e, sentence[s:e], g, "source") for (s, e), g in found.items()]
    named = name_apposition_genders(sentence, first_name_genders() if names is None else names).items()
    hints += [GenderHint(s, e, sentence[s:e], g, "name") for (s, e), g in named if all(h.start != s for h in hints)]
    return sorted(hints, key=lambda hint: hint.start)


def request_hints(sentence: str, gender: Gender) -> list[GenderHint]:
    """A request-level hint covers the sentence's gender-ambiguous person nouns, unless the sentence
    itself names the other gender explicitly ('she', 'my brother'): explicit words win. A noun that a gendered
    subject's linking verb names ('her father was a lawyer') takes that subject's gender."""
    fixed = _predicate_hints(sentence)
    evidence = gender_evidence(sentence)
    if evidence and gender not in evidence:
        return fixed
    taken = {(hint.start, hint.end) for hint in fixed}
    requested = [GenderHint(s, e, sentence[s:e], gender, "request") for s, e in person_noun_spans(sentence)]
    return sorted(fixed + [hint for hint in requested if (hint.start, hint.end) not in taken], key=lambda h: h.start)


def speaker_hints(sentence: str, gender: Gender) -> list[GenderHint]:
    """A request-level gender is the speaker's too: a hint on the sentence's "I" (mt_core/speaker_gender.py).
    Only a request's own gender makes one; a gender read from the context is someone else's."""
    span = speaker_span(sentence)
    return [GenderHint(span[0], span[1], SPEAKER, gender, "request")] if span else []


#: A kinship word and 'of' right before a person noun: 'the second wife of the composer'.
_KIN_OF = re.compile(
    r"\b(?:wife|husband|daughter|son|mother|father|sister|brother|widow|widower|niece|nephew|aunt|uncle|"
    r"granddaughter|grandson|girlfriend|boyfriend|bride|groom|mistress)\s+of\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[A-Za-z-]+\s+)?$",
    re.IGNORECASE,
)


def source_hints(
    sentence: str, names: Mapping[str, Gender] | None = None, carried: Gender | None = None
) -> list[GenderHint]:
    """Explicit words fix the gender of a sentence's one ambiguous person noun ('My sister is a surgeon'), so
    they win over the model's masculine prior without any hint. With two person nouns, which one 'she' means
    is left to the model, unless a linking verb says it: 'Her father was a lawyer and her mother a nurse'
    gives the lawyer the father's gender, whatever 'her' says; and 'Marie Curie was a physicist' the first
    name's (mt_core/first_names.py), unless the sentence's gender words say otherwise. ``names`` are the
    text's (mt_core/text_gender.py), and ``carried`` the gender the text's next sentence gives this one's
    person, where this one has no gender word: hints of origin "text"."""
    listed = first_name_genders()
    fixed = _predicate_hints(sentence, names)
    evidence = gender_evidence(sentence)
    by_list = name_predicate_genders(sentence, listed)
    by_text = by_list if names is None else name_predicate_genders(sentence, names)
    named = [
        GenderHint(s, e, sentence[s:e], g, "name" if by_list.get((s, e)) is g else "text")
        for (s, e), g in by_text.items()
        if not evidence - {g} and not any(h.start < e and s < h.end for h in fixed)
    ]
    if fixed or named:
        return sorted(fixed + named, key=lambda hint: hint.start)
    origin = "source"
    if carried is not None and not evidence:
        subject = copular_subject_spans(sentence)  # 'The new director is a chemist. She ...': both nouns are she
        if subject and not _singular(sentence[slice(*subject[0])].lower())[1]:
            return [GenderHint(s, e, sentence[s:e], carried, "text") for s, e in subject]
        evidence, origin = {carried}, "text"
    spans = person_noun_spans(sentence)
    if len(evidence) != 1 or len(spans) != 1:
        return []
    (start, end), gender = spans[0], evidence.pop()
    if _singular(sentence[start:end].lower())[1] and gender not in plural_gender_evidence(sentence):
        return []  # 'she' or 'his' is one person, not the plural noun's people
    if _KIN_OF.search(sentence[:start]):
        return []  # 'She was the wife of the composer': the composer is someone else
    if any(span == (start, end) for span, _ in nouns_after_names(sentence, listed if names is None else names)):
        return []  # '... of Jawaharlal Nehru, the first prime minister': the name's person, gender unknown
    return [GenderHint(start, end, sentence[start:end], gender, origin)]


class GenderReader(Protocol):
    #: The target-language analyser, for comparing gendered alternatives.
    analyser: Analyser

    def read(self, source_noun: str, translation: str) -> Gender | None:
        """The gender the translation gave to ``source_noun``; None if the noun cannot be found."""
        ...

    def rewrite(self, translation: str, source_nouns: Sequence[str], gender: Gender) -> str | None:
        """The translation with these nouns and the words agreeing with them in ``gender``; None if none."""
        ...

    def noun_form(self, source_noun: str, gender: Gender) -> str | None:
        """The dictionary translation of ``source_noun`` in ``gender`` and the source's number; None if unknown."""
        ...

    def marked_spans(self, translation: str, source_nouns: Sequence[str], gender: Gender) -> list[tuple[int, int]]:
        """Where the translation shows ``gender`` for these nouns (GFST trains on these words alone)."""
        ...

    def person_lemmas(self) -> frozenset[str]:
        """Target-language lemmas of the person nouns whose gender the source may leave open."""
        ...

    def harmonise(self, translation: str) -> str | None:
        """The translation with every person noun in its first one's gender, for a sentence whose person nouns
        are all one person (mt_core/person_harmony.py); None where they agree already or cannot be rewritten."""
        ...


#: English person nouns whose plural no suffix rule undoes.
_IRREGULAR_PLURALS = {
    "children": "child",
    "heroes": "hero",
    "people": "person",
    "salespeople": "salesperson",
    "women": "woman",
    "men": "man",
    "midwives": "midwife",
    "wives": "wife",
}


def _singular(noun: str) -> tuple[str, bool]:
    """An English person noun's singular and whether it was plural ('nurses' → 'nurse', 'secretaries' →
    'secretary', 'coaches' → 'coach', 'children' → 'child'; 'actress' stays)."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun], True
    singular = english_singular(noun)
    return singular, singular != noun


#: Hint sources that name a predicate rather than a person noun, with what finds it in a translation.
PREDICATE_PLANS = {
    SPEAKER: plan_speaker_rewrite,
    SOLE_SPEAKER: plan_sole_speaker_rewrite,
    PRONOUN: plan_pronoun_rewrite,
}


class SpanishGenderReader:
    """Find the noun's Spanish lemma (bilingual dictionary), then its gender and its article's."""

    def __init__(self) -> None:
        self.analyser: Analyser = spanish_analyser()
        self._bilingual: Bilingual = english_to_spanish_lemmas()
        self._generator = Generator()
        self._lemmas: dict[str, frozenset[str]] = {}
        self._forms: dict[tuple[str, Gender], str | None] = {}
        self._person_lemmas: frozenset[str] | None = None
        self._lock = threading.Lock()

    def _lemmas_for(self, noun: str) -> frozenset[str]:
        key = noun.lower()
        with self._lock:
            if key in self._lemmas:
                return self._lemmas[key]
        singular, _ = _singular(key)
        found = self._bilingual.lookup([Analysis(singular, ("n", "sg"))])[0]
        # A curated entry lists the person senses; the dictionary's one choice may be another ('driver' → 'motor').
        lemmas = set(SPANISH_PERSON_LEMMAS.get(singular, ()))
        if found and not lemmas:
            lemmas.add(found.lemma.lower())
        with self._lock:
            self._lemmas[key] = frozenset(lemmas)
        return self._lemmas[key]

    def person_lemmas(self) -> frozenset[str]:
        """Every Spanish lemma of the ambiguous English person nouns, looked up once: 'la presidente' and 'la
        médico' are a woman, although the dictionary lists those nouns as masculine."""
        with self._lock:
            if self._person_lemmas is not None:
                return self._person_lemmas
        nouns = sorted({_singular(noun)[0] for noun in AMBIGUOUS_PERSON_NOUNS})
        found = self._bilingual.lookup([Analysis(noun, ("n", "sg")) for noun in nouns])
        lemmas = {lemma for noun in nouns for lemma in SPANISH_PERSON_LEMMAS.get(noun, ())}
        lemmas |= {unit.lemma.lower() for unit in found if unit is not None}
        with self._lock:
            self._person_lemmas = frozenset(lemmas | EPICENE_LEMMAS)
        return self._person_lemmas

    def _noun_lemmas(self, source_nouns: Sequence[str]) -> frozenset[str]:
        return frozenset(
            lemma for noun in source_nouns if noun not in PREDICATE_PLANS for lemma in self._lemmas_for(noun)
        )

    def rewrite(self, translation: str, source_nouns: Sequence[str], gender: Gender) -> str | None:
        """``source_nouns`` may name the speaker (SPEAKER, SOLE_SPEAKER) and the one predicate of 'she' or 'he'
        (PRONOUN) besides person nouns."""
        code = "f" if gender is Gender.FEMININE else "m"
        plans = [plan for marker, plan in PREDICATE_PLANS.items() if marker in source_nouns]
        return rewrite_gender(translation, self._noun_lemmas(source_nouns), code, self.analyser, self._generator, plans)

    def marked_spans(self, translation: str, source_nouns: Sequence[str], gender: Gender) -> list[tuple[int, int]]:
        """Character spans of the words that show ``gender`` for these nouns: the nouns themselves and the
        words agreeing with them, which are the words a rewrite to the other gender would change."""
        other = "m" if gender is Gender.FEMININE else "f"
        tokens = self.analyser.analyse(translation)
        plan = plan_rewrite(tokens, self._noun_lemmas(source_nouns), other)
        if SPEAKER in source_nouns:
            plan.update(plan_speaker_rewrite(tokens, other))
        return [(tokens[i].start, tokens[i].end) for i in sorted(plan)]

    def noun_form(self, source_noun: str, gender: Gender) -> str | None:
        if source_noun in PREDICATE_PLANS:  # no noun to put in
            return None
        key = (source_noun.lower(), gender)
        with self._lock:
            if key in self._forms:
                return self._forms[key]
        singular, plural = _singular(key[0])
        found = self._bilingual.lookup([Analysis(singular, ("n", "sg"))])[0]
        # The curated person sense first: the dictionary's one choice can be another sense ('driver' → 'motor').
        candidates = [*SPANISH_PERSON_LEMMAS.get(singular, ()), *([found.lemma] if found else [])]
        number = "pl" if plural else "sg"
        code = "f" if gender is Gender.FEMININE else "m"
        form = None
        for lemma in candidates:
            inflected = self._generator.generate([Analysis(lemma, ("n", tag, number)) for tag in (code, "mf")])
            form = next((f for f in inflected if f), None)
            if form is None:  # a lemma Apertium lacks ('carnicero', 'radiólogo'): Spanish's regular endings
                form = regular_noun_form(lemma, gender, plural)
            if form is not None:
                break
        with self._lock:
            self._forms[key] = form
        return form

    def read(self, source_noun: str, translation: str) -> Gender | None:
        if source_noun == SPEAKER:
            return speaker_gender(self.analyser.analyse(translation))
        if source_noun == PRONOUN:
            return pronoun_predicate_reading(self.analyser.analyse(translation))
        if source_noun == SOLE_SPEAKER:
            return sole_speaker_reading(self.analyser.analyse(translation))
        lemmas = self._lemmas_for(source_noun)
        if not lemmas:
            return None
        tokens = read_former_roles(self.analyser.analyse(translation), self.analyser)
        for index in range(len(tokens)):
            found, gender = token_gender(tokens, index, lemmas)
            if found:
                return gender
        return None

    def harmonise(self, translation: str) -> str | None:
        tokens = read_former_roles(self.analyser.analyse(translation), self.analyser)
        disagreeing = disagreeing_person_nouns(tokens, self.person_lemmas())
        if disagreeing is None:
            return None
        gender, lemmas = disagreeing
        code = "f" if gender is Gender.FEMININE else "m"
        return rewrite_gender(translation, lemmas, code, self.analyser, self._generator)


def gender_reader_for(target_lang: str) -> GenderReader | None:
    """The reader for a target language, or None where none exists or its analyser is not installed. One reader
    serves every pipeline of the process: each holds three lt-proc processes, and a test run that built a
    pipeline per test had started some 600 of them, enough to run out of memory."""
    if target_lang != "es":
        return None
    try:
        return _spanish_reader()
    except FileNotFoundError:
        return None


@functools.cache
def _spanish_reader() -> SpanishGenderReader:
    return SpanishGenderReader()


def is_ambiguous(sentence: str, context: str = "") -> bool:
    """A person noun whose gender nothing in the sentence or its context fixes."""
    return bool(person_noun_spans(sentence)) and not gender_evidence(f"{context} {sentence}")


def wants_alternatives(sentence: str, context: str = "") -> bool:
    """An ambiguous person noun, or a speaker ("I am tired": "Estoy cansada" or "Estoy cansado"), whose
    gender no English word gives."""
    return is_ambiguous(sentence, context) or speaker_span(sentence) is not None


def unmarked_speaker(sentence: str, feminine: str, masculine: str, context: str = "") -> bool:
    """Only the speaker made the text ambiguous, and both readings came out the same: nothing in the translation
    marks the speaker ("Estoy feliz"), so there is no pair to give and nothing went wrong."""
    return not is_ambiguous(sentence, context) and feminine == masculine


#: A sentence that opens with a name: a first name and a capitalised word ('Jessye Norman was ...').
_OPENING_NAME = re.compile(r"([A-Z][a-z]+)\s+[A-Z][\w'-]")


def sentence_gender(
    sentence: str, hints: Sequence[NounHint], names: Mapping[str, Gender] | None = None
) -> Gender | None:
    """The one gender the sentence's noun hints give (the speaker's hint aside), else the one its gender words
    point to, else its opening name's (``names``: the text's, mt_core/text_gender.py); None where there is none
    or more than one. It says whose birth '(born 1950)' is."""
    genders = {hint.gender for hint in hints if hint.source not in PREDICATE_PLANS}
    if len(genders) == 1:
        return genders.pop()
    if genders or gender_evidence(sentence):
        return context_gender(sentence) if not genders else None
    opening = _OPENING_NAME.match(sentence)
    return (first_name_genders() if names is None else names).get(opening.group(1)) if opening else None


def context_gender(context: str) -> Gender | None:
    """The one gender explicit words in the context point to, if exactly one."""
    evidence = gender_evidence(context)
    return evidence.pop() if len(evidence) == 1 else None


def honour_hints(
    reader: GenderReader, text: str, hints: Sequence[NounHint], found: Sequence[Gender | None]
) -> tuple[str, list[Gender | None]]:
    """Re-inflect the nouns whose hint the translation did not honour, and the articles and adjectives that
    disagree with an honoured one (mt_core/gender_rewrite.py); the new text is kept only where no hint is lost,
    and the genders are read again, not assumed."""
    best_text, best_found = text, list(found)
    for gender in (Gender.FEMININE, Gender.MASCULINE):
        # Nouns already honoured are included: their articles may still disagree ('el bibliotecaria').
        nouns = [h.source for h, f in zip(hints, best_found, strict=True) if h.gender is gender and f is not None]
        rewritten = reader.rewrite(best_text, nouns, gender) if nouns else None
        if rewritten is None:
            continue
        again = [reader.read(h.source, rewritten) for h in hints]
        honoured, before = _honoured(again, hints), _honoured(best_found, hints)
        # An epicene noun without an article reads as no gender once right ('como presidente'): one fewer
        # contradiction is a gain too.
        if (honoured and honoured >= before) or (
            honoured == before and _contradicted(again, hints) < _contradicted(best_found, hints)
        ):
            best_text, best_found = rewritten, again
    return best_text, best_found


def _honoured(found: Sequence[Gender | None], hints: Sequence[NounHint]) -> int:
    return sum(f == h.gender for f, h in zip(found, hints, strict=True))


def _contradicted(found: Sequence[Gender | None], hints: Sequence[NounHint]) -> int:
    return sum(f is not None and f != h.gender for f, h in zip(found, hints, strict=True))


def gender_pair(
    reader: GenderReader, source: str, feminine: str, masculine: str, markup: bool = False
) -> tuple[str, str] | None:
    """A feminine and a masculine translation that differ in gender-marked words alone: the two the model
    wrote if they do, else one of them and its re-inflection (mt_core/gender_rewrite.py); None if neither.
    With ``markup`` the two are rendered HTML/XML: their words are compared and rewritten between the tags,
    and their tags must be the same."""
    text = visible_text if markup else str
    if (not markup or same_layout(feminine, masculine)) and differ_only_in_gender(
        text(feminine), text(masculine), reader.analyser
    ):
        return feminine, masculine
    nouns = [source[start:end] for start, end in person_noun_spans(source)]
    nouns += [SPEAKER] if speaker_span(source) else []
    for base, gender in ((feminine, Gender.MASCULINE), (masculine, Gender.FEMININE)):
        other = reader.rewrite(text(base), nouns, gender)
        if other is not None and markup:
            other = carry_rewrite(base, other)
        if other is None:
            continue
        pair = (base, other) if gender is Gender.MASCULINE else (other, base)
        if differ_only_in_gender(text(pair[0]), text(pair[1]), reader.analyser):
            return pair
    return None


def differ_only_in_gender(feminine: str, masculine: str, analyser: Analyser) -> bool:
    """True when the two translations have the same words except gender-inflected forms of one lemma."""
    left, right = analyser.analyse(feminine), analyser.analyse(masculine)
    if len(left) != len(right):
        return False
    differences = 0
    for a, b in zip(left, right, strict=True):
        if a.surface.lower() == b.surface.lower():
            continue
        shared = {x.lemma.lower() for x in a.analyses} & {y.lemma.lower() for y in b.analyses}
        genders_a = {x.gender for x in a.analyses if x.lemma.lower() in shared}
        genders_b = {y.gender for y in b.analyses if y.lemma.lower() in shared}
        if not shared or not ({"f"} <= genders_a and {"m"} <= genders_b):
            return False
        differences += 1
    return differences > 0
