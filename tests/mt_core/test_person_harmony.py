from mt_core.gender import GenderReader
from mt_core.gender_fallbacks import harmonise_one_person


def test_one_persons_nouns_take_the_first_ones_gender(reader: GenderReader) -> None:
    assert (
        reader.harmonise("Akira Kurosawa fue un director de cine y escritora japonés.")
        == "Akira Kurosawa fue un director de cine y escritor japonés."
    )
    assert (
        reader.harmonise("Fue una periodista y escritor estadounidense.")  # the epicene noun's article decides
        == "Fue una periodista y escritora estadounidense."
    )
    assert reader.harmonise("Fue un director y escritor japonés.") is None  # they agree
    assert reader.harmonise("Fue una directora.") is None  # one noun


def test_only_a_sentence_about_one_unknown_person_is_harmonised(reader: GenderReader) -> None:
    source = "Akira Kurosawa was a Japanese film director and screenwriter."
    mixed = "Akira Kurosawa fue un director de cine y escritora japonés."
    assert harmonise_one_person(reader, source, mixed) == "Akira Kurosawa fue un director de cine y escritor japonés."
    # another person noun: two people may be two genders
    two = "Akira Kurosawa was a director and screenwriter, and his daughter a costume designer."
    assert harmonise_one_person(reader, two, mixed) == mixed
    # a gender word says whose gender it is (the hints do that)
    assert harmonise_one_person(reader, "Akira Kurosawa was a director and screenwriter; she left.", mixed) == mixed
    # a known first name gives hints instead
    assert harmonise_one_person(reader, "Marie Curie was a physicist and chemist.", "Fue un físico y química.") == (
        "Fue un físico y química."
    )


def test_one_persons_nouns_agree_between_tags_too(reader: GenderReader) -> None:
    from mt_core.markup import prepare_markup
    from mt_core.markup_gender import reinflect_run

    ((_, _, run),) = prepare_markup(
        "<p>Akira Kurosawa was a Japanese film director and <i>screenwriter</i>.</p>", False
    ).runs
    assert run is not None
    decoded = "Akira Kurosawa fue un director de cine japonés y <i>escritora</i>."
    assert reinflect_run(reader, run, decoded) == "Akira Kurosawa fue un director de cine japonés y <i>escritor</i>."
