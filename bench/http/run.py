"""`make bench-http`: the app against a bare Starlette + asyncpg baseline serving the same SQL
(bench/http/bare.py), under wrk on loopback, interleaved B A B A B A, per endpoint: requests/s,
p50/p99 latency, server CPU per request, and the ratio app ÷ bare. Then the concurrent-writers
run (bench/writers.py). Prints a Markdown table and writes it to var/bench-http.md."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench.http import bare
from bench.http.endpoints import ENDPOINTS, Endpoint, create_body
from bench.http.prepare import Fixture, db_url, prepare

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
LUA = Path(__file__).with_name("lua") / "bench.lua"
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    name: str  # "app" or "bare"
    proc: subprocess.Popen[bytes]
    base: str

    def cpu_seconds(self) -> float:
        """utime + stime of the server process (it is the uvicorn process itself)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS


@dataclass
class Sample:
    requests: int
    seconds: float
    cpu: float
    p50_ms: float
    p99_ms: float
    errors: int


@dataclass
class Row:
    endpoint: Endpoint
    samples: dict[str, list[Sample]] = field(default_factory=lambda: {"app": [], "bare": []})

    def rate(self, who: str) -> float:
        s = self.samples[who]
        return sum(x.requests for x in s) / sum(x.seconds for x in s) if s else 0.0

    def cpu_ms(self, who: str) -> float:
        s = self.samples[who]
        n = sum(x.requests for x in s)
        return 1000 * sum(x.cpu for x in s) / n if n else float("nan")

    def pct(self, who: str, which: str) -> float:
        # A round in which no request finished has no percentiles (wrk reports 0).
        values = [getattr(x, which) for x in self.samples[who] if x.requests]
        return statistics.median(values) if values else float("nan")

    def errors(self, who: str) -> int:
        return sum(x.errors for x in self.samples[who])


def shape_of(value: Any) -> Any:
    """A JSON value's shape: the keys of objects (recursively), a list's first item's shape if
    it is an object ("list" otherwise: an empty list matches any), "scalar" for the rest
    (null included: optional fields), "map" for objects keyed by data (counts per id)."""
    if isinstance(value, dict):
        return {k: shape_of(v) for k, v in sorted(value.items())} if not _is_map(value) else "map"
    if isinstance(value, list):
        return [shape_of(value[0])] if value and isinstance(value[0], dict) else "list"
    return "scalar"


def _is_map(value: dict[str, Any]) -> bool:
    # Objects keyed by data (ids, codes, statuses) with counts: their keys are the data.
    return (
        bool(value)
        and all(isinstance(v, int | dict) for v in value.values())
        and any(k[:1].isdigit() or "-" in k or "_" in k for k in value)
    )


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(log.read_text(errors="replace")[-3000:])
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(
        f"{url} not ready; the server's log:\n" + log.read_text(errors="replace")[-3000:]
    )


def start_app(tmp: Path, core: str) -> Server:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "FASTTRACK_DATA_DIR": str(tmp),
        "FASTTRACK_DATABASE_URL": db_url("postgresql+asyncpg"),
        "FASTTRACK_PUBLIC_BASE_URL": base,
        "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
        "FASTTRACK_LOG_LEVEL": "WARNING",
        # One address (127.0.0.1) makes every lookup: the limit must not answer 429s. The
        # limiter leases admissions from its counter (one upsert per lease of limit // 8).
        "FASTTRACK_PUBLIC_TRACKING_PER_MINUTE": str(bare.TRACKING_PER_MINUTE),
        # No job worker runs here: the creates of an earlier run left their events in the
        # outbox, which /readyz would call a stuck queue (503) and the run would never start.
        "FASTTRACK_QUEUE_STUCK_SECONDS": str(10 * 365 * 24 * 3600),
    }
    log = tmp / "app.log"
    cmd = [str(BIN / "fasttrack"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(
        ["taskset", "-c", core, *cmd],
        env=env,
        cwd=tmp,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    _wait_ready(proc, f"{base}/readyz", log)
    return Server("app", proc, base)


def start_bare(tmp: Path, core: str, pool: int) -> Server:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "BENCH_HTTP_DSN": db_url(), "BENCH_HTTP_POOL": str(pool)}
    log = tmp / "bare.log"
    cmd = [
        str(BIN / "uvicorn"),
        "bench.http.bare:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    proc = subprocess.Popen(
        ["taskset", "-c", core, *cmd],
        env=env,
        cwd=ROOT,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    _wait_ready(proc, f"{base}/healthz", log)
    return Server("bare", proc, base)


def wrk(
    server: Server, ep: Endpoint, f: Fixture, seconds: float, connections: int, core: str
) -> tuple[dict[str, float], float]:
    """One wrk run on `core`; returns wrk's result line and the server's CPU seconds used."""
    env = {
        **os.environ,
        "BENCH_PATH": ep.path(f),
        "BENCH_TOKEN": f.token if ep.auth else "",
        "BENCH_BODY": create_body(f, 0)
        .replace("จุดที่ 0", "จุดที่ {n}")
        .replace("แจ้งครั้งที่ 0", "แจ้งครั้งที่ {n}")
        if ep.create
        else "",
        "BENCH_KEY_PREFIX": uuid.uuid4().hex,
    }
    cmd = [
        "taskset",
        "-c",
        core,
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds:g}s",
        "--timeout",
        "30s",
        "-s",
        str(LUA),
        server.base,
    ]
    before = server.cpu_seconds()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    cpu = server.cpu_seconds() - before
    line = next(x for x in out.splitlines() if x.startswith("BENCH_RESULT "))
    return json.loads(line.removeprefix("BENCH_RESULT ")), cpu


def measure(
    servers: dict[str, Server],
    f: Fixture,
    rounds: int,
    seconds: float,
    connections: int,
    core: str,
    only: list[str] | None,
) -> list[Row]:
    rows = [Row(ep) for ep in ENDPOINTS if not only or ep.key in only]
    for row in rows:
        ep = row.endpoint
        for who in ("bare", "app"):  # warm-up, not counted
            wrk(servers[who], ep, f, 2, connections, core)
        for i in range(rounds):
            for who in ("bare", "app"):  # B A B A B A
                r, cpu = wrk(servers[who], ep, f, seconds, connections, core)
                errors = int(r["connect"] + r["read"] + r["write"] + r["status"] + r["timeout"])
                row.samples[who].append(
                    Sample(
                        requests=int(r["requests"]),
                        seconds=r["duration_us"] / 1e6,
                        cpu=cpu,
                        p50_ms=r["p50"] / 1000,
                        p99_ms=r["p99"] / 1000,
                        errors=errors,
                    )
                )
                print(
                    f"  {ep.name:<26} round {i + 1} {who:<4} "
                    f"{int(r['requests']) / (r['duration_us'] / 1e6):8.1f} req/s  "
                    f"p50 {r['p50'] / 1000:7.1f} ms  p99 {r['p99'] / 1000:7.1f} ms  "
                    f"CPU {1000 * cpu / max(1, int(r['requests'])):6.2f} ms/req  "
                    f"errors {errors}",
                    flush=True,
                )
    return rows


def _fmt(x: float) -> str:
    if x != x:  # nan
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def table(rows: list[Row]) -> str:
    out = [
        "| endpoint | app req/s | bare req/s | app ÷ bare | app p50 / p99 ms "
        "| bare p50 / p99 ms | CPU per request, app vs bare (ms) | bare CPU ÷ app CPU "
        "| errors app / bare |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        a, b = r.rate("app"), r.rate("bare")
        out.append(
            f"| {r.endpoint.name} | {_fmt(a)} | {_fmt(b)} | {a / b if b else float('nan'):.2f} "
            f"| {_fmt(r.pct('app', 'p50_ms'))} / {_fmt(r.pct('app', 'p99_ms'))} "
            f"| {_fmt(r.pct('bare', 'p50_ms'))} / {_fmt(r.pct('bare', 'p99_ms'))} "
            f"| {_fmt(r.cpu_ms('app'))} vs {_fmt(r.cpu_ms('bare'))} "
            f"| {r.cpu_ms('bare') / r.cpu_ms('app'):.2f} "
            f"| {r.errors('app')} / {r.errors('bare')} |"
        )
    return "\n".join(out)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = cpu
    mem = Path("/proc/meminfo").read_text().split()[1]
    pg = subprocess.run(
        ["psql", db_url(), "-Atc", "SHOW server_version"], capture_output=True, text=True
    ).stdout.strip()
    return (
        f"{os.cpu_count()} CPUs ({model}), {int(mem) / 2**20:.1f} GiB RAM, "
        f"PostgreSQL {pg or '?'} on the same machine, Python {platform.python_version()}"
    )


def writers(seconds: float, ramp: float) -> str:
    """The concurrent-writers run (bench/writers.py, `make bench-writers`), its table."""
    cmd = [
        str(BIN / "python"),
        "-u",
        "-m",
        "bench.writers",
        "--seconds",
        f"{seconds:g}",
        "--ramp",
        f"{ramp:g}",
    ]
    print(f"\nconcurrent writers: {' '.join(cmd[2:])}", flush=True)
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    print(out, flush=True)
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("| writers"))
    head = lines[start - 1] if start else ""
    return "\n".join([head, "", *lines[start:]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=20_000, help="cases to seed")
    parser.add_argument("--seconds", type=float, default=5.0, help="per wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="B A pairs per endpoint")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--server-core", default="0")
    parser.add_argument("--wrk-core", default="1")
    parser.add_argument("--only", default="", help="comma-separated endpoint keys")
    parser.add_argument(
        "--writers-seconds", type=float, default=20.0, help="per writer count; 0 skips the run"
    )
    parser.add_argument("--writers-ramp", type=float, default=10.0)
    parser.add_argument("--fresh", action="store_true", help="reseed even if N cases are there")
    parser.add_argument("--output", type=Path, default=ROOT / "var" / "bench-http.md")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (`make bench-http` installs the Debian package)")
    started = time.monotonic()
    load_before = os.getloadavg()
    fixture = asyncio.run(prepare(args.n, reuse=not args.fresh))
    only = [x for x in args.only.split(",") if x]
    with tempfile.TemporaryDirectory() as tmp:
        servers = {
            "app": start_app(Path(tmp), args.server_core),
            "bare": start_bare(Path(tmp), args.server_core, 20),
        }
        try:
            print(
                f"app pid {servers['app'].proc.pid}, bare pid {servers['bare'].proc.pid}, "
                f"both on core {args.server_core}; wrk on core {args.wrk_core}",
                flush=True,
            )
            rows = measure(
                servers,
                fixture,
                args.rounds,
                args.seconds,
                args.connections,
                args.wrk_core,
                only,
            )
        finally:
            for s in servers.values():
                s.proc.terminate()
                s.proc.wait(timeout=20)
    load_after = os.getloadavg()
    writer_table = writers(args.writers_seconds, args.writers_ramp) if args.writers_seconds else ""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = "\n".join(
        [
            f"### HTTP benchmark, {when} (commit {commit or '?'})",
            "",
            f"{machine()}. N = {fixture.n:,} seeded cases; wrk -t1 -c{args.connections}, "
            f"{args.rounds} × {args.seconds:g} s per server and endpoint, interleaved "
            f"B A B A B A (after a 2 s warm-up each); servers (one uvicorn worker each) "
            f"pinned to core {args.server_core}, wrk to core {args.wrk_core}. Load average "
            f"(1/5/15 min) {'/'.join(f'{x:.2f}' for x in load_before)} before, "
            f"{'/'.join(f'{x:.2f}' for x in load_after)} after; "
            f"{time.monotonic() - started:.0f} s in all. req/s: all rounds' requests ÷ their "
            "time; p50/p99: the median of the rounds' wrk percentiles; CPU per request: the "
            "server process's utime + stime (/proc/<pid>/stat) over the rounds ÷ requests "
            "(on a loaded machine the steadier figure: it does not count time the server "
            "waited for the core). Errors: wrk's non-2xx answers, timeouts and socket errors.",
            "",
            table(rows),
            "",
            f"Concurrent writers (bench/writers.py, {args.writers_seconds:g} s per level):"
            if writer_table
            else "",
            "",
            writer_table,
            "",
        ]
    )
    print("\n" + report)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report)
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
