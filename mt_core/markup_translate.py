"""Translate HTML/XML documents through the pipeline's engine, tags as placeholders, alignment as fallback."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from mt_core import grammar
from mt_core.batching import DynamicBatcher
from mt_core.casing import is_shouted, sentence_case, shout
from mt_core.engine import DecodingOptions, Hypothesis
from mt_core.errors import InputTooLongError
from mt_core.gender import request_hints
from mt_core.grammar import Gender
from mt_core.invented_tails import TAIL_CUT_WARNING, close_like, find_tail
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
from mt_core.pipeline_steps import merge_groups
from mt_core.protection import Protected
from mt_core.tag_projection import project_tags, tag_tree
from mt_core.term_forcing import forced_prefixes
from mt_core.terminology import TermMatcher, term_present
from mt_core.tokenizer import EOS

#: How a run's terms landed, by the hypothesis chosen: the best, a later one of the n-best list (any other
#: index), or a forced prefix (-1).
METHODS = {0: "annotation", -1: "prefix"}
SEGMENT_TAIL_CUT = f"a segment's translation went past the end of its source; {TAIL_CUT_WARNING}"


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
            for _, _, run in document.runs:
                if run is None:
                    continue
                unit = run.source.strip()
                run.shouted = is_shouted(run_text(run))
                inputs.append(self.pipeline.protector.protect(sentence_case(unit) if run.shouted else unit))
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
        return decode_run(
            run, self.pipeline.protector.restore(shout(output) if run.shouted else output, model_input).text
        )

    def _project(self, run: Run, model_input: Protected) -> tuple[str | None, bool]:
        """Fallback: translate the run without tags and place them through the attention alignment; the same
        attention finds an invented tail, which is cut first. Also says whether one was."""
        source_pieces = self.engine.tokenizer.pieces(model_input.text)
        plain, _ = tag_tree(source_pieces)
        source = [*plain, EOS]
        target, attention = self.engine.translate_with_attention([source], self.pipeline.decoding)[0]
        end = find_tail(source, target, attention)
        target, attention = target[:end], attention[:end]
        target = [t for t in target if t != EOS and not grammar.find_placeholders(t)]  # stray symbols the model made
        projected = self.engine.tokenizer.decode(project_tags(source_pieces, target, attention))
        if end is not None:
            projected = close_like(run_text(run), projected)
        return self._decode(run, projected, model_input), end is not None

    def _choose(self, run: Run, options: list[Hypothesis], model_input: Protected) -> tuple[int, str | None]:
        """The first hypothesis whose tags decode, unless a later one that decodes holds more of the run's
        required terms (runs with terms are decoded with an n-best list, as plain sentences are)."""
        targets = run.term_targets
        chosen, best, best_count = 0, None, -1
        for index, hypothesis in enumerate(options):
            decoded = self._decode(run, self.engine.tokenizer.decode(hypothesis.tokens), model_input)
            if decoded is None:
                continue
            count = sum(_terms_in(targets, decoded))
            if count > best_count:
                chosen, best, best_count = index, decoded, count
            if not targets or count == len(targets):
                break
        return chosen, best

    def _force_term(self, run: Run, source: list[str], model_input: Protected, decoded: str) -> str | None:
        """The plain-text pipeline's last fallback for the first term still missing (mt_core/term_forcing.py):
        the output up to where the decoder reached the term's annotation, then the term, as a forced target
        prefix. Kept only if its tags decode and it holds more of the terms."""
        targets = run.term_targets
        present = _terms_in(targets, decoded)
        if all(present) or not self.engine.manifest.annotations.terms:
            return None
        missing = present.index(False)
        target, attention = self.engine.translate_with_attention([source], self.pipeline.decoding)[0]
        places = forced_prefixes(self.engine.tokenizer, source, target, attention, missing, targets[missing])
        if not places:
            return None
        prefix = places[0]
        (hypothesis,) = self.engine.translate_tokens([source], self.pipeline.decoding, [prefix])[0]
        forced = self._decode(run, self.engine.tokenizer.decode(hypothesis.tokens), model_input)
        if forced is None or sum(_terms_in(targets, forced)) <= sum(present):
            return None
        return forced

    def _cut_tail(
        self, run: Run, source: list[str], hypothesis: Hypothesis, model_input: Protected, decoded: str
    ) -> str | None:
        """The invented tail of a segment's translation (``decoded``) cut off, as in plain text
        (mt_core/invented_tails.py); kept only if its tags still decode and it loses no term."""
        end = find_tail(source, hypothesis.tokens, hypothesis.attention)
        if end is None:
            return None
        output = close_like(run_text(run), self.engine.tokenizer.decode(hypothesis.tokens[:end]))
        cut = self._decode(run, output, model_input)
        if cut is None:
            return None
        kept = zip(_terms_in(run.term_targets, decoded), _terms_in(run.term_targets, cut), strict=True)
        return None if any(before and not after for before, after in kept) else cut

    def _decode_units(self, documents: list[MarkupDocument], tokens: list[list[str]]) -> list[list[Hypothesis]]:
        groups = self._groups(documents)
        return merge_groups(
            len(tokens), [(g, self.engine.translate_tokens([tokens[i] for i in g], d)) for g, d in groups]
        )

    def _groups(self, documents: list[MarkupDocument]) -> list[tuple[list[int], DecodingOptions]]:
        """Model units without and with term annotations, with their decoding options."""
        has_terms = [bool(run.term_targets) for d in documents for _, _, run in d.runs if run]
        return [
            ([i for i, terms in enumerate(has_terms) if not terms], self.pipeline.decoding),
            ([i for i, terms in enumerate(has_terms) if terms], self.pipeline.term_decoding),
        ]

    def _render(
        self,
        documents: list[MarkupDocument],
        inputs: list[Protected],
        tokens: list[list[str]],
        hypotheses: list[list[Hypothesis]],
        plain: list[list[str]],
    ) -> list[MarkupResult]:
        results: list[MarkupResult] = []
        outputs, model_inputs, unit_tokens = iter(hypotheses), iter(inputs), iter(tokens)
        for document, plain_outputs in zip(documents, plain, strict=True):
            result = MarkupResult("", document.repaired)
            attribute_count = len(document.attributes)
            write_attributes(document, plain_outputs[:attribute_count])
            run_outputs: list[str] = []
            for _, _, run in document.runs:
                if run is None:
                    continue
                model_input, source, options = next(model_inputs), next(unit_tokens), next(outputs)
                chosen, decoded = self._choose(run, options, model_input)
                forced = self._force_term(run, source, model_input, decoded or "")
                if forced is not None:
                    chosen, decoded = -1, forced
                cut = (
                    self._cut_tail(run, source, options[chosen], model_input, decoded)
                    if decoded and chosen >= 0
                    else None
                )
                if cut is not None:
                    decoded = cut
                    result.warnings.append(SEGMENT_TAIL_CUT)
                if decoded is None:
                    decoded, tail_cut = self._project(run, model_input)
                    result.warnings.append("inline tags of a segment were placed by word alignment")
                    if tail_cut:
                        result.warnings.append(SEGMENT_TAIL_CUT)
                if decoded is None:  # cannot happen for well-formed projections; never lose markup
                    decoded = "".join(serialize(node) for node in run.nodes)
                    result.warnings.append("a segment was left untranslated to keep its markup intact")
                run_outputs.append(decoded)
                translated = detag_text(decoded)
                terms = [(text, target, origin) for kind, text, target, origin in run.annotations if kind == "term"]
                result.terms += [
                    AppliedTerm(text, target, origin, ok, METHODS.get(chosen, "nbest") if ok else "none")
                    for (text, target, origin), ok in zip(terms, _terms_in(run.term_targets, decoded), strict=True)
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
        hypotheses = self._decode_units(documents, tokens)
        plain = [
            [r.text for r in self.pipeline.translate(d.plain_units(), source_lang, target_lang)] for d in documents
        ]
        return self._render(documents, inputs, tokens, hypotheses, plain)

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
        groups = self._groups(documents)
        decoded = await asyncio.gather(*(batcher.translate([tokens[i] for i in g], d) for g, d in groups))
        hypotheses = merge_groups(len(tokens), [(g, results) for (g, _), results in zip(groups, decoded, strict=True)])
        plain = []
        for document in documents:
            units = document.plain_units()
            translated = await self.pipeline.translate_async(units, source_lang, target_lang, batcher)
            plain.append([r.text for r in translated])
        return await asyncio.to_thread(self._render, documents, inputs, tokens, hypotheses, plain)


def _terms_in(targets: Sequence[str], decoded: str) -> list[bool]:
    """Which of a run's required terms its decoded translation holds, tags aside."""
    text = detag_text(decoded)
    return [term_present(target, text) for target in targets]
