"""A text's sentences tell each other's gender.

"Benazir Bhutto was a Pakistani politician. She was the first woman to lead ..." came back as 'un político': the
first sentence has no gender word, and the list of first names (mt_core/first_names.py) does not know 'Benazir'.
In running text a sentence that opens with 'She' or 'Her' speaks of the person the sentence before it was about,
so that sentence's person takes the pronoun's gender: a name that is its subject (and the name's later uses in
the text, 'Bhutto was elected ...'), or its one person noun ('The new director is a chemist. She studied ...').
Only an opening pronoun is read, and only for a sentence with no gender word of its own: 'Her father was a
lawyer. She ...' keeps the father's gender, and 'The doctor told the nurse. She ...' stays the model's call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from mt_core.casing import is_shouted, sentence_case
from mt_core.first_names import first_name_genders
from mt_core.gender_lexicon import FEMININE_WORDS, gender_evidence, person_noun_spans
from mt_core.grammar import Gender
from mt_core.person_names import NAME_PARTICLES
from mt_core.segmentation import Segment
from mt_core.subject_gender import subject_name

#: A sentence's opening pronoun, after an opening phrase at most ('In 1975, she became ...'): the subject, or
#: a possessive ('Her novels have been translated ...').
_OPENING_PRONOUN = re.compile(r"\s*(?:([^,.;:!?\"“«()]{1,60}),\s+)?(she|he|her|his)\b", re.IGNORECASE)
_PARTICLES = frozenset(NAME_PARTICLES.split("|"))


def opening_pronoun_gender(sentence: str) -> Gender | None:
    """The gender of the pronoun a sentence opens with; None where it opens otherwise, or where its opening
    phrase holds a gender word or a person of its own ('After his death, she ...')."""
    found = _OPENING_PRONOUN.match(sentence)
    opening = found.group(1) or "" if found else ""
    if found is None or gender_evidence(opening) or person_noun_spans(opening):
        return None  # 'When the doctor arrived, she ...': which of the two she is, is open
    return Gender.FEMININE if found.group(2).lower() in FEMININE_WORDS else Gender.MASCULINE


class TextNames(Mapping[str, Gender]):
    """The names a text has told the gender of, over the list of first names: the text wins, as it says more
    of its own people than any list ('Jean' is a man in one text and a woman in the next)."""

    def __init__(self, learned: Mapping[str, Gender], listed: Mapping[str, Gender]) -> None:
        self._learned, self._listed = dict(learned), listed
        self._both = sum(1 for name in self._learned if name in listed)

    def __getitem__(self, name: str) -> Gender:
        found = self._learned.get(name)
        return found if found is not None else self._listed[name]

    def __iter__(self) -> Iterator[str]:
        yield from self._learned
        yield from (name for name in self._listed if name not in self._learned)

    def __len__(self) -> int:
        return len(self._learned) + len(self._listed) - self._both

    def __contains__(self, name: object) -> bool:
        return name in self._learned or name in self._listed


def _name_words(name: str) -> list[str]:
    """The words a name is later called by alone: its first and its last ('Benazir', 'Bhutto'), not a particle."""
    words = [word for word in name.split() if word.lower() not in _PARTICLES and word[:1].isupper()]
    return list(dict.fromkeys([words[0], words[-1]])) if words else []


def carried_genders(sentences: Sequence[str], listed: Mapping[str, Gender]) -> tuple[list[Gender | None], TextNames]:
    """For each of a text's sentences, the gender the next sentence's opening pronoun gives its person (None
    where the sentence has gender words of its own, or the next opens otherwise), and the text's names: those
    of a sentence's subject, in the gender the next sentence gives them, over ``listed``."""
    carried: list[Gender | None] = []
    learned: dict[str, Gender] = {}
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        gender = opening_pronoun_gender(following) if following and not gender_evidence(sentence) else None
        carried.append(gender)
        if gender is not None:
            for word in _name_words(subject_name(sentence) or ""):
                learned.setdefault(word, gender)
    return carried, TextNames(learned, listed)


def segment_genders(segments: Sequence[Segment]) -> tuple[dict[int, Gender | None], TextNames | None]:
    """carried_genders over a segmented text, by each sentence's character offset in it; nothing for a text
    of one sentence."""
    starts, sentences, offset = [], [], 0
    for seg in segments:
        if seg.translatable:
            starts.append(offset)
            sentences.append(sentence_case(seg.text) if is_shouted(seg.text) else seg.text)
        offset += len(seg.text)
    if len(sentences) < 2:
        return {}, None
    carried, names = carried_genders(sentences, first_name_genders())
    return dict(zip(starts, carried, strict=True)), names


#: A sentence that opens with a participle whose subject follows its comma: 'Born in Warsaw, Marie Curie studied',
#: 'Born in Ohio, she studied'.
_OPENING_PARTICIPLE = re.compile(
    r"^\s*(?:Born|Raised|Educated|Trained|Considered|Regarded|Described|Recogni[sz]ed)\b[^,]{0,80},\s+"
    r"(?:(?P<pronoun>[Ss]he|[Hh]e)\b|(?P<name>[A-ZÀ-Þ][a-zß-ÿ]+)\s+[A-Z])"
)
_SPANISH_PARTICIPLE = re.compile(r"^(\s*(?:Nacid|Criad|Educad|Formad|Considerad|Descrit|Reconocid))[oa]\b")


def agree_opening_participle(source: str, text: str, names: Mapping[str, Gender] | None) -> str:
    """'Nacido en Varsovia, Marie Curie …' → 'Nacida': an opening participle agrees with the subject after its
    comma, whose gender its pronoun or its first name tells (the text's names, mt_core/text_gender.py, or the
    list's)."""
    opening = _OPENING_PARTICIPLE.match(source)
    if opening is None or not _SPANISH_PARTICIPLE.match(text):
        return text
    if opening.group("pronoun"):
        gender: Gender | None = Gender.FEMININE if opening.group("pronoun").lower() == "she" else Gender.MASCULINE
    else:
        gender = (first_name_genders() if names is None else names).get(opening.group("name"))
    if gender is None:
        return text
    return _SPANISH_PARTICIPLE.sub(lambda m: m.group(1) + ("a" if gender is Gender.FEMININE else "o"), text, count=1)
