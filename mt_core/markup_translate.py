"""Translate HTML/XML documents through the pipeline's engine, tags as placeholders, alignment as fallback."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mt_core import grammar
from mt_core.ages import mend_age_verbs
from mt_core.agreement import DeterminerAgreement
from mt_core.batching import DynamicBatcher
from mt_core.casing import is_shouted, lower_mid_sentence, sentence_case, shout
from mt_core.engine import DecodingOptions, Hypothesis
from mt_core.errors import InputTooLongError
from mt_core.first_names import first_name_genders
from mt_core.grammar import Gender
from mt_core.invented_tails import TAIL_CUT_WARNING, close_like, find_tail
from mt_core.markup import (
    MarkupDocument,
    Run,
    decode_run,
    prepare_markup,
    render_markup,
    run_text,
    serialize,
    translatable_text,
    write_attributes,
)
from mt_core.markup_gender import add_hints, applied_genders, honoured, lost_noun_terms, reinflect_run, run_hints
from mt_core.markup_words import carry_spaced_rewrite, initial_case_between_tags
from mt_core.number_check import MARKUP_NOT_TEXT, check_numbers, number_warnings
from mt_core.phrase_repair import repair_phrases
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.pipeline_steps import AppliedGender, AppliedTerm, merge_groups
from mt_core.protection import Protected
from mt_core.spelling import mend_plural_spelling
from mt_core.tag_projection import project_tags, tag_tree
from mt_core.term_alignment import terms_in_place
from mt_core.term_forcing import forced_prefixes, inside_tag_prefix, translated_again
from mt_core.terminology import GENDER_TERM_ORIGIN, TermMatcher
from mt_core.text_gender import carried_genders
from mt_core.tokenizer import EOS
from mt_core.untranslated import translated_alternative

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


@dataclass(frozen=True)
class MarkupOptions:
    """What a request asks of a markup translation besides its texts."""

    #: Elements whose content is copied untranslated (DeepL's ignore_tags).
    ignore_tags: frozenset[str] = frozenset()
    #: Read <term>/<gender> as fairmt annotations rather than as markup.
    annotations: bool = True
    #: (matcher, origin) pairs, e.g. a request's terms and a stored glossary, annotated in translatable text.
    terms: Sequence[tuple[TermMatcher, str]] = ()
    #: Request-level gender for the ambiguous person nouns (also for attribute values such as alt).
    target_gender: Gender | None = None
    #: Without a request-level gender, a segment's own gender words fix its one ambiguous person noun.
    source_gender: bool = True

    def plain_options(self) -> RequestOptions:
        """For attribute values and text too rich in tags to encode, which are translated as plain text."""
        return RequestOptions(target_gender=self.target_gender, source_gender=self.source_gender)


class MarkupTranslator:
    def __init__(self, pipeline: TranslationPipeline) -> None:
        self.pipeline = pipeline
        self.engine = pipeline.engine

    def _prepare(
        self, texts: Sequence[str], xml_mode: bool, options: MarkupOptions
    ) -> tuple[list[MarkupDocument], list[Protected], list[list[str]]]:
        learned = self.engine.manifest.annotations
        documents = [
            prepare_markup(
                text,
                xml_mode,
                options.ignore_tags,
                learned,
                options.annotations,
                options.terms,
                self.pipeline.term_target,
            )
            for text in texts
        ]
        for document in documents:
            runs = [found for _, _, found in document.runs if found is not None]
            carried: list[Gender | None] = [None] * len(runs)
            names = None
            if options.source_gender and options.target_gender is None:  # the document's sentences tell each other
                carried, names = carried_genders([translatable_text(found) for found in runs], first_name_genders())
            for sentence, gender in zip(runs, carried, strict=True):
                add_hints(sentence, options.target_gender, options.source_gender, learned.gender, names, gender)
        inputs: list[Protected] = []
        tokens: list[list[str]] = []
        for index, document in enumerate(documents):
            surnames = self.pipeline.protector.surnames_in(" ".join(run_text(r) for _, _, r in document.runs if r))
            for _, _, run in document.runs:
                if run is None:
                    continue
                unit = run.source.strip()
                run.shouted = is_shouted(run_text(run))
                protected = self.pipeline.protector.protect(
                    sentence_case(unit) if run.shouted else unit, None, None, surnames
                )
                inputs.append(protected)
                unit_tokens = self.engine.tokenizer.source_tokens(inputs[-1].text)
                if len(unit_tokens) > self.engine.max_input_tokens:
                    raise InputTooLongError(index, len(unit_tokens), self.engine.max_input_tokens)
                tokens.append(unit_tokens)
        return documents, inputs, tokens

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

    def _choose(
        self, run: Run, source: list[str], options: list[Hypothesis], model_input: Protected
    ) -> tuple[int, str | None]:
        """The first hypothesis whose tags decode, unless a later one that decodes holds more of the run's
        required terms and honoured gender hints (such runs are decoded with an n-best list, as plain
        sentences are)."""
        reader, wanted = self.pipeline.gender_reader, len(run.term_targets) + len(run_hints(run))
        chosen, best, best_count = 0, None, -1
        for index, hypothesis in enumerate(options):
            decoded = self._decode(run, self.engine.tokenizer.decode(hypothesis.tokens), model_input)
            if decoded is None:
                continue
            count = sum(self._held(run, source, hypothesis, decoded)) + honoured(reader, run, decoded)
            if count > best_count:
                chosen, best, best_count = index, decoded, count
            if count == wanted:
                break
        if best is not None and not wanted:
            return self._translated_alternative(run, options, model_input, chosen, best)
        return chosen, best

    def _translated_alternative(
        self, run: Run, options: list[Hypothesis], model_input: Protected, chosen: int, decoded: str
    ) -> tuple[int, str]:
        """A later hypothesis of the beam that translates what the chosen one left in English, if its tags
        decode too (mt_core/untranslated.py); the chosen one otherwise."""
        check, decode = self.pipeline.copy_check, self.engine.tokenizer.decode
        if check is None or len(options) < 2:
            return chosen, decoded
        position = translated_alternative(check, model_input.text, decode(options[chosen].tokens), options, decode)
        other = self._decode(run, decode(options[position].tokens), model_input) if position is not None else None
        return (position, other) if position is not None and other is not None else (chosen, decoded)

    def _held(self, run: Run, source: list[str], hypothesis: Hypothesis | None, decoded: str) -> list[bool]:
        """Which required terms the run's translation holds where their source went: the string check, less
        a term whose target the attention shows in another role, as in plain text (mt_core/term_alignment.py)."""
        present = run.terms_in(decoded)
        if hypothesis is None:
            return present
        return terms_in_place(run.term_targets, present, source, hypothesis.tokens, hypothesis.attention)

    def _force_term(
        self, run: Run, source: list[str], model_input: Protected, decoded: str, hypothesis: Hypothesis | None
    ) -> tuple[str, Hypothesis] | None:
        """The plain-text pipeline's last fallback for the first term still missing (mt_core/term_forcing.py):
        the output up to where the decoder reached the term's annotation, then the term, as a forced target
        prefix, at the first of its places after which the model does not translate the term's source again;
        for a term that opens a tag, right inside the tag first.
        Kept only if its tags decode and it holds more of the terms."""
        present = self._held(run, source, hypothesis, decoded)
        if all(present) or not self.engine.manifest.annotations.terms:
            return None
        missing = present.index(False)
        target, attention = self.engine.translate_with_attention([source], self.pipeline.decoding)[0]
        term = run.term_targets[missing]
        inside = inside_tag_prefix(self.engine.tokenizer, source, target, missing, term)
        places = forced_prefixes(self.engine.tokenizer, source, target, attention, missing, term)
        places = ([inside] if inside else []) + [place for place in places if place != inside]
        if not places:
            return None
        prefixes: list[list[str] | None] = list(places)
        outputs = self.engine.translate_tokens([source] * len(places), self.pipeline.decoding, prefixes)
        first: tuple[str, Hypothesis] | None = None
        for prefix, (forced_hypothesis, *_) in zip(places, outputs, strict=True):
            forced = self._decode(run, self.engine.tokenizer.decode(forced_hypothesis.tokens), model_input)
            # The term is where it was put: the string check judges it (its forced tokens' attention need not
            # point at the annotation, as at the place inside a tag).
            if forced is None or sum(run.terms_in(forced)) <= sum(present):
                continue
            first = first or (forced, forced_hypothesis)
            tokens, rows = forced_hypothesis.tokens, forced_hypothesis.attention
            if not translated_again(source, missing, len(prefix), tokens, rows):
                return forced, forced_hypothesis
        return first

    def _cut_tail(
        self, run: Run, source: list[str], hypothesis: Hypothesis, model_input: Protected, decoded: str
    ) -> tuple[str, Hypothesis] | None:
        """The invented tail of a segment's translation (``decoded``) cut off, as in plain text
        (mt_core/invented_tails.py), with the hypothesis it leaves; kept only if its tags still decode and
        it loses no term."""
        end = find_tail(source, hypothesis.tokens, hypothesis.attention)
        if end is None:
            return None
        output = close_like(run_text(run), self.engine.tokenizer.decode(hypothesis.tokens[:end]))
        cut = self._decode(run, output, model_input)
        if cut is None:
            return None
        rows = hypothesis.attention[:end] if hypothesis.attention is not None else None
        shorter = Hypothesis(hypothesis.tokens[:end], hypothesis.score, hypothesis.truncated, rows)
        kept = zip(self._held(run, source, hypothesis, decoded), self._held(run, source, shorter, cut), strict=True)
        return None if any(before and not after for before, after in kept) else (cut, shorter)

    def _decode_units(self, documents: list[MarkupDocument], tokens: list[list[str]]) -> list[list[Hypothesis]]:
        groups = self._groups(documents)
        return merge_groups(
            len(tokens), [(g, self.engine.translate_tokens([tokens[i] for i in g], d)) for g, d in groups]
        )

    def _groups(self, documents: list[MarkupDocument]) -> list[tuple[list[int], DecodingOptions]]:
        """Model units without and with terms or gender hints (decoded n-best), with their decoding options."""
        checked = [bool(run.term_targets or run_hints(run)) for d in documents for _, _, run in d.runs if run]
        return [
            ([i for i, check in enumerate(checked) if not check], self.pipeline.decoding),
            ([i for i, check in enumerate(checked) if check], self.pipeline.term_decoding),
        ]

    def _translate_run(
        self, run: Run, model_input: Protected, source: list[str], options: list[Hypothesis], result: MarkupResult
    ) -> tuple[int, str, list[bool]]:
        """The run's translation with its tags, which hypothesis it came from (as METHODS numbers them), and
        which terms it holds: the n-best choice, then the term, tail and gender fallbacks; warnings go to
        ``result``."""
        chosen, decoded = self._choose(run, source, options, model_input)
        hypothesis = options[chosen] if decoded is not None else None
        forced = self._force_term(run, source, model_input, decoded or "", hypothesis)
        if forced is not None:
            chosen, (decoded, hypothesis) = -1, forced
        cut = self._cut_tail(run, source, hypothesis, model_input, decoded) if decoded and hypothesis else None
        if cut is not None:
            decoded, hypothesis = cut
            result.warnings.append(SEGMENT_TAIL_CUT)
        if decoded is None:
            decoded, tail_cut = self._project(run, model_input)
            result.warnings.append("inline tags of a segment were placed by word alignment")
            if tail_cut:
                result.warnings.append(SEGMENT_TAIL_CUT)
        if decoded is None:  # cannot happen for well-formed projections; never lose markup
            decoded = "".join(serialize(node) for node in run.nodes)
            result.warnings.append("a segment was left untranslated to keep its markup intact")
        text = self.pipeline.protector.as_read(run_text(run))  # the words the model read
        repairs = self.pipeline.phrase_repairs
        decoded = repair_phrases(text, decoded, repairs, MARKUP_NOT_TEXT, after_gender=False)
        decoded = mend_plural_spelling(text, decoded, MARKUP_NOT_TEXT)
        decoded = reinflect_run(self.pipeline.gender_reader, run, decoded)
        decoded = repair_phrases(text, decoded, repairs, MARKUP_NOT_TEXT, after_gender=True)
        if self.pipeline.agreement is not None:
            decoded = _mend_agreement(self.pipeline.agreement, text, decoded)
        decoded = mend_age_verbs(text, lower_mid_sentence(text, initial_case_between_tags(text, decoded)))
        if self.pipeline.number_check:
            numbers = check_numbers(text, decoded, MARKUP_NOT_TEXT)
            result.warnings += number_warnings("a segment", numbers)
            decoded = numbers.text
        return chosen, decoded, self._held(run, source, hypothesis if chosen >= 0 else None, decoded)

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
                chosen, decoded, held = self._translate_run(
                    run, next(model_inputs), next(unit_tokens), next(outputs), result
                )
                run_outputs.append(decoded)
                terms = [(text, target, origin) for kind, text, target, origin in run.annotations if kind == "term"]
                result.terms += [
                    AppliedTerm(text, target, origin, ok, METHODS.get(chosen, "nbest") if ok else "none")
                    for (text, target, origin), ok in zip(terms, held, strict=True)
                ]
                result.genders += applied_genders(self.pipeline.gender_reader, run, decoded)
            if document.repaired:
                result.warnings.append("the HTML was malformed and was repaired as a browser would")
            result.text = render_markup(document, run_outputs, plain_outputs[attribute_count:])
            results.append(result)
        return results

    def translate(
        self,
        texts: Sequence[str],
        source_lang: str,
        target_lang: str,
        xml_mode: bool,
        options: MarkupOptions = MarkupOptions(),
    ) -> list[MarkupResult]:
        self.pipeline.check_pair(source_lang, target_lang)
        results = self._translate_once(texts, source_lang, target_lang, xml_mode, options)
        for index, retry in self._gender_retries(results, options).items():
            (again,) = self._translate_once([texts[index]], source_lang, target_lang, xml_mode, retry)
            results[index] = _better(results[index], again)
        return results

    async def translate_async(
        self,
        texts: Sequence[str],
        source_lang: str,
        target_lang: str,
        xml_mode: bool,
        batcher: DynamicBatcher,
        options: MarkupOptions = MarkupOptions(),
    ) -> list[MarkupResult]:
        self.pipeline.check_pair(source_lang, target_lang)
        results = await self._translate_once_async(texts, source_lang, target_lang, xml_mode, batcher, options)
        retries = await asyncio.to_thread(self._gender_retries, results, options)
        again = await asyncio.gather(
            *(
                self._translate_once_async([texts[index]], source_lang, target_lang, xml_mode, batcher, retry)
                for index, retry in retries.items()
            )
        )
        for index, (result,) in zip(retries, again, strict=True):
            results[index] = _better(results[index], result)
        return results

    def _gender_retries(self, results: list[MarkupResult], options: MarkupOptions) -> dict[int, MarkupOptions]:
        """Documents that lost a hinted noun, with their options plus the noun as a required term."""
        if not self.engine.manifest.annotations.terms:
            return {}
        retries = {}
        for index, result in enumerate(results):
            matcher = lost_noun_terms(self.pipeline.gender_reader, result.genders, result.text)
            if matcher is not None:
                retries[index] = replace(options, terms=[*options.terms, (matcher, GENDER_TERM_ORIGIN)])
        return retries

    def _translate_once(
        self, texts: Sequence[str], source_lang: str, target_lang: str, xml_mode: bool, options: MarkupOptions
    ) -> list[MarkupResult]:
        documents, inputs, tokens = self._prepare(texts, xml_mode, options)
        hypotheses = self._decode_units(documents, tokens)
        plain_options = options.plain_options()
        plain = [
            [r.text for r in self.pipeline.translate(d.plain_units(), source_lang, target_lang, plain_options)]
            for d in documents
        ]
        return self._render(documents, inputs, tokens, hypotheses, plain)

    async def _translate_once_async(
        self,
        texts: Sequence[str],
        source_lang: str,
        target_lang: str,
        xml_mode: bool,
        batcher: DynamicBatcher,
        options: MarkupOptions,
    ) -> list[MarkupResult]:
        documents, inputs, tokens = await asyncio.to_thread(self._prepare, texts, xml_mode, options)
        groups = self._groups(documents)
        decoded = await asyncio.gather(*(batcher.translate([tokens[i] for i in g], d) for g, d in groups))
        hypotheses = merge_groups(len(tokens), [(g, results) for (g, _), results in zip(groups, decoded, strict=True)])
        plain = []
        for document in documents:
            units = document.plain_units()
            translated = await self.pipeline.translate_async(
                units, source_lang, target_lang, batcher, options.plain_options()
            )
            plain.append([r.text for r in translated])
        return await asyncio.to_thread(self._render, documents, inputs, tokens, hypotheses, plain)


def _mend_agreement(agreement: DeterminerAgreement, source: str, decoded: str) -> str:
    """Determiners mended between the tags, then across them ('un <b>empresaria</b>'), where the words of
    the visible text can be changed in place."""
    decoded = agreement.mend([source], [decoded], MARKUP_NOT_TEXT)[0]
    if "<" not in decoded:
        return decoded
    return carry_spaced_rewrite(decoded, lambda text: agreement.mend([source], [text])[0]) or decoded


def _better(first: MarkupResult, again: MarkupResult) -> MarkupResult:
    """The retry with the lost nouns as terms, if it honours more hints and keeps the customer's terms; the
    terms fairmt added itself are not reported."""
    again.terms = [term for term in again.terms if term.origin != GENDER_TERM_ORIGIN]
    honoured = sum(g.honoured for g in again.genders) > sum(g.honoured for g in first.genders)
    kept = sum(t.applied for t in again.terms) >= sum(t.applied for t in first.terms)
    return again if honoured and kept else first
