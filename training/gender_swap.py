"""Counterfactual feminine sources for GFST: a masculine English sentence with its gender words swapped.

English monolingual text holds about five masculine sentences for every feminine one
(Brown, WordNet and the Bible gave 822 feminine and 4,667 masculine GFST candidates),
so feminine-first selection alone runs out of feminine sentences long before the
masculine ones. Swapping the gender words of the rest (counterfactual data
augmentation, Zmigrod et al. 2019) makes up the shortfall. The swapped sentence is
then translated and filtered like any other, so a swap the model cannot render in
the feminine is dropped by the filter, not trained on.
"""

from __future__ import annotations

import re

from mt_core.gender_lexicon import MASCULINE_WORDS, gender_evidence
from mt_core.grammar import Gender

FEMININE_OF = {
    "he": "she",
    "him": "her",
    "himself": "herself",
    "man": "woman",
    "men": "women",
    "boy": "girl",
    "boys": "girls",
    "gentleman": "lady",
    "gentlemen": "ladies",
    "father": "mother",
    "fathers": "mothers",
    "son": "daughter",
    "sons": "daughters",
    "brother": "sister",
    "brothers": "sisters",
    "husband": "wife",
    "husbands": "wives",
    "uncle": "aunt",
    "uncles": "aunts",
    "nephew": "niece",
    "nephews": "nieces",
    "grandfather": "grandmother",
    "grandfathers": "grandmothers",
    "grandson": "granddaughter",
    "king": "queen",
    "kings": "queens",
    "prince": "princess",
    "duke": "duchess",
    "monk": "nun",
    "monks": "nuns",
    "abbot": "abbess",
    "friar": "nun",
    "friars": "nuns",
    "emperor": "empress",
    "mr": "mrs",
    "sir": "madam",
    "actor": "actress",
    "waiter": "waitress",
    "hero": "heroine",
    "groom": "bride",
    "boyfriend": "girlfriend",
    "stepfather": "stepmother",
    "widower": "widow",
    "businessman": "businesswoman",
    "chairman": "chairwoman",
    "policeman": "policewoman",
    "spokesman": "spokeswoman",
    "congressman": "congresswoman",
    "dad": "mom",
    "daddy": "mommy",
}
WORD = re.compile(r"[A-Za-z]+")
#: "his" before these is a pronoun ("the book is his."), so it becomes "hers", not "her".
_PRONOUN_HIS_FOLLOWERS = re.compile(r"\s*(?:[.,;:!?)\"']|$|and\b|or\b)")


def _same_case(word: str, replacement: str) -> str:
    if word.isupper() and len(word) > 1:
        return replacement.upper()
    return replacement[0].upper() + replacement[1:] if word[0].isupper() else replacement


def to_feminine(sentence: str) -> str | None:
    """The sentence with every masculine word swapped for its feminine pair, or None when one has no pair
    (the swap would leave masculine evidence behind) or the sentence is not masculine to begin with."""
    if gender_evidence(sentence) != {Gender.MASCULINE}:
        return None
    parts: list[str] = []
    position = 0
    for match in WORD.finditer(sentence):
        word = match.group()
        lower = word.lower()
        if lower == "his":
            pronoun = _PRONOUN_HIS_FOLLOWERS.match(sentence, match.end())
            replacement = "hers" if pronoun else "her"
        elif lower in FEMININE_OF:
            replacement = FEMININE_OF[lower]
        elif lower in MASCULINE_WORDS:
            return None
        else:
            continue
        parts += [sentence[position : match.start()], _same_case(word, replacement)]
        position = match.end()
    swapped = "".join([*parts, sentence[position:]])
    return swapped if gender_evidence(swapped) == {Gender.FEMININE} else None
