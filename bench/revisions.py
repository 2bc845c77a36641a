"""This checkout's service against another revision's, side by side: what a change costs in throughput.

    python bench/revisions.py --revision 10c2e61 --lines 4 --rounds 6

The other revision is checked out into a temporary git worktree and served from there with the same model,
virtual environment and settings; every round measures the direct ``translate_batch`` baseline of
bench/throughput.py and then each server under 16 clients, so the machine's drift hits both alike. Prints
each server's ratio to the baseline (median of the rounds) and this checkout's throughput over the other's,
round by round.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.server as bench_server  # noqa: E402
from app.main import decoding_options, engine_options  # noqa: E402
from app.settings import Settings  # noqa: E402
from bench.server import Server, report, run_on_service_allocator  # noqa: E402
from bench.throughput import DirectBaseline, bench_sentences, interleaved_rounds  # noqa: E402


def server_at(checkout: Path, model: Path) -> Server:
    """A server whose code comes from ``checkout`` (bench.server starts uvicorn in its ROOT)."""
    here = bench_server.ROOT
    bench_server.ROOT = checkout
    try:
        return Server(model, beam_size=2)
    finally:
        bench_server.ROOT = here


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--revision", required=True, help="the git revision to compare with")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "fairmt-en-es")
    parser.add_argument("--lines", type=int, default=1, help="sentences per request, one per line")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--clients", type=int, default=16)
    args = parser.parse_args()
    run_on_service_allocator()
    sentences = bench_sentences(args.sentences)
    baseline = DirectBaseline(
        args.model.resolve(),
        sentences,
        decoding_options(Settings()),
        engine_options(Settings()),
    )
    with tempfile.TemporaryDirectory(prefix="fairmt-revision-") as scratch:
        other = Path(scratch) / "checkout"
        subprocess.run(["git", "worktree", "add", "--detach", str(other), args.revision], cwd=ROOT, check=True)
        servers: dict[str, Server] = {}
        try:
            servers = {"this": Server(args.model.resolve(), 2), args.revision: server_at(other, args.model.resolve())}
            ratios = interleaved_rounds(baseline, servers, sentences, args.clients, args.lines, args.rounds)
        finally:
            for server in servers.values():
                server.stop()
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT, check=False)
    this, that = ratios["this"], ratios[args.revision]
    report(
        {
            "lines_per_request": args.lines,
            "this_ratio_to_direct_median": round(statistics.median(this), 3),
            f"{args.revision}_ratio_to_direct_median": round(statistics.median(that), 3),
            "this_over_other_rounds": [round(a / b, 3) for a, b in zip(this, that, strict=True)],
            "this_over_other_median": round(statistics.median(a / b for a, b in zip(this, that, strict=True)), 3),
        },
        None,
    )


if __name__ == "__main__":
    main()
