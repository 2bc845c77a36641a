"""English input, written the way the model reads best before it reads it.

Rewrites on the model's input only (terms, glossaries and the gender reader read the text as written, and
the repairs read it respelled, `as_read`; mt_core/protection.py):

- British spellings are written the American way (mt_core/source_spelling.py).
- A nationality of two ('an Austrian-Swedish physicist', 'a Serbian-American inventor') reaches the model as
  its second ('Swedish', 'American'): the model wrote 'un austriaco- física sueca' and 'una enfermera
  británica' for 'a British-Jamaican nurse'. mt_core/demonyms.py writes the first back before the second
  ('una física austriaco-sueca').
- A possessive of a protected name becomes an 'of' phrase: 'Frida Kahlo's father was' came back as 'Frida
  Kahlo el padre era', since the model sees a placeholder where the name was and cannot put it after the
  noun; 'the father of Frida Kahlo was' comes back as 'El padre de Frida Kahlo era'. Only a short noun
  phrase (adjectives and one noun, three words at most, as Apertium's English analyser reads them) is moved:
  'Ada Lovelace's early life was' → 'the early life of Ada Lovelace was'; a longer one is left as written.
- A birthplace before the noun ('a German-born naturalist and illustrator', which came back as 'un alemán-nato
  naturalista') reaches the model after it: 'a naturalist and illustrator born in Germany'. Only where the
  nouns end the sentence or a 'who' follows them.
- Compounds the model reads word by word reach it as words it reads (mt_core/compound_repairs.py writes back
  what the source said): two person nouns joined by a hyphen ('a Chilean poet-diplomat', which came back as
  'una poeta chileno-diplomática') as joined by 'and'; 'best-known' before a noun as 'most famous' ('Sus libros
  sabidos mejores'), 'well-known' as 'famous' ('una escritorabiensa sabida') and 'world-famous' as 'famous';
  a century before a noun after it ('a 19th-century novel' as 'a novel of the 19th century').
- A number word of two parts ('twenty-seven') reaches the model as its digits, which it copies where it garbled
  the words; mt_core/number_words.py writes them back in Spanish words.
- An ordinal word before 'century' reaches the model as digits ('the 19th century'), which mt_core/centuries.py
  writes as 'el siglo XIX'.
- A movement with a prefix ('a French Post-Impressionist artist', which came back as 'un Poste francés- artista
  pressionist') reaches the model as the movement alone ('Impressionist'); mt_core/nationality_repairs.py
  writes the prefix back ('un artista postimpresionista francés').
- Words and phrases the model garbles reach it as ones it reads, and a repair writes back what the source said:
  'Hispanic' as 'Spanish' ('hispana'), a nationality before 'former' without it ('ex-' goes back on the noun),
  'a three-time champion' as 'a champion three times' ('tres veces campeona'), 'figure skater' as 'skater'
  ('patinadora artística'); 'self-taught', 'world-renowned', 'best-selling', 'devout', 'staunch' and
  'outspoken' as plainer words.
- Before names are found (`before_names`), an award before '-winning' goes after its winner: 'a Pulitzer
  Prize-winning journalist' as 'a journalist who won the Pulitzer Prize', whose prize is then a known name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from mt_core import grammar
from mt_core.centuries import century_digits
from mt_core.compound_repairs import ANTI_BEFORE_NOUN
from mt_core.demonyms import BIRTHPLACES, COMPOUND_DEMONYM, DEMONYMS
from mt_core.gender_lexicon import PERSON_WORDS
from mt_core.morphology import Analyser, Token
from mt_core.nationality_order import SOURCE_TAIL
from mt_core.nationality_repairs import HISPANIC_READ_AS_SPANISH
from mt_core.number_words import as_digits
from mt_core.person_repairs import FORMER_AFTER_NATIONALITY
from mt_core.source_spelling import AmericanSpelling, american_spelling
from mt_core.sport_repairs import N_TIME, THE_N_TIME
from mt_core.text_repair import CLAUSE_END_NOUN_PHRASE

#: A name's placeholder and its possessive: 's, or a bare apostrophe ('Steve Jobs' company') where no quote
#: opens before the placeholder ('GST_NO_COLORS' environment variable).
_VOID = rf"{grammar.OPEN}x\d+/{grammar.CLOSE}"
_QUOTED = rf"(?<!['‘]{grammar.OPEN}x\d/{grammar.CLOSE})(?<!['‘]{grammar.OPEN}x\d\d/{grammar.CLOSE})"
_POSSESSIVE = re.compile(rf"({_VOID})(?:['’]s\b|{_QUOTED}['’](?=\s))\s+")
#: A word right after it, in lower case (a capital opens a name: 'St. John's College'), or a gender tag.
_AHEAD = re.compile(r"\s*(⟦[^⟦⟧]*⟧|[a-z][A-Za-z-]*)")
_SPAN_START = re.compile("|".join(map(re.escape, grammar.GENDER_SPAN_START.values())))
_MAX_WORDS = 3
_PERSON_NOUN = "|".join(sorted(PERSON_WORDS, key=len, reverse=True))
#: 'Post-' and 'Neo-' before a movement (mt_core/nationality_repairs.py writes them back).
_MOVEMENT_PREFIX = re.compile(r"\b(?:Post|Neo)-(?=(?:Impressionis|Expressionis)(?:m|ts?)\b)")
#: 'track and field' or 'track' before 'athlete', which Spanish's 'atleta' says alone ('una pista y atleta de
#: campo', 'una pista estadounidense atleta').
_TRACK_AND_FIELD = re.compile(r"\btrack(?:[- ]and[- ]field)?\s+(?=(?:⟦[^⟦⟧]*⟧\s*)?athletes?\b)")


#: 'rear' before 'admiral' ('un almirante trasero'): mt_core/compound_repairs.py writes 'contraalmirante'.
_REAR_ADMIRAL = re.compile(r"\b[Rr]ear[- ](?=(?:⟦[^⟦⟧]*⟧\s*)?admirals?\b)")


#: 'long-distance' and 'middle-distance' before 'runner' ('un medio-distance corredor', 'corredor de instancia
#: larga'): mt_core/sport_repairs.py writes 'corredor de fondo', 'de medio fondo'.
_DISTANCE_RUNNER = re.compile(r"\b(?i:long|middle)[- ]distance\s+(?=(?:⟦[^⟦⟧]*⟧\s*)?runners?\b)")


#: 'Hispanic' ('mujeres Féricas', 'una escritora érica'), read as 'Spanish' where nothing in the source is
#: Spanish: mt_core/nationality_repairs.py writes 'hispano' back.
_HISPANIC = re.compile(r"\bHispanic\b")


def _hispanic_as_spanish(text: str) -> str:
    return _HISPANIC.sub("Spanish", text) if HISPANIC_READ_AS_SPANISH.search(text) else text


#: 'a Muslim-majority country' ('una musulmana-paísimas país'): 'a country with a Muslim majority'.
_MAJORITY = re.compile(
    r"\b(Muslim|Christian|Catholic|Hindu|Buddhist|Protestant|Black|Sunni|Shia|Arab|Jewish)-majority\s+"
    r"(countr(?:y|ies)|nations?|states?|cit(?:y|ies)|regions?|areas?|districts?|provinces?)\b"
)
#: 'figure' before 'skater' ('una expatinadora de cifra'): mt_core/sport_repairs.py writes 'patinadora
#: artística'. ('skating' alone fares no better than 'figure skating'.)
_FIGURE_SKATER = re.compile(r"\b(?:[Ff]igure)[- ](?=(?:⟦[^⟦⟧]*⟧\s*)?[Ss]katers?\b)")


def _indefinite_before(article: str, words: str) -> str:
    """'a' or 'an' (in ``article``'s case) as the first word of ``words`` asks, past gender tags: a phrase that
    moves changes the word after its article."""
    first = re.sub(r"^(?:⟦[^⟦⟧]*⟧\s*)+", "", words)[:1]
    return article[0] + ("n" if first.lower() in "aeiou" else "")


def _times_after(match: re.Match[str]) -> str:
    """'a three-time world champion' → 'a world champion three times'."""
    opening, phrase = match.group(1).split(maxsplit=1), match.group(3)
    nationality = opening[1].strip() if len(opening) > 1 else ""
    article = _indefinite_before(opening[0], nationality or phrase)
    return f"{article} {nationality + ' ' if nationality else ''}{phrase} {match.group(2)} times"


class EnglishInput:
    def __init__(self, spelling: AmericanSpelling, analyser: Analyser | None) -> None:
        self.spelling = spelling
        self.analyser = analyser

    @property
    def table(self) -> dict[str, str]:
        """The British → American table, which `make eval` scores (training/spelling_eval.py)."""
        return self.spelling.table

    def as_read(self, text: str) -> str:
        """Respelled, and the award after its winner (`before_names`): the possessives are the model input's
        alone, since the source's placeholders are not there."""
        return self.spelling(self.before_names(text))

    def before_names(self, text: str) -> str:
        """'a Pulitzer Prize-winning journalist' → 'a journalist who won the Pulitzer Prize', where the prize is
        a known name (mt_core/known_names.py)."""
        text = _WINNING.sub(_winner_after, text) if "-winning" in text else text
        return _NOMINATED.sub(_nominee_after, text) if "-nominated" in text else text

    def __call__(self, text: str, keep: list[tuple[int, int]] | None = None) -> str:
        text = self.spelling(text, keep)
        if "-" in text:
            text = COMPOUND_DEMONYM.sub(_second_nationality, text)
            text = _BORN.sub(_born_after, text) if "-born" in text else text
            text = _MOVEMENT_PREFIX.sub("", text)
            text = as_digits(text)
        for trigger, rewrite in _WORD_REWRITES:
            text = rewrite(text) if trigger in text else text
        text = _rewrite_compounds(text)
        if self.analyser is None or grammar.OPEN not in text or not _POSSESSIVE.search(text):
            return text
        pieces, cursor = [], 0
        for match in _POSSESSIVE.finditer(text):
            words = _words_ahead(text, match.end())
            length = _noun_phrase_length(self.analyser.analyse(" ".join(w for w, _ in words)), len(words))
            end = _phrase_end(text, match.end(), words[length - 1][1]) if length else None
            after = text[end:].lstrip() if end is not None else ""
            if end is None or match.start() < cursor or after[:1] == grammar.OPEN or after[:1].isupper():
                continue  # 'Marie Curie's daughter Irène' is left as written
            opening = not re.search(r"[A-Za-z\d]", text[: match.start()])
            phrase = text[match.end() : end].strip()
            pieces += [text[cursor : match.start()], f"{'The' if opening else 'the'} {phrase} of {match.group(1)}"]
            cursor = end
        return "".join(pieces) + text[cursor:]


#: Two person nouns joined by a hyphen: 'poet-diplomat', 'singer-songwriter'.
_PERSON_PAIR = re.compile(rf"\b({_PERSON_NOUN})-({_PERSON_NOUN})\b")
#: 'best-known', 'well-known' and 'world-famous' before a noun ('best known for' is read well).
#: 'a 19th-century novel', which came back as 'una novela de siglos' ('a novel of the 19th century' comes back
#: as 'una novela del siglo XIX').
_CENTURY_BEFORE_NOUN = re.compile(
    r"\b(?:(?P<article>[Aa]n?)\s+)?(?P<century>\d{1,2}(?:st|nd|rd|th))-century\s+"
    r"(?P<noun>(?:[A-Z][a-z]+\s+)?(?:⟦[^⟦⟧/]*⟧\s*)?[a-z]+\b(?!-)(?:\s*⟦/[^⟦⟧]*⟧)?)"
)


def _century_after(match: re.Match[str]) -> str:
    """'an 18th-century French painter' → 'a French painter of the 18th century'."""
    noun, article = match.group("noun"), match.group("article")
    written = f"{_indefinite_before(article, noun)} " if article else ""
    return f"{written}{noun} of the {match.group('century')} century"


_LISTED = re.compile(r",|\s+and\b")
_BEFORE_NOUN = r"(?=\s+(?:⟦[^⟦⟧]*⟧\s*)?(?!(?:for|as|to|in|by|from|that|and|or)\b)[a-z])"
_FAMOUS = (
    (re.compile(rf"\b(?:best|most)[- ]known{_BEFORE_NOUN}"), "most famous"),
    (re.compile(rf"\b(?:[Ww]ell-known|well known){_BEFORE_NOUN}"), "famous"),
    (re.compile(r"\b[Ww]orld[- ]famous\b"), "famous"),
)


#: Words before a noun the model copies, as words it reads: 'world-renowned' ('un mundial- violonchelista
#: renombrados') as 'world-famous' is; 'self-taught' ('un self la pintora enseñada') as 'autodidact' ('una
#: pintora autodidacta').
_BEFORE_PERSON = rf"\s+(?:(?:⟦[^⟦⟧]*⟧|[A-Za-z]+)\s+){{0,2}}(?:{_PERSON_NOUN})\b"
_RENOWNED: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\b[Ww]orld[- ]renowned\b"), "renowned"),
    # 'un autor quesignificabien de thrillers'
    (re.compile(r"\b[Bb]est-?selling(?=\s+(?:⟦[^⟦⟧]*⟧\s*)?(?:author|writer|novelist)s?\b)"), "successful"),
    # (a person's: 'el modelo autodidato' for 'your self-taught model')
    (re.compile(rf"\b(?:([Aa]n?)\s+)?[Ss]elf-taught(?={_BEFORE_PERSON})"), lambda m: _after_article(m, "autodidact")),
)


def _after_article(match: re.Match[str], word: str) -> str:
    """``word`` in place of the match, after its article as the word asks ('an autodidact')."""
    return f"{_indefinite_before(match.group(1), word)} {word}" if match.group(1) else word


#: Adjectives before a person the model copies ('un devout católico', 'un staunch adversario', 'un outspoken
#: crítica'), as words it reads ('un católico ferviente', 'una crítica declarada').
_PERSON_ADJECTIVES = re.compile(r"\b([Aa]n?)\s+(devout|staunch|outspoken)\b")
_ADJECTIVES_READ = {"devout": "fervent", "staunch": "firm", "outspoken": "vocal"}


def _adjective_read(match: re.Match[str]) -> str:
    return _after_article(match, _ADJECTIVES_READ[match.group(2)])


#: 'the first non-Italian pope' ('el primer no-papabiense'): 'the first pope not Italian' ('el primer papa no
#: italiano').
_NON_NATIONALITY = re.compile(
    rf"\bnon-({'|'.join(DEMONYMS)})\s+(?!(?:to|in|and|or|of|who|at|for|from|with|by|on|as|was|is)\b)([a-z]+)\b(?!-)"
)
#: 'a Jamaican retired sprinter' ('un retirado velocista jamaicano'): 'a retired Jamaican sprinter', which the
#: model reads ('un velocista jamaicano retirado').
_NATIONALITY_BEFORE_RETIRED = re.compile(rf"\b([Aa])n?\s+({'|'.join(DEMONYMS)})\s+retired\b")


#: The rewrites of one pattern each, in order, where their trigger text is in the input (most have none).
_WORD_REWRITES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("track", functools.partial(_TRACK_AND_FIELD.sub, "")),
    ("ear", functools.partial(_REAR_ADMIRAL.sub, "")),
    ("distance", functools.partial(_DISTANCE_RUNNER.sub, "")),
    ("nti-", functools.partial(ANTI_BEFORE_NOUN.sub, "")),
    ("centur", century_digits),
    ("Hispanic", _hispanic_as_spanish),
    ("igure", functools.partial(_FIGURE_SKATER.sub, "")),
    ("-time", functools.partial(N_TIME.sub, _times_after)),
    ("-time", functools.partial(THE_N_TIME.sub, r"\1")),
    ("", functools.partial(_PERSON_ADJECTIVES.sub, _adjective_read)),
    ("-majority", functools.partial(_MAJORITY.sub, r"\2 with a \1 majority")),
    ("former", functools.partial(FORMER_AFTER_NATIONALITY.sub, r"\1")),
    ("retired", functools.partial(_NATIONALITY_BEFORE_RETIRED.sub, r"\1 retired \2")),
    ("non-", functools.partial(_NON_NATIONALITY.sub, r"\2 not \1")),
)


#: An award before '-winning' ('un Pulitzer Prize-winning periodista', 'una actora de Abardemía premio'):
#: 'a journalist who won the Pulitzer Prize'; 'award-winning' ('una novelista queprometra'): 'who has won awards'.
_WINNING = re.compile(
    rf"\b([Aa]n?)\s+((?:{'|'.join(DEMONYMS)})\s+)?"
    r"(?:((?:[A-Z][\w.'-]*\s+){0,3}(?:Prize|Award|Medal))|(Oscar|Grammy|Emmy|Tony|Golden\s+Globe)|([Aa]ward))"
    rf"-winning\s+{CLAUSE_END_NOUN_PHRASE}"
)


def _winner_after(match: re.Match[str]) -> str:
    """'a Pulitzer Prize-winning journalist' → 'a journalist who won the Pulitzer Prize'."""
    nationality, phrase = (match.group(2) or "").strip(), match.group(6)
    article = _indefinite_before(match.group(1), nationality or phrase)
    if match.group(3):
        won = f"won the {match.group(3)}"
    elif match.group(4):
        won = f"won {'an' if match.group(4)[0] in 'AEIOU' else 'a'} {match.group(4)}"
    else:
        won = "has won awards"
    return f"{article} {nationality + ' ' if nationality else ''}{phrase} who {won}"


#: 'a Grammy-nominated singer' ('una cantante probado-nominó'): 'a singer nominated for the Grammy Award'.
_NOMINATED = re.compile(
    rf"\b([Aa]n?)\s+((?:{'|'.join(DEMONYMS)})\s+)?"
    r"(?:((?:[A-Z][\w.'-]*\s+){0,3}(?:Prize|Award|Medal))|(Oscar|Golden\s+Globe)|(Grammy|Emmy|Tony))"
    # ('singer and songwriter' is one phrase, gender tags and all)
    rf"-nominated\s+((?:(?:⟦[^⟦⟧/]*⟧\s*)?[a-z-]+(?:\s*⟦/[^⟦⟧]*⟧)?\s+and\s+)?){CLAUSE_END_NOUN_PHRASE}"
)


def _nominee_after(match: re.Match[str]) -> str:
    """'a Grammy-nominated singer' → 'a singer nominated for the Grammy Award'."""
    nationality, phrase = (match.group(2) or "").strip(), match.group(6) + match.group(7)
    article = _indefinite_before(match.group(1), nationality or phrase)
    award = match.group(3) or match.group(4) or f"{match.group(5)} Award"
    return f"{article} {nationality + ' ' if nationality else ''}{phrase} nominated for the {award}"


def _rewrite_compounds(text: str) -> str:
    if "known" not in text and "-" not in text and "famous" not in text:  # most sentences
        return text
    for pattern, words in _RENOWNED:
        text = pattern.sub(words, text)
    text = _CENTURY_BEFORE_NOUN.sub(_century_after, text)
    # 'a poet-diplomat and politician': 'a poet, diplomat and politician'
    text = _PERSON_PAIR.sub(
        lambda m: f"{m.group(1)}{',' if _LISTED.match(m.string, m.end()) else ' and'} {m.group(2)}", text
    )
    for pattern, words in _FAMOUS:
        text = pattern.sub(words, text)
    return text


def _words_ahead(text: str, start: int) -> list[tuple[str, int]]:
    """The lower-case words after ``start``, four at most, with where each ends; a gender tag between passes."""
    words: list[tuple[str, int]] = []
    position = start
    while len(words) < 4 and (token := _AHEAD.match(text, position)) is not None:
        position = token.end()
        if not token.group(1).startswith(grammar.OPEN):
            words.append((token.group(1), position))
    return words


def _phrase_end(text: str, start: int, end: int) -> int | None:
    """Where the moved phrase ends: with the gender span it opened closed, or None where it cannot be."""
    opened = text.count(grammar.GENDER_SPAN_END, start, end) < len(_SPAN_START.findall(text, start, end))
    if not opened:
        return end
    closing = re.match(rf"\s*{re.escape(grammar.GENDER_SPAN_END)}", text[end:])
    return end + closing.end() if closing else None


def _second_nationality(match: re.Match[str]) -> str:
    """'an Austrian-Swedish' → 'a Swedish', 'a Serbian-American' → 'an American'."""
    article, second = match.group(1), match.group(3)
    return f"{_indefinite_before(article, second)} {second}" if article else second


#: 'a German-born American physicist who', 'an Austrian-born actress and inventor.': the words after '-born' up
#: to the end of the sentence or to where the occupations end ('who', ', known for': SOURCE_TAIL); lower-case
#: words, nationalities, 'and', commas and gender tags.
_BORN = re.compile(
    rf"\b([Aa]n?)\s+({'|'.join(BIRTHPLACES)})-born\s+"
    rf"((?:(?:[a-z][a-z-]*|{'|'.join(DEMONYMS)}|⟦[^⟦⟧]*⟧)(?:(?!{SOURCE_TAIL}),?\s+|\s*(?=[.!?]|$|⟦)|(?={SOURCE_TAIL})))+?)"
    rf"(?=[.!?]?\s*$|{SOURCE_TAIL})"
)


def _born_after(match: re.Match[str]) -> str:
    """'a German-born naturalist' → 'a naturalist born in Germany'."""
    nouns = match.group(3).rstrip()
    if any(word in _NOT_NOUNS for word in re.findall(r"[a-z]+", nouns)):
        return match.group()
    article = _indefinite_before(match.group(1), nouns)
    space = " " if match.group(3) != nouns else ""
    return f"{article} {nouns} born in {BIRTHPLACES[match.group(2)]}{space}"


#: Words that end a list of nouns: the birthplace would land inside a clause.
_NOT_NOUNS = frozenset("the of in on at for from by with to as known best born his her its their is was".split())


def _noun_phrase_length(tokens: list[Token], words: int) -> int | None:
    """How many of the words make the noun phrase: adjectives, then a noun whose next word is no noun (or may
    be a verb: 'notes describe')."""
    if len(tokens) != words:
        return None
    for index, token in enumerate(tokens[:_MAX_WORDS]):
        kinds = {a.tags[0] for a in token.analyses if a.tags}
        following = tokens[index + 1].analyses if index + 1 < len(tokens) else ()
        next_is_noun = any(a.tags[:1] == ("n",) for a in following)
        next_is_verb = any(a.tags[:1] in (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",)) for a in following)
        if "n" in kinds and (not next_is_noun or next_is_verb):
            return index + 1
        ordinal = any(a.tags[:2] == ("det", "ord") for a in token.analyses)  # 'first wife'
        if not kinds & {"adj", "n"} and not ordinal:
            return None
    return None


def english_input(analyser: Analyser | None) -> EnglishInput:
    return EnglishInput(american_spelling(), analyser)


@functools.cache
def _shared() -> EnglishInput:
    from mt_core.verb_forms import shared_english

    try:
        analyser: Analyser | None = shared_english()
    except FileNotFoundError:  # no Apertium: spellings only
        analyser = None
    return english_input(analyser)


def english_input_for(source_lang: str) -> EnglishInput | None:
    """English sources only."""
    return _shared() if source_lang == "en" else None
