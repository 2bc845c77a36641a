import asyncio
import ctypes.util

import pytest

from app.allocator import heap_trimmer, trim_heap_periodically


@pytest.mark.skipif(ctypes.util.find_library("c") is None, reason="no C library")
def test_glibc_trim_is_found_and_runs() -> None:
    trim = heap_trimmer()
    assert trim is not None and trim() in (0, 1)


def test_zero_seconds_turns_trimming_off() -> None:
    asyncio.run(asyncio.wait_for(trim_heap_periodically(0), timeout=1))  # returns at once instead of looping
