"""Gendered alternatives: a feminine and a masculine translation of a gender-ambiguous text.

Both readings are translated with a request-level hint, and the pair is kept only when the two differ in
gender-inflected words alone (the analyser checks), as in Google Translate's gender-specific translations.
HTML/XML texts are judged on their translatable text, and their two readings must also keep the same tags.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace

from mt_core.batching import DynamicBatcher
from mt_core.gender import gender_pair, unmarked_speaker, wants_alternatives
from mt_core.grammar import Gender
from mt_core.inline import parse_inline
from mt_core.markup import prepare_markup
from mt_core.markup_translate import MarkupOptions, MarkupTranslator
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.pipeline_steps import TranslatedText

#: Per text: both readings; {} where the text is not gender-ambiguous; None where it is, but no pair passed
#: the check (the response then says so, NO_PAIR_WARNING).
Alternatives = dict[Gender, str] | None
NO_PAIR_WARNING = (
    "alternatives: the text is gender-ambiguous, but its feminine and masculine translations differ in more than "
    "gender and could not be re-inflected into a pair; only the default translation is given"
)


def _plain(text: str, options: RequestOptions) -> str:
    """The text without its inline annotations, where the request has them read."""
    return parse_inline(text).text if options.inline_annotations else text


def _ambiguous(pipeline: TranslationPipeline, texts: Sequence[str], options: RequestOptions) -> list[int]:
    if pipeline.gender_reader is None or options.effective_gender is not None:
        return []
    return [i for i, text in enumerate(texts) if wants_alternatives(_plain(text, options), options.context)]


def _pairs(
    pipeline: TranslationPipeline,
    texts: Sequence[str],
    ambiguous: list[int],
    variants: dict[Gender, list[TranslatedText]],
    options: RequestOptions,
) -> list[Alternatives]:
    """Keep a feminine/masculine pair only when the two differ in gender-inflected words alone."""
    results: list[Alternatives] = [{} for _ in texts]
    reader = pipeline.gender_reader
    for position, index in enumerate(ambiguous):
        feminine = variants[Gender.FEMININE][position].text
        masculine = variants[Gender.MASCULINE][position].text
        source = _plain(texts[index], options)
        if unmarked_speaker(source, feminine, masculine, options.context):
            continue
        pair = gender_pair(reader, source, feminine, masculine) if reader else None
        results[index] = {Gender.FEMININE: pair[0], Gender.MASCULINE: pair[1]} if pair else None
    return results


def gender_alternatives(
    pipeline: TranslationPipeline,
    texts: Sequence[str],
    source_lang: str,
    target_lang: str,
    options: RequestOptions | None = None,
) -> list[Alternatives]:
    """A feminine and a masculine translation of each gender-ambiguous text; {} for other texts."""
    options = options or RequestOptions()
    ambiguous = _ambiguous(pipeline, texts, options)
    chosen = [texts[i] for i in ambiguous]
    variants = {
        gender: pipeline.translate(chosen, source_lang, target_lang, replace(options, target_gender=gender))
        for gender in (Gender.FEMININE, Gender.MASCULINE)
    }
    return _pairs(pipeline, texts, ambiguous, variants, options)


async def gender_alternatives_async(
    pipeline: TranslationPipeline,
    texts: Sequence[str],
    source_lang: str,
    target_lang: str,
    batcher: DynamicBatcher,
    options: RequestOptions,
) -> list[Alternatives]:
    """As gender_alternatives, through the batcher; the analyser's pipe round trips run in a worker thread."""
    ambiguous = _ambiguous(pipeline, texts, options)
    if not ambiguous:
        return [{} for _ in texts]
    chosen = [texts[i] for i in ambiguous]
    variants: dict[Gender, list[TranslatedText]] = {}
    for gender in (Gender.FEMININE, Gender.MASCULINE):
        variants[gender] = await pipeline.translate_async(
            chosen, source_lang, target_lang, batcher, replace(options, target_gender=gender)
        )
    return await asyncio.to_thread(_pairs, pipeline, texts, ambiguous, variants, options)


def _markup_sources(texts: Sequence[str], xml_mode: bool, options: MarkupOptions) -> list[str]:
    documents = (prepare_markup(text, xml_mode, options.ignore_tags, None, options.annotations) for text in texts)
    return [document.source_text() for document in documents]


def _markup_pairs(
    pipeline: TranslationPipeline,
    sources: list[str],
    ambiguous: list[int],
    variants: dict[Gender, list[str]],
    context: str,
) -> list[Alternatives]:
    results: list[Alternatives] = [{} for _ in sources]
    reader = pipeline.gender_reader
    for position, index in enumerate(ambiguous):
        feminine, masculine = variants[Gender.FEMININE][position], variants[Gender.MASCULINE][position]
        if unmarked_speaker(sources[index], feminine, masculine, context):
            continue
        pair = gender_pair(reader, sources[index], feminine, masculine, markup=True) if reader else None
        results[index] = {Gender.FEMININE: pair[0], Gender.MASCULINE: pair[1]} if pair else None
    return results


def _markup_ambiguous(
    pipeline: TranslationPipeline, sources: list[str], options: MarkupOptions, context: str
) -> list[int]:
    if pipeline.gender_reader is None or options.target_gender is not None:
        return []
    return [i for i, source in enumerate(sources) if wants_alternatives(source, context)]


def markup_gender_alternatives(
    pipeline: TranslationPipeline,
    texts: Sequence[str],
    source_lang: str,
    target_lang: str,
    xml_mode: bool,
    options: MarkupOptions | None = None,
    context: str = "",
) -> list[Alternatives]:
    """As gender_alternatives, for HTML (or XML) documents: each alternative is the whole document."""
    options = options or MarkupOptions()
    sources = _markup_sources(texts, xml_mode, options)
    ambiguous = _markup_ambiguous(pipeline, sources, options, context)
    translator, chosen = MarkupTranslator(pipeline), [texts[i] for i in ambiguous]
    variants = {
        gender: [
            r.text
            for r in translator.translate(
                chosen, source_lang, target_lang, xml_mode, replace(options, target_gender=gender)
            )
        ]
        for gender in (Gender.FEMININE, Gender.MASCULINE)
    }
    return _markup_pairs(pipeline, sources, ambiguous, variants, context)


async def markup_gender_alternatives_async(
    pipeline: TranslationPipeline,
    texts: Sequence[str],
    source_lang: str,
    target_lang: str,
    xml_mode: bool,
    batcher: DynamicBatcher,
    options: MarkupOptions,
    context: str,
) -> list[Alternatives]:
    """As markup_gender_alternatives, through the batcher, parsing and the analyser in worker threads."""
    sources = await asyncio.to_thread(_markup_sources, texts, xml_mode, options)
    ambiguous = _markup_ambiguous(pipeline, sources, options, context)
    if not ambiguous:
        return [{} for _ in texts]
    translator, chosen = MarkupTranslator(pipeline), [texts[i] for i in ambiguous]
    variants: dict[Gender, list[str]] = {}
    for gender in (Gender.FEMININE, Gender.MASCULINE):
        results = await translator.translate_async(
            chosen, source_lang, target_lang, xml_mode, batcher, replace(options, target_gender=gender)
        )
        variants[gender] = [r.text for r in results]
    return await asyncio.to_thread(_markup_pairs, pipeline, sources, ambiguous, variants, context)
