"""Fallbacks that make a translation honour its gender hints, after n-best reranking.

Two problems remain once the model has spoken. The hinted noun can be missing
from the output altogether (a small model paraphrases or garbles rare
occupations), so no gender can be read or fixed; or it is there in the wrong
gender. The first becomes a required term, the dictionary translation
inflected for the hint, so the terminology fallbacks (annotation, placeholder
and prefix forcing) put it in. The second is re-inflected with its agreeing
words (mt_core/gender_rewrite.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from mt_core.agreement import determiner_in_gender
from mt_core.first_names import first_name_genders
from mt_core.gender import GenderReader, NounHint, honour_hints
from mt_core.gender_lexicon import (
    FEMININE_WORDS,
    MASCULINE_WORDS,
    PERSON_WORDS,
    PRONOUNS_AND_TITLES,
    gender_evidence,
    person_noun_spans,
)
from mt_core.grammar import Gender
from mt_core.pronoun_gender import PRONOUN, SOLE_SPEAKER, sole_predicate_subject
from mt_core.speaker_gender import SPEAKER
from mt_core.subject_gender import sentence_person_gender, unknown_name_predicate
from mt_core.terminology import GENDER_TERM_ORIGIN, TermMatch, term_held

if TYPE_CHECKING:
    from mt_core.pipeline_steps import PreparedTexts, Selection

__all__ = ["GENDER_TERM_ORIGIN", "add_gender_terms", "reinflect", "write_copied_person_nouns"]


def add_gender_terms(reader: GenderReader, prepared: PreparedTexts, selections: Sequence[Selection]) -> list[int]:
    """Make each hinted noun the translation lost a required term; returns the sentences that got one."""
    changed = []
    for index, selection in enumerate(selections):
        terms = prepared.terms[index]
        added = []
        for position, (hint, found) in enumerate(zip(prepared.genders[index], selection.genders_found, strict=True)):
            if found is not None or any(hint.start < t.end and t.start < hint.end for t in terms):
                continue
            form = reader.noun_form(hint.source, hint.gender)
            if form is None:
                continue
            written = write_copied_noun(prepared.sources[index], hint.source, form, selection.text)
            if written is not None:
                selection.text = written
                selection.genders_found[position] = reader.read(hint.source, written)
                continue
            added.append(TermMatch(hint.start, hint.end, hint.source, form, GENDER_TERM_ORIGIN))
        if added:
            prepared.terms[index] = sorted(terms + added, key=lambda term: term.start)
            # The terms already checked keep their verdict (which may have read the attention); the new ones
            # are checked in the text.
            verdicts = dict(zip(map(id, terms), selection.present, strict=True))
            selection.present[:] = [
                verdicts.get(id(t), term_held(t.target, t.origin, selection.text)) for t in prepared.terms[index]
            ]
            changed.append(index)
    return changed


def write_copied_noun(source: str, noun: str, form: str, text: str) -> str | None:
    """``text`` with the English ``noun`` the model left as it was written as the Spanish ``form``, or None.

    Writing the noun in place keeps every other word, where decoding again with the noun as a term lost some
    ('a German pianist' lost 'German'). A nationality the model put before the unknown noun goes after it, as
    Spanish has it: 'un alemán pianist' → 'un pianista alemán'.
    """
    copied = re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", text, re.IGNORECASE)
    if copied is None:
        return None
    form = form[:1].upper() + form[1:] if copied.group()[:1].isupper() else form
    before, after = text[: copied.start()], text[copied.end() :]
    nationality = re.search(rf"\b[A-Z][a-z]+\s+(?i:{re.escape(noun)})\b", source)
    moved = re.search(r"\b(?:un|una|el|la) ([a-záéíóúñ]+(?:-[a-záéíóúñ]+)?) $", before)
    if nationality and moved:
        return f"{before[: moved.start(1)]}{form} {moved.group(1)}{after}"
    return before + form + after


def agree_with_subject(reader: GenderReader, source: str, text: str, speaker: Gender | None = None) -> str:
    """``text`` with the predicate of the source's one linking verb in its subject's gender, where that subject
    is 'she' or 'he' (mt_core/pronoun_gender.py), or the speaker with a gender requested (``speaker``)."""
    subject = sole_predicate_subject(source)
    if subject in ("she", "he"):
        gender = Gender.FEMININE if subject == "she" else Gender.MASCULINE
        return reader.rewrite(text, [PRONOUN], gender) or text
    if subject == "i" and speaker is not None:
        return reader.rewrite(text, [SOLE_SPEAKER], speaker) or text
    return text


def harmonise_one_person(reader: GenderReader, source: str, text: str) -> str:
    """``text`` with its person nouns in one gender, where the source's are all one person's whose gender no
    word gives (mt_core/person_harmony.py): 'un director de cine y escritora' is no one."""
    nouns = unknown_name_predicate(source, first_name_genders())
    if not nouns or {span for span in person_noun_spans(source)} - set(nouns) or gender_evidence(source):
        return text
    return reader.harmonise(text) or text


def reinflect(reader: GenderReader, prepared: PreparedTexts, selections: list[Selection]) -> None:
    """Re-inflect what the model got wrong, and repair disagreeing articles, never at the cost of a required
    term."""
    for index, selection in enumerate(selections):
        speaker = next((h.gender for h in prepared.genders[index] if h.source == SPEAKER), None)
        agreeing = agree_with_subject(reader, prepared.sources[index], selection.text, speaker)
        if agreeing != selection.text and sum(
            term_held(t.target, t.origin, agreeing) for t in prepared.terms[index]
        ) >= sum(selection.present):
            found = [reader.read(h.source, agreeing) for h in prepared.genders[index]]  # read again, not assumed
            selections[index] = selection = replace(selection, text=agreeing, genders_found=found)
        hints = prepared.genders[index]
        if not hints:
            harmonised = harmonise_one_person(reader, prepared.sources[index], selection.text)
            if harmonised != selection.text and sum(
                term_held(t.target, t.origin, harmonised) for t in prepared.terms[index]
            ) >= sum(selection.present):
                selections[index] = selection = replace(selection, text=harmonised)
        if hints and len(selection.genders_found) == len(hints) and None in selection.genders_found:
            # the repairs before this may have made a noun readable: 'Era un Kenyan activista.' → 'un activista
            # keniano'
            selection.genders_found = [
                found if found is not None else reader.read(hint.source, selection.text)
                for hint, found in zip(hints, selection.genders_found, strict=True)
            ]
        if all(found is None for found in selection.genders_found):
            continue
        text, found = honour_hints(reader, selection.text, hints, selection.genders_found)
        present = [term_held(t.target, t.origin, text) for t in prepared.terms[index]]
        if text != selection.text and sum(present) >= sum(selection.present):
            selections[index] = replace(selection, text=text, present=present, genders_found=found)


#: Determiners whose gender a copied noun takes: 'un Jamaican retirado sprinter' is a man.
_DETERMINER_GENDERS = {
    **dict.fromkeys(
        ("un", "el", "del", "al", "este", "ese", "aquel", "los", "unos", "estos", "esos"), Gender.MASCULINE
    ),
    **dict.fromkeys(("una", "la", "esta", "esa", "aquella", "las", "unas", "estas", "esas"), Gender.FEMININE),
}
_LETTERS = re.compile(r"[a-z]+")


def write_copied_person_nouns(reader: GenderReader, source: str, text: str, hints: Sequence[NounHint]) -> str:
    """``text`` with each English person noun the model copied ('y businesswoman', 'un Jamaican retirado
    sprinter') written in Spanish, in its hint's gender, its own ('businesswoman'), that of a determiner up
    to three words before it, or of the article opening the list it stands in; else it is left. A copy that is
    a Spanish word too ('director') is no copy, and one the model also translated is dropped."""
    if PERSON_WORDS.isdisjoint(_LETTERS.findall(source.lower())):  # most sentences: no person noun at all
        return text
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    # a capitalised word inside the sentence is a name's ('Martin Luther King Jr.' keeps its 'King')
    source_words = [
        m for m in re.finditer(r"[A-Za-z]+", source) if m.group().islower() or not source[: m.start()].strip()
    ]
    copied = [
        m.group() for m in source_words if m.group().lower() in words and m.group().lower() not in PRONOUNS_AND_TITLES
    ]
    nouns = [w for w in copied if w.lower() in PERSON_WORDS]
    for noun in dict.fromkeys(nouns):
        if any(t.analyses for t in reader.analyser.analyse(noun.lower())):
            continue
        gender = next((h.gender for h in hints if h.source.lower() == noun.lower()), None)
        gender = gender or _own_gender(noun.lower())
        from_determiner = gender is None and _determiner_gender(noun, text) is not None
        gender = gender or _determiner_gender(noun, text) or _hints_gender(hints)
        gender = gender or sentence_person_gender(source)
        # else the article that opens the list it stands in: 'un revolucionario marxista, physician, autor'
        if gender is None and _listed(noun, source, text):
            gender = _determiner_gender(noun, text, _LIST_WORDS)
        either = [f for g in Gender if (f := reader.noun_form(noun, g))]
        # a noun of one form for both ('pianista') needs no gender
        form = reader.noun_form(noun, gender) if gender else either[0] if len(set(either)) == 1 else None
        if form and form.lower() == noun.lower():
            continue
        if any(_holds_word(text, f) for f in either) and len(re.findall(rf"\b{re.escape(noun)}\b", source, re.I)) == 1:
            # 'un nadadora competitivo americano swimmer': the model wrote the noun and copied it too
            # with the brackets it may stand in: 'el editor (publisher)'
            duplicate = rf"(?:\s*\((?i:{re.escape(noun)})\)|\s*(?<!\w)(?i:{re.escape(noun)})(?!\w))"
            text = re.sub(duplicate, "", text, count=1)
            continue
        while form and (written := write_copied_noun(source, noun, form, text)) is not None:
            text = written
        if form and gender is not None and not from_determiner:
            # 'un nun' → 'una monja', not 'un monja', for the words after it to agree
            text = _article_in_gender(text, form, gender)
    return text


def _article_in_gender(text: str, noun: str, gender: Gender) -> str:
    """The article right before ``noun`` in ``gender``."""
    written = "f" if gender is Gender.FEMININE else "m"
    return re.sub(
        rf"\b([Uu]na?|[Ee]l|[Ll]a)(?=\s+{re.escape(noun)}\b)", lambda m: determiner_in_gender(m.group(1), written), text
    )


#: How far back the article opening a list of occupations may stand.
_LIST_WORDS = 12
_LISTED_NOUN = r"(?:,|\band)\s+{}\b(?![/-])"


def _listed(noun: str, source: str, text: str) -> bool:
    """The source lists the noun after others ('revolutionary, physician, author'), and the translation has the
    copy as a word of its own (not 'client/server')."""
    listed = re.search(_LISTED_NOUN.format(re.escape(noun)), source, re.IGNORECASE)
    alone = re.search(rf"(?<![\w/-]){re.escape(noun)}(?![\w/-])", text, re.IGNORECASE)
    return listed is not None and alone is not None


def _holds_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _hints_gender(hints: Sequence[NounHint]) -> Gender | None:
    """The one gender of the sentence's hints: 'a painter, draughtsman and engineer' are one man's."""
    genders = {hint.gender for hint in hints}
    return genders.pop() if len(genders) == 1 else None


def _own_gender(noun: str) -> Gender | None:
    return Gender.FEMININE if noun in FEMININE_WORDS else Gender.MASCULINE if noun in MASCULINE_WORDS else None


def _determiner_gender(noun: str, text: str, words: int = 3) -> Gender | None:
    """The gender of the determiner nearest before the noun's first copy, ``words`` back at most."""
    found = re.search(rf"((?:\S+\s+){{0,{words}}}){re.escape(noun)}\b", text, re.IGNORECASE)
    before = reversed(found.group(1).lower().split()) if found else []
    return next((_DETERMINER_GENDERS[w] for w in before if w in _DETERMINER_GENDERS), None)
