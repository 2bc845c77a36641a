from mt_core.first_names import parse_names
from mt_core.grammar import Gender

LINES = [
    "# comment",
    "F  Marie                      77627     6665  9793",
    "1F Marie                             BAB    9",
    "1F Mary                       9993A  23 5   4 564",
    "F  Toni                       3 4       1",
    "M  Toni                                       2  5",
    "?  Kim                        1",
    "M  Jean+Pierre                1",
    "?M Pat                        1",
    "=  Maria Mascha",
]


def test_names_listed_on_one_side_only_are_kept() -> None:
    names = parse_names(LINES)
    assert names["Marie"] is Gender.FEMININE and names["Mary"] is Gender.FEMININE
    assert {"Jean-Pierre", "JeanPierre", "Jean Pierre"} <= names.keys()
    assert "Toni" not in names and "Kim" not in names  # both sides, or either
    assert "Pat" not in names  # only 'more often than not' male
    assert "Maria" not in names  # an '=' line is a spelling variant, not a gender


def test_a_name_english_speakers_give_one_side_is_kept_where_the_other_is_far_rarer() -> None:
    names = parse_names(
        [
            "F  Jane                       766 6   1 2  23 733 6",
            "M  Jane                                                       4",
            "?F Jean                       856 5",
            "M  Jean                              BAB    9",
            "?F Kay                        5 4",
            "M  Kay                                   24",
            "F  Joan                       878",
            "M  Joan                             5",
        ]
    )
    assert names["Jane"] is Gender.FEMININE  # 7 in Britain against 4 in one country
    assert "Jean" not in names  # 'M' common in France
    assert "Kay" not in names  # no English-speaking line lists it outright
    assert "Joan" not in names  # 8 against 5: a common man's name in Spain (Joan Miró), so 16 times is needed


def test_an_either_listing_weighs_less_against_the_english_side() -> None:
    anne = ["F  Anne                       885 7  8 9 6637 99888", "?  Anne                                 7"]
    assert parse_names(anne)["Anne"] is Gender.FEMININE  # 9 against 7 - 2: the 8-fold margin of a rare use
    common = ["F  Anne                       885 7  8 9 6637 99888", "?  Anne                                 9"]
    assert "Anne" not in parse_names(common)  # 9 against 9 - 2
    male = ["F  Anne                       885 7  8 9 6637 99888", "M  Anne                                 7"]
    assert "Anne" not in parse_names(male)  # a man's name outright is not discounted


def test_a_name_no_english_speaker_uses_is_kept_where_one_side_far_outnumbers_the_other() -> None:
    names = parse_names(
        [
            "?F José                               6 6",
            "M  José                            BB       7",
            "?F Andrea                                   8",
            "M  Andrea                                BB",
            "F  Ai                                 7",
            "M  Ai                                    2",
        ]
    )
    assert names["José"] is Gender.MASCULINE  # 11 against 6
    assert "Andrea" not in names  # 11 against 8
    assert "Ai" not in names  # a short name may be an English word ('My', 'Tan')


def test_a_name_not_listed_with_its_accents_is_looked_up_without_them() -> None:
    from mt_core.first_names import FirstNames

    names = FirstNames({"Edith": Gender.FEMININE, "José": Gender.MASCULINE})
    assert names.get("Édith") is Gender.FEMININE and "Édith" in names
    assert names.get("Jose") is None  # not the other way round
    assert names.get("Wisława") is None
