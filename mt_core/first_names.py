"""First names whose gender is not in doubt, for biographies that name a person and no pronoun.

"Marie Curie was a Polish physicist" has no 'she', and the model wrote "un físico polaco". The
gender-guesser package (PyPI, installed by the project's setup) ships Jörg Michael's list of 40,000 first
names and the gender of each (GNU FDL); fairmt reads that data file itself and keeps only the names that
every country lists on one side, female or male: not the ones used for both (Toni, Kim, Andrea). The hint
it makes is reported with origin "name", and a request's gender or an inline hint wins.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from mt_core.grammar import Gender

#: The list's codes: 'F' female, '1F' mostly female, '?F' female more often than not (and the same for 'M'),
#: '?' either.
_SIDES = {"F": Gender.FEMININE, "1F": Gender.FEMININE, "?F": Gender.FEMININE}
_SIDES |= {"M": Gender.MASCULINE, "1M": Gender.MASCULINE, "?M": Gender.MASCULINE}


def names_file() -> Path | None:
    """gender-guesser's data file, found without importing the package's code; None where not installed."""
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    return path if path.is_file() else None


def parse_names(lines: list[str]) -> dict[str, Gender]:
    """Name → gender for names that every line lists on one side, female or male, and at least one line as
    female ('F', '1F') or male ('M', '1M') outright: Marie ('F' and '1F') and Mary ('1F') are women's names,
    Toni ('F' and 'M') and Kim ('?') nobody's."""
    seen: dict[str, set[str]] = {}
    for line in lines:
        if not line or line[0] in "#=":
            continue
        code, name, *_ = line.split()
        for variant in {name.replace("+", joiner) for joiner in ("", " ", "-")}:
            seen.setdefault(variant, set()).add(code)
    genders: dict[str, Gender] = {}
    for name, codes in seen.items():
        sides = {_SIDES.get(code) for code in codes}
        side = sides.pop()
        if not sides and side is not None and codes & {"F", "1F", "M", "1M"}:
            genders[name] = side
    return genders


@functools.cache
def first_name_genders() -> dict[str, Gender]:
    """The installed list, read once; empty where gender-guesser is not installed."""
    path = names_file()
    if path is None:
        return {}
    return parse_names(path.read_text(encoding="utf-8").splitlines())
