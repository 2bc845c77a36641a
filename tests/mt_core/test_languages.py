from mt_core.languages import primary_language


def test_a_tag_names_its_primary_language() -> None:
    assert [primary_language(t) for t in ("en-US", "es-419", "pt_BR", "ES", "zh-Hant-TW", " en ")] == [
        "en",
        "es",
        "pt",
        "es",
        "zh",
        "en",
    ]
