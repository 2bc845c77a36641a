import shutil
from pathlib import Path

import pytest

from mt_core.engine import Engine
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.spanish_forms import regular_plural
from mt_core.term_inflection import SpanishTermInflector
from mt_core.terminology import Term, TermMatcher


def test_the_matcher_says_where_the_source_has_a_term_in_the_plural() -> None:
    matcher = TermMatcher([Term("invoice", "factura"), Term("shopping cart", "carrito de compras")])
    found = matcher.find("Invoices and the invoice; shopping carts.")
    assert [(m.source, m.plural) for m in found] == [("Invoices", True), ("invoice", False), ("shopping carts", True)]


@pytest.mark.parametrize(
    ("word", "plural"),
    [("carrito", "carritos"), ("camión", "camiones"), ("luz", "luces"), ("papel", "papeles"), ("widget", "widgets")],
)
def test_regular_plurals_for_words_the_dictionary_lacks(word: str, plural: str) -> None:
    assert regular_plural(word) == plural
    assert regular_plural("lunes") is None and regular_plural("tórax") is None


class _Plural:
    def plural(self, target: str) -> str | None:
        return None if " " in target else target + "s"


def test_a_plural_match_gets_its_target_in_the_plural(tiny_model_dir: Path) -> None:
    pipeline = TranslationPipeline(Engine(tiny_model_dir), term_inflector=_Plural())
    options = RequestOptions(terms=[Term("invoice", "factura"), Term("log in", "iniciar sesión")])
    prepared = pipeline.prepare(["Invoices and the invoice.", "Users log in."], options)
    assert [[t.target for t in terms] for terms in prepared.terms] == [["facturas", "factura"], ["iniciar sesión"]]
    inline = pipeline.prepare(['The <term tgt="factura">invoices</term>.'])
    assert [t.target for t in inline.terms[0]] == ["factura"]  # an inline target is taken as written
    bare = TranslationPipeline(Engine(tiny_model_dir)).prepare(["Invoices."], options)
    assert [t.target for t in bare.terms[0]] == ["factura"]


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by make test")
@pytest.mark.parametrize(
    ("target", "plural"),
    [
        ("factura", "facturas"),
        ("carrito de compras", "carritos de compras"),  # unknown head, by rule
        ("tarjeta de crédito", "tarjetas de crédito"),  # a multiword unit of the dictionary
        ("correo electrónico", "correos electrónicos"),
        ("cuenta bancaria", "cuentas bancarias"),  # the adjective agrees
        ("Carrito", "Carritos"),
        ("iniciar sesión", None),  # not a noun phrase
        ("API", None),  # an acronym does not change
    ],
)
def test_spanish_targets_take_the_plural(target: str, plural: str | None) -> None:
    assert SpanishTermInflector().plural(target) == plural
