"""A Spanish determiner agrees with the noun right after it.

The model now and then writes a determiner of the wrong gender: "una hombre", "la puente", "los líneas",
"Casó el actriz" and "una premio Nóbel" in the test splits and in biographies, about one sentence in eighty.
The noun is the word that carries the meaning (and, for a person, the gender the source gave it), so the
determiner follows the noun, as Apertium's analyser reads it. Only where that reading is certain: a noun
whose every reading has one gender, written in lower case, not copied from the source, not a person noun
("la presidente", "la médico" are women although the dictionary lists the nouns as masculine) unless it is a
masculine noun's feminine form ("un geóloga" is no man), not a noun
Spanish uses with either article ("el/la azúcar", "el/la guía"), and not a feminine noun in stressed "a",
which takes "el" and "un" ("el agua", "un área").
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from mt_core.gender import GenderReader
from mt_core.morphology import Analyser, Token

#: Determiners with a gender, by their masculine and feminine forms: (masculine, feminine, number).
_DETERMINER_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("el", "la", "sg"),
    ("los", "las", "pl"),
    ("un", "una", "sg"),
    ("unos", "unas", "pl"),
    ("del", "de la", "sg"),
    ("al", "a la", "sg"),
    ("este", "esta", "sg"),
    ("estos", "estas", "pl"),
    ("ese", "esa", "sg"),
    ("esos", "esas", "pl"),
    ("aquel", "aquella", "sg"),
    ("aquellos", "aquellas", "pl"),
    ("otro", "otra", "sg"),
    ("otros", "otras", "pl"),
    ("mucho", "mucha", "sg"),
    ("muchos", "muchas", "pl"),
    ("poco", "poca", "sg"),
    ("pocos", "pocas", "pl"),
    ("nuestro", "nuestra", "sg"),
    ("nuestros", "nuestras", "pl"),
    ("vuestro", "vuestra", "sg"),
    ("vuestros", "vuestras", "pl"),
    ("algún", "alguna", "sg"),
    ("algunos", "algunas", "pl"),
    ("ningún", "ninguna", "sg"),
    ("cuyo", "cuya", "sg"),
    ("cuyos", "cuyas", "pl"),
    # ordinals before their noun ('su primera marido')
    ("primer", "primera", "sg"),
    ("primeros", "primeras", "pl"),
    ("tercer", "tercera", "sg"),
    ("último", "última", "sg"),
    ("últimos", "últimas", "pl"),
)


#: Words whose analyses are kept, the least recently used dropped first.
CACHED_WORDS = 50_000


@dataclass(frozen=True)
class _Determiner:
    gender: str
    number: str
    #: The same determiner in the other gender.
    other: str


_DETERMINERS: dict[str, _Determiner] = {}
for _masculine, _feminine, _number in _DETERMINER_PAIRS:
    _DETERMINERS[_masculine] = _Determiner("m", _number, _feminine)
    _DETERMINERS[_feminine] = _Determiner("f", _number, _masculine)

#: Determiners a feminine noun in stressed "a" takes in their masculine form ("el agua", "ningún área").
_BEFORE_STRESSED_A = frozenset(
    {"el", "la", "un", "una", "del", "de la", "al", "a la", "algún", "alguna", "ningún", "ninguna"}
)
#: Articles (and "cuyo") that are never pronouns: after them a word that is a noun and a verb ("una premio") is
#: the noun. After any other determiner it may be the verb ("la vende": her; "poco era").
_ARTICLES = frozenset({"el", "un", "una", "unos", "unas", "del", "al", "cuyo", "cuya", "cuyos", "cuyas"})
#: Nouns Spanish uses with either article, or whose dictionary gender is only one of their uses ("el guía" is a
#: man, "la papa" a potato, "el radio" of a circle): never corrected.
EITHER_GENDER_NOUNS = frozenset(
    """azúcar mar arte lente maratón sartén linde dote pijama pringue web internet radio margen parte papa guía
    bebé vocal cometa orden capital frente corte coma final cura editorial pendiente calor tilde reuma""".split()
)
_VOWELS = "aeiouáéíóúü"
_ACCENTED = "áéíóú"
_STRONG = "aeoáéíóú"

_WORDS = "|".join(sorted((re.escape(d).replace(r"\ ", r"\s+") for d in _DETERMINERS), key=len, reverse=True))
#: "todos" before an article agrees too ("todas las líneas").
_ALL = {"todo": "toda", "toda": "todo", "todos": "todas", "todas": "todos"}
#: A determiner (after "todos" and the like), one space, and the next word. The lookbehind keeps "la" of
#: "hola" and "el" of "miel" out.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur|[Mm]yself|[Oo]urselves)\b")
_CANDIDATE = re.compile(rf"(?<![^\W\d_])(?:(tod[oa]s?) )?({_WORDS}) ([^\W\d_]+)\b", re.IGNORECASE)


def _syllables(word: str) -> int:
    """Vowel groups, two strong vowels counting as two ("área" has three, "agua" two)."""
    count, previous = 0, ""
    for character in word:
        if character in _VOWELS:
            if not previous or (character in _STRONG and previous in _STRONG):
                count += 1
            previous = character
        else:
            previous = ""
    return count


def stressed_initial_a(word: str) -> bool:
    """Whether the word begins with a stressed "a" or "ha": "agua", "área", "hacha", not "arena"."""
    bare = word.lower().removeprefix("h")
    if bare.startswith("á"):
        return True
    if not bare.startswith("a") or any(c in _ACCENTED for c in bare):
        return False
    syllables = _syllables(bare)
    return syllables == 1 or (syllables == 2 and bare[-1] in _VOWELS + "ns")


def _noun_gender(token: Token, number: str) -> str | None:
    """The one gender of every noun reading of the token, in ``number``; None where that is not certain."""
    nouns = [a for a in token.analyses if a.tags[:1] == ("n",)]
    genders = {a.gender for a in nouns}
    numbers = {tag for a in nouns for tag in a.tags if tag in ("sg", "pl", "sp")}
    if not nouns or len(genders) != 1 or None in genders or not (numbers & {number, "sp"}):
        return None
    return genders.pop()


#: Indicative tenses: a word that is also a verb in one of these may follow "la" as a pronoun ("la premio": I
#: reward her). A subjunctive or imperative reading alone ("puente", of "puentear") does not count.
_INDICATIVE = frozenset({"pri", "pii", "ifi", "fti", "cni"})


def _inflected_feminine(candidate: _Candidate, token: Token) -> bool:
    """A person noun in a feminine form of a masculine lemma after a masculine determiner: 'un geóloga' is
    never a man, while 'el electricista' may be ('electricista' is its own lemma)."""
    if _DETERMINERS[" ".join(candidate.determiner.lower().split())].gender != "m":
        return False
    nouns = [a for a in token.analyses if a.tags[:1] == ("n",)]
    return bool(nouns) and all(a.gender == "f" and a.lemma.lower() != candidate.noun.lower() for a in nouns)


def _is_finite_verb(token: Token, first_person: bool) -> bool:
    """A first person's verb only where the source speaks in the first person: 'ganar la premio' is no 'I
    reward her' in a sentence without 'I' or 'we'."""
    return any(
        a.tags[:1] in (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",))
        and _INDICATIVE & set(a.tags)
        and (first_person or "p1" not in a.tags)
        for a in token.analyses
    )


def determiner_in_gender(determiner: str, gender: str) -> str:
    """The determiner in ``gender`` ('m' or 'f'), in its own case: 'un' → 'una', 'El' → 'La', 'de la' → 'del';
    one without a gender, or in that gender already, as it is."""
    found = _DETERMINERS.get(" ".join(determiner.lower().split()))
    return determiner if found is None or found.gender == gender else _in_case_of(found.other, determiner)


def _in_case_of(form: str, written: str) -> str:
    if written.isupper() and len(written) > 1:
        return form.upper()
    return form[0].upper() + form[1:] if written[0].isupper() else form


@dataclass(frozen=True)
class _Candidate:
    text: int
    start: int
    end: int
    #: "todos" or the like before the determiner, or "".
    predeterminer: str
    determiner: str
    noun: str
    #: Whether the source speaks in the first person, so the noun may be a first person's verb.
    first_person: bool = True


#: A participle, regular or one of the irregular ones a biography uses ('escrita', 'descrito', 'hecha').
_PARTICIPLE = r"[a-záéíóúñ]+(?:ad|id|scrit|hech|dich|puest|vuelt|biert)(?:o|a|os|as)"
#: A passive opening a sentence: its subject noun (after a determiner and maybe 'primer' or the like, a title
#: after it: 'Su novela Middlemarch'), a form of 'ser' or 'estar' and an adverb, and the participle; or the
#: participle in apposition after a comma ('Su autobiografía, publicada en 1969,').
_PASSIVE = re.compile(
    r"(?:^|(?<=[.;:] ))(?:Su|Sus|El|La|Los|Las|Este|Esta|Estos|Estas|Mi|Mis|Nuestro|Nuestra|Nuestros|Nuestras)\s+"
    r"(?:(?:primer|primera|primeros|primeras|último|última|últimos|últimas|gran|nuevo|nueva)\s+)?"
    r"(?P<noun>[a-záéíóúñ]+)(?:\s+[A-Z][\w'-]*){0,3}"
    r"(?:\s+(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido|es|son|era|eran|estuvo|estuvieron|está|"
    r"están|estaba|estaban)\s+(?:(?:muy|también|solo|sólo|nunca|pronto|finalmente|luego|a\s+menudo|[a-záéíóúñ]+mente)\s+)?"
    rf"|,\s+(?={_PARTICIPLE}\s+(?:en|por)\b))"
    rf"(?P<participle>{_PARTICIPLE})\b"
)
#: The word after a noun, when it may be an adjective in a gender ('pequeña', 'rojos').
_NEXT_WORD = re.compile(r" ([a-záéíóúñ]{2,}(?:o|a|os|as))\b")
_UNCONTRACTED = re.compile(r"\b([Dd]e|[Aa])\s+el\b")
_CONTRACTIONS = {"de": "del", "De": "Del", "a": "al", "A": "Al"}


def contract_articles(text: str, skip: re.Pattern[str] | None = None) -> str:
    """'de el' is 'del' and 'a el' 'al': a name written in with its article ('de el Holocausto') or a noun put in
    the masculine ('de la poeta' → 'de el poeta') leaves them apart. 'de El Salvador' and 'de él' stay."""
    if " el" not in text:
        return text
    hidden = [m.span() for m in skip.finditer(text)] if skip else []

    def contracted(match: re.Match[str]) -> str:
        if any(start < match.end() and match.start() < end for start, end in hidden):
            return match.group()
        return _CONTRACTIONS[match.group(1)]

    return _UNCONTRACTED.sub(contracted, text)


class DeterminerAgreement:
    """Mends determiners of the wrong gender in Spanish translations, with one analyser call for a batch."""

    def __init__(self, analyser: Analyser, person_lemmas: frozenset[str] = frozenset()) -> None:
        self.analyser = analyser
        #: Lemmas of person nouns, whose determiner shows the person's gender and is never corrected.
        self.person_lemmas = person_lemmas
        #: Determiners mended so far, which `fairmt eval` reports per test split.
        self.mended = 0
        self._cache: OrderedDict[str, Token] = OrderedDict()
        self._lock = threading.Lock()

    def _candidates(
        self, sources: Sequence[str], translations: Sequence[str], skip: re.Pattern[str] | None
    ) -> list[_Candidate]:
        found = []
        for index, (source, translation) in enumerate(zip(sources, translations, strict=True)):
            copied = {w.lower() for w in re.findall(r"[^\W\d_]+", source)}
            first_person = _FIRST_PERSON.search(source) is not None
            hidden = [m.span() for m in skip.finditer(translation)] if skip else []
            for match in _CANDIDATE.finditer(translation):
                predeterminer, determiner, noun = match.group(1) or "", match.group(2), match.group(3)
                if noun.lower() != noun or noun in copied or noun in EITHER_GENDER_NOUNS:
                    continue
                if any(start < match.end() and match.start() < end for start, end in hidden):
                    continue
                found.append(
                    _Candidate(index, match.start(), match.end(), predeterminer, determiner, noun, first_person)
                )
        return found

    def mend(
        self, sources: Sequence[str], translations: Sequence[str], skip: re.Pattern[str] | None = None
    ) -> list[str]:
        """``translations`` with each determiner that disagrees with its noun in gender put in the noun's, and
        each participle that disagrees with the subject noun it follows; ``skip`` marks spans that are not text
        (tags in markup). 'de el' and 'a el' are contracted."""
        translations = self._participles([contract_articles(text, skip) for text in translations], skip)
        candidates = self._candidates(sources, translations, skip)
        if not candidates:
            return list(translations)
        readings = self._readings({c.noun for c in candidates})
        mended, count = list(translations), 0
        for candidate in reversed(candidates):
            token = readings.get(candidate.noun)
            if token is None:
                continue
            if any(a.lemma.lower() in self.person_lemmas for a in token.analyses) and not _inflected_feminine(
                candidate, token
            ):
                continue
            replacement = self._agreeing(candidate, token)
            if replacement is not None:
                text = mended[candidate.text]
                end = candidate.end
                # the adjective after the noun was written in the determiner's wrong gender too
                adjective = _NEXT_WORD.match(text, end)
                if adjective is not None and (agreeing := self._adjective(adjective.group(1), candidate)):
                    replacement, end = f"{replacement} {agreeing}", adjective.end()
                mended[candidate.text] = text[: candidate.start] + replacement + text[end:]
                count += 1
        with self._lock:
            self.mended += count
        return mended

    def _adjective(self, word: str, candidate: _Candidate) -> str | None:
        """``word`` in the other gender where it is an adjective only, in the gender and number of the
        determiner the noun did not agree with: 'una pueblo pequeña' → 'un pueblo pequeño'."""
        token = self._readings({word}).get(word)
        if token is None or not token.analyses:
            return None
        determiner = _DETERMINERS[" ".join(candidate.determiner.lower().split())]
        readings = token.analyses
        if any(a.tags[:1] != ("adj",) for a in readings) or any(
            a.gender != determiner.gender or determiner.number not in a.tags for a in readings
        ):
            return None
        lemma = readings[0].lemma.lower()
        if not lemma.endswith("o"):
            return None  # 'español', 'inglés': a form this rule would guess
        form = lemma if determiner.gender == "f" else lemma[:-1] + "a"
        return form + ("s" if determiner.number == "pl" else "")

    def _participles(self, translations: list[str], skip: re.Pattern[str] | None) -> list[str]:
        """'Su diario fue publicada' → 'publicado': after 'Her' the model puts a passive's participle in the
        feminine whatever its subject. Only a subject opening the sentence, of one gender, and a person noun only
        in a gendered form."""
        found = [
            (index, match)
            for index, text in enumerate(translations)
            if " " in text
            for match in _PASSIVE.finditer(text)
            if not (skip and skip.search(text, match.start(), match.end()))
        ]
        if not found:
            return translations
        readings = self._readings({match.group("noun") for _, match in found})
        mended = list(translations)
        for index, match in reversed(found):
            noun, token = match.group("noun"), readings.get(match.group("noun"))
            if token is None:
                continue
            # a person noun only in a gendered form: 'su hermana', 'su música', not 'su presidente'
            if any(a.lemma.lower() in self.person_lemmas for a in token.analyses) and noun[-1] not in "ao":
                continue
            participle = match.group("participle")
            plural = participle.endswith("s")
            gender = _noun_gender(token, "pl" if plural else "sg")
            written = "f" if participle.rstrip("s").endswith("a") else "m"
            if gender is None or gender == written or noun in EITHER_GENDER_NOUNS:
                continue
            stem = participle.rstrip("s")[:-1]
            agreeing = stem + ("a" if gender == "f" else "o") + ("s" if plural else "")
            start, end = match.span("participle")
            mended[index] = mended[index][:start] + agreeing + mended[index][end:]
            with self._lock:
                self.mended += 1
        return mended

    def _readings(self, words: set[str]) -> dict[str, Token]:
        """Each word's analyses, out of context: from the cache, and one analyser call for the words it lacks
        (the pipe round trip on every request cost the one-sentence requests of `make bench` a few percent)."""
        with self._lock:
            known = {word: self._cache[word] for word in words if word in self._cache}
            for word in known:
                self._cache.move_to_end(word)
        missing = sorted(words - known.keys())
        if missing:
            tokens = [t for t in self.analyser.analyse(" ; ".join(missing)) if t.surface != ";"]
            if len(tokens) == len(missing):  # else the analyser joined or split a word: judge none of them
                with self._lock:
                    for word, token in zip(missing, tokens, strict=True):
                        known[word] = self._cache[word] = token
                    while len(self._cache) > CACHED_WORDS:
                        self._cache.popitem(last=False)
        return known

    @staticmethod
    def _agreeing(candidate: _Candidate, token: Token) -> str | None:
        """The determiner and noun with the determiner in the noun's gender, or None to leave them."""
        key = " ".join(candidate.determiner.lower().split())
        determiner = _DETERMINERS[key]
        gender = _noun_gender(token, determiner.number)
        if gender is None or gender == determiner.gender:
            return None
        if key not in _ARTICLES and _is_finite_verb(token, candidate.first_person):
            return None
        feminine_a = gender == "f" and determiner.number == "sg" and stressed_initial_a(candidate.noun)
        if feminine_a and key in _BEFORE_STRESSED_A:  # "el agua" is right, "la agua" a slip too small to risk
            return None
        mended = f"{_in_case_of(determiner.other, candidate.determiner)} {candidate.noun}"
        if candidate.predeterminer:
            written = candidate.predeterminer
            mended = f"{_in_case_of(_ALL[written.lower()], written)} {mended}"
        return mended


def determiner_agreement_for(target_lang: str, reader: GenderReader | None) -> DeterminerAgreement | None:
    """The mender for a target language, or None where none exists or no gender reader (analyser) runs."""
    if target_lang != "es" or reader is None:
        return None
    return DeterminerAgreement(reader.analyser, reader.person_lemmas())
