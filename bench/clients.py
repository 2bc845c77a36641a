"""A lean HTTP/1.1 load client: N keep-alive connections on one asyncio loop, bodies encoded up front.

The client shares the machine's cores with the server it measures. Sixteen
``http.client`` threads spend a good share of those cores on the GIL and on
parsing, which the benchmark would wrongly charge to the service; one event loop
with pre-encoded requests costs a fraction of that. The client's own CPU time is
returned, so a report can show what the measurement itself cost.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    seconds: float
    latencies: list[float] = field(default_factory=list)
    client_cpu_seconds: float = 0.0


def encode_post(path: str, body: bytes) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = next(int(line.split(":", 1)[1]) for line in lines[1:] if line.lower().startswith("content-length:"))
    return status, await reader.readexactly(length)


async def _connection(port: int, work: list[bytes], latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while work:
            request = work.pop()
            started = time.perf_counter()
            writer.write(request)
            status, body = await _read_response(reader)
            if status != 200:
                raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
            latencies.append(time.perf_counter() - started)
    finally:
        writer.close()


def run_requests(port: int, requests: Sequence[bytes], connections: int) -> LoadResult:
    """Send every request once over ``connections`` concurrent keep-alive connections; raise on any non-200."""
    work = list(reversed(requests))
    latencies: list[float] = []

    async def main() -> None:
        await asyncio.gather(*(_connection(port, work, latencies) for _ in range(connections)))

    cpu_started, started = time.process_time(), time.perf_counter()
    asyncio.run(main())
    return LoadResult(time.perf_counter() - started, latencies, time.process_time() - cpu_started)
