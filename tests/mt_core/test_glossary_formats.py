import re

import pytest

from mt_core.glossary_formats import GlossaryFormatError, GlossaryLimits, guess_format, parse_glossary
from mt_core.terminology import Term

EXPECTED = [Term("order", "pedido"), Term("purchase order", "orden de compra")]


def test_tsv_and_csv_with_and_without_language_header() -> None:
    assert parse_glossary(b"order\tpedido\npurchase order\torden de compra\n", "tsv", "en", "es") == EXPECTED
    csv_with_bom = '\ufeffes,en\npedido,order\n"orden de compra","purchase order"\n'.encode()
    assert parse_glossary(csv_with_bom, "csv", "en", "es") == EXPECTED
    with pytest.raises(GlossaryFormatError, match="line 1: header"):
        parse_glossary(b"de\tfr\na\tb\n", "tsv", "en", "es")


def test_tmx_and_tbx() -> None:
    tmx = (
        b'<tmx version="1.4"><header/><body>'
        b'<tu><tuv xml:lang="en-US"><seg>order</seg></tuv><tuv xml:lang="es"><seg>pedido</seg></tuv></tu>'
        b'<tu><tuv xml:lang="es"><seg>orden de compra</seg></tuv><tuv xml:lang="en"><seg>purchase order</seg>'
        b"</tuv></tu></body></tmx>"
    )
    assert parse_glossary(tmx, "tmx", "en", "es") == EXPECTED
    tbx = (
        b'<tbx type="TBX-Basic"><text><body>'
        b'<conceptEntry id="c1"><langSet xml:lang="en"><termSec><term>order</term>'
        b'</termSec></langSet><langSet xml:lang="es"><termSec><term>pedido</term></termSec></langSet></conceptEntry>'
        b"</body></text></tbx>"
    )
    assert parse_glossary(tbx, "tbx", "en", "es") == [Term("order", "pedido")]


@pytest.mark.parametrize(
    ("data", "file_format", "message"),
    [
        (b"a\tb\nc\n", "tsv", "line 2: expected at least 2 columns"),
        (b'a,"b\n', "csv", "line "),
        (b"a\t\n", "tsv", "line 1: empty target"),
        (b"a\tb\na\tc\n", "tsv", "appears twice with different targets"),
        (b"", "tsv", "no entries"),
        (b"<tmx><body><tu><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>", "tmx", "<tu> #1: no <tuv> for es"),
        (b"<other/>", "tmx", "expected <tmx>"),
        (b"<tmx><body>", "tmx", "line 1, column 12: malformed XML (no element found)"),
        (b'<!DOCTYPE lolz [<!ENTITY lol "lol">]><tmx/>', "tmx", "DTD"),
        (b"a\tb\n", "docx", "unknown glossary format"),
    ],
)
def test_errors_name_the_place(data: bytes, file_format: str, message: str) -> None:
    with pytest.raises(GlossaryFormatError, match=re.escape(message)):
        parse_glossary(data, file_format, "en", "es")


def test_limits() -> None:
    limits = GlossaryLimits(max_entries=2, max_term_chars=5, max_file_bytes=100)
    with pytest.raises(GlossaryFormatError, match="at most 2"):
        parse_glossary(b"a\tb\nc\td\ne\tf\n", "tsv", "en", "es", limits)
    with pytest.raises(GlossaryFormatError, match="at most 5"):
        parse_glossary(b"abcdefg\tb\n", "tsv", "en", "es", limits)
    with pytest.raises(GlossaryFormatError, match="at most 100"):
        parse_glossary(b"a\tb\n" * 50, "tsv", "en", "es", limits)


def test_guess_format() -> None:
    assert guess_format("x.TMX", b"") == "tmx"
    assert guess_format(None, b"<martif>") == "tbx"
    assert guess_format("upload", b"a\tb") == "tsv"
    assert guess_format("upload", b"a,b") == "csv"
