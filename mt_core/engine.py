"""The one class that talks to CTranslate2 (in the manner of faster-whisper's WhisperModel)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import ctranslate2

from mt_core.errors import ModelDirectoryError
from mt_core.manifest import CT2_DIR, SPM_FILE, VOCABULARY_MAP_FILE, ModelManifest
from mt_core.tokenizer import Tokenizer


def available_cores() -> int:
    """Cores this process may use (respects CPU affinity and container cpusets)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def derive_threads(inter_threads: int, intra_threads: int, cores: int) -> tuple[int, int]:
    """0 means derive. Small machines run one single-threaded translation per core: batches of a few
    sentences scale better across workers than across threads (measured in bench/throughput.py);
    bigger machines run four workers sharing the cores."""
    inter = inter_threads or (cores if cores <= 4 else 4)
    intra = intra_threads or max(1, cores // inter)
    return inter, intra


@dataclass(frozen=True)
class EngineOptions:
    device: str = "cpu"
    compute_type: str = "int8"
    #: 0 derives both from the cores (derive_threads).
    intra_threads: int = 0
    inter_threads: int = 0
    #: Sub-batch size inside one call, in tokens. CTranslate2 sorts the call's sentences by length, cuts them
    #: into sub-batches of this size and hands those to its workers, so a small size lets one large call use
    #: every worker: 400 sentences in one call ran at 485 sent/s with 512 against 299 with 4096 (2 cores,
    #: bench/throughput.py's direct sweep), and 256 or fewer tokens pay more per-batch overhead than they save.
    max_batch_tokens: int = 512
    #: Decode over the model's vocabulary map (ct2/vmap.txt, training/vocabulary_map.py) when it has one: each
    #: batch scores only the target pieces its source pieces can translate to, not all 16,001. Off by default:
    #: faster, but a few outputs change, slightly for the worse, and some depend on their batch mates (README).
    vocabulary_map: bool = False


@dataclass(frozen=True)
class DecodingOptions:
    beam_size: int = 2
    num_hypotheses: int = 1
    length_penalty: float = 1.0
    repetition_penalty: float = 1.0
    #: Output may be this many times the input, plus ``max_output_extra`` tokens.
    max_output_ratio: float = 2.0
    max_output_extra: int = 10
    #: Return the decoder's attention with each translation, which mt_core/invented_tails.py reads (in
    #: `make bench` the service runs with it on).
    return_attention: bool = True


@dataclass(frozen=True)
class Hypothesis:
    tokens: list[str]
    score: float | None
    #: The decoder hit its length limit before the end-of-sentence token.
    truncated: bool
    #: The decoder's attention over the source, a row per token: free to return with the translation, and how
    #: mt_core/invented_tails.py finds what the model wrote after the source ran out.
    attention: list[list[float]] | None = None


class Engine:
    """A model directory loaded into CTranslate2, with its tokenizer and manifest."""

    def __init__(self, model_dir: Path | str, options: EngineOptions | None = None) -> None:
        self.model_dir = Path(model_dir)
        self.options = options or EngineOptions()
        for part in (CT2_DIR, SPM_FILE):
            if not (self.model_dir / part).exists():
                raise ModelDirectoryError(f"model directory {self.model_dir} lacks {part}")
        self.manifest = ModelManifest.load(self.model_dir)
        self.tokenizer = Tokenizer(self.model_dir / SPM_FILE)
        self.inter_threads, self.intra_threads = derive_threads(
            self.options.inter_threads, self.options.intra_threads, available_cores()
        )
        self.uses_vocabulary_map = self.options.vocabulary_map and (self.model_dir / VOCABULARY_MAP_FILE).is_file()
        self._translator = ctranslate2.Translator(
            str(self.model_dir / CT2_DIR),
            device=self.options.device,
            compute_type=self.options.compute_type,
            intra_threads=self.intra_threads,
            inter_threads=self.inter_threads,
        )

    @property
    def max_input_tokens(self) -> int:
        return self.manifest.max_input_tokens

    def translate_tokens(
        self,
        batch: list[list[str]],
        decoding: DecodingOptions | None = None,
        target_prefix: list[list[str] | None] | None = None,
    ) -> list[list[Hypothesis]]:
        """Translate tokenized sentences; inputs must already be within ``max_input_tokens``."""
        if not batch:
            return []
        decoding = decoding or DecodingOptions()
        limits = [self.decoding_limit(len(tokens), decoding) for tokens in batch]
        # One call for the whole batch (small split calls cost up to a fifth of throughput: bench/throughput.py).
        # CTranslate2 takes one length limit per call, so the batch decodes up to its largest and each
        # output is then held to its own sentence's budget: that never depends on the batch mates.
        results = self._translator.translate_batch(
            batch,
            target_prefix=target_prefix,
            max_batch_size=self.options.max_batch_tokens,
            batch_type="tokens",
            beam_size=decoding.beam_size,
            num_hypotheses=decoding.num_hypotheses,
            length_penalty=decoding.length_penalty,
            repetition_penalty=decoding.repetition_penalty,
            max_input_length=0,  # never truncate: the pipeline rejects over-long input instead
            max_decoding_length=max(limits),
            return_scores=True,
            return_attention=decoding.return_attention,
            # CTranslate2 indexes a forced prefix's pieces into the map's candidates and fails on any outside
            # them, so forced decoding (terms, gender alternatives) scores the whole vocabulary.
            use_vmap=self.uses_vocabulary_map and not any(target_prefix or ()),
        )
        output: list[list[Hypothesis]] = []
        for limit, result in zip(limits, results, strict=True):
            output.append(
                [
                    Hypothesis(tokens[:limit], score, len(tokens) >= limit, attention[:limit] if attention else None)
                    for tokens, score, attention in zip(
                        result.hypotheses,
                        result.scores,
                        result.attention or [None] * len(result.hypotheses),
                        strict=True,
                    )
                ]
            )
        return output

    def decoding_limit(self, source_length: int, decoding: DecodingOptions) -> int:
        """Output budget from the source length, rounded up to a power-of-two bucket.

        A sentence's budget depends only on its own length, never on which other
        requests it was batched with.
        """
        bucket = 16
        while bucket < source_length:
            bucket *= 2
        return min(int(bucket * decoding.max_output_ratio) + decoding.max_output_extra, self.manifest.max_output_tokens)

    def translate_with_attention(
        self,
        batch: list[list[str]],
        decoding: DecodingOptions | None = None,
        target_prefix: list[list[str] | None] | None = None,
    ) -> list[tuple[list[str], list[list[float]]]]:
        """The best translation of each sentence with the decoder's attention over the source, one row per
        target token, whatever ``decoding`` says: term forcing and markup projection need it as an alignment."""
        decoding = replace(decoding or DecodingOptions(), num_hypotheses=1, return_attention=True)
        return [
            (best.tokens, best.attention or []) for best, *_ in self.translate_tokens(batch, decoding, target_prefix)
        ]
