"""Give freed heap memory back to the system now and then (glibc's malloc_trim).

Batches of varying size leave freed buffers inside glibc's heaps, which glibc
keeps, so the resident size creeps up with the largest batches seen (bench/load.py
measured +18.7% over a 10-minute soak). Serving large buffers from mmap instead
stopped the creep but halved throughput (page faults on every batch); trimming
every few seconds costs nothing measurable and keeps the size flat.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging
from collections.abc import Callable

LOG = logging.getLogger("fairmt.allocator")


def heap_trimmer() -> Callable[[], int] | None:
    """glibc's malloc_trim(0), or None where the C library has none (musl, macOS)."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    return lambda: int(trim(0))


async def trim_heap_periodically(seconds: float) -> None:
    """Runs until cancelled (the lifespan's shutdown)."""
    trim = heap_trimmer()
    if trim is None or seconds <= 0:
        LOG.info("heap trimming off")
        return
    while True:
        await asyncio.sleep(seconds)
        await asyncio.to_thread(trim)
