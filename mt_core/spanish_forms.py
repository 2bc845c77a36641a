"""Spanish word forms by the regular rules, for words Apertium's dictionary lacks: a term's plural
(mt_core/term_inflection.py) and a person noun in the other gender (mt_core/gender.py, gender_rewrite.py)."""

from __future__ import annotations

from mt_core.gender_lexicon import is_epicene
from mt_core.grammar import Gender

_STRESS_REMOVED = str.maketrans("áéíóú", "aeiou")
#: The ending of an adjective in -o after each ending of a noun in -or: 'patinadora artística', 'productores
#: discográficos'.
ENDING_AFTER_OR = {"": "o", "a": "a", "es": "os", "as": "as"}


def regular_plural(word: str) -> str | None:
    """The plural by Spanish spelling rules, for a noun the dictionary lacks ('carrito' → 'carritos',
    'camión' → 'camiones', 'luz' → 'luces', a loanword 'widget' → 'widgets'); None for an ending whose plural
    the rules cannot tell ('-s', '-x')."""
    lower = word.lower()
    if lower.endswith(("a", "e", "i", "o", "u", "á", "é", "ó")):
        return word + "s"
    if lower.endswith("z"):
        return word[:-1] + "ces"
    if lower.endswith(("s", "x")):
        return None
    if lower.endswith(("l", "r", "n", "d", "j", "y")):
        # 'camión' → 'camiones': the written stress of a final syllable goes with the added one.
        stressed = len(lower) > 1 and lower[-2] in "áéíóú"
        stem = word[:-2] + word[-2].translate(_STRESS_REMOVED) + word[-1] if stressed else word
        return stem + "es"
    return word + "s" if lower[-1:].isalpha() else None  # loanwords: 'widgets', 'chats', 'clubs'


def regular_noun_form(lemma: str, gender: Gender, plural: bool) -> str | None:
    """A masculine lemma in ``gender`` by the regular endings: epicene nouns keep their one form
    ('periodista'), '-o' and '-or' take '-a' and '-ora' ('carnicera', 'topógrafa'), '-ón', '-án' and '-ín' lose
    their accent before '-a' ('faraona', 'bailarina'); None for other endings."""
    if is_epicene(lemma) or gender is Gender.MASCULINE:
        form: str | None = lemma
    elif lemma.endswith("o"):
        form = lemma[:-1] + "a"
    elif lemma.endswith("or"):
        form = lemma + "a"
    elif lemma.endswith(("ón", "án", "ín")):
        form = lemma[:-2] + {"ó": "o", "á": "a", "í": "i"}[lemma[-2]] + "na"
    else:
        form = None
    if form is None or not plural:
        return form
    return regular_plural(form)
