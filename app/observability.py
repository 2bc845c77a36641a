"""Prometheus metrics, on a registry per app so that several apps (tests) never collide."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class ServiceMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.characters_total = 0
        self.requests = Counter("fairmt_requests", "HTTP requests", ["route", "status"], registry=self.registry)
        self.latency = Histogram(
            "fairmt_request_seconds",
            "Request latency",
            ["route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.batch_sentences = Histogram(
            "fairmt_batch_sentences",
            "Sentences per engine batch",
            registry=self.registry,
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
        )
        self.batch_tokens = Histogram(
            "fairmt_batch_tokens",
            "Source tokens per engine batch",
            registry=self.registry,
            buckets=(16, 64, 256, 1024, 4096, 16384),
        )
        self.batch_seconds = Histogram("fairmt_batch_seconds", "Engine time per batch", registry=self.registry)
        self.queue_depth = Gauge("fairmt_queue_depth", "Sentences queued or translating", registry=self.registry)
        self.glossary_cache = Gauge(
            "fairmt_glossary_cache", "Compiled glossary lookups since start", ["result"], registry=self.registry
        )
        self.translated_characters = Counter(
            "fairmt_translated_characters", "Source characters translated", registry=self.registry
        )
        self.tenant_requests = Counter(
            "fairmt_tenant_requests", "HTTP requests per tenant", ["tenant", "status"], registry=self.registry
        )
        self.tenant_characters = Counter(
            "fairmt_tenant_characters", "Source characters translated per tenant", ["tenant"], registry=self.registry
        )

    def count_characters(self, count: int, tenant: str) -> None:
        """Source characters translated, for /metrics (in all and per tenant)."""
        self.translated_characters.inc(count)
        self.tenant_characters.labels(tenant).inc(count)
        self.characters_total += count

    def observe_batch(self, sentences: int, tokens: int, seconds: float) -> None:
        self.batch_sentences.observe(sentences)
        self.batch_tokens.observe(tokens)
        self.batch_seconds.observe(seconds)
