"""The translation pipeline: segment, encode with the grammar, decode, verify, reassemble.

``prepare``, ``select`` and ``assemble`` are pure, so the same pipeline runs synchronously
(CLI, evaluation, GFST) or through the dynamic batcher (the service).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from mt_core import grammar
from mt_core.ages import mend_age_verbs
from mt_core.agreement import DeterminerAgreement
from mt_core.batching import DynamicBatcher
from mt_core.casing import is_shouted, lower_mid_sentence, match_initial_case, sentence_case, shout
from mt_core.dates import date_finder_for
from mt_core.engine import DecodingOptions, Engine, Hypothesis
from mt_core.errors import FairmtError, InputTooLongError, UnsupportedLanguagePairError
from mt_core.gender import (
    GenderHint,
    GenderReader,
    context_gender,
    request_hints,
    sentence_gender,
    source_hints,
    speaker_hints,
)
from mt_core.gender_fallbacks import add_gender_terms, reinflect, write_copied_person_nouns
from mt_core.grammar import Gender
from mt_core.inline import InlineAnnotations, InlineSyntaxError, parse_inline
from mt_core.invented_tails import TAIL_CUT_WARNING, cut_invented_tails, trim
from mt_core.languages import primary_language
from mt_core.number_check import NumberCheck, all_numbers_kept, check_numbers, has_numbers, number_warnings
from mt_core.person_names import NameFinder
from mt_core.phrase_repair import repair_phrases
from mt_core.pipeline_steps import AppliedGender, AppliedTerm, PreparedTexts, Selection, TranslatedText, merge_groups
from mt_core.placeholder_retry import apply_retries, placeholder_retries, retry_tokens
from mt_core.protection import InputRewrite, Protected, Restored, SymbolProtector
from mt_core.segmentation import reassemble, segment
from mt_core.speaker_gender import SPEAKER, worth_reporting
from mt_core.specifier_retry import lost_specifiers, plan_specifier_retry
from mt_core.spelling import mend_plural_spelling
from mt_core.term_alignment import terms_found
from mt_core.term_forcing import force_terms
from mt_core.term_inflection import TermInflector
from mt_core.terminology import GENDER_TERM_ORIGIN, Term, TermMatch, TermMatcher, TermSyntaxError
from mt_core.text_gender import agree_opening_participle, segment_genders
from mt_core.text_repair import TextRepair
from mt_core.untranslated import CopyCheck, prefer_translated, sentences_with_copies

#: Requests larger than this are tokenized in a worker thread, so a big request never stalls the event loop.
INLINE_PREPARE_CHARS = 4000
#: Hypotheses searched when a sentence carries terms, for the reranking fallback.
TERM_NBEST = 4
T = TypeVar("T")
#: Hints that reach the model as a tag around their noun; a request's gender becomes a sentence tag instead. A
#: first name's hint steers only the n-best choice and the re-inflection: as a tag it gave the same genders
#: but changed other words (WordNet's biographies: BLEU 76.65 against 76.73 without the tag).
TAGGED_ORIGINS = frozenset({"inline", "source"})


async def _run(in_thread: bool, function: Callable[..., T], *arguments: Any) -> T:
    """``function(*arguments)`` in a worker thread where it may block or take long, else right here (a thread
    hop costs more than the short pure-Python steps of most requests)."""
    return await asyncio.to_thread(function, *arguments) if in_thread else function(*arguments)


class AnnotationError(FairmtError):
    """An inline annotation in a request text cannot be honoured."""


@dataclass(frozen=True)
class RequestOptions:
    terms: Sequence[Term] = ()
    glossary: TermMatcher | None = None
    inline_annotations: bool = True
    max_terms_per_sentence: int = 8
    #: Request-level hint for the speaker and the gender-ambiguous person nouns.
    target_gender: Gender | None = None
    #: Untranslated text that can resolve gender ("My sister is a doctor." before "She is also a surgeon.").
    context: str = ""
    #: Without hints, a sentence's explicit gender words fix its one ambiguous person noun; False leaves
    #: every noun to the model (what GFST measures).
    source_gender: bool = True

    @property
    def effective_gender(self) -> Gender | None:
        return self.target_gender or (context_gender(self.context) if self.context else None)


def request_term_matcher(terms: Sequence[Term]) -> TermMatcher | None:
    """A request's own terms as a matcher; a term without words is the client's error (422), named."""
    try:
        return TermMatcher(terms) if terms else None
    except TermSyntaxError as error:
        raise AnnotationError(f"terms: {error}") from error


class TranslationPipeline:
    def __init__(
        self,
        engine: Engine,
        decoding: DecodingOptions | None = None,
        gender_reader: GenderReader | None = None,
        copy_check: CopyCheck | None = None,
        number_check: bool = True,
        term_inflector: TermInflector | None = None,
        agreement: DeterminerAgreement | None = None,
        phrase_repairs: tuple[TextRepair, ...] = (),
        names: NameFinder | None = None,
        known_names: NameFinder | None = None,
        input_rewrite: InputRewrite | None = None,
    ) -> None:
        self.engine = engine
        self.gender_reader = gender_reader
        #: Finds source words the model left untranslated (mt_core/untranslated.py); None turns that off.
        self.copy_check = copy_check
        #: Writes back numbers the model changed (mt_core/number_check.py); off only to measure the model alone.
        self.number_check = number_check
        #: Puts a term's target in the plural where the source has the term so; None copies targets as written.
        self.term_inflector = term_inflector
        #: Puts a determiner in its noun's gender (mt_core/agreement.py); None leaves determiners as written.
        self.agreement = agreement
        #: The teacher's slips put right where the source shows them (mt_core/phrase_repair.py).
        self.phrase_repairs = phrase_repairs
        #: People's names are kept from the model (mt_core/person_names.py) where a name finder is given, and
        #: names of wars, prizes and the like written the target language's way (mt_core/known_names.py);
        #: ``input_rewrite`` writes the input the way the model reads best (mt_core/english_input.py).
        self.protector = SymbolProtector(
            engine.tokenizer.known_characters, date_finder_for(*engine.manifest.pair), names, known_names, input_rewrite
        )
        self.decoding = decoding or DecodingOptions()
        self.term_decoding = replace(
            self.decoding, beam_size=max(self.decoding.beam_size, TERM_NBEST), num_hypotheses=TERM_NBEST
        )

    @property
    def supported_pairs(self) -> list[tuple[str, str]]:
        return [self.engine.manifest.pair]

    def check_pair(self, source_lang: str, target_lang: str) -> None:
        """A region or script in a tag is fine ('en-US', 'es-419'): the model serves the language."""
        if (primary_language(source_lang), primary_language(target_lang)) not in self.supported_pairs:
            raise UnsupportedLanguagePairError(source_lang, target_lang, self.supported_pairs)

    def _annotations(
        self, index: int, text: str, options: RequestOptions, request_terms: TermMatcher | None
    ) -> InlineAnnotations:
        found = InlineAnnotations(text)
        if options.inline_annotations:
            try:
                found = parse_inline(text)
            except InlineSyntaxError as error:
                raise AnnotationError(f"text[{index}]: {error}") from error
        for matcher, origin in ((request_terms, "request"), (options.glossary, "glossary")):
            if matcher is not None:
                taken = [(m.start, m.end) for m in found.terms]
                found.terms += [
                    replace(m, origin=origin, target=self.term_target(m))
                    for m in matcher.find(found.text, 10_000, taken)
                ]
        found.terms.sort(key=lambda m: m.start)
        return found

    def term_target(self, match: TermMatch) -> str:
        """A request or glossary term's target in the plural where the source has the term in the plural
        (mt_core/term_inflection.py)."""
        if not match.plural or self.term_inflector is None:
            return match.target
        return self.term_inflector.plural(match.target) or match.target

    def _model_input(self, sentence: str, terms: list[TermMatch], genders: list[GenderHint]) -> str:
        """The sentence in the model-input grammar, using only the annotations the model learned."""
        learned = self.engine.manifest.annotations
        term_spans = [grammar.TermSpan(m.start, m.end, m.target) for m in terms] if learned.terms else []
        gender_spans: list[grammar.GenderSpan] = []
        sentence_gender = None
        if learned.gender:
            taken = [(t.start, t.end) for t in term_spans]
            gender_spans = [
                grammar.GenderSpan(h.start, h.end, h.gender)
                for h in genders
                if h.origin in TAGGED_ORIGINS and not any(h.start < e and s < h.end for s, e in taken)
            ]
            # Nouns only: the tag on a sentence about "I" alone made the model turn others feminine too ("I knew
            # he was tired." → "Supe era cansada."); the speaker is left to the choice and the re-inflection.
            requested = {h.gender for h in genders if h.origin == "request" and h.source != SPEAKER}
            sentence_gender = requested.pop() if len(requested) == 1 else None
        if not term_spans and not gender_spans and sentence_gender is None:
            return sentence
        return grammar.render(sentence, term_spans, gender_spans, sentence_gender)

    def prepare(self, texts: Sequence[str], options: RequestOptions | None = None) -> PreparedTexts:
        options = options or RequestOptions()
        request_terms = request_term_matcher(options.terms)
        prepared = PreparedTexts([], [], [], [])
        limit = self.engine.max_input_tokens
        for index, raw in enumerate(texts):
            found = self._annotations(index, raw, options, request_terms)
            surnames = self.protector.surnames_in(found.text)
            segments = segment(found.text)
            prepared.segments.append(segments)
            text_wide = options.source_gender and options.effective_gender is None
            carried, names = segment_genders(segments) if text_wide else ({}, None)
            offset = 0
            for seg in segments:
                start, offset = offset, offset + len(seg.text)
                if not seg.translatable:
                    continue
                terms = [
                    replace(m, start=m.start - start, end=m.end - start)
                    for m in found.terms
                    if start <= m.start and m.end <= offset
                ][: options.max_terms_per_sentence]
                genders = [
                    replace(h, start=h.start - start, end=h.end - start)
                    for h in found.genders
                    if start <= h.start and h.end <= offset
                ]
                shouted = is_shouted(seg.text)
                cased = sentence_case(seg.text) if shouted else seg.text
                if options.effective_gender is not None:
                    inline = [(h.start, h.end) for h in genders]
                    requested = request_hints(cased, options.effective_gender)
                    if options.target_gender is not None:
                        requested += speaker_hints(cased, options.target_gender)
                    genders += [h for h in requested if not any(h.start < e and s < h.end for s, e in inline)]
                elif options.source_gender and not genders:
                    genders = source_hints(cased, names, carried.get(start))
                sentence = grammar.sanitize(cased)
                model_input = self.protector.protect(
                    self._model_input(sentence, terms, genders),
                    None,
                    sentence_gender(sentence, genders, names),
                    surnames,
                )
                tokens = self.engine.tokenizer.source_tokens(model_input.text)
                if len(tokens) > limit:
                    raise InputTooLongError(index, len(tokens), limit)
                prepared.tokens.append(tokens)
                prepared.owners.append(index)
                prepared.terms.append(terms)
                prepared.genders.append(sorted(genders, key=lambda h: h.start))
                prepared.sources.append(sentence)
                prepared.inputs.append(model_input)
                prepared.shouted.append(shouted)
                prepared.surnames.append(surnames)
                prepared.names.append(names)
        return prepared

    def genders_found(self, text: str, hints: list[GenderHint]) -> list[Gender | None]:
        reader = self.gender_reader
        return [reader.read(h.source, text) if reader else None for h in hints]

    def _keeping_numbers(self, source: str, options: list[Hypothesis], model_input: Protected) -> int:
        """The first hypothesis that keeps the most of the source's numbers, in digits or words: the model's best
        one now and then drops one ('Gasará premios Grammy' for 'won thirteen Grammy Awards', 'Marcó 77 goles en
        partidos internacionales' for '77 goals in 92 international matches')."""
        best, most = 0, -1
        for index, option in enumerate(options):
            kept, total = all_numbers_kept(source, self.output_text(option.tokens, model_input).text)
            best, most = (index, kept) if kept > most else (best, most)
            if kept == total:
                break
        return best

    def output_text(self, tokens: list[str], model_input: Protected) -> Restored:
        """Decoded output with the protected characters back in and no grammar symbols left."""
        restored = self.protector.restore(self.engine.tokenizer.decode(tokens), model_input)
        return Restored(grammar.strip_symbols(restored.text), restored.misplaced)

    def _choose(
        self,
        options: list[Hypothesis],
        terms: list[TermMatch],
        hints: list[GenderHint],
        model_input: Protected,
        source_tokens: list[str],
    ) -> tuple[int, str, list[bool], list[Gender | None]]:
        """The best hypothesis, unless another in the n-best list has more required terms and honoured hints;
        each is judged as it will be returned, without an invented tail."""
        trimmed = [trim(source_tokens, h) for h in options]
        decoded = [self.output_text(h.tokens, model_input).text for h in trimmed]
        present = [terms_found(terms, text, source_tokens, h) for text, h in zip(decoded, trimmed, strict=True)]
        genders = [self.genders_found(text, hints) for text in decoded]

        def score(i: int) -> tuple[int, int]:
            honoured = sum(found == hint.gender for found, hint in zip(genders[i], hints, strict=True))
            return sum(present[i]) + honoured, -i

        best = max(range(len(options)), key=score)
        return best, "annotation" if best == 0 else "nbest", present[best], genders[best]

    def select(self, prepared: PreparedTexts, hypotheses: list[list[Hypothesis]]) -> list[Selection]:
        selections = []
        for options, terms, hints, model_input, source_tokens, source in zip(
            hypotheses,
            prepared.terms,
            prepared.genders,
            prepared.inputs,
            prepared.tokens,
            prepared.sources,
            strict=True,
        ):
            best, method = 0, "annotation"
            present: list[bool] = []
            genders: list[Gender | None] = []
            if terms or hints:
                best, method, present, genders = self._choose(options, terms, hints, model_input, source_tokens)
            elif len(options) > 1 and has_numbers(source):
                best = self._keeping_numbers(source, options, model_input)
            output = self.output_text(options[best].tokens, model_input)
            chosen = options[best]
            selections.append(
                Selection(
                    output.text,
                    method,
                    present,
                    chosen.truncated,
                    genders,
                    output.misplaced,
                    chosen.tokens,
                    chosen.attention,
                )
            )
        return selections

    def prefix_retries(self, selections: list[Selection]) -> list[int]:
        """Sentences still missing a term after every other fallback, for models that learned terms."""
        if not self.engine.manifest.annotations.terms:
            return []
        return [i for i, sel in enumerate(selections) if sel.present and not all(sel.present)]

    def protected_input(self, prepared: PreparedTexts, index: int, also: re.Pattern[str] | None = None) -> Protected:
        """Sentence ``index``'s model input as its terms and hints now stand; ``also`` protects more."""
        sentence, hints = prepared.sources[index], prepared.genders[index]
        sentence_input = self._model_input(sentence, prepared.terms[index], hints)
        return self.protector.protect(
            sentence_input,
            also,
            sentence_gender(sentence, hints, prepared.names_of(index)),
            prepared.surnames_of(index),
        )

    def _gender_terms(self, prepared: PreparedTexts, selections: list[Selection]) -> None:
        """Hinted nouns missing from the output become required terms (mt_core/gender_fallbacks.py)."""
        if self.gender_reader is not None and self.engine.manifest.annotations.terms:
            for index in add_gender_terms(self.gender_reader, prepared, selections):
                prepared.inputs[index] = self.protected_input(prepared, index)
                prepared.tokens[index] = self.engine.tokenizer.source_tokens(prepared.inputs[index].text)
                selections[index].tokens, selections[index].attention = [], None  # not from this input any more

    def assemble(self, prepared: PreparedTexts, selections: list[Selection]) -> list[TranslatedText]:
        read = [self.protector.as_read(source) for source in prepared.sources]  # the words the model read
        for selection, source in zip(selections, read, strict=True):
            # before the analyser reads it
            repaired = repair_phrases(source, selection.text, self.phrase_repairs, after_gender=False)
            selection.text = mend_plural_spelling(source, repaired)
        if self.gender_reader is not None:
            for selection, source, hints in zip(selections, read, prepared.genders, strict=True):
                selection.text = write_copied_person_nouns(self.gender_reader, source, selection.text, hints)
            reinflect(self.gender_reader, prepared, selections)
        for index, (selection, source) in enumerate(zip(selections, read, strict=True)):
            selection.text = repair_phrases(source, selection.text, self.phrase_repairs, after_gender=True)
            selection.text = agree_opening_participle(source, selection.text, prepared.names_of(index))
        if self.agreement is not None:
            mended = self.agreement.mend(read, [selection.text for selection in selections])
            for selection, text in zip(selections, mended, strict=True):
                selection.text = text
        results = [TranslatedText("") for _ in prepared.segments]
        sentences: list[list[str]] = [[] for _ in prepared.segments]
        for index, (owner, selection, terms, hints, source) in enumerate(
            zip(prepared.owners, selections, prepared.terms, prepared.genders, read, strict=True)
        ):
            text = grammar.drop_concordance_numbers(source, grammar.tidy_spacing(source, selection.text))
            text = mend_age_verbs(source, lower_mid_sentence(source, match_initial_case(source, text)))
            numbers = check_numbers(source, text) if self.number_check else NumberCheck(text)
            text = numbers.text
            if prepared.shouted and prepared.shouted[index]:
                text = shout(text, prepared.inputs[index].originals.values())
            sentences[owner].append(text)
            results[owner].warnings += number_warnings(f"sentence {len(sentences[owner])}", numbers)
            results[owner].warnings += [
                f"sentence {len(sentences[owner])}: the format specifier {specifier} is missing from the translation"
                for specifier in lost_specifiers(source, text)
            ]
            results[owner].genders += [
                AppliedGender(h.source, h.gender, found, h.origin)
                for h, found in zip(hints, selection.genders_found, strict=True)
                if worth_reporting(h.source, found)
            ]
            results[owner].terms += [
                AppliedTerm(t.source, t.target, t.origin, ok, selection.method if ok else "none")
                for t, ok in zip(terms, selection.present, strict=True)
                if t.origin != GENDER_TERM_ORIGIN
            ]
            if selection.trimmed:
                results[owner].warnings.append(
                    f"sentence {len(sentences[owner])}: the model went past the end of the source; {TAIL_CUT_WARNING}"
                )
            if selection.misplaced:
                results[owner].warnings.append(
                    f"sentence {len(sentences[owner])}: the model left out {', '.join(selection.misplaced)}, "
                    "which was put back at an end of the sentence"
                )
            if selection.truncated:
                results[owner].warnings.append(
                    f"sentence {len(sentences[owner])} reached the output length limit; "
                    "its translation may be cut short"
                )
        for result, segments, translated in zip(results, prepared.segments, sentences, strict=True):
            result.text = reassemble(segments, translated)
        return results

    def _groups(self, prepared: PreparedTexts) -> tuple[list[int], list[int]]:
        constrained = [i for i, (t, g) in enumerate(zip(prepared.terms, prepared.genders, strict=True)) if t or g]
        chosen = set(constrained)
        return [i for i in range(len(prepared.terms)) if i not in chosen], constrained

    def translate(
        self, texts: Sequence[str], source_lang: str, target_lang: str, options: RequestOptions | None = None
    ) -> list[TranslatedText]:
        self.check_pair(source_lang, target_lang)
        prepared = self.prepare(texts, options)
        plain, with_terms = self._groups(prepared)
        groups = [
            (indices, self.engine.translate_tokens([prepared.tokens[i] for i in indices], decoding))
            for indices, decoding in ((plain, self.decoding), (with_terms, self.term_decoding))
        ]
        hypotheses = merge_groups(len(prepared.tokens), groups)
        selections = self._select_with_gender_terms(prepared, hypotheses)
        copies = sentences_with_copies(self, prepared, selections)
        prefer_translated(self, prepared, selections, copies, [hypotheses[i] for i in copies])
        retries = placeholder_retries(self, selections)
        if retries:
            batch = [retry_tokens(self, prepared, i, selections[i]) for i in retries]
            apply_retries(self, prepared, selections, retries, self.engine.translate_tokens(batch, self.decoding))
        if self.prefix_retries(selections):
            force_terms(self, prepared, selections)
        retry = plan_specifier_retry(self, prepared, selections)
        if retry is not None:
            retry.apply(self, prepared, selections, [self.engine.translate_tokens(b, d) for b, d in retry.batches()])
        cut_invented_tails(self, prepared, selections)
        return self.assemble(prepared, selections)

    async def translate_async(
        self,
        texts: Sequence[str],
        source_lang: str,
        target_lang: str,
        batcher: DynamicBatcher,
        options: RequestOptions | None = None,
    ) -> list[TranslatedText]:
        self.check_pair(source_lang, target_lang)
        # Steps whose cost grows with the request run in a worker thread when it is large. A short request's
        # steps, the analyser's pipe round trips for hinted sentences included, stay here: a thread hop for
        # every hinted request cost 3% of throughput (1 of 6 rounds won, README "Dynamic batching").
        large = sum(len(text) for text in texts) > INLINE_PREPARE_CHARS
        prepared = await asyncio.to_thread(self.prepare, texts, options) if large else self.prepare(texts, options)
        plain, with_terms = self._groups(prepared)
        outputs = await asyncio.gather(
            batcher.translate([prepared.tokens[i] for i in plain], self.decoding),
            batcher.translate([prepared.tokens[i] for i in with_terms], self.term_decoding),
        )
        hypotheses = merge_groups(len(prepared.tokens), [(plain, outputs[0]), (with_terms, outputs[1])])
        selections = await _run(large, self._select_with_gender_terms, prepared, hypotheses)
        copies = await _run(large, sentences_with_copies, self, prepared, selections)
        if copies:
            await _run(large, prefer_translated, self, prepared, selections, copies, [hypotheses[i] for i in copies])
        retries = placeholder_retries(self, selections)
        if retries:
            batch = [retry_tokens(self, prepared, i, selections[i]) for i in retries]
            retried = await batcher.translate(batch, self.decoding)
            await _run(large, apply_retries, self, prepared, selections, retries, retried)
        if self.prefix_retries(selections):  # rare: in a thread, straight to the engine (attention, prefixes)
            await asyncio.to_thread(force_terms, self, prepared, selections)
        retry = plan_specifier_retry(self, prepared, selections)
        if retry is not None:  # rare: a sentence that lost a printf specifier
            retry.apply(self, prepared, selections, [await batcher.translate(b, d) for b, d in retry.batches()])
        await _run(large, cut_invented_tails, self, prepared, selections)
        return await _run(large, self.assemble, prepared, selections)

    def _select_with_gender_terms(self, prepared: PreparedTexts, hypotheses: list[list[Hypothesis]]) -> list[Selection]:
        selections = self.select(prepared, hypotheses)
        self._gender_terms(prepared, selections)
        return selections
