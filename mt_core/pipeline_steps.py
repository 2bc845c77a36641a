"""What the translation pipeline's steps hand each other: the prepared sentences, and the output chosen for
each, which the fallbacks (terms, gender) may replace; and what the pipeline returns for each text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from mt_core.engine import Hypothesis
from mt_core.gender import GenderHint
from mt_core.grammar import Gender
from mt_core.protection import Protected
from mt_core.segmentation import Segment
from mt_core.terminology import TermMatch

#: How a term landed. "annotation": in the model's best output; "nbest": found by reranking the n-best list;
#: "placeholder": the model placed a tagged span and fairmt wrote the term into it; "prefix": forced in as a
#: target prefix (mt_core/term_forcing.py); "none": missing.
TERM_METHODS = ("annotation", "nbest", "placeholder", "prefix", "none")


@dataclass(frozen=True)
class AppliedTerm:
    source: str
    target: str
    origin: str
    applied: bool
    #: One of TERM_METHODS.
    method: str


@dataclass(frozen=True)
class AppliedGender:
    source: str
    requested: Gender
    #: The gender the translation gave the noun; None where it could not be read.
    found: Gender | None
    origin: str

    @property
    def honoured(self) -> bool:
        return self.found == self.requested


@dataclass
class TranslatedText:
    text: str
    warnings: list[str] = field(default_factory=list)
    terms: list[AppliedTerm] = field(default_factory=list)
    genders: list[AppliedGender] = field(default_factory=list)


@dataclass
class PreparedTexts:
    segments: list[list[Segment]]
    tokens: list[list[str]]
    #: Index of the text each sentence belongs to.
    owners: list[int]
    #: Terms each sentence must contain, positions relative to the sentence.
    terms: list[list[TermMatch]]
    #: Gender hints of each sentence, positions relative to the sentence.
    genders: list[list[GenderHint]] = field(default_factory=list)
    #: The sentence text without annotations, for re-decoding fallbacks.
    sources: list[str] = field(default_factory=list)
    #: Each sentence's model input, with the characters the vocabulary lacks as placeholders.
    inputs: list[Protected] = field(default_factory=list)
    #: Sentences written in capitals, translated in sentence case (mt_core/casing.py).
    shouted: list[bool] = field(default_factory=list)
    #: The last names of the people each sentence's text names in full, kept from the model like the names.
    surnames: list[frozenset[str]] = field(default_factory=list)

    #: The names whose gender each sentence's text tells (mt_core/text_gender.py); None: the list's alone.
    names: list[Mapping[str, Gender] | None] = field(default_factory=list)

    def surnames_of(self, index: int) -> frozenset[str]:
        return self.surnames[index] if index < len(self.surnames) else frozenset()

    def names_of(self, index: int) -> Mapping[str, Gender] | None:
        return self.names[index] if index < len(self.names) else None


@dataclass
class Selection:
    """The output chosen for one sentence and which of its terms it contains."""

    text: str
    method: str
    present: list[bool]
    truncated: bool
    genders_found: list[Gender | None] = field(default_factory=list)
    #: Protected characters the model left out, put back at an end of the sentence.
    misplaced: list[str] = field(default_factory=list)
    #: The chosen hypothesis and its attention, for outputs that came straight from the sentence's model input.
    tokens: list[str] = field(default_factory=list)
    attention: list[list[float]] | None = None
    #: An invented tail was cut off (mt_core/invented_tails.py).
    trimmed: bool = False


def merge_groups(size: int, groups: Sequence[tuple[list[int], list[list[Hypothesis]]]]) -> list[list[Hypothesis]]:
    """One result list in input order from groups decoded apart (with and without terms): (indices, results)."""
    merged: list[list[Hypothesis]] = [[] for _ in range(size)]
    for indices, results in groups:
        for index, result in zip(indices, results, strict=True):
            merged[index] = result
    return merged
