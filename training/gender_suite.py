"""fairmt's own gender test suite, written for evaluation only.

Its templates are used nowhere else: training data comes from registry corpora
and GFST selects real monolingual sentences, so no training sentence shares a
template with the suite. ``python -m training.gender_suite`` regenerates the committed file.

- fixed: one occupation noun whose gender a pronoun or gendered word fixes,
  both genders of every (template, occupation), so each pair is counterfactual;
- ambiguous: nothing fixes the gender, for the alternatives feature.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

SUITE_PATH = Path(__file__).resolve().parent / "gender_suite.jsonl"

#: occupation -> stereotype ("female", "male" or "neutral"), after US labour statistics as used by WinoMT.
OCCUPATIONS = {
    "nurse": "female",
    "secretary": "female",
    "receptionist": "female",
    "librarian": "female",
    "hairdresser": "female",
    "cashier": "female",
    "teacher": "female",
    "dancer": "female",
    "designer": "female",
    "cleaner": "female",
    "baker": "female",
    "clerk": "female",
    "assistant": "female",
    "attendant": "female",
    "editor": "female",
    "writer": "female",
    "accountant": "female",
    "singer": "female",
    "engineer": "male",
    "mechanic": "male",
    "carpenter": "male",
    "plumber": "male",
    "electrician": "male",
    "pilot": "male",
    "surgeon": "male",
    "driver": "male",
    "farmer": "male",
    "programmer": "male",
    "architect": "male",
    "lawyer": "male",
    "guard": "male",
    "firefighter": "male",
    "soldier": "male",
    "doctor": "male",
    "manager": "male",
    "scientist": "male",
    "judge": "male",
    "chef": "male",
    "dentist": "neutral",
    "journalist": "neutral",
    "photographer": "neutral",
    "painter": "neutral",
    "student": "neutral",
    "professor": "neutral",
    "director": "neutral",
    "chemist": "neutral",
}

# (feminine, masculine) realisations of one template; {o} is the occupation.
FIXED_TEMPLATES = [
    ("The {o} said that she would be late.", "The {o} said that he would be late."),
    ("My sister is a {o}.", "My brother is a {o}."),
    ("The {o} finished her shift early today.", "The {o} finished his shift early today."),
    ("She has worked as a {o} for ten years.", "He has worked as a {o} for ten years."),
    ("The new {o} introduced herself to the team.", "The new {o} introduced himself to the team."),
    ("I met the {o} and asked her about the project.", "I met the {o} and asked him about the project."),
    ("The {o} lost her keys at the station.", "The {o} lost his keys at the station."),
    ("Our {o} is a woman with twenty years of experience.", "Our {o} is a man with twenty years of experience."),
    ("The {o} thanked everyone for coming to her party.", "The {o} thanked everyone for coming to his party."),
    ("My aunt became a {o} after university.", "My uncle became a {o} after university."),
    ("The {o} called because her car had broken down.", "The {o} called because his car had broken down."),
    ("Everyone agrees that she is an excellent {o}.", "Everyone agrees that he is an excellent {o}."),
]
AMBIGUOUS_TEMPLATES = [
    "My friend is a {o}.",
    "The {o} arrived late this morning.",
    "I spoke with the {o} yesterday.",
]


@dataclass(frozen=True)
class SuiteItem:
    id: str
    kind: str  # "fixed" | "ambiguous"
    sentence: str
    occupation: str
    gender: str | None  # "feminine" | "masculine" for fixed items
    stereotype: str  # "pro" | "anti" | "neutral" for fixed items, the occupation's otherwise
    pair: str | None  # id shared by the two counterfactual realisations


def _article_fix(sentence: str) -> str:
    """'a engineer' -> 'an engineer'."""
    words = sentence.split(" ")
    for index, word in enumerate(words[:-1]):
        if word.lower() == "a" and words[index + 1][:1].lower() in "aeiou":
            words[index] = word + "n"
    return " ".join(words)


def build_suite(fixed_per_gender: int = 300, seed: int = 7) -> list[SuiteItem]:
    rng = random.Random(seed)
    combos = [(t, o) for t in range(len(FIXED_TEMPLATES)) for o in OCCUPATIONS]
    rng.shuffle(combos)
    items: list[SuiteItem] = []
    for template, occupation in combos[:fixed_per_gender]:
        pair = f"p{template:02d}-{occupation}"
        for gender, text in zip(("feminine", "masculine"), FIXED_TEMPLATES[template], strict=True):
            stereotype = OCCUPATIONS[occupation]
            relation = (
                "neutral"
                if stereotype == "neutral"
                else ("pro" if (stereotype == "female") == (gender == "feminine") else "anti")
            )
            items.append(
                SuiteItem(
                    f"{pair}-{gender[0]}",
                    "fixed",
                    _article_fix(text.format(o=occupation)),
                    occupation,
                    gender,
                    relation,
                    pair,
                )
            )
    for index, template in enumerate(AMBIGUOUS_TEMPLATES):
        for occupation, stereotype in OCCUPATIONS.items():
            items.append(
                SuiteItem(
                    f"a{index}-{occupation}",
                    "ambiguous",
                    _article_fix(template.format(o=occupation)),
                    occupation,
                    None,
                    stereotype,
                    None,
                )
            )
    return items


def write_suite(path: Path = SUITE_PATH) -> Path:
    path.write_text("".join(json.dumps(asdict(item)) + "\n" for item in build_suite()))
    return path


def read_suite(path: Path = SUITE_PATH) -> list[SuiteItem]:
    return [SuiteItem(**json.loads(line)) for line in path.read_text().splitlines() if line.strip()]


if __name__ == "__main__":
    print(write_suite())
