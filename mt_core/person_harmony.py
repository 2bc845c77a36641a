"""One person, one gender: the person nouns of a translation read in their Spanish context, and made to agree.

'Akira Kurosawa was a Japanese film director and screenwriter' came back as 'un director de película y escritora
japonés': where no word of the source gives the person's gender (a first name the lists do not know, or know for
both), the model may still choose one per noun, and a reader sees two people, or a mistake. Where the source's
person nouns all describe one named subject (mt_core/subject_gender.py), the translation's take the gender of
its first, which its article has already told the reader.
"""

from __future__ import annotations

from mt_core.gender_lexicon import is_epicene
from mt_core.gender_rewrite import unknown_person_noun
from mt_core.grammar import Gender
from mt_core.morphology import Token


def token_gender(tokens: list[Token], index: int, lemmas: frozenset[str]) -> tuple[bool, Gender | None]:
    """Whether the token at ``index`` is a person noun of ``lemmas``, and the gender it shows: its own, or its
    article's for an epicene noun ('la periodista'; 'un gran pianista', an adjective between)."""
    token = tokens[index]
    after_article = index > 0 and any(a.tags[:1] == ("det",) for a in tokens[index - 1].analyses)
    kinds = (("n",), ("adj",)) if after_article else (("n",),)  # 'la veterinaria': an adjective as a noun
    nouns = [a for a in token.analyses if a.tags[:1] in kinds and a.lemma.lower() in lemmas]
    unknown = unknown_person_noun(token, lemmas) is not None
    if not nouns and not unknown:
        return False, None
    genders = {a.gender for a in nouns} - {None}
    if unknown or is_epicene(token.surface.lower()):
        genders = set()
    if len(genders) != 1 and index > 0:
        article = index - 1
        kinds_before = {a.tags[:1] for a in tokens[article].analyses}
        article -= 1 if ("adj",) in kinds_before and ("det",) not in kinds_before and index > 1 else 0
        genders = {a.gender for a in tokens[article].analyses if a.tags[:1] == ("det",)} - {None}
    if len(genders) == 1:
        return True, Gender.FEMININE if genders.pop() == "f" else Gender.MASCULINE
    return True, None


def disagreeing_person_nouns(tokens: list[Token], lemmas: frozenset[str]) -> tuple[Gender, frozenset[str]] | None:
    """The first person noun's gender and the lemmas of every person noun, where another shows the other gender;
    None where they agree or fewer than two show one."""
    shown: list[tuple[Gender, frozenset[str]]] = []
    for index, token in enumerate(tokens):
        found, gender = token_gender(tokens, index, lemmas)
        if found and gender is not None:
            own = {a.lemma.lower() for a in token.analyses if a.lemma.lower() in lemmas}
            unknown = unknown_person_noun(token, lemmas)  # 'carnicera', which Apertium lacks
            shown.append((gender, frozenset(own or ({unknown.lemma} if unknown else set()))))
    if len(shown) < 2 or len({gender for gender, _ in shown}) == 1:
        return None
    return shown[0][0], frozenset().union(*(own for _, own in shown))
