"""Live servers for tests: a `fasttrack serve` or uvicorn subprocess, ready when /readyz is 200.

The one place tests start a server. On a busy machine (CI, several suites at once) a cold start
can take well over 30 s, so readiness waits up to READY_TIMEOUT_SECONDS; a server that exits
fails at once, and every failure shows the server's own log.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

READY_TIMEOUT_SECONDS = 300.0
POLL_SECONDS = 0.2
LOG_TAIL_CHARS = 4000


class ServerNotReady(RuntimeError):
    """The server exited or did not become ready in time; the message ends with its log."""


def log_tail(log: Path, chars: int = LOG_TAIL_CHARS) -> str:
    try:
        text = log.read_text(errors="replace")
    except OSError as exc:
        return f"(no log: {exc})"
    return text[-chars:] if text else "(the log is empty)"


def readyz_probe(base_url: str) -> Callable[[], bool]:
    def probe() -> bool:
        try:
            return httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    return probe


def wait_until_ready(
    proc: subprocess.Popen[bytes],
    probe: Callable[[], bool],
    log: Path,
    *,
    timeout: float = READY_TIMEOUT_SECONDS,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Return once `probe()` is true; raise ServerNotReady at once if the process exits, or
    after `timeout` seconds, with the server's log in the message."""
    started = clock()
    deadline = started + timeout
    while True:
        code = proc.poll()
        if code is not None:
            raise ServerNotReady(
                f"the server exited with status {code} before it was ready; its log:\n"
                + log_tail(log)
            )
        if probe():
            return
        if clock() >= deadline:
            raise ServerNotReady(
                f"the server was not ready after {clock() - started:.0f} s; its log:\n"
                + log_tail(log)
            )
        sleep(POLL_SECONDS)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def live_server_process(
    args: Sequence[str],
    *,
    base_url: str,
    env: Mapping[str, str],
    cwd: Path,
    log: Path,
    timeout: float = READY_TIMEOUT_SECONDS,
) -> Iterator[subprocess.Popen[bytes]]:
    """Start the server with its stdout and stderr in `log`, wait until it is ready, yield
    the process, stop it afterwards."""
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            list(args), env=dict(env), cwd=cwd, stdout=sink, stderr=subprocess.STDOUT
        )
        try:
            wait_until_ready(proc, readyz_probe(base_url), log, timeout=timeout)
            yield proc
        finally:
            stop(proc)
