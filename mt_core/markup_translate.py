"""Translate HTML/XML documents through the pipeline's engine, tags as placeholders, alignment as fallback."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from mt_core import grammar
from mt_core.batching import DynamicBatcher
from mt_core.engine import Hypothesis
from mt_core.errors import InputTooLongError
from mt_core.gender import request_hints
from mt_core.grammar import Gender
from mt_core.markup import (
    MarkupDocument,
    Run,
    decode_run,
    detag_text,
    prepare_markup,
    render_markup,
    run_text,
    serialize,
    write_attributes,
)
from mt_core.pipeline import AppliedGender, AppliedTerm, TranslationPipeline
from mt_core.protection import Protected
from mt_core.tag_projection import project_tags, tag_tree
from mt_core.terminology import TermMatcher, term_present
from mt_core.tokenizer import EOS


@dataclass
class MarkupResult:
    text: str
    repaired: bool
    warnings: list[str] = field(default_factory=list)
    terms: list[AppliedTerm] = field(default_factory=list)
    genders: list[AppliedGender] = field(default_factory=list)


class MarkupTranslator:
    def __init__(self, pipeline: TranslationPipeline) -> None:
        self.pipeline = pipeline
        self.engine = pipeline.engine

    def _prepare(
        self,
        texts: Sequence[str],
        xml_mode: bool,
        ignore_tags: frozenset[str] = frozenset(),
        annotations: bool = True,
        terms: Sequence[tuple[TermMatcher, str]] = (),
        target_gender: Gender | None = None,
    ) -> tuple[list[MarkupDocument], list[Protected], list[list[str]]]:
        learned = self.engine.manifest.annotations
        documents = [prepare_markup(text, xml_mode, ignore_tags, learned, annotations, terms) for text in texts]
        if target_gender is not None:
            for document in documents:
                for _, _, run in document.runs:
                    if run is not None:
                        self._request_gender(run, target_gender)
        inputs: list[Protected] = []
        tokens: list[list[str]] = []
        for index, document in enumerate(documents):
            for unit in document.model_units():
                inputs.append(self.pipeline.protector.protect(unit))
                unit_tokens = self.engine.tokenizer.source_tokens(inputs[-1].text)
                if len(unit_tokens) > self.engine.max_input_tokens:
                    raise InputTooLongError(index, len(unit_tokens), self.engine.max_input_tokens)
                tokens.append(unit_tokens)
        return documents, inputs, tokens

    def _request_gender(self, run: Run, gender: Gender) -> None:
        """A request-level gender covers the run's ambiguous person nouns, as in plain text: the run gets the
        sentence gender tag (when the model learned it), and each noun is reported."""
        inline = {text for kind, text, _, _ in run.annotations if kind == "gender"}  # entity hints win
        hints = [hint for hint in request_hints(run_text(run), gender) if hint.source not in inline]
        run.annotations += [("gender", hint.source, gender.value, "request") for hint in hints]
        if hints and self.engine.manifest.annotations.gender:
            run.source = f"{grammar.SENTENCE_GENDER_TAG[gender]} {run.source.strip()}"

    def _decode(self, run: Run, output: str, model_input: Protected) -> str | None:
        return decode_run(run, self.pipeline.protector.restore(output, model_input).text)

    def _project(self, run: Run, model_input: Protected) -> str | None:
        """Fallback: translate the run without tags and place them through the attention alignment."""
        source_pieces = self.engine.tokenizer.pieces(model_input.text)
        plain, _ = tag_tree(source_pieces)
        target, attention = self.engine.translate_with_attention([[*plain, EOS]], self.pipeline.decoding)[0]
        target = [t for t in target if t != EOS and not grammar.find_placeholders(t)]  # stray symbols the model made
        projected = project_tags(source_pieces, target, attention)
        return self._decode(run, self.engine.tokenizer.decode(projected), model_input)

    def _render(
        self,
        documents: list[MarkupDocument],
        inputs: list[Protected],
        hypotheses: list[list[Hypothesis]],
        plain: list[list[str]],
    ) -> list[MarkupResult]:
        results: list[MarkupResult] = []
        outputs, model_inputs = iter(hypotheses), iter(inputs)
        for document, plain_outputs in zip(documents, plain, strict=True):
            result = MarkupResult("", document.repaired)
            attribute_count = len(document.attributes)
            write_attributes(document, plain_outputs[:attribute_count])
            run_outputs: list[str] = []
            for _, _, run in document.runs:
                if run is None:
                    continue
                model_input = next(model_inputs)
                decoded = self._decode(run, self.engine.tokenizer.decode(next(outputs)[0].tokens), model_input)
                if decoded is None:
                    decoded = self._project(run, model_input)
                    result.warnings.append("inline tags of a segment were placed by word alignment")
                if decoded is None:  # cannot happen for well-formed projections; never lose markup
                    decoded = "".join(serialize(node) for node in run.nodes)
                    result.warnings.append("a segment was left untranslated to keep its markup intact")
                run_outputs.append(decoded)
                translated = detag_text(decoded)
                result.terms += [
                    AppliedTerm(text, target, origin, ok, "annotation" if ok else "none")
                    for kind, text, target, origin in run.annotations
                    if kind == "term"
                    for ok in [term_present(target, translated)]
                ]
                reader = self.pipeline.gender_reader
                result.genders += [
                    AppliedGender(text, Gender(value), reader.read(text, translated) if reader else None, origin)
                    for kind, text, value, origin in run.annotations
                    if kind == "gender"
                ]
            if document.repaired:
                result.warnings.append("the HTML was malformed and was repaired as a browser would")
            result.text = render_markup(document, run_outputs, plain_outputs[attribute_count:])
            results.append(result)
        return results

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str, xml_mode: bool) -> list[MarkupResult]:
        self.pipeline.check_pair(source_lang, target_lang)
        documents, inputs, tokens = self._prepare(texts, xml_mode)
        hypotheses = self.engine.translate_tokens(tokens, self.pipeline.decoding)
        plain = [
            [r.text for r in self.pipeline.translate(d.plain_units(), source_lang, target_lang)] for d in documents
        ]
        return self._render(documents, inputs, hypotheses, plain)

    async def translate_async(
        self,
        texts: Sequence[str],
        source_lang: str,
        target_lang: str,
        xml_mode: bool,
        batcher: DynamicBatcher,
        ignore_tags: frozenset[str] = frozenset(),
        annotations: bool = True,
        terms: Sequence[tuple[TermMatcher, str]] = (),
        target_gender: Gender | None = None,
    ) -> list[MarkupResult]:
        """``terms``: (matcher, origin) pairs, e.g. a request's terms and a stored glossary."""
        self.pipeline.check_pair(source_lang, target_lang)
        documents, inputs, tokens = await asyncio.to_thread(
            self._prepare, texts, xml_mode, ignore_tags, annotations, terms, target_gender
        )
        hypotheses = await batcher.translate(tokens, self.pipeline.decoding)
        plain = []
        for document in documents:
            units = document.plain_units()
            translated = await self.pipeline.translate_async(units, source_lang, target_lang, batcher)
            plain.append([r.text for r in translated])
        return await asyncio.to_thread(self._render, documents, inputs, hypotheses, plain)
