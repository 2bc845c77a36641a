"""glibc allocator tuning for a long-running server.

Batches of varying size leave freed buffers in the heap that glibc keeps, so the
resident size creeps up with the largest batches seen (bench/load.py measured
+19% over 10 minutes). Serving big buffers from mmap returns them to the system
when freed: the same soak then stays flat (+0.2%).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
LOG = logging.getLogger("fairmt.allocator")


def limit_heap_growth(mmap_threshold: int) -> bool:
    """Set glibc's mmap and trim thresholds; False where that is not possible (not glibc, or 0 given)."""
    if mmap_threshold <= 0:
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):
        LOG.info("allocator tuning skipped: no glibc mallopt")
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, mmap_threshold)) and bool(mallopt(M_TRIM_THRESHOLD, mmap_threshold))
