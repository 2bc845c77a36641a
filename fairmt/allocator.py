"""Which malloc the serving process runs on.

glibc's malloc keeps the high-water mark of CTranslate2's per-batch native
buffers, so a long-running server's RSS creeps up under load (+29% over a
10-minute soak) although Python holds no more objects. jemalloc returns freed
pages; in `bench/load.py` its RSS stays flat under the same load. It has to be
preloaded before the process starts, so `fairmt serve` re-executes itself once
with ``LD_PRELOAD`` set.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Where Debian's libjemalloc2 puts the library, per architecture; the first that exists is used.
JEMALLOC_CANDIDATES = (
    Path("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2"),
    Path("/usr/lib/aarch64-linux-gnu/libjemalloc.so.2"),
    Path("/usr/lib/libjemalloc.so.2"),
)
CHOICES = ("jemalloc", "system")
#: jemalloc's defaults purge allocations over 8 MiB at once (a dedicated "oversize" arena), and CTranslate2
#: frees and re-allocates buffers that large at every decoding step of a big batch: the page faults cost a
#: third of the throughput (bench/throughput.py's direct baseline: 111 vs 180 sentences/s). With that arena
#: off and purging moved to a background thread, throughput matches glibc and unused pages still go back
#: to the system after jemalloc's 10 s decay.
JEMALLOC_CONF = "oversize_threshold:0,background_thread:true"


def jemalloc_library() -> Path | None:
    return next((path for path in JEMALLOC_CANDIDATES if path.exists()), None)


def preload_environment(choice: str, environment: dict[str, str]) -> dict[str, str] | None:
    """The environment to re-execute with, or None when the current process already runs as asked.

    ``system`` and a missing jemalloc leave the process as it is: the allocator is
    an optimisation, never a reason not to serve.
    """
    if choice not in CHOICES:
        raise ValueError(f"FAIRMT_ALLOCATOR must be one of {', '.join(CHOICES)}, not {choice!r}")
    library = jemalloc_library()
    preloaded = environment.get("LD_PRELOAD", "")
    if choice == "system" or library is None or str(library) in preloaded.split(":"):
        return None
    return {
        **environment,
        "LD_PRELOAD": ":".join(filter(None, [str(library), preloaded])),
        "MALLOC_CONF": environment.get("MALLOC_CONF", JEMALLOC_CONF),
    }


def allocator_in_use() -> str:
    """What this process runs on, for the start-up log line."""
    library = jemalloc_library()
    preloaded = os.environ.get("LD_PRELOAD", "").split(":")
    return "jemalloc" if library is not None and str(library) in preloaded else "system"
