import asyncio
from pathlib import Path

from mt_core.batching import BatchingOptions, DynamicBatcher
from mt_core.engine import DecodingOptions, Engine


async def test_concurrent_jobs_share_batches_and_get_their_own_results(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir)
    decoding = DecodingOptions(beam_size=1)
    batches: list[int] = []
    batcher = DynamicBatcher(engine, BatchingOptions(max_wait_ms=20), on_batch=lambda n, t, s: batches.append(n))
    sentences = [f"{word} house." for word in ("one", "two", "red", "blue", "big", "small", "cat", "dog")]
    jobs = [[engine.tokenizer.source_tokens(s)] for s in sentences]
    expected = [engine.translate_tokens(job, decoding)[0][0].tokens for job in jobs]
    try:
        results = await asyncio.gather(*(batcher.translate(job, decoding) for job in jobs))
    finally:
        await batcher.stop()
    assert [r[0][0].tokens for r in results] == expected
    assert max(batches) > 1, "concurrent jobs should have been batched together"
    assert batcher.queue_depth == 0


async def test_engine_failure_reaches_every_waiting_request(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir)

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("engine exploded")

    engine.translate_tokens = broken  # type: ignore[method-assign]
    batcher = DynamicBatcher(engine)
    try:
        outcomes = await asyncio.gather(
            batcher.translate([["a"]], DecodingOptions()),
            batcher.translate([["b"]], DecodingOptions()),
            return_exceptions=True,
        )
    finally:
        await batcher.stop()
    assert all(isinstance(o, RuntimeError) for o in outcomes)
    assert batcher.queue_depth == 0


async def test_concurrent_batches_keep_results_in_place(tiny_model_dir: Path) -> None:
    from mt_core.engine import EngineOptions

    engine = Engine(tiny_model_dir, EngineOptions(inter_threads=2))
    decoding = DecodingOptions(beam_size=1)
    batcher = DynamicBatcher(engine, BatchingOptions(max_wait_ms=1, concurrent_batches=2))
    jobs = [[engine.tokenizer.source_tokens(f"{w} {v}.")] for w in ("one", "two", "red") for v in ("cat", "dog")]
    expected = [engine.translate_tokens(job, decoding)[0][0].tokens for job in jobs]
    try:
        results = await asyncio.gather(*(batcher.translate(job, decoding) for job in jobs * 3))
    finally:
        await batcher.stop()
    assert [r[0][0].tokens for r in results] == expected * 3


async def test_a_free_worker_waits_for_the_clients_of_its_last_batch(tiny_model_dir: Path) -> None:
    """Closed-loop clients come back one by one: the next batch should gather them, not leave with the first."""
    engine = Engine(tiny_model_dir)
    decoding = DecodingOptions(beam_size=1)
    batches: list[int] = []
    batcher = DynamicBatcher(engine, BatchingOptions(max_wait_ms=500), on_batch=lambda n, t, s: batches.append(n))
    job = [engine.tokenizer.source_tokens("one house.")]

    async def client(delay: float) -> None:
        await batcher.translate(job, decoding)
        await asyncio.sleep(delay)  # the round trip before this client's next request
        await batcher.translate(job, decoding)

    try:
        await asyncio.gather(*(client(0.01 * i) for i in range(4)))
    finally:
        await batcher.stop()
    assert batches == [4, 4], "the second batch waits for all four clients of the first"


async def test_a_lone_client_never_waits(tiny_model_dir: Path) -> None:
    engine = Engine(tiny_model_dir)
    decoding = DecodingOptions(beam_size=1)
    batcher = DynamicBatcher(engine, BatchingOptions(max_wait_ms=5000))
    job = [engine.tokenizer.source_tokens("one house.")]
    loop = asyncio.get_running_loop()
    try:
        started = loop.time()
        for _ in range(3):
            await batcher.translate(job, decoding)
        assert loop.time() - started < 5, "one sentence at a time must not wait for the window"
    finally:
        await batcher.stop()


async def test_groups_with_different_decoding_options_decode_side_by_side() -> None:
    import threading

    from mt_core.engine import Hypothesis

    both_started = threading.Barrier(2, timeout=5)

    class WaitsForTheOtherGroup:
        """Each call returns only once the other group's call has started, so serial groups would fail."""

        def translate_tokens(self, batch: list[list[str]], decoding: DecodingOptions) -> list[list[Hypothesis]]:
            both_started.wait()
            return [[Hypothesis(tokens, None, False)] for tokens in batch]

    batcher = DynamicBatcher(WaitsForTheOtherGroup())  # type: ignore[arg-type]
    try:
        plain, wide = await asyncio.gather(
            batcher.translate([["a"]], DecodingOptions()), batcher.translate([["b"]], DecodingOptions(beam_size=4))
        )
    finally:
        await batcher.stop()
    assert plain[0][0].tokens == ["a"] and wide[0][0].tokens == ["b"]
