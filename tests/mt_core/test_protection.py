import string

from mt_core import grammar
from mt_core.protection import Protected, SymbolProtector

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
