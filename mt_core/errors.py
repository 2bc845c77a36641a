"""Errors that name the problem; the service maps each to a 4xx."""

from __future__ import annotations


class FairmtError(Exception):
    """Base class: a request fairmt cannot serve as asked."""


class InputTooLongError(FairmtError):
    def __init__(self, text_index: int, tokens: int, limit: int) -> None:
        super().__init__(
            f"text[{text_index}] has a sentence of {tokens} tokens; the model accepts at most {limit}. "
            "Split the sentence; fairmt never truncates input."
        )
        self.text_index, self.tokens, self.limit = text_index, tokens, limit


class UnsupportedLanguagePairError(FairmtError):
    def __init__(self, source: str, target: str, supported: list[tuple[str, str]]) -> None:
        pairs = ", ".join(f"{s}->{t}" for s, t in supported)
        super().__init__(f"language pair {source}->{target} is not supported; supported pairs: {pairs}")
        self.supported = supported


class ModelDirectoryError(FairmtError):
    """The model directory is missing parts; raised at start-up, never per request."""
