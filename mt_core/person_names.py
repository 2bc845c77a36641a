"""People's names, kept from the model: it translates the words they are made of.

'Rosa Parks' came back as 'Rosa Parques', 'Martin Luther King Jr.' as 'Martin Luther Rey Jr.', 'Vincent van
Gogh' as 'Vincent Furgoneta Gogh'. A name that opens with a first name whose gender is not in doubt
(mt_core/first_names.py) and goes on with capitalised words is protected like a date (mt_core/dates.py): a
void placeholder whose text is the name as written. Only such names: 'New York' or 'United States' are
translated, and 'Virginia University' is an institution, not a person.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Mapping

from mt_core.first_names import first_name_genders
from mt_core.grammar import Gender
from mt_core.morphology import Analyser, english_analyser

#: Spans of the people's names of a text, with the text each placeholder stands for.
NameFinder = Callable[[str], list[tuple[int, int, str]]]

#: Words that make a capitalised run an institution or a place named after a person, which Spanish translates.
_NOT_A_PERSON = frozenset(
    """University College School Street Station Park River Lake Mountain Mountains Island Islands County State
    City Hall Church Cathedral Museum Hospital Garden Gardens Square Bridge Road Avenue Institute Academy
    Company Corporation Prize Award Awards Medal Foundation Society Party Army Navy Republic Kingdom Empire Bay
    Sea Ocean Valley Airport Center Centre Library Theatre Theater Stadium Festival Trophy Cup Tower Palace
    Castle House Day Law Act Memorial Fund Trust Building Hotel Studios Records Press Plan Doctrine""".split()
)
#: The small words inside people's names ('Vincent van Gogh', 'Simone de Beauvoir'), as a regex alternation;
#: the name patterns of subject_gender.py and phrase_repair.py use them too.
NAME_PARTICLES = "de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|ibn|al"
#: Latin letters with their accents: 'César Chávez', 'José Martí'; after a name's first two letters any letter
#: ('Skłodowska', 'McDonald').
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WORD = rf"(?!(?:Jr|Sr)\b)[{_UPPER}][{_LOWER}][^\W\d_]*(?:-[{_UPPER}][^\W\d_]+)?(?!\w)"
_NAME = re.compile(
    rf"\b([{_UPPER}][{_LOWER}]+)((?:\s+(?:[A-Z]\.|{_WORD}|{NAME_PARTICLES}))*"
    rf"\s+{_WORD}(?:,?\s+(?:Jr|Sr)\.)?)"
)


def person_name_spans(
    text: str, names: Mapping[str, Gender], is_name: Callable[[str], bool] = lambda word: True
) -> list[tuple[int, int, str]]:
    """Each full name of ``text`` that opens with a first name in ``names`` which ``is_name`` accepts, with its
    text (kept as written)."""
    found = []
    for match in _NAME.finditer(text):
        first, rest = match.group(1), match.group(2)
        if first not in names or any(word.strip(",.") in _NOT_A_PERSON for word in rest.split()):
            continue
        if not is_name(first):
            continue
        found.append((match.start(), match.end(), match.group()))
    return found


class EnglishFirstNames:
    """A first name of the list that English uses as nothing else: Apertium's English analyser reads it as a
    person's name only. The list holds 'General', 'Edit' and 'Roman' too, which open 'General Glossary',
    'Edit Template' and 'Roman Sol'. A listed name with accents the analyser does not know ('César') counts."""

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser
        self._known: dict[str, bool] = {}
        self._unknown: dict[str, bool] = {}
        self._lock = threading.Lock()

    def unknown(self, word: str) -> bool:
        """A word the English analyser does not know at all ('Malala', 'Yousafzai')."""
        with self._lock:
            if word not in self._unknown:
                self._unknown[word] = not any(token.analyses for token in self.analyser.analyse(word))
            return self._unknown[word]

    def __call__(self, word: str) -> bool:
        with self._lock:
            if word not in self._known:
                kinds = {a.tags[:2] for token in self.analyser.analyse(word) for a in token.analyses}
                # a name with accents English does not write ('César') is no English word either
                foreign = not kinds and not word.isascii()
                self._known[word] = (("np", "ant") in kinds or foreign) and not kinds & _COMMON_WORDS
            return self._known[word]


#: Readings that make a first name an English word too ('Will', 'Mark', 'Roman', 'General').
_COMMON_WORDS = {("adj",), ("vblex", "inf"), ("vblex", "pres"), ("vaux", "inf"), ("adv",), ("pr",), ("det",)}


def name_finder_for(source_lang: str) -> NameFinder | None:
    """The name finder for a source language: English sources, where the first-name list and Apertium's English
    analyser are installed."""
    names = first_name_genders() if source_lang == "en" else {}
    if not names:
        return None
    try:
        is_name = english_first_names()
    except FileNotFoundError:
        return None

    def find(text: str) -> list[tuple[int, int, str]]:
        found = person_name_spans(text, names, is_name)
        return found or unknown_name_spans(text, is_name.unknown, is_name)

    return find


#: Two or three capitalised words opening a biography's sentence: 'Malala Yousafzai is a', which the model had
#: cut to 'Mala Yousafzai' ('mala' is 'bad'), 'Yaa Asantewaa was the' ('Ya Asantewaa'), or before a verb in the past
#: ('Tenzing Norgay reached', which came back as 'La griegozzing alcanzó'). Not 'Jesus Christ is the Lord': the
#: model knows the Bible's names.
_OPENING_NAME = re.compile(
    rf"^\s*({_WORD}(?:\s+(?:(?:{NAME_PARTICLES})\s+)?{_WORD}){{1,3}})"
    r"(?=\s+(?:is|was)\s+(?:an?|the)\s|\s+[a-z]+ed\s|\s+\(|,\s+(?:nicknamed|known|better\s+known|also\s+known)\b)"
)
#: One word English does not know, with a letter English does not write, opening a biography's sentence:
#: 'Pelé is widely regarded as', which came back as 'La foto es'.
_OPENING_SINGLE_NAME = re.compile(r"^\s*([A-ZÀ-Þ][^\W\d_]*[À-ÿ][^\W\d_]*)(?=\s+(?:is|was|has|had)\b)")


#: A name whose given name is written in syllables joined by a hyphen, opening a sentence: 'Sun Yat-sen', which
#: came back as 'Sol Yat-sen', 'Chiang Kai-shek', 'Kim Dae-jung'.
_SYLLABIC_NAME = re.compile(r"^\s*((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]{1,6}-[a-z]{2,6})(?![\w-])")


def unknown_name_spans(
    text: str, unknown: Callable[[str], bool], is_first_name: Callable[[str], bool] = lambda word: False
) -> list[tuple[int, int, str]]:
    """A full name opening the sentence whose every word English does not know, but the first, which may be
    a first name of no certain gender ('Tarsila do Amaral', which came back as 'Tarsila Amaral'): a person the
    first-name list lacks, kept as written like the others."""
    if (syllabic := _SYLLABIC_NAME.match(text)) is not None:
        return [(syllabic.start(1), syllabic.end(1), syllabic.group(1))]
    match = _OPENING_NAME.match(text)
    if match is None and (single := _OPENING_SINGLE_NAME.match(text)) is not None and unknown(single.group(1)):
        return [(single.start(1), single.end(1), single.group(1))]
    words = [word for word in match.group(1).split() if word[:1].isupper()] if match else []
    if match is None or not (unknown(words[0]) or is_first_name(words[0])) or not all(map(unknown, words[1:])):
        return []
    return [(match.start(1), match.end(1), match.group(1))]


@functools.cache
def english_first_names() -> EnglishFirstNames:
    """One reader for every pipeline of the process (a pipeline per test otherwise kept an analyser each)."""
    return EnglishFirstNames(english_analyser())
