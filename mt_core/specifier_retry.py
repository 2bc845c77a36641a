"""A sentence whose translation lost a printf specifier is translated again with its specifiers protected.

"You have %d new messages." came back as "Tienes mensajes nuevos." and "Saving %1$s to %2$s failed." lost its
"%2$s": a format string with fewer specifiers than its source breaks the program that fills it in. The model
copies specifiers well (it lost one in 357 test sentences that have them), and protecting every specifier as
a void placeholder cost the UI split 1.8 BLEU, so only a sentence that lost one is decoded again, with each
specifier as a void (mt_core/protection.py). The new translation is taken when it keeps them all and no fewer
required terms; a specifier the model then leaves out goes back at an end of the sentence, with a warning.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mt_core.engine import DecodingOptions, Hypothesis
from mt_core.pipeline_steps import PreparedTexts, Selection, merge_groups
from mt_core.protection import PRINTF_SPECIFIER

if TYPE_CHECKING:
    from mt_core.pipeline import TranslationPipeline


def lost_specifiers(source: str, translation: str) -> list[str]:
    """The source's specifiers that the translation lacks, counted one for one."""
    if "%" not in source:  # nearly every sentence: no pass of the pattern
        return []
    left = Counter(PRINTF_SPECIFIER.findall(translation))
    lost = []
    for specifier in PRINTF_SPECIFIER.findall(source):
        if left[specifier]:
            left[specifier] -= 1
        else:
            lost.append(specifier)
    return lost


@dataclass
class SpecifierRetry:
    """The sentences to decode again (``indices`` into the request's), prepared with their specifiers as voids."""

    indices: list[int]
    prepared: PreparedTexts
    #: Positions in ``prepared`` by the decoding they get: the n-best one where terms or hints choose.
    groups: list[tuple[list[int], DecodingOptions]]

    def batches(self) -> list[tuple[list[list[str]], DecodingOptions]]:
        return [([self.prepared.tokens[i] for i in positions], decoding) for positions, decoding in self.groups]

    def apply(
        self,
        pipeline: TranslationPipeline,
        prepared: PreparedTexts,
        selections: list[Selection],
        decoded: list[list[list[Hypothesis]]],
    ) -> None:
        """Take each new translation that keeps every specifier and no fewer required terms."""
        groups = [(positions, results) for (positions, _), results in zip(self.groups, decoded, strict=True)]
        hypotheses = merge_groups(len(self.indices), groups)
        retried = pipeline.select(self.prepared, hypotheses)
        for position, (index, again) in enumerate(zip(self.indices, retried, strict=True)):
            if lost_specifiers(self.prepared.sources[position], again.text):
                continue
            if sum(again.present) < sum(selections[index].present):
                continue
            prepared.inputs[index] = self.prepared.inputs[position]
            prepared.tokens[index] = self.prepared.tokens[position]
            selections[index] = again


def plan_specifier_retry(
    pipeline: TranslationPipeline, prepared: PreparedTexts, selections: list[Selection]
) -> SpecifierRetry | None:
    """The retry for the sentences that lost a specifier; None where none did (nearly always)."""
    indices = [
        index
        for index, (source, selection) in enumerate(zip(prepared.sources, selections, strict=True))
        if lost_specifiers(source, selection.text)
    ]
    if not indices:
        return None
    inputs = [pipeline.protected_input(prepared, index, PRINTF_SPECIFIER) for index in indices]
    retry = PreparedTexts(
        segments=[],
        tokens=[pipeline.engine.tokenizer.source_tokens(model_input.text) for model_input in inputs],
        owners=[prepared.owners[i] for i in indices],
        terms=[prepared.terms[i] for i in indices],
        genders=[prepared.genders[i] for i in indices],
        sources=[prepared.sources[i] for i in indices],
        inputs=inputs,
        shouted=[prepared.shouted[i] for i in indices],
        surnames=[prepared.surnames_of(i) for i in indices],
    )
    constrained = [i for i, (t, g) in enumerate(zip(retry.terms, retry.genders, strict=True)) if t or g]
    plain = [i for i in range(len(indices)) if i not in set(constrained)]
    groups = [(plain, pipeline.decoding), (constrained, pipeline.term_decoding)]
    return SpecifierRetry(indices, retry, [(positions, decoding) for positions, decoding in groups if positions])
