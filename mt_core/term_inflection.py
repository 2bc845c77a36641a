"""A term given in the singular takes the plural where the source has it in the plural.

Glossaries list terms in their base form ("invoice" → "factura"), and the matcher finds "invoices" too; the
model then copies the annotated target as written, so "Invoices are sent monthly." came back as "La factura
está enviada" and "Your shopping carts are saved." as "Vuestros carrito de compras". The target's leading
nouns and adjectives are put in the plural with Apertium's Spanish analyser and generator ("carrito de
compras" → "carritos de compras", "cuenta bancaria" → "cuentas bancarias"); a target the analyser cannot
read, or one that does not begin with a noun, stays as the customer wrote it.
"""

from __future__ import annotations

import threading
from typing import Protocol

from mt_core.gender_rewrite import Generator
from mt_core.morphology import Analyser, Analysis, spanish_analyser
from mt_core.spanish_forms import regular_plural
from mt_core.verb_forms import shared_generator


class TermInflector(Protocol):
    def plural(self, target: str) -> str | None:
        """``target`` in the plural; None where it cannot be inflected."""
        ...


class SpanishTermInflector:
    def __init__(self, analyser: Analyser | None = None, generator: Generator | None = None) -> None:
        self.analyser = analyser or spanish_analyser()
        self.generator = generator or Generator()
        self._plurals: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def plural(self, target: str) -> str | None:
        with self._lock:
            if target in self._plurals:
                return self._plurals[target]
        form = self._inflect(target)
        with self._lock:
            self._plurals[target] = form
        return form

    def _inflect(self, target: str) -> str | None:
        tokens = self.analyser.analyse(target)
        plan: list[tuple[int, Analysis | None]] = []  # None: a word the analyser does not know, by rule
        for index, token in enumerate(tokens):
            singular = next((a for a in token.analyses if a.tags[:1] in (("n",), ("adj",)) and "sg" in a.tags), None)
            if index == 0 and not token.analyses and token.surface.isalpha() and not token.surface.isupper():
                plan.append((0, None))  # 'carrito': unknown, most likely a noun
                continue
            if singular is None or (index == 0 and singular.tags[:1] != ("n",)):
                break
            plan.append((index, Analysis(singular.lemma, tuple("pl" if t == "sg" else t for t in singular.tags))))
            if " " in token.surface:  # a multiword unit ('tarjeta de crédito'): its head is its first word
                break
        if not plan:
            return None
        generated = self.generator.generate([a for _, a in plan if a is not None])
        forms = iter(generated)
        pieces, cursor = [], 0
        for index, analysis in plan:
            token = tokens[index]
            form = next(forms) if analysis is not None else regular_plural(token.surface)
            if form is None:
                return None
            # The generator writes a multiword unit whole ('correos electrónicos') or its head alone ('tarjetas').
            replaced = token.surface if " " in form else token.surface.split(" ", 1)[0]
            if replaced[:1].isupper():
                form = form[:1].upper() + form[1:]
            pieces += [target[cursor : token.start], form]
            cursor = token.start + len(replaced)
        pieces.append(target[cursor:])
        return "".join(pieces)


def term_inflector_for(target_lang: str, analyser: Analyser | None = None) -> TermInflector | None:
    """The inflector for a target language, or None where none exists or Apertium is not installed;
    ``analyser`` shares a running target-language analyser (the gender reader's)."""
    if target_lang != "es":
        return None
    try:
        return SpanishTermInflector(analyser, shared_generator())  # one generator process for every pipeline
    except FileNotFoundError:
        return None
