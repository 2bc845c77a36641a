import re

from mt_core.text_repair import Repair, trigger_words

_WORKED = Repair(
    "worked",
    re.compile(r"\bworked\b"),
    re.compile(r"\b[Oo]bró\b"),
    lambda m: "trabajó",
    keys=trigger_words("worked"),
)


def test_a_slip_opening_the_sentence_keeps_its_capital() -> None:
    assert _WORKED.apply("He worked in Paris.", "Obró en París.") == "Trabajó en París."
    assert _WORKED.apply("Then he worked there.", "Luego obró allí.") == "Luego trabajó allí."


def test_a_slip_the_source_does_not_hold_is_left_alone() -> None:
    assert _WORKED.apply("He acted in Paris.", "Obró en París.") == "Obró en París."


def test_markup_is_never_touched() -> None:
    skip = re.compile(r"<[^>]*>")
    assert (
        _WORKED.apply("He worked in Paris.", '<a title="obró">Obró</a> en París.', skip=skip)
        == '<a title="obró">Trabajó</a> en París.'
    )


def test_trigger_words_are_the_words_of_a_line() -> None:
    assert trigger_words("work  worked\nworking") == frozenset({"work", "worked", "working"})


def test_a_slip_holding_whole_tags_is_put_right_where_it_writes_them_back() -> None:
    skip = re.compile(r"<[^>]*>")
    lead = Repair("lead", re.compile(r"was"), re.compile(r"^((?:<[^<>]*>)*[A-Z]\w+(?:</[^<>]*>)*) Era\b"),
                  lambda m: f"{m.group(1)} fue")  # fmt: skip
    assert (
        lead.apply("Rosa was a seamstress.", "<b>Rosa</b> Era una costurera.", skip) == "<b>Rosa</b> fue una costurera."
    )
    drop = Repair("drop", re.compile(r"was"), re.compile(r"<b>Rosa</b> Era"), lambda m: "Rosa fue")
    assert drop.apply("Rosa was a seamstress.", "<b>Rosa</b> Era una.", skip) == "<b>Rosa</b> Era una."


def test_a_capital_is_kept_only_where_the_slip_opens_a_sentence() -> None:
    from mt_core.text_repair import keep_case

    def case(text: str) -> str:
        match = re.search(r"[Ff]ue otorgado", text)
        assert match is not None
        return keep_case(match, "recibió")

    assert case("Fue otorgado el premio.") == "Recibió"
    assert case("<p>Fue otorgado el premio.</p>") == "Recibió"
    assert case("Ya. Fue otorgado el premio.") == "Recibió"
    assert case("Hemingway Fue otorgado el premio.") == "recibió"  # the model's capital inside a sentence
