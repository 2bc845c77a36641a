"""A biography's nationality after all the occupations it qualifies, as Spanish writes it.

'X was a German composer and pianist' comes back as 'un compositor alemán y pianista' or 'un alemán
compositor'; Spanish has 'un compositor y pianista alemán'. The occupations may run to the end of the sentence
or stop where a relative clause or an apposition begins ('a French singer and songwriter, known for her
chansons', 'a Spanish novelist and essayist associated with the Generation of '36').
"""

from __future__ import annotations

import re

from mt_core.demonyms import (
    AFRO,
    ANY_NATIONALITY,
    BIRTHPLACES,
    DEMONYM_KEYS,
    DEMONYMS,
    demonym_forms,
    like_demonym,
    spanish_demonym_form,
)
from mt_core.morphology import Analyser
from mt_core.place_names import EXONYMS

#: Words that end a list of occupations ('a Danish physicist who made', 'an American sculptor of').
_NOT_OCCUPATIONS = frozenset(
    """a an the of in on at for from by with to as who whom whose which that known best born his her its their
    is was are were has had have be been he she it they later also then now still often mainly chiefly""".split()
)
_DEMONYM = "|".join(DEMONYMS)
#: What may follow the occupations in the source, and where it begins in the translation: a relative clause
#: ('que'), an apposition after a comma, or a participle ('conocida por', 'asociado con').
_TAILS = {
    "who": (re.compile(r"\s+who\b"), re.compile(r"\s+(?:que|quien|quienes)\b")),
    "comma": (
        re.compile(
            r",\s+(?:best|well|widely|known|born|one|the|a|an|who|whose|considered|regarded|often|noted|famous|now|"
            r"later|mainly|chiefly|primarily)\b"
        ),
        re.compile(","),
    ),
    "known": (
        re.compile(r"\s+(?:best\s+|well\s+|widely\s+)?known\b"),
        re.compile(r",?\s+(?:(?:más|mejor|muy|\w+mente)\s+)?conocid[oa]s?\b"),
    ),
    "associated": (re.compile(r"\s+associated\b"), re.compile(r"\s+asociad[oa]s?\b")),
}
#: Where a list of occupations ends before the sentence does.
SOURCE_TAIL = "|".join(source.pattern for source, _ in _TAILS.values())
#: After a linking verb or a comma, a nationality (or two: 'a British-Jamaican nurse'), then the occupations it
#: qualifies, running to the end of the sentence or to one of the _TAILS: 'was a German composer and pianist.',
#: 'is a prominent American orator, abolitionist and suffragist.' ('about a hundred Roman pounds.' is no
#: biography).
_OCCUPATIONS = re.compile(
    r"(?:\b(?:is|was|are|were|became|becomes|remains|remained)|,)\s+"
    rf"(?:[Aa]n?)\s+(?:[a-z-]+\s+)*?(?:(?:{_DEMONYM})-born\s+)?(?:({_DEMONYM})-)?({_DEMONYM})\s+"
    # (a school or a faith after the nationality stays where the model put it: 'an Argentine Marxist
    # revolutionary')
    rf"(?:(?:{_DEMONYM})\s+)?"
    r"([a-z][a-z-]*(?:,?\s+[a-z][a-z-]*)*?)"
    rf"(\s*[.!]?\s*$|{SOURCE_TAIL})"
)
_OCCUPATIONS_OPENED = re.compile(r"\b([Uu]na?)\s+([^.;:()¿?!«»\"]+?)\s*([.!]?)\s*$")
_OPENING_ARTICLE = re.compile(r"\b[Uu]na?\b")
_LISTED_ARTICLE = re.compile(r"(\s[ye]\s)(?:la|el)\s(?=[a-záéíóúñ])")
#: Another word Spanish has for a nationality, which the model may have written and which stays.
_OTHER_NAMES = {"neerlandés": ("holandés",)}


class NationalityAfterOccupations:
    """The nationality after the occupations it qualifies, all of them: the model puts it after the first
    ('un compositor alemán y pianista') or before it ('un estadounidense geóloga'), and Spanish writes
    'un compositor y pianista alemán', in the article's gender; one it left out is written there too. It runs
    after the gender rewrite, which re-inflects a nationality next to its noun."""

    name = "nationality after the occupations"
    after_gender = True
    keys = DEMONYM_KEYS

    def __init__(self, analyser: Analyser | None = None) -> None:
        #: Finds the word the model invented for a nationality it did not know ('un político decuestado').
        self.analyser = analyser

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        match = _OCCUPATIONS.search(source)
        if match is None or any(word in _NOT_OCCUPATIONS for word in re.findall(r"[a-z-]+", match.group(3))):
            return text
        end = _end_of_occupations(match, text)
        if end is None:
            return text
        head, tail = text[:end], text[end:]
        opening = _OPENING_ARTICLE.search(head)
        if opening is not None and not (skip is not None and skip.search(head)):
            # the source lists its occupations without articles: 'pintora surrealista y la novelista' drops 'la'
            head = head[: opening.end()] + _LISTED_ARTICLE.sub(r"\1", head[opening.end() :])
            text = head + tail
        lemma = DEMONYMS[match.group(2)]
        lemmas = (lemma, *_OTHER_NAMES.get(lemma, ()))
        forms = frozenset().union(*(demonym_forms(each) for each in lemmas))
        written = "|".join(sorted(forms, key=len, reverse=True))
        found = re.search(
            rf"\b([Uu]na?)\s+((?:[^\s.;:()]+\s+){{0,4}}?)((?:[a-záéíóúñ]+-)?(?:{written}))"
            r"(?![\w-])((?:,\s*|\s+)[^.;:()¿?!«»\"]*?)((?:\s+nacid[oa]s?\s+en\s+[^.;:,()]+?)?)\s*([.!]?)\s*$",
            head,
        )
        if found is None:
            written_in = _with_missing_nationality(match, head, tail, skip, self.analyser)
            # one written where a garbled copy stood goes after the occupations too
            return written_in if written_in == text else self.apply(source, written_in, skip)
        if not found.group(4).strip(" ,"):
            return text
        if skip is not None and skip.search(head, found.start(), found.end()):
            return text  # a tag among the words moved
        article, before, after = found.group(1), found.group(2).rstrip(), found.group(4)
        if not before and after.lstrip().startswith(","):
            return text
        occupations = _school_after_noun(match, (before + after).strip(" ,"))
        if before and not re.search(r"\s[ye]\s", f" {occupations} "):
            return text  # 'un pintor español surrealista': one occupation, its nationality already after it
        first = found.group(3).rpartition("-")[0]  # the first of two nationalities ('británico-jamaicana')
        written_lemma = next((each for each in lemmas if re.search(rf"\b{each[:-1]}", found.group(3))), lemma)
        nationality = spanish_demonym_form(written_lemma, _occupations_gender(article, occupations), False)
        nationality = f"{first}-{nationality}" if first else nationality
        # a birthplace stays last: 'una actriz e inventora estadounidense nacida en Austria'
        moved = f"{head[: found.start()]}{article} {occupations} {nationality}{found.group(5)}{found.group(6)}"
        return moved + tail


#: Feminine endings of person nouns, which outweigh an article the gender rewrite has yet to mend ('un abadesa,
#: compositora y escritora').
_FEMININE_PERSON = re.compile(r"(?:ora|esa|triz|ina|era|óloga|ica)$")


def _occupations_gender(article: str, occupations: str) -> str:
    last = occupations.split()[-1] if occupations.split() else ""
    return "f" if article.lower() == "una" or _FEMININE_PERSON.search(last) else "m"


def _school_after_noun(match: re.Match[str], occupations: str) -> str:
    """A school the source names after the nationality, which the model put before the noun, after it: 'un
    barroco compositor' → 'un compositor barroco'."""
    school = match.string[match.end(2) : match.start(3)].strip()
    words = occupations.split(" ", 2)
    noun = re.fullmatch(r"([a-záéíóúñ]+)(,?)", words[1]) if len(words) > 1 else None
    if not school or noun is None or words[0] not in demonym_forms(DEMONYMS[school]):
        return occupations
    return " ".join([f"{noun.group(1)} {words[0]}{noun.group(2)}", *words[2:]])


def _end_of_occupations(match: re.Match[str], text: str) -> int | None:
    """Where the occupations end in the translation: its end, or where the source's tail begins in it. After
    a comma, the tail's comma is the first after the opening article that the source's occupations do not
    have ('una novelista, poeta y periodista, conocida por'); None where the translation lacks it."""
    tail = match.group(4)
    if not tail.strip(" .!"):
        return len(text)
    opening = _OPENING_ARTICLE.search(text)
    if opening is None:
        return None
    kind = next(kind for kind, (source, _) in _TAILS.items() if source.match(tail))
    if kind == "comma":
        commas = [index for index in range(opening.end(), len(text)) if text[index] == ","]
        listed = match.group(3).count(",")
        return commas[listed] if len(commas) > listed else None
    found = _TAILS[kind][1].search(text, opening.end())
    return found.start() if found else None


def _with_missing_nationality(
    match: re.Match[str], head: str, tail: str, skip: re.Pattern[str] | None, analyser: Analyser | None = None
) -> str:
    """The nationality the model left out ('una historiadora y filósofa.' for 'a German-American historian
    and philosopher.'), written after the occupations, where the translation has no nationality at all."""
    # a school or faith the source names after the nationality ('an Argentine Marxist') is no nationality here
    school = match.string[match.end(2) : match.start(3)].strip()
    schools = demonym_forms(DEMONYMS[school]) if school else set()
    words = re.findall(r"[a-záéíóúñ]+", head.lower())
    if any(word in ANY_NATIONALITY and word not in schools for word in words):
        return head + tail
    first, second = match.group(1), match.group(2)
    opened = _OCCUPATIONS_OPENED.search(head)
    gender = "f" if opened is not None and opened.group(1).lower() == "una" else "m"
    # a copy, a garbled one or a misspelling is written right where it stands ('un viajero marquíco' → 'marroquí',
    # 'un Israeli cristalógrafa' → 'israelí')
    garbled = next(
        (m for m in re.finditer(r"[A-Za-záéíóúñ]+", head) if like_demonym(m.group().lower(), second)),
        None,
    )
    if garbled is not None and not first and not (skip and skip.search(head, garbled.start(), garbled.end())):
        nationality = spanish_demonym_form(DEMONYMS[second], gender, False)
        return f"{head[: garbled.start()]}{nationality}{head[garbled.end() :]}{tail}"
    # nor a copy of it, nor one elsewhere ('una compositora chilean', 'activista Guatemán')
    words = re.findall(r"[a-záéíóúñ]+", (head + tail).lower())
    if any(word in ANY_NATIONALITY and word not in schools for word in words):
        return head + tail
    stems = {"estadoun", "americ"} if second == "American" else set()
    stems = stems or {second.lower()[:5], DEMONYMS[second][:5]}
    if any(word.startswith(tuple(stems)) or like_demonym(word, second) for word in words):
        return head + tail
    if opened is None or (skip is not None and skip.search(head, opened.start(), opened.end())):
        return head + tail
    if first == "African" and second in AFRO:
        nationality = spanish_demonym_form(AFRO[second], gender, False)
    else:
        nationality = spanish_demonym_form(DEMONYMS[second], gender, False)
        nationality = f"{DEMONYMS[first]}-{nationality}" if first else nationality
    invented = _invented_last_word(opened.group(2), match.group(3), analyser)
    if invented is not None:  # 'un político decuestado' for 'a Rwandan politician': the nationality stood there
        return f"{head[: opened.start(2) + invented]} {nationality}{head[opened.end(2) :]}{tail}"
    return f"{head[: opened.end(2)]} {nationality}{head[opened.end(2) :]}{tail}"


def _invented_last_word(words: str, occupations: str, analyser: Analyser | None) -> int | None:
    """Where the last of the translated occupations' words begins, if it is one no dictionary knows, the model
    having written a word of its own for a nationality it did not know: there is one word more than the
    source's occupations have, and the other words are known. None otherwise."""
    written = words.split()
    if analyser is None or len(written) != len(occupations.split()) + 1 or not written[-1].isalpha():
        return None
    tokens = analyser.analyse(words)
    if len(tokens) != len(written) or tokens[-1].known or not all(t.known for t in tokens[:-1]):
        return None
    return words.rfind(" ", 0, tokens[-1].start)


#: 'a Ukrainian-born Brazilian novelist', which the model reads as 'a Brazilian novelist born in Ukraine'
#: (mt_core/english_input.py).
_BORN_IN = re.compile(rf"\b(?:is|was)\s+an?\s+(?:[a-z-]+\s+)*?({'|'.join(BIRTHPLACES)})-born\s")
_PLACE = r"(?:(?:el|la|los|las)\s+)?[A-Z][\w]*(?:\s+(?:del?\s+)?[A-Z][\w]*)*"


class BirthplaceAfterOccupations:
    """The model drops 'born' from a birthplace after the occupations ('una novelista y cuentista en Ukraine
    brasileña'): 'nacida' goes back before it, in the article's gender, and a nationality after the place goes
    before it; a place the model copied, which the input rewrite wrote and so no known name protected, takes
    its Spanish name ('Ucrania')."""

    name = "birthplace after the occupations"
    after_gender = True
    keys = frozenset(demonym.lower() for demonym in BIRTHPLACES)

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        match = _BORN_IN.search(source)
        opening = _OPENING_ARTICLE.search(text)
        if match is None or opening is None or "nacid" in text or (skip is not None and skip.search(text)):
            return text
        place = BIRTHPLACES[match.group(1)].removeprefix("the ")
        found = re.compile(rf"\s+en\s+({_PLACE})(?:\s+([a-záéíóúñ]+(?:-[a-záéíóúñ]+)?))?").search(text, opening.end())
        if found is None or re.search(r",|\bque\b", text[opening.end() : found.start()]):
            return text
        born = "nacida" if opening.group().lower() == "una" else "nacido"
        written = found.group(1).replace(place, EXONYMS.get(place, place))
        nationality = found.group(2) if found.group(2) and found.group(2) in ANY_NATIONALITY else None
        before = f" {nationality}" if nationality else ""
        after = f" {found.group(2)}" if found.group(2) and not nationality else ""
        return f"{text[: found.start()]}{before} {born} en {written}{after}{text[found.end() :]}"
