"""The translation pipeline: segment, encode with the grammar, decode, reassemble.

``prepare`` and ``finish`` are pure, so the same pipeline runs synchronously
(CLI, evaluation, GFST) or through the dynamic batcher (the service).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from mt_core import grammar
from mt_core.batching import DynamicBatcher
from mt_core.engine import DecodingOptions, Engine, Hypothesis
from mt_core.errors import InputTooLongError, UnsupportedLanguagePairError
from mt_core.segmentation import Segment, reassemble, segment

#: Requests larger than this are tokenized in a worker thread, so a big request never stalls the event loop.
INLINE_PREPARE_CHARS = 4000


@dataclass
class TranslatedText:
    text: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class PreparedTexts:
    segments: list[list[Segment]]
    tokens: list[list[str]]
    #: Index of the text each sentence belongs to.
    owners: list[int]


class TranslationPipeline:
    def __init__(self, engine: Engine, decoding: DecodingOptions | None = None) -> None:
        self.engine = engine
        self.decoding = decoding or DecodingOptions()

    @property
    def supported_pairs(self) -> list[tuple[str, str]]:
        return [self.engine.manifest.pair]

    def check_pair(self, source_lang: str, target_lang: str) -> None:
        if (source_lang.lower(), target_lang.lower()) not in self.supported_pairs:
            raise UnsupportedLanguagePairError(source_lang, target_lang, self.supported_pairs)

    def prepare(self, texts: Sequence[str]) -> PreparedTexts:
        prepared = PreparedTexts([], [], [])
        limit = self.engine.max_input_tokens
        for index, text in enumerate(texts):
            segments = segment(text)
            prepared.segments.append(segments)
            for seg in segments:
                if not seg.translatable:
                    continue
                tokens = self.engine.tokenizer.source_tokens(grammar.sanitize(seg.text))
                if len(tokens) > limit:
                    raise InputTooLongError(index, len(tokens), limit)
                prepared.tokens.append(tokens)
                prepared.owners.append(index)
        return prepared

    def finish(self, prepared: PreparedTexts, hypotheses: list[list[Hypothesis]]) -> list[TranslatedText]:
        per_text: list[list[str]] = [[] for _ in prepared.segments]
        warnings: list[list[str]] = [[] for _ in prepared.segments]
        for owner, options in zip(prepared.owners, hypotheses, strict=True):
            best = options[0]
            per_text[owner].append(grammar.strip_symbols(self.engine.tokenizer.decode(best.tokens)))
            if best.truncated:
                warnings[owner].append(
                    f"sentence {len(per_text[owner])} reached the output length limit; its translation may be cut short"
                )
        return [
            TranslatedText(reassemble(segments, sentences), notes)
            for segments, sentences, notes in zip(prepared.segments, per_text, warnings, strict=True)
        ]

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[TranslatedText]:
        self.check_pair(source_lang, target_lang)
        prepared = self.prepare(texts)
        return self.finish(prepared, self.engine.translate_tokens(prepared.tokens, self.decoding))

    async def translate_async(
        self, texts: Sequence[str], source_lang: str, target_lang: str, batcher: DynamicBatcher
    ) -> list[TranslatedText]:
        self.check_pair(source_lang, target_lang)
        large = sum(len(text) for text in texts) > INLINE_PREPARE_CHARS
        prepared = await asyncio.to_thread(self.prepare, texts) if large else self.prepare(texts)
        hypotheses = await batcher.translate(prepared.tokens, self.decoding)
        return (
            await asyncio.to_thread(self.finish, prepared, hypotheses) if large else self.finish(prepared, hypotheses)
        )
