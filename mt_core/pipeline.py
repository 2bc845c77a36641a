"""The translation pipeline: segment, encode with the grammar, decode, verify, reassemble.

``prepare``, ``select`` and ``assemble`` are pure, so the same pipeline runs synchronously
(CLI, evaluation, GFST) or through the dynamic batcher (the service).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mt_core import grammar
from mt_core.batching import DynamicBatcher
from mt_core.engine import DecodingOptions, Engine, Hypothesis
from mt_core.errors import FairmtError, InputTooLongError, UnsupportedLanguagePairError
from mt_core.segmentation import Segment, reassemble, segment
from mt_core.terminology import Term, TermMatch, TermMatcher, TermSyntaxError, parse_inline_terms, term_present

#: Requests larger than this are tokenized in a worker thread, so a big request never stalls the event loop.
INLINE_PREPARE_CHARS = 4000
#: Hypotheses searched when a sentence carries terms, for the reranking fallback.
TERM_NBEST = 4


class TermAnnotationError(FairmtError):
    """A term annotation in text ``text_index`` cannot be honoured."""


@dataclass(frozen=True)
class RequestOptions:
    terms: Sequence[Term] = ()
    glossary: TermMatcher | None = None
    inline_annotations: bool = True
    max_terms_per_sentence: int = 8


@dataclass(frozen=True)
class AppliedTerm:
    source: str
    target: str
    origin: str
    applied: bool
    #: "annotation": in the model's best output; "nbest": found by reranking the n-best list;
    #: "placeholder": the model placed a tagged span and fairmt wrote the term into it; "none": missing.
    method: str


@dataclass
class TranslatedText:
    text: str
    warnings: list[str] = field(default_factory=list)
    terms: list[AppliedTerm] = field(default_factory=list)


@dataclass
class PreparedTexts:
    segments: list[list[Segment]]
    tokens: list[list[str]]
    #: Index of the text each sentence belongs to.
    owners: list[int]
    #: Terms each sentence must contain, positions relative to the sentence.
    terms: list[list[TermMatch]]
    #: The sentence text without annotations, for re-decoding fallbacks.
    sources: list[str] = field(default_factory=list)


@dataclass
class Selection:
    """The output chosen for one sentence and which of its terms it contains."""

    text: str
    method: str
    present: list[bool]
    truncated: bool


class TranslationPipeline:
    def __init__(self, engine: Engine, decoding: DecodingOptions | None = None) -> None:
        self.engine = engine
        self.decoding = decoding or DecodingOptions()
        self.term_decoding = replace(
            self.decoding, beam_size=max(self.decoding.beam_size, TERM_NBEST), num_hypotheses=TERM_NBEST
        )

    @property
    def supported_pairs(self) -> list[tuple[str, str]]:
        return [self.engine.manifest.pair]

    def check_pair(self, source_lang: str, target_lang: str) -> None:
        if (source_lang.lower(), target_lang.lower()) not in self.supported_pairs:
            raise UnsupportedLanguagePairError(source_lang, target_lang, self.supported_pairs)

    def _find_terms(
        self, index: int, text: str, options: RequestOptions, request_terms: TermMatcher | None
    ) -> tuple[str, list[TermMatch]]:
        matches: list[TermMatch] = []
        if options.inline_annotations:
            try:
                text, matches = parse_inline_terms(text)
            except TermSyntaxError as error:
                raise TermAnnotationError(f"text[{index}]: {error}") from error
        for matcher, origin in ((request_terms, "request"), (options.glossary, "glossary")):
            if matcher is not None:
                taken = [(m.start, m.end) for m in matches]
                found = matcher.find(text, limit=10_000, taken=taken)
                matches += [replace(m, origin=origin) for m in found]
        return text, sorted(matches, key=lambda m: m.start)

    def prepare(self, texts: Sequence[str], options: RequestOptions | None = None) -> PreparedTexts:
        options = options or RequestOptions()
        request_terms = TermMatcher(options.terms) if options.terms else None
        use_grammar = self.engine.manifest.annotations.terms
        prepared = PreparedTexts([], [], [], [])
        limit = self.engine.max_input_tokens
        for index, raw in enumerate(texts):
            text, matches = self._find_terms(index, raw, options, request_terms)
            segments = segment(text)
            prepared.segments.append(segments)
            offset = 0
            for seg in segments:
                start, offset = offset, offset + len(seg.text)
                if not seg.translatable:
                    continue
                inside = [
                    replace(m, start=m.start - start, end=m.end - start)
                    for m in matches
                    if start <= m.start and m.end <= offset
                ][: options.max_terms_per_sentence]
                source = grammar.sanitize(seg.text)
                if use_grammar and inside:
                    source = grammar.render(source, [grammar.TermSpan(m.start, m.end, m.target) for m in inside])
                tokens = self.engine.tokenizer.source_tokens(source)
                if len(tokens) > limit:
                    raise InputTooLongError(index, len(tokens), limit)
                prepared.tokens.append(tokens)
                prepared.owners.append(index)
                prepared.terms.append(inside)
                prepared.sources.append(grammar.sanitize(seg.text))
        return prepared

    def _choose(self, options: list[Hypothesis], terms: list[TermMatch]) -> tuple[Hypothesis, str, list[bool]]:
        """The best hypothesis, unless another in the n-best list contains more of the required terms."""
        decoded = [grammar.strip_symbols(self.engine.tokenizer.decode(h.tokens)) for h in options]
        present = [[term_present(t.target, text) for t in terms] for text in decoded]
        best = max(range(len(options)), key=lambda i: (sum(present[i]), -i))
        method = "annotation" if best == 0 else "nbest"
        return options[best], method, present[best]

    def select(self, prepared: PreparedTexts, hypotheses: list[list[Hypothesis]]) -> list[Selection]:
        selections = []
        for options, terms in zip(hypotheses, prepared.terms, strict=True):
            best, method, present = self._choose(options, terms) if terms else (options[0], "annotation", [])
            text = grammar.strip_symbols(self.engine.tokenizer.decode(best.tokens))
            selections.append(Selection(text, method, present, best.truncated))
        return selections

    def placeholder_retries(self, prepared: PreparedTexts, selections: list[Selection]) -> list[int]:
        """Sentences still missing a term, for models that learned to carry inline tags (markup).

        Each missing term is wrapped in a tag placeholder; the model moves the span to
        the right place in its output and fairmt writes the required term inside it.
        """
        if not self.engine.manifest.annotations.markup:
            return []
        return [i for i, sel in enumerate(selections) if sel.present and not all(sel.present)]

    def retry_tokens(self, prepared: PreparedTexts, index: int, selection: Selection) -> list[str]:
        source = prepared.sources[index]
        missing = [t for t, ok in zip(prepared.terms[index], selection.present, strict=True) if not ok]
        for number, term in reversed(list(enumerate(missing[: grammar.MAX_PLACEHOLDERS], start=1))):
            source = (
                source[: term.start]
                + grammar.placeholder(number, grammar.PlaceholderKind.OPEN)
                + source[term.start : term.end]
                + grammar.placeholder(number, grammar.PlaceholderKind.CLOSE)
                + source[term.end :]
            )
        return self.engine.tokenizer.source_tokens(source)

    def apply_retry(
        self, prepared: PreparedTexts, index: int, selection: Selection, hypothesis: Hypothesis
    ) -> Selection:
        output = self.engine.tokenizer.decode(hypothesis.tokens)
        missing = [i for i, ok in enumerate(selection.present) if not ok][: grammar.MAX_PLACEHOLDERS]
        for number, term_index in enumerate(missing, start=1):
            opening = grammar.placeholder(number, grammar.PlaceholderKind.OPEN)
            closing = grammar.placeholder(number, grammar.PlaceholderKind.CLOSE)
            start, end = output.find(opening), output.find(closing)
            if output.count(opening) != 1 or output.count(closing) != 1 or end < start:
                return selection  # the model did not carry the span: keep the first answer
            target = prepared.terms[index][term_index].target
            output = output[:start] + target + output[end + len(closing) :]
        present = [term_present(t.target, output) for t in prepared.terms[index]]
        if sum(present) <= sum(selection.present):
            return selection
        return Selection(grammar.strip_symbols(output), "placeholder", present, hypothesis.truncated)

    def assemble(self, prepared: PreparedTexts, selections: list[Selection]) -> list[TranslatedText]:
        results = [TranslatedText("") for _ in prepared.segments]
        sentences: list[list[str]] = [[] for _ in prepared.segments]
        for owner, selection, terms in zip(prepared.owners, selections, prepared.terms, strict=True):
            sentences[owner].append(selection.text)
            results[owner].terms += [
                AppliedTerm(t.source, t.target, t.origin, ok, selection.method if ok else "none")
                for t, ok in zip(terms, selection.present, strict=True)
            ]
            if selection.truncated:
                results[owner].warnings.append(
                    f"sentence {len(sentences[owner])} reached the output length limit; "
                    "its translation may be cut short"
                )
        for result, segments, translated in zip(results, prepared.segments, sentences, strict=True):
            result.text = reassemble(segments, translated)
        return results

    def _groups(self, prepared: PreparedTexts) -> tuple[list[int], list[int]]:
        with_terms = [i for i, terms in enumerate(prepared.terms) if terms]
        plain = [i for i, terms in enumerate(prepared.terms) if not terms]
        return plain, with_terms

    @staticmethod
    def _merge(size: int, groups: Sequence[tuple[list[int], list[list[Hypothesis]]]]) -> list[list[Hypothesis]]:
        merged: list[list[Hypothesis]] = [[] for _ in range(size)]
        for indices, results in groups:
            for index, result in zip(indices, results, strict=True):
                merged[index] = result
        return merged

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
        selections = self.select(prepared, self._merge(len(prepared.tokens), groups))
        retries = self.placeholder_retries(prepared, selections)
        if retries:
            batch = [self.retry_tokens(prepared, i, selections[i]) for i in retries]
            for index, options_ in zip(retries, self.engine.translate_tokens(batch, self.decoding), strict=True):
                selections[index] = self.apply_retry(prepared, index, selections[index], options_[0])
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
        large = sum(len(text) for text in texts) > INLINE_PREPARE_CHARS
        prepared = await asyncio.to_thread(self.prepare, texts, options) if large else self.prepare(texts, options)
        plain, with_terms = self._groups(prepared)
        outputs = await asyncio.gather(
            batcher.translate([prepared.tokens[i] for i in plain], self.decoding),
            batcher.translate([prepared.tokens[i] for i in with_terms], self.term_decoding),
        )
        hypotheses = self._merge(len(prepared.tokens), [(plain, outputs[0]), (with_terms, outputs[1])])
        selections = self.select(prepared, hypotheses)
        retries = self.placeholder_retries(prepared, selections)
        if retries:
            batch = [self.retry_tokens(prepared, i, selections[i]) for i in retries]
            for index, options_ in zip(retries, await batcher.translate(batch, self.decoding), strict=True):
                selections[index] = self.apply_retry(prepared, index, selections[index], options_[0])
        if large:
            return await asyncio.to_thread(self.assemble, prepared, selections)
        return self.assemble(prepared, selections)
