"""A real fairmt server on loopback for the benchmarks: a uvicorn process, ready when /ready says so."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fairmt.allocator import preload_environment  # noqa: E402


def run_on_service_allocator() -> None:
    """Re-execute this script on the malloc that `fairmt serve` uses (once; a no-op when already on it): a
    baseline measured in this process on another malloc would make its ratios measure the allocator."""
    environment = preload_environment(os.environ.get("FAIRMT_ALLOCATOR", "jemalloc"), dict(os.environ))
    if environment is not None:
        os.execve(sys.executable, [sys.executable, *sys.argv], environment)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    @property
    def allocator(self) -> str:
        """The malloc the server process really runs on, read from its memory map."""
        maps = Path(f"/proc/{self.process.pid}/maps").read_text()
        return "jemalloc" if "libjemalloc" in maps else "system"

    def __init__(
        self,
        model: Path,
        beam_size: int,
        extra_env: dict[str, str] | None = None,
        database_url: str | None = None,
    ) -> None:
        self.port = free_port()
        database = database_url or f"sqlite:///{tempfile.mkdtemp(prefix='fairmt-bench-')}/glossaries.db"
        env = dict(
            os.environ,
            FAIRMT_MODEL_DIR=str(model),
            FAIRMT_BEAM_SIZE=str(beam_size),
            FAIRMT_DATABASE_URL=database,
            **(extra_env or {}),
        )
        env = preload_environment(env.get("FAIRMT_ALLOCATOR", "jemalloc"), env) or env
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:create_app",
                "--factory",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.request_raw("GET", "/ready", None)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not become ready")

    def request_raw(self, method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        connection.request(method, path, body=body, headers={"content-type": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()

    def stop(self) -> None:
        """SIGTERM: uvicorn stops accepting, lets in-flight requests finish, then runs the lifespan shutdown."""
        self.process.terminate()
        self.process.wait(timeout=30)

    def kill(self) -> None:
        """SIGKILL: no cleanup at all, as in a power cut or an OOM kill."""
        self.process.kill()
        self.process.wait(timeout=30)


def report(results: dict[str, object], json_path: Path | None) -> None:
    """Print the numbers aligned, and write them as JSON where asked (the model card reads that file)."""
    width = max(len(key) for key in results) + 2
    for key, value in results.items():
        print(f"{key:{width}s} {value}")
    if json_path:
        json_path.write_text(json.dumps(results, indent=2) + "\n")
