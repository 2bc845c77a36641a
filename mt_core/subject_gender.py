"""Who an English person noun is, where the sentence says it: the subject of its linking verb, or the word it
stands in apposition to.

"Her father was a lawyer": the lawyer is the father, whatever 'her' says. "His wife, a former teacher, ...":
the teacher is the wife. "Marie Curie was a Polish physicist and chemist": both nouns are Marie Curie, and
her first name says her gender where no pronoun does (mt_core/first_names.py). Each noun of a coordinated
predicate ("a novelist, essayist, editor and professor") is the subject's too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping

from mt_core.first_names import first_name_genders
from mt_core.gender_lexicon import (
    AMBIGUOUS_PERSON_NOUNS,
    AUXILIARIES,
    FEMININE_WORDS,
    MASCULINE_WORDS,
    gender_evidence,
)
from mt_core.grammar import Gender
from mt_core.person_names import NAME_PARTICLES

Span = tuple[int, int]
_WORD = re.compile(r"[A-Za-z]+")

#: Gender words that name the person they stand for: not the possessives ('her father' is a man).
_SUBJECT_WORDS = (FEMININE_WORDS | MASCULINE_WORDS) - {"her", "hers", "herself", "him", "his", "himself"}
_LINKS = (
    r"is|are|was|were|be|been|became|becomes|become|remained|remains|"
    r"(?:worked|works|served|serves|trained|qualified|acted)\s+as|"
    r"(?:is|was|are|were)\s+(?:(?:often|widely|generally|usually|also|now)\s+)*"
    r"(?:regarded|considered|recognized|recognised|described|remembered)(?:\s+as)?"
)
_ADVERBS = rf"{AUXILIARIES}|later|then|now|previously|formerly|once|briefly|subsequently|eventually"


def _words(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NOUN = _words(AMBIGUOUS_PERSON_NOUNS)
#: Words that end a noun phrase's modifiers: 'was born in a family of doctors' has no predicate noun.
_NOT_MODIFIERS = r"of|in|on|at|to|for|with|by|from|and|or|but|born|a|an|the|his|her|their|its|who|that|which"
#: A word like a person noun that opens a list of them: 'a Cuban nationalist, poet and essayist', 'an American
#: actress, writer and director'.
_LISTED_HEAD = r"[A-Za-z-]+(?:ist|ian|er|or|ess)(?=\s*,\s*[a-z])"
#: The linking verb and its predicate's head noun: auxiliaries and adverbs, an article, four modifiers at most
#: ('was an American former professional tennis player'), nationalities joined by 'and' ('a Spanish and Puerto
#: Rican cellist'), 'track and field' ('a Dutch track and field athlete'). "'s" is 'is' only before an
#: article: 'the king's doctor' is a possessive.
_PREDICATE = (
    rf"(?:\s+(?:{_ADVERBS}))*(?:\s+({_LINKS})\b|'s(?=\s+(?:a|an|the)\b))(?:\s+(?:{_ADVERBS}|already))*"
    rf"(?:\s+(?:a|an|the))?(?:\s+(?!(?:{_NOT_MODIFIERS})\b)[A-Za-z-]+|\s+and\s+[A-Z][a-z]+|\s+track\s+and\s+field){{0,4}}?"
    rf"\s+({_NOUN}|{_LISTED_HEAD})\b(?!')"
)
#: A gender word before a linking verb ('who' between): 'her father was a lawyer', 'my sisters are nurses'.
_COPULAR_CLAUSE = re.compile(rf"\b({_words(_SUBJECT_WORDS)})(?:\s+who)?{_PREDICATE}", re.IGNORECASE)
#: A name before a linking verb: capitalised words (accented too: 'José Martí', 'Wisława Szymborska') and
#: particles ('of' before a place: 'Catherine of Siena'), and a parenthesis such as '(born 1950)'.
_NAME_CLAUSE = re.compile(
    rf"(?<!\w)([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+(?:-[A-Z][a-z]+)?(?:\s+(?:[A-Z][\w'.-]*|{NAME_PARTICLES}|y|of(?=\s+[A-Z]))){{0,4}})"
    r"(?:\s*\([^()]*\)|,\s+(?:nicknamed|known|better\s+known|also\s+known|popularly\s+known|born|née)\b[^,]{1,60},)?"
    rf"{_PREDICATE}"
)
#: A gender word and a person noun in apposition, between commas: 'His wife, a former teacher, founded it'.
_APPOSITION = re.compile(
    rf"\b({_words(_SUBJECT_WORDS)}),\s+(?:a|an)(?:\s+[A-Za-z-]+)?\s+({_NOUN})\s*,",
    re.IGNORECASE,
)
#: A person noun right before a full name, which says who it is: 'the composer Robert Schumann', 'his cousin
#: Maria Barbara Bach', 'President Abraham Lincoln'. The surname must follow: 'the doctor Maria saw' may be
#: the doctor whom Maria saw.
_NAME_APPOSITION = re.compile(rf"\b(?i:({_NOUN}))\s+([A-Z][a-z]+)(?=(?:\s+(?:[A-Z][a-z]+|{NAME_PARTICLES}))*\s+[A-Z])")
#: A person noun and the 'and' or comma that joins it to the next ('the poet and diplomat Paul Claudel').
_COORDINATED_NOUN = re.compile(rf"\b(?i:({_NOUN}))(?:\s*,\s*|\s+and\s+)$")
#: A person noun in apposition after a full name, which it describes: 'the daughter of Jawaharlal Nehru, the
#: first prime minister of India'.
_AFTER_NAME = re.compile(
    rf"\b([A-Z][a-z]+)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.|{NAME_PARTICLES}))*\s+[A-Z][a-z]+,\s+(?:the|a|an)"
    rf"(?:\s+(?!(?:{_NOT_MODIFIERS})\b)[A-Za-z-]+){{0,4}}?\s+({_NOUN})\b(?!')"
)
#: What ends a coordinated subject's first part ('She and her brother are nurses': the group, not the brother;
#: 'and her mother was a nurse' is a clause of its own).
_COORDINATED = re.compile(r"\b(?:and|or|nor)\s+(?:(?:the|my|your|his|her|our|their|a|an)\s+)?$", re.IGNORECASE)
#: The next item of a coordinated predicate: ', essayist', ' and professor', ', and a famous singer'; its head
#: is a person noun or looks like one (-ist, -er, -or, ...) and ends the phrase, else the list has ended ('and
#: later became', 'and the nurse left').
_NEXT_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:a|an|the)\s+)?"
    r"(?:(?!(?:the|my|your|his|her|its|our|their|this|that)\b)[A-Za-z-]+\s+){0,2}?"
    rf"({_NOUN}|[A-Za-z-]+(?:ist|er|or|ian|ant|ent|ess|woman|man)s?|[A-Za-z-]+(?:women|men))\b(?!')"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|of|at|in|on|for|from|with|who|known|based|during|until|since)\b)",
    re.IGNORECASE,
)


#: A relative clause whose verb says the noun before it is another noun too: 'an activist who served as
#: President', 'a nurse who later became a doctor', 'who served as the 26th president'.
_RELATIVE_PREDICATE = re.compile(
    r"\s+(?:,\s*)?who\s+(?:(?:later|then|also|briefly)\s+)?(?:served|worked|became|was|acted|trained|qualified)\s+"
    rf"(?:as\s+)?(?:(?:a|an|the)\s+)?(?:(?!(?:{_NOT_MODIFIERS})\b)[\w-]+\s+){{0,2}}?({_NOUN})\b(?!')",
    re.IGNORECASE,
)


#: What the same person later became: 'a teacher in rural schools before becoming a diplomat', 'a nurse and
#: later became a doctor'. No other person may come between ('until her husband became').
_LATER_PREDICATE = re.compile(
    r"(?:\s+(?!(?:he|she|they|his|her|their|him|them|who|which|that|when|until|while|whose)\b)[a-z]+){0,5}?"
    r"(?:\s+(?:before|after)\s+(?:becoming|serving\s+as|working\s+as)|\s*,?\s+and\s+(?:later\s+|then\s+)?became)"
    rf"\s+(?:(?:a|an|the)\s+)?(?:(?!(?:{_NOT_MODIFIERS})\b)[A-Za-z-]+\s+){{0,2}}?({_NOUN})\b(?!')",
    re.IGNORECASE,
)


def _gender_of(word: str) -> Gender:
    return Gender.FEMININE if word.lower() in FEMININE_WORDS else Gender.MASCULINE


def _with_coordinated(text: str, noun: Span) -> list[Span]:
    """The noun and the person nouns coordinated after it ('physicist and chemist') or named by a relative
    clause after it ('an activist who served as President')."""
    spans, position = [noun] if text[noun[0] : noun[1]].lower() in AMBIGUOUS_PERSON_NOUNS else [], noun[1]
    while (item := _NEXT_ITEM.match(text, position)) is not None:
        if item.group(1).lower() in AMBIGUOUS_PERSON_NOUNS:
            spans.append(item.span(1))
        position = item.end()
    if (relative := _RELATIVE_PREDICATE.match(text, position)) is not None:
        spans.append(relative.span(1))
    elif (later := _LATER_PREDICATE.match(text, position)) is not None:
        spans.append(later.span(1))
    return spans


def _listed_gender(text: str, head: Span) -> Gender | None:
    """The one gender the gendered nouns of a predicate's list say ('a Malian singer, songwriter and actress',
    'a German abbess, writer and composer'), if any: they are one person."""
    words, position = [text[head[0] : head[1]]], head[1]
    while (item := _NEXT_ITEM.match(text, position)) is not None:
        words.append(item.group(1))
        position = item.end()
    genders = {_gender_of(word) for word in words if word.lower() in _SUBJECT_WORDS}
    return genders.pop() if len(genders) == 1 else None


def _named_predicates(text: str) -> Iterator[re.Match[str]]:
    """Each name that is the subject of a linking verb and a person noun, not in a coordinated subject ('Marie
    and Albert were teachers')."""
    for match in _NAME_CLAUSE.finditer(text):
        if not (_COORDINATED.search(text, 0, match.start()) and (match.group(2) or "").lower() in ("are", "were")):
            yield match


def gendered_predicate_genders(text: str) -> dict[Span, Gender]:
    """Person nouns listed with a gendered one as a named subject's predicate, with its gender: 'Oumou Sangaré
    is a Malian singer, songwriter and actress' (no list knows her first name) gives 'singer' the feminine."""
    words = _words_of(text)
    if not (words & _SUBJECT_WORDS and words & AMBIGUOUS_PERSON_NOUNS):
        return {}
    found: dict[Span, Gender] = {}
    for match in _named_predicates(text):
        if (gender := _listed_gender(text, match.span(3))) is not None:
            found |= {span: gender for span in _with_coordinated(text, match.span(3))}
    return found


@functools.lru_cache(maxsize=4096)
def _words_of(text: str) -> frozenset[str]:
    """A sentence's words, which each of this module's readers looks up first (cached: five of them read it)."""
    return frozenset(word.lower() for word in _WORD.findall(text))


def predicate_genders(text: str) -> dict[Span, Gender]:
    """Person nouns that are the predicate of a gendered subject, or in apposition to one, by span, with its
    gender: the copula or the commas say who the noun is, whatever other gender words the sentence holds ('Her
    father was a lawyer', 'His wife, a former teacher, ...')."""
    words = _words_of(text)
    if not (words & _SUBJECT_WORDS and words & AMBIGUOUS_PERSON_NOUNS):  # most sentences: no pattern to run
        return {}
    found = {match.span(2): _gender_of(match.group(1)) for match in _APPOSITION.finditer(text)}
    for match in _COPULAR_CLAUSE.finditer(text):
        if _COORDINATED.search(text, 0, match.start()) and (match.group(2) or "").lower() in ("are", "were"):
            continue
        found |= {span: _gender_of(match.group(1)) for span in _with_coordinated(text, match.span(3))}
    return found


def name_predicate_genders(text: str, names: Mapping[str, Gender]) -> dict[Span, Gender]:
    """Person nouns that are the predicate of a named subject whose first name ``names`` knows, with that
    gender ('Marie Curie was a Polish physicist and chemist'); not for a name in a coordinated subject."""
    if not _words_of(text) & AMBIGUOUS_PERSON_NOUNS:
        return {}
    found: dict[Span, Gender] = {}
    for match in _named_predicates(text):
        gender = names.get(match.group(1).split()[0])  # the first name only: surnames are names too ('Morrison')
        if gender is not None:
            found |= {span: gender for span in _with_coordinated(text, match.span(3))}
    return found


def unknown_name_predicate(text: str, names: Mapping[str, Gender]) -> list[Span]:
    """The person nouns of a sentence that are all one named subject's predicate, where ``names`` does not know
    the first name ('Akira Kurosawa was a Japanese film director and screenwriter'); empty unless there are two
    or more and no other person noun: they are one person, of one gender, whichever it is."""
    if not _words_of(text) & AMBIGUOUS_PERSON_NOUNS:
        return []
    groups = [
        _with_coordinated(text, match.span(3))
        for match in _named_predicates(text)
        if names.get(match.group(1).split()[0]) is None
    ]
    if len(groups) != 1 or len(groups[0]) < 2:
        return []
    return groups[0]


#: Titles that open a name and say its gender as a first name does ('the poet Lord Byron').
_TITLE_GENDERS = {"Lord": Gender.MASCULINE, "Sir": Gender.MASCULINE, "Lady": Gender.FEMININE, "Dame": Gender.FEMININE}


def name_apposition_genders(text: str, names: Mapping[str, Gender]) -> dict[Span, Gender]:
    """Person nouns right before a full name whose first name ``names`` knows, with that gender: the noun is
    that person, whatever the sentence's other gender words say ('She married the composer Robert Schumann')."""
    found: dict[Span, Gender] = {}
    if not _words_of(text) & AMBIGUOUS_PERSON_NOUNS:  # most sentences: the long pattern need not run
        return found
    for match in _NAME_APPOSITION.finditer(text):
        if (gender := names.get(match.group(2), _TITLE_GENDERS.get(match.group(2)))) is not None:
            found[match.span(1)] = gender
            start = match.start(1)  # and the nouns coordinated before it: 'the poet and diplomat Paul Claudel'
            while (before := _COORDINATED_NOUN.search(text, 0, start)) is not None:
                found[before.span(1)] = gender
                start = before.start(1)
    for span, first in nouns_after_names(text, names):
        if (gender := names.get(first, _TITLE_GENDERS.get(first))) is not None:
            found.setdefault(span, gender)
    return found


def nouns_after_names(text: str, names: Mapping[str, Gender]) -> list[tuple[Span, str]]:
    """Person nouns in apposition after a full name, with the name's first word: the noun is that person, not
    the sentence's 'she' ('She was the daughter of Jawaharlal Nehru, the first prime minister'). A text's
    first words are a name only where the first is a first name of ``names``: 'In Paris, the doctor' is none."""
    found = []
    for match in _AFTER_NAME.finditer(text):
        opens = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in '.!?:;"“(«'
        if not opens or match.group(1) in names or match.group(1) in _TITLE_GENDERS:
            found.append((match.span(2), match.group(1)))
    return found


#: A phrase before the subject, up to its comma: 'Born in Lagos, Chimamanda Adichie is a writer'.
_OPENING_PHRASE = re.compile(r"^(?:[A-Z][^,.;:!?]{0,60}),\s+(?=[A-Z])")


def subject_name(text: str) -> str | None:
    """The name a sentence opens with where it is the subject of a linking verb and a person noun ('Benazir
    Bhutto was a Pakistani politician'): whose gender the text's next sentence may tell (mt_core/text_gender.py)."""
    found = _NAME_CLAUSE.match(_OPENING_PHRASE.sub("", text.lstrip(), count=1))
    return found.group(1) if found else None


#: A person noun that opens a sentence as the subject of a linking verb and a person noun: 'The new director is
#: a chemist', 'My friend was a nurse'.
_NOUN_SUBJECT_CLAUSE = re.compile(
    rf"\s*(?:the|my|our|your|their|this|that|a|an)\s+(?:(?!(?:{_NOT_MODIFIERS})\b)[A-Za-z-]+\s+){{0,3}}?"
    rf"({_NOUN})\b(?!'){_PREDICATE}",
    re.IGNORECASE,
)


def copular_subject_spans(text: str) -> list[Span]:
    """The subject noun and its predicate's nouns, where a person noun opening the sentence is linked to
    others: they are one person, whose gender the text's next sentence may tell (mt_core/text_gender.py)."""
    found = _NOUN_SUBJECT_CLAUSE.match(text)
    if found is None or found.group(1).lower() not in AMBIGUOUS_PERSON_NOUNS:
        return []
    return [found.span(1), *_with_coordinated(text, found.span(3))]


#: A first name opening a sentence, before a capitalised word or a particle ('Leonardo da Vinci').
_OPENING_FIRST_NAME = re.compile(rf"\s*([A-ZÀ-Þ][a-zß-ÿ]+)\s+(?:[A-Z]|(?:{NAME_PARTICLES}|of)\s+[A-Z])")


def sentence_person_gender(source: str) -> Gender | None:
    """The sentence's one person's gender: its gender words', else the first name's opening it ('Leonardo da
    Vinci ... was active as a painter'); None where neither gives one gender."""
    evidence = gender_evidence(source)
    if len(evidence) == 1:
        return evidence.pop()
    opening = _OPENING_FIRST_NAME.match(source)
    return first_name_genders().get(opening.group(1)) if opening and not evidence else None
