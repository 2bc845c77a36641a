import string

import pytest

from mt_core import grammar
from mt_core.protection import VERBATIM, Protected, SymbolProtector, may_hold_verbatim

KNOWN = frozenset(string.ascii_letters + string.digits + ".,:;!?'\"()-" + "áéíóúñ¿¡")
PROTECTOR = SymbolProtector(KNOWN)


def void(number: int) -> str:
    return grammar.placeholder(number, grammar.PlaceholderKind.VOID)


def test_characters_without_a_piece_and_rewritten_symbols_become_numbered_voids() -> None:
    protected = PROTECTOR.protect("Great job 🎉 and Acme™ is 10 m² wide.")
    assert protected.text == f"Great job {void(1)} and Acme{void(2)} is 10 m{void(3)} wide."
    assert protected.originals == {1: "🎉", 2: "™", 3: "²"}
    assert protected.spaced == {1}


def test_known_text_is_left_alone() -> None:
    assert PROTECTOR.protect("El niño… ¿qué?") == Protected("El niño… ¿qué?")  # "…" is NFKC "...", all known


def test_an_unknown_letter_takes_its_word_and_runs_join_across_spaces() -> None:
    protected = PROTECTOR.protect("A naïve plan: Привет мир 👋🏽 now.")
    assert protected.text == f"A {void(1)} plan: {void(2)} now."
    assert protected.originals == {1: "naïve", 2: "Привет мир 👋🏽"}


def test_voids_are_numbered_after_the_tags_already_in_the_input() -> None:
    opening, closing = (
        grammar.placeholder(1, kind) for kind in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE)
    )
    protected = PROTECTOR.protect(f"Your {opening}order{closing} 📦")
    assert protected.text == f"Your {opening}order{closing} {void(2)}" and protected.originals == {2: "📦"}


def test_restore_puts_back_the_space_the_model_drops_and_ignores_repeats() -> None:
    protected = PROTECTOR.protect("Great job 🎉 and Acme™ too.")
    restored = PROTECTOR.restore(f"Buen trabajo{void(1)} y Acme{void(2)} también{void(1)}.", protected)
    assert restored.text == "Buen trabajo 🎉 y Acme™ también." and restored.misplaced == []


def test_a_run_the_model_left_out_goes_back_at_its_end_of_the_sentence() -> None:
    leading = PROTECTOR.protect("🎉 Great job")
    assert PROTECTOR.restore("Buen trabajo", leading).text == "🎉 Buen trabajo"
    trailing = PROTECTOR.protect("Great ☎ job")
    restored = PROTECTOR.restore("Buen trabajo ", trailing)
    assert restored.text == "Buen trabajo ☎" and restored.misplaced == ["☎"]
    # before the sentence's closing punctuation
    assert PROTECTOR.restore("¡Buen trabajo!» ", trailing).text == "¡Buen trabajo ☎!»"


def test_grammar_symbols_are_never_protected_even_when_their_letters_are_unknown() -> None:
    protector = SymbolProtector(frozenset("abcdefghijklmnopqrstuvwxyz "))
    annotated = grammar.render("the nurse left", [grammar.TermSpan(4, 9, "enfermera")])
    assert protector.protect(annotated) == Protected(annotated)


def test_the_last_placeholder_number_is_respected() -> None:
    many = " ".join(f"w{i}✓" for i in range(grammar.MAX_PLACEHOLDERS + 2))
    protected = PROTECTOR.protect(many)
    assert len(protected.originals) == grammar.MAX_PLACEHOLDERS
    assert protected.text.endswith("✓") and protected.text.count("✓") == 2


def test_ascii_is_left_to_the_model_even_without_a_piece_of_its_own() -> None:
    assert PROTECTOR.protect("Press ~ or | or ^ now") == Protected("Press ~ or | or ^ now")


def test_web_and_mail_addresses_are_kept_from_translation() -> None:
    protected = PROTECTOR.protect(
        "Write to ana.ruiz@example.com or see https://example.com/help?id=4. (www.example.org)"
    )
    assert protected.text == f"Write to {void(1)} or see {void(2)}. ({void(3)})"
    assert list(protected.originals.values()) == [
        "ana.ruiz@example.com",
        "https://example.com/help?id=4",
        "www.example.org",
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Open settings.json and set fontSize to 14.", ["settings.json", "fontSize"]),
        ("Edit README.md, then report_2024.pdf.", ["README.md", "report_2024.pdf"]),
        ("Save it as .docx or .PDF now.", [".docx", ".PDF"]),
        ("See /etc/fairmt, ~/runs/a and ./run.sh for logs.", ["/etc/fairmt", "~/runs/a", "./run.sh"]),
        ("Pass --model to fairmt serve.", ["--model"]),
        ("Use mail2.example.com or docs.python.org/3/library.", ["mail2.example.com", "docs.python.org/3/library"]),
        ("Visit Example.com, then fairmt.dev.", ["Example.com", "fairmt.dev"]),
        ("Hello {name}, page {0} of {1}!", ["{name}", "{0}", "{1}"]),
        ("Welcome, {{ user.name }}. File ${file} saved.", ["{{ user.name }}", "${file}"]),
        # printf specifiers stay with the model (mt_core/specifier_retry.py), and prose braces too
        ("You have %d new messages {like this}.", []),
        ("Set FAIRMT_BEAM_SIZE and user_id, then call getUserName.", ["FAIRMT_BEAM_SIZE", "user_id", "getUserName"]),
        # Prose with dots, slashes and capitals is left to the model.
        ("E.g. the U.S.A., etc. Dr. Smith works 24/7 at 3.5 km/h and/or at LibreOffice.", []),
        ("The end.Then Python. Hello World", []),
        ("The end.It was ASP.NET and the 3.5.es release.", []),
    ],
)
def test_file_names_paths_options_and_identifiers_are_kept_from_translation(text: str, kept: list[str]) -> None:
    protected = PROTECTOR.protect(text)
    assert list(protected.originals.values()) == kept
    assert PROTECTOR.restore(protected.text, protected).text == text


VERBATIM_RUNS = [
    "ana.ruiz@example.com",
    "https://example.com/help",
    "WWW.example.org",
    "settings.json",
    ".PDF",
    "/etc/fairmt",
    "~/runs/a",
    "./run.sh",
    "../up",
    "/.config/x",
    "--model",
    "docs.python.org/3",
    "Example.com",
    "{name}",
    "${file}",
    "{{ user.name }}",
    "user_id",
    "getUserName",
    "sha1Sum",
    "x2Go",
]


@pytest.mark.parametrize("run", VERBATIM_RUNS)
def test_text_the_hint_passes_over_holds_no_verbatim_run(run: str) -> None:
    text = f"Use {run} now"
    assert VERBATIM.search(text) is not None  # the example is one
    assert may_hold_verbatim(text)


@pytest.mark.parametrize(
    "text",
    ["The committee announced on Tuesday that the new Library will open.", "WARNING: DO NOT OPEN THE COVER.", "Hello"],
)
def test_plain_prose_skips_the_verbatim_pattern(text: str) -> None:
    """Case-blind, the hint once matched any two letters, so every sentence paid for the full pattern."""
    assert not may_hold_verbatim(text)


def test_the_word_after_a_leading_run_keeps_the_source_case() -> None:
    protected = PROTECTOR.protect("--binary read and write data")
    assert protected.text.startswith(void(1))
    assert PROTECTOR.restore(f"{void(1)} Lee y escribe datos", protected).text == "--binary lee y escribe datos"
    assert PROTECTOR.restore(f"{void(1)} USB y datos", protected).text == "--binary USB y datos"  # an acronym
    upper = PROTECTOR.protect("--binary Read and write data")
    assert PROTECTOR.restore(f"{void(1)} Lee y escribe", upper).text == "--binary Lee y escribe"
    inside = PROTECTOR.protect("Use --binary to read")
    assert PROTECTOR.restore(f"Use {void(1)} Para leer", inside).text == "Use --binary para leer"  # inside too
    named = PROTECTOR.protect("Use --binary to read Paris")
    assert PROTECTOR.restore(f"Usa {void(1)} Paris", named).text == "Usa --binary Paris"  # a name of the source


def test_a_run_that_opened_the_input_takes_a_space_after_a_word_the_model_put_first() -> None:
    protected = Protected(f"{void(1)} objects can move.", {1: "Bézier"})
    assert SymbolProtector.restore(f"Los objetos{void(1)} pueden moverse.", protected).text == (
        "Los objetos Bézier pueden moverse."
    )
    assert SymbolProtector.restore(f"{void(1)} pueden.", protected).text == "Bézier pueden."


def test_a_finders_span_that_cuts_a_protected_run_gives_way_to_it() -> None:
    cut = SymbolProtector(KNOWN, names=lambda text: [(0, 8, "Marie Sk")])  # as the name finder once read it
    protected = cut.protect("Marie Skłodowska won.")
    assert protected.text == f"Marie {void(1)} won." and protected.originals == {1: "Skłodowska"}
