"""The live-server fixtures wait long enough on a busy machine, fail fast, and show the log."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.live_server import (
    READY_TIMEOUT_SECONDS,
    ServerNotReady,
    live_server_process,
    stop,
    wait_until_ready,
)

TESTS = Path(__file__).resolve().parents[1]


class FakeTime:
    """A clock that only moves when the waiter sleeps: simulated minutes in microseconds."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps = 0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += seconds


@pytest.fixture
def idle_process(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A process that stays up (a server still starting) and writes a line to its log."""
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-c", "import time; print('starting up', flush=True); time.sleep(60)"],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        for _ in range(1200):  # its first line is in the log (python may start slowly)
            if "starting up" in log.read_text():
                break
            time.sleep(0.05)
        yield proc
    finally:
        stop(proc)


def test_a_slow_server_is_waited_for_well_past_thirty_seconds(
    idle_process: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    fake = FakeTime()
    ready_at = 100.0

    wait_until_ready(
        idle_process,
        lambda: fake.now >= ready_at,
        tmp_path / "server.log",
        clock=fake.clock,
        sleep=fake.sleep,
    )

    assert fake.now >= ready_at
    assert READY_TIMEOUT_SECONDS >= 120


def test_a_server_never_ready_fails_at_the_limit_with_its_log(
    idle_process: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    fake = FakeTime()
    log = tmp_path / "server.log"
    with pytest.raises(ServerNotReady) as raised:
        wait_until_ready(idle_process, lambda: False, log, clock=fake.clock, sleep=fake.sleep)

    assert READY_TIMEOUT_SECONDS <= fake.now < READY_TIMEOUT_SECONDS + 1
    assert f"not ready after {READY_TIMEOUT_SECONDS:.0f} s" in str(raised.value)
    assert "starting up" in str(raised.value)


def test_a_server_that_exits_fails_at_once_with_its_log(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; print('address already in use'); sys.exit(3)"],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    proc.wait()
    fake = FakeTime()

    with pytest.raises(ServerNotReady) as raised:
        wait_until_ready(proc, lambda: False, log, clock=fake.clock, sleep=fake.sleep)

    assert fake.sleeps == 0
    assert "exited with status 3" in str(raised.value)
    assert "address already in use" in str(raised.value)


def test_the_process_helper_reports_an_early_exit_with_the_log(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    with (
        pytest.raises(ServerNotReady, match="cannot bind"),
        live_server_process(
            [sys.executable, "-c", "import sys; sys.exit('cannot bind 127.0.0.1')"],
            base_url="http://127.0.0.1:9",
            env={},
            cwd=tmp_path,
            log=log,
        ),
    ):
        pytest.fail("an exited server must not be yielded")


def test_every_live_server_in_the_tests_starts_through_the_helper() -> None:
    """Any test that starts a server process and waits for /readyz does so through
    tests/support/live_server.py, so none falls back to a short readiness wait or hides the
    server's log. (Processes that are not waited on as servers, e.g. killed workers, may use
    Popen directly.)"""
    helper = TESTS / "support" / "live_server.py"
    starters = [
        path.relative_to(TESTS).as_posix()
        for path in TESTS.rglob("*.py")
        if path not in (helper, Path(__file__))
        and "Popen(" in (text := path.read_text())
        and "readyz" in text
    ]
    assert starters == []
    users = {
        path.relative_to(TESTS).as_posix()
        for path in TESTS.rglob("*.py")
        if "live_server_process(" in path.read_text() and path not in (helper, Path(__file__))
    }
    assert "e2e/conftest.py" in users and any(u.startswith("fuzz/") for u in users)
