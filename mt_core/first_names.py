"""First names whose gender is not in doubt, for biographies that name a person and no pronoun.

"Marie Curie was a Polish physicist" has no 'she', and the model wrote "un físico polaco". The
gender-guesser package (PyPI, installed by the project's setup) ships Jörg Michael's list of 40,000 first
names and the gender of each (GNU FDL); fairmt reads that data file itself and keeps only the names that
every country lists on one side, female or male: not the ones used for both (Toni, Kim, Andrea). A name used
for both is still kept where English speakers use it on one side only and every country's other use is far
rarer (Jane, George, Juan), and where no English speaker uses it and one side far outnumbers the other
(José). The hint it makes is reported with origin "name", and a request's gender or an
inline hint wins.
"""

from __future__ import annotations

import functools
import importlib.util
import string
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from mt_core.grammar import Gender

#: The list's codes: 'F' female, '1F' mostly female, '?F' female more often than not (and the same for 'M'),
#: '?' either.
_SIDES = {"F": Gender.FEMININE, "1F": Gender.FEMININE, "?F": Gender.FEMININE}
_SIDES |= {"M": Gender.MASCULINE, "1M": Gender.MASCULINE, "?M": Gender.MASCULINE}
_OUTRIGHT = frozenset({"F", "1F", "M", "1M"})
#: A line's frequency columns, one hexadecimal digit per country (1 rare to D; each step about twice as many
#: people), Great Britain, Ireland and the U.S.A. first.
_FREQUENCIES, _ENGLISH_SPEAKING = slice(30, 85), slice(0, 3)
#: Steps by which a name's use on one side must outnumber its every use on the other: 8 times as many people,
#: and 16 times where the other use is itself common (5 or more: 'Joan' is a common man's name in Catalonia,
#: and 'Joan Miró' had come back as 'una pintora').
_MARGIN, _COMMON, _COMMON_MARGIN = 3, 5, 4
#: A country listing a name English speakers give one side as '?' (either) counts as two steps fewer people of
#: the other side: 'Anne' is a woman's name in English and '?' in one country (as a Frisian man's name), and
#: had come back as 'un diarista judío' for Anne Frank. Six names pass for it (Anne, Don, Ernie, Jude, Luc, Dai).
_EITHER_DISCOUNT = 2


def names_file() -> Path | None:
    """gender-guesser's data file, found without importing the package's code; None where not installed."""
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    return path if path.is_file() else None


@dataclass(frozen=True)
class _Listing:
    code: str
    #: The line's frequency per country, 0 where it lists none.
    frequencies: tuple[int, ...]


def _frequencies(line: str) -> tuple[int, ...]:
    return tuple(int(c, 16) if c in string.hexdigits else 0 for c in line[_FREQUENCIES].ljust(55))


def parse_names(lines: list[str]) -> dict[str, Gender]:
    """Name → gender for names that every line lists on one side, female or male, and at least one line as
    female ('F', '1F') or male ('M', '1M') outright: Marie ('F' and '1F') and Mary ('1F') are women's names,
    Toni ('F' and 'M') and Kim ('?') nobody's. And for a name English speakers use on one side only, outright
    there, that side used at least 8 times as often as the other anywhere (16 times where the other use is
    common): Jane ('F' in Britain, 'M' rare in one country), not Jean ('F' in Britain, 'M' common in France)."""
    listings: dict[str, list[_Listing]] = {}
    for line in lines:
        if not line or line[0] in "#=":
            continue
        code, name, *_ = line.split()
        listing = _Listing(code, _frequencies(line))
        for variant in {name.replace("+", joiner) for joiner in ("", " ", "-")}:
            listings.setdefault(variant, []).append(listing)
    genders: dict[str, Gender] = {}
    for name, found in listings.items():
        gender = _one_side(found) or _english_side(found) or _unused_in_english(name, found)
        if gender is not None:
            genders[name] = gender
    return genders


def _one_side(listings: list[_Listing]) -> Gender | None:
    sides = {_SIDES.get(listing.code) for listing in listings}
    side = sides.pop()
    if sides or side is None or not any(listing.code in _OUTRIGHT for listing in listings):
        return None
    return side


def _english_side(listings: list[_Listing]) -> Gender | None:
    english = [listing for listing in listings if any(listing.frequencies[_ENGLISH_SPEAKING])]
    sides = {_SIDES.get(listing.code) for listing in english}
    if len(sides) != 1 or not any(listing.code in _OUTRIGHT for listing in english):
        return None
    side = sides.pop()
    if side is None:
        return None
    return side if _outnumbers(side, listings, either_discount=_EITHER_DISCOUNT) else None


def _unused_in_english(name: str, listings: list[_Listing]) -> Gender | None:
    """For a name no English speaker uses, the one side listed outright where it outnumbers the other as
    above: José (a man's name in Spain, rarer as a woman's in Portugal), Nikola, René. Not the short ones,
    which are English words too ('My', 'Tan')."""
    if len(name) < 4 or any(any(listing.frequencies[_ENGLISH_SPEAKING]) for listing in listings):
        return None
    sides = {_SIDES[listing.code] for listing in listings if listing.code in _OUTRIGHT}
    side = sides.pop() if len(sides) == 1 else None
    return side if side is not None and _outnumbers(side, listings) else None


def _outnumbers(side: Gender, listings: list[_Listing], either_discount: int = 0) -> bool:
    """``either_discount`` steps off a listing of '?' (either), which counts the other side's people only in part."""
    own = max(max(listing.frequencies) for listing in listings if _SIDES.get(listing.code) is side)
    other = max(
        (
            max(listing.frequencies) - (either_discount if listing.code == "?" else 0)
            for listing in listings
            if _SIDES.get(listing.code) is not side
        ),
        default=0,
    )
    margin = _COMMON_MARGIN if other >= _COMMON else _MARGIN
    return own >= other + margin


class FirstNames(Mapping[str, Gender]):
    """Name → gender, where a name the list has not with its accents is looked up without them: it lists
    Edith, and 'Édith Piaf' is a woman."""

    def __init__(self, genders: dict[str, Gender]) -> None:
        self._genders = genders

    def __getitem__(self, name: str) -> Gender:
        found = self._genders.get(name)
        if found is None and not name.isascii():
            plain = unicodedata.normalize("NFD", name).encode("ascii", "ignore").decode()
            found = self._genders.get(plain)
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._genders)

    def __len__(self) -> int:
        return len(self._genders)


@functools.cache
def first_name_genders() -> FirstNames:
    """The installed list, read once; empty where gender-guesser is not installed."""
    path = names_file()
    if path is None:
        return FirstNames({})
    return FirstNames(parse_names(path.read_text(encoding="utf-8").splitlines()))
