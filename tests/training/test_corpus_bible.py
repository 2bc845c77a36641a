import subprocess

import pytest

from training.corpus import bible


def test_modernise_archaic_spanish() -> None:
    assert bible.modernise_spanish("EN el principio crió Dios") == "En el principio crió Dios"
    assert bible.modernise_spanish("Y fué la luz, á la tierra ó al mar") == "Y fue la luz, a la tierra o al mar"
    assert bible.modernise_spanish("cámara está") == "cámara está"


def test_read_verses_parses_diatheke_plain_output(monkeypatch: pytest.MonkeyPatch) -> None:
    output = (
        "Genesis 1:1: In the beginning.\nGenesis 1:2: The earth   was empty. \nGenesis 1:3: <H0216>\n(engWEB2015eb)\n"
    )

    def fake_run(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 0, stdout=output, stderr="")

    monkeypatch.setattr(subprocess, "run", fake_run)
    assert bible.read_verses("engWEB2015eb", "Genesis") == {
        "Genesis 1:1": "In the beginning.",
        "Genesis 1:2": "The earth was empty.",
    }
    output = "Génesis 1:29: en que hay vida <H2416>, toda hierba <H6212> verde.\n"
    assert bible.read_verses("SpaRV", "Genesis") == {"Génesis 1:29": "en que hay vida, toda hierba verde."}


def test_pairs_join_on_verse_and_use_chapter_as_document(monkeypatch: pytest.MonkeyPatch) -> None:
    verses = {
        bible.ENGLISH_MODULE: {"Ruth 1:1": "Hello.", "Ruth 1:2": "Only English."},
        bible.SPANISH_MODULE: {"Ruth 1:1": "Hola, fué."},
    }
    monkeypatch.setattr(bible, "BOOKS", ["Ruth"])
    monkeypatch.setattr(bible, "read_verses", lambda module, book: verses[module])
    pairs = list(bible.iter_pairs())
    assert [(p.src, p.tgt, p.doc) for p in pairs] == [("Hello.", "Hola, fue.", "Ruth 1")]
