"""Sentences written in capitals are translated in sentence case and given back in capitals.

Training text is almost all in sentence case, and the model splits a shouted sentence into rare
pieces it cannot translate: "WARNING: DO NOT OPEN THE COVER." came back as "AVISO: DONO NO está
utilizando THE COVER.". Lower-cased first, it reads as the sentence it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mt_core import grammar
from mt_core.protection import VERBATIM, may_hold_verbatim

_WORD = re.compile(r"[^\W\d_]{2,}")


def is_shouted(sentence: str) -> bool:
    """Two space-separated words of two letters or more, and not one lower-case letter outside file names,
    addresses and identifiers (an identifier such as COM.MICROSOFT.CONCAT or PROPERTY-NAME has no space, and
    is left as it is)."""
    # A file name or an identifier keeps its own case.
    prose = VERBATIM.sub(" ", sentence) if may_hold_verbatim(sentence) else sentence
    words = [token for token in prose.split() if _WORD.search(token)]
    return len(words) >= 2 and not any(c.islower() for c in prose)


def sentence_case(sentence: str) -> str:
    """Lower case with the first letter upper, character for character so that annotation offsets hold; a
    sentence whose lower case changes its length (a dotted capital I) is left as it is."""
    kept = {i for match in VERBATIM.finditer(sentence) for i in range(*match.span())}  # addresses stay as written
    symbols = {i for match in grammar.ANY_SYMBOL_RE.finditer(sentence) for i in range(*match.span())}
    lowered = "".join(c if i in kept or len(c.lower()) != 1 else c.lower() for i, c in enumerate(sentence))
    first = next((i for i, c in enumerate(lowered) if c.isalpha() and i not in symbols), None)
    if first is None:
        return lowered
    return lowered[:first] + lowered[first].upper() + lowered[first + 1 :]


def shout(translation: str, verbatim: Iterable[str] = ()) -> str:
    """The translation in capitals, except the ``verbatim`` runs it holds (addresses the model never saw) and
    the grammar's symbols (markup placeholders)."""
    shouted = grammar.ANY_SYMBOL_RE.sub(lambda symbol: symbol.group(0).lower(), translation.upper())
    for run in verbatim:
        shouted = shouted.replace(run.upper(), run)
    return shouted


#: Marks a Spanish sentence may open with before its first word.
_OPENING = "¿¡«\"'“‘"
_INITIAL = re.compile(rf"[\s{_OPENING}]*([^\W\d_])")


def match_initial_case(source: str, translation: str) -> str:
    """A translation of a sentence that begins with a capital begins with one too: the model wrote "querido
    Ms. García" for "Dear Ms. García" and "discusión teórica" for "Theoretical discussion". Only where both
    begin with a word (after ¿, ¡ or quotes), and not where that word is copied from the source as written
    ("iPhone", "main.py")."""
    opening, initial = _INITIAL.match(source), _INITIAL.match(translation)
    if opening is None or initial is None or not opening.group(1).isupper() or not initial.group(1).islower():
        return translation
    first_word = translation[initial.start(1) :].split(maxsplit=1)[0]
    if re.search(rf"(?<!\w){re.escape(first_word)}(?!\w)", source):  # a word of its own: 'se' is no 'series'
        return translation
    position = initial.start(1)
    return translation[:position] + translation[position].upper() + translation[position + 1 :]


#: Verb forms the model capitalises after a name, as Apertium does in the references it learned from: "Marie
#: Curie Era un físico", "Isis Era una diosa", "Islam Es una manera" (20 in the Brown and WordNet test outputs).
_VERB_AFTER_NAME = re.compile(
    # after a letter, or after an inline tag that closes a name ('<b>Serena Williams</b> Es')
    r"(?:(?<=[^\W\d_])|(?<=</b>)|(?<=</i>)|(?<=</a>)|(?<=</u>)|(?<=</em>)|(?<=</span>)|(?<=</strong>))"
    r" (Es|Era|Fue|Son|Eran|Fueron|Será|Sería|Está|Estaba|Estuvo|Están|Estaban|Ha|Han|Había|Habían"
    r"|Hubo|Tiene|Tenía|Tuvo|Tienen|Tenían)\b"
)


#: Small English words written with a capital inside a title only.
_TITLE_WORDS = frozenset("Is Was Are Were Be The A An Of And Or To In On For With My Your His Her Its Our".split())


def lower_verbs_after_names(source: str, translation: str) -> str:
    """A verb of ser, estar, haber or tener in capitals inside a sentence, right after a word, in lower case:
    "Marie Curie Era un físico" → "Marie Curie era un físico". Not where the source has the word as written
    (the Han characters), nor in a title ("The Lord Is My Shepherd")."""
    if any(word in _TITLE_WORDS for word in source.split()[1:]):
        return translation

    def lower(match: re.Match[str]) -> str:
        word = match.group(1)
        return match.group(0) if re.search(rf"\b{word}\b", source) else f" {word.lower()}"

    return _VERB_AFTER_NAME.sub(lower, translation)


#: An article with a capital between two lower-case words: 'Creó El personaje Sherlock Holmes'.
_ARTICLE_INSIDE = re.compile(r"(?<=[a-záéíóúñ] )(El|La|Los|Las|Un|Una)(?= [a-záéíóúñ])")


def lower_mid_sentence(source: str, translation: str) -> str:
    """`lower_verbs_after_names`, and an article the model capitalised inside a sentence in lower case, unless
    the source has a capitalised article inside it too (a title: 'a song called The Way')."""
    translation = lower_verbs_after_names(source, translation)
    if re.search(r"(?<=[a-z] )(?:The|A|An)\b", source):
        return translation
    return _ARTICLE_INSIDE.sub(lambda match: match.group(1).lower(), translation)
