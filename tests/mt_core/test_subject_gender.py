import pytest

from mt_core.first_names import first_name_genders
from mt_core.grammar import Gender
from mt_core.subject_gender import name_predicate_genders, predicate_genders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her father was a lawyer.", {"lawyer": Gender.MASCULINE}),
        ("His sister became a famous doctor.", {"doctor": Gender.FEMININE}),
        ("He has always been a teacher.", {"teacher": Gender.MASCULINE}),
        ("My brothers are nurses.", {"nurses": Gender.MASCULINE}),
        ("The woman who is the manager left.", {"manager": Gender.FEMININE}),
        ("Her son's a pilot.", {"pilot": Gender.MASCULINE}),
        ("She is a teacher and he is a nurse.", {"teacher": Gender.FEMININE, "nurse": Gender.MASCULINE}),
        ("His wife, a former teacher, founded the school.", {"teacher": Gender.FEMININE}),
        ("My brother, an engineer, lives here.", {"engineer": Gender.MASCULINE}),
        # what she worked or served as, and what she later became
        ("She worked as a teacher in rural schools before becoming a diplomat.",
         {"teacher": Gender.FEMININE, "diplomat": Gender.FEMININE}),
        ("She worked as a nurse and later became a doctor.", {"nurse": Gender.FEMININE, "doctor": Gender.FEMININE}),
        ("She served as a senator and later as governor.", {"senator": Gender.FEMININE, "governor": Gender.FEMININE}),
        ("She is often regarded as the first computer programmer.", {"programmer": Gender.FEMININE}),
        ("He was considered the greatest painter of his time.", {"painter": Gender.MASCULINE}),
        ("She worked as a teacher until her husband became a diplomat.",
         {"teacher": Gender.FEMININE, "diplomat": Gender.MASCULINE}),  # the husband is the diplomat
        # no gendered subject right before the linking verb, or no person noun as its predicate
        ("The father of the nurse is a lawyer.", {}),
        ("She is a doctor's assistant.", {}),
        ("Her friend is a nurse.", {}),
        ("He and his sister are nurses.", {}),  # the group's gender, not the sister's
        ("My sister, a doctor and a nurse came.", {}),  # a list, not an apposition
        ("He is tired of the doctor.", {}),
    ],
)  # fmt: skip
def test_predicate_genders(text: str, expected: dict[str, Gender]) -> None:
    assert {text[s:e]: gender for (s, e), gender in predicate_genders(text).items()} == expected


NAMES = {"Marie": Gender.FEMININE, "Albert": Gender.MASCULINE, "Morrison": Gender.MASCULINE, "Édith": Gender.FEMININE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marie Curie was a Polish physicist and chemist.", {"physicist": Gender.FEMININE, "chemist": Gender.FEMININE}),
        ("Albert Einstein (14 March 1879 – 18 April 1955) was a physicist.", {"physicist": Gender.MASCULINE}),
        ("Marie Curie was a novelist, essayist, editor and professor.", {
            "novelist": Gender.FEMININE, "essayist": Gender.FEMININE, "editor": Gender.FEMININE,
            "professor": Gender.FEMININE}),
        ("Marie Curie was a physicist and the nurse left.", {"physicist": Gender.FEMININE}),
        # the first name only: a surname in the list says nothing
        ("Toni Morrison was a novelist.", {}),
        ("Marie and Albert were teachers.", {}),  # a coordinated subject
        ("Marie Curie was born in Warsaw.", {}),  # no person noun
        # four modifiers, and a relative clause that names the same person
        ("Marie Curie is an American former professional tennis player.", {"player": Gender.FEMININE}),
        ("Albert Einstein was a South African activist who served as President.", {
            "activist": Gender.MASCULINE, "President": Gender.MASCULINE}),
        ("Marie Curie was born in a family of doctors.", {}),  # a prepositional phrase is no predicate
        # a nickname between the name and its verb
        ("Marie Curie, nicknamed Madame, was a South African singer.", {"singer": Gender.FEMININE}),
        # nationalities joined by 'and'; a list opened by a word like a person noun the lexicon lacks
        ("Albert Casals was a Spanish and Puerto Rican cellist and composer.", {
            "cellist": Gender.MASCULINE, "composer": Gender.MASCULINE}),
        ("Albert Martí was a Cuban unionist, poet and translator.", {
            "poet": Gender.MASCULINE, "translator": Gender.MASCULINE}),
        ("Albert Curie was a former tennis player.", {"player": Gender.MASCULINE}),  # 'former' is no head
        ("Albert Juárez was a lawyer who served as the 26th president.", {
            "lawyer": Gender.MASCULINE, "president": Gender.MASCULINE}),
        # a list opened by a gendered noun
        ("Marie Gerwig is an American actress, writer and director.", {
            "writer": Gender.FEMININE, "director": Gender.FEMININE}),
        # an accented first name
        ("Édith Piaf was a French singer.", {"singer": Gender.FEMININE}),
        ("Marie Blankers-Koen was a Dutch track and field athlete.", {"athlete": Gender.FEMININE}),
    ],
)  # fmt: skip
def test_name_predicate_genders(text: str, expected: dict[str, Gender]) -> None:
    assert {text[s:e]: gender for (s, e), gender in name_predicate_genders(text, NAMES).items()} == expected


def test_coordinated_predicates_share_the_subjects_gender() -> None:
    text = "Her husband was a doctor, writer and teacher; her son was a nurse."
    found = {text[s:e]: gender for (s, e), gender in predicate_genders(text).items()}
    assert found == {
        "doctor": Gender.MASCULINE,
        "writer": Gender.MASCULINE,
        "teacher": Gender.MASCULINE,
        "nurse": Gender.MASCULINE,
    }


def test_the_installed_first_names_are_read() -> None:
    names = first_name_genders()
    if not names:
        pytest.skip("gender-guesser is installed by make test")
    assert names["Marie"] is Gender.FEMININE and names["Albert"] is Gender.MASCULINE
    assert "Toni" not in names and "Kim" not in names  # names used for both are left out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She married the composer Robert Schumann.", {"composer": Gender.MASCULINE}),
        ("He married his cousin Maria Barbara Bach in 1707.", {"cousin": Gender.FEMININE}),
        ("President Albert de Gaulle spoke.", {"President": Gender.MASCULINE}),
        ("The doctor Marie saw was kind.", {}),  # no surname: maybe the doctor whom Marie saw
        ("The nurse Toni Morrison met left.", {}),  # a first name the list does not hold
        ("She was the daughter of the poet Lord Byron.", {"poet": Gender.MASCULINE}),  # a title says it too
        # and the nouns coordinated before it
        ("She was the sister of the poet and diplomat Robert Claudel.",
         {"poet": Gender.MASCULINE, "diplomat": Gender.MASCULINE}),
        ("She was a painter, and the composer Robert Schumann loved her.", {"composer": Gender.MASCULINE}),
        # a noun in apposition after the name
        ("She married Robert Schumann, a German composer.", {"composer": Gender.MASCULINE}),
        ("Marie Curie, the Polish physicist, died in 1934.", {"physicist": Gender.FEMININE}),
        ("He met Lord Byron, the poet.", {"poet": Gender.MASCULINE}),
        ("She met Jawaharlal Nehru, the prime minister.", {}),  # a first name the list does not hold
        ("In Paris, the doctor met her.", {}),  # no name: 'In' opens the sentence
    ],
)  # fmt: skip
def test_name_apposition_genders(text: str, expected: dict[str, Gender]) -> None:
    from mt_core.subject_gender import name_apposition_genders

    names = NAMES | {"Robert": Gender.MASCULINE, "Maria": Gender.FEMININE}
    assert {text[s:e]: gender for (s, e), gender in name_apposition_genders(text, names).items()} == expected


def test_a_noun_after_any_full_name_is_that_persons_not_a_sentence_openers() -> None:
    from mt_core.subject_gender import nouns_after_names

    text = "She was the daughter of Jawaharlal Nehru, the first prime minister of India."
    assert [(text[s:e], first) for (s, e), first in nouns_after_names(text, NAMES)] == [("minister", "Jawaharlal")]
    assert nouns_after_names("In New York, the doctor met her.", NAMES) == []


def test_copular_subject_spans_are_one_person() -> None:
    from mt_core.subject_gender import copular_subject_spans

    def nouns(text: str) -> list[str]:
        return [text[start:end] for start, end in copular_subject_spans(text)]

    assert nouns("The new director is a chemist.") == ["director", "chemist"]
    assert nouns("My friend is a nurse and a teacher.") == ["friend", "nurse", "teacher"]
    assert nouns("The patient saw a doctor.") == []  # no linking verb: two people
    assert nouns("In Paris the doctor is a surgeon.") == []  # the noun must open the sentence


def test_subject_name_is_the_opening_name_of_a_linking_verb() -> None:
    from mt_core.subject_gender import subject_name

    assert subject_name("Benazir Bhutto was a Pakistani politician.") == "Benazir Bhutto"
    assert subject_name("Asif Zardari married Benazir Bhutto.") is None
    assert subject_name("In 1988, Benazir Bhutto became prime minister.") == "Benazir Bhutto"  # after a phrase
    assert subject_name("Born in Lagos, Chimamanda Adichie is a writer.") == "Chimamanda Adichie"
    assert subject_name("In 1988, she became prime minister.") is None
    assert subject_name("Catherine of Siena was an Italian writer.") == "Catherine of Siena"  # 'of' a place


def test_the_sentences_person_is_the_first_name_opening_it() -> None:
    from mt_core.subject_gender import sentence_person_gender, subject_name

    assert sentence_person_gender("Catherine of Siena was an Italian nun.") is Gender.FEMININE
    assert sentence_person_gender("Francis of Assisi was an Italian friar.") is Gender.MASCULINE
    assert sentence_person_gender("Catherine of the sea") is None  # 'of' before no name
    assert sentence_person_gender("Édith Piaf, born Édith Gassion, was a singer.") is Gender.FEMININE  # accented
    assert subject_name("Édith Piaf, born Édith Gassion, was a French singer.") == "Édith Piaf"  # the birth name


def test_an_unknown_names_predicate_nouns_are_one_person() -> None:
    from mt_core.subject_gender import unknown_name_predicate

    def nouns(text: str, names: dict[str, Gender] | None = None) -> list[str]:
        return [text[s:e] for s, e in unknown_name_predicate(text, names or {})]

    assert nouns("Akira Kurosawa was a Japanese film director and screenwriter.") == ["director", "screenwriter"]
    assert nouns("Toni Morrison was an American novelist, editor and professor.") == [
        "novelist",
        "editor",
        "professor",
    ]
    assert nouns("Akira Kurosawa was a director and screenwriter.", {"Akira": Gender.MASCULINE}) == []  # a hint's
    assert nouns("Akira Kurosawa was a film director.") == []  # one noun: nothing to agree with
    assert nouns("Akira and Yoko were directors and writers.") == []  # a coordinated subject


def test_a_gendered_noun_in_a_named_subjects_list_gives_the_others_its_gender() -> None:
    from mt_core.subject_gender import gendered_predicate_genders

    def nouns(text: str) -> dict[str, Gender]:
        return {text[s:e]: g for (s, e), g in gendered_predicate_genders(text).items()}

    assert nouns("Oumou Sangaré is a Malian singer, songwriter and actress.") == {
        "singer": Gender.FEMININE,
        "songwriter": Gender.FEMININE,
    }
    assert nouns("Hildegard of Bingen was a German abbess, writer and composer.") == {
        "writer": Gender.FEMININE,
        "composer": Gender.FEMININE,
    }
    assert nouns("Sam Cole was an American actor, director and producer.") == {
        "director": Gender.MASCULINE,
        "producer": Gender.MASCULINE,
    }
    assert nouns("Akira Kurosawa was a director and screenwriter.") == {}  # no gendered noun
    assert nouns("Sam Cole was a singer and an actress and actor.") == {}  # two genders: nothing to say
