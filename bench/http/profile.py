"""Where a benchmarked request's CPU goes: each endpoint of bench/http/endpoints.py run in
process (httpx's ASGITransport, no socket) against the capture database, under cProfile with
the process-time clock, and the CPU attributed to the package whose code ran (own time, not
cumulative). `python -m bench.http.profile [REQUESTS] [endpoint-key ...]`.

The client's own share (httpx, h11-less ASGI transport) is shown and excluded from the
percentages: the app's CPU is what the server spends. A `--top N` prints the N functions
with the most own time per endpoint (`--sort cumulative` for the call tree's view);
`--plain` runs without the profiler and prints CPU per request only (the client's included),
to compare a change before and after in the same quiet minute."""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx

from bench.http.capture import CAPTURE_DB, in_process
from bench.http.endpoints import ENDPOINTS, Endpoint
from bench.http.prepare import Fixture, prepare

CLIENT = {"httpx", "httpcore", "anyio", "h11", "bench"}
LOOP = {"base_events", "selector_events", "selectors", "events", "tasks", "futures", "runners"}


def _package(filename: str) -> str:
    """The top-level package (or stdlib module group) a code object belongs to."""
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    parts = Path(filename).parts
    if "site-packages" in parts:
        rest = parts[parts.index("site-packages") + 1 :]
        return rest[0].removesuffix(".py").split(".")[0] if rest else "?"
    root = Path.cwd().parts
    if parts[: len(root)] == root and len(parts) > len(root) + 1:
        top = parts[len(root)]
        return f"{top}/{parts[len(root) + 1]}" if top in {"api", "infra", "domain"} else top
    return "stdlib:" + Path(filename).stem


def _shares(stats: pstats.Stats) -> dict[str, float]:
    """Own time per package; a builtin's or the standard library's (isinstance, dict.get,
    json, http.cookiejar for the client…) goes to the packages of the functions that called
    it, as cProfile split it by caller, up the calls to the first that is neither; the event
    loop's own modules stay "asyncio"."""
    raw = stats.stats  # type: ignore[attr-defined]
    out: dict[str, float] = defaultdict(float)

    def owner(func: tuple[str, int, str], depth: int = 0) -> list[tuple[str, float]]:
        filename = func[0]
        package = _package(filename)
        if package.removeprefix("stdlib:") in LOOP:
            return [("asyncio", 1.0)]
        if not (package == "builtins" or package.startswith("stdlib:")) or depth > 8:
            return [(package, 1.0)]
        callers = raw.get(func, (0, 0, 0.0, 0.0, {}))[4]
        total = sum(c[2] for c in callers.values())
        if not total:
            return [("builtins", 1.0)]
        shares: list[tuple[str, float]] = []
        for caller, c in callers.items():
            shares += [(p, w * c[2] / total) for p, w in owner(caller, depth + 1)]
        return shares

    for func, (_cc, _nc, tt, _ct, _callers) in raw.items():
        for package, weight in owner(func):
            out[package] += tt * weight
    return out


async def _run(ep: Endpoint, fixture: Fixture, c: httpx.AsyncClient, n: int) -> None:
    for i in range(n):
        r = await c.request(
            ep.method,
            ep.path(fixture),
            headers=ep.headers(fixture, str(uuid.uuid4())),
            content=ep.body(fixture, i),
        )
        assert r.status_code < 300, (ep.name, r.status_code, r.text[:300])


async def main(
    requests: int, keys: list[str], top: int, a_sort: str = "tottime", plain: bool = False
) -> None:
    fixture = await prepare(2000, db=CAPTURE_DB)
    chosen = [e for e in ENDPOINTS if not keys or e.key in keys]
    async with in_process(CAPTURE_DB) as (c, _):
        for ep in chosen:
            await _run(ep, fixture, c, 20)  # warm caches, statement cache, pool
            if plain:
                t0 = time.process_time()
                await _run(ep, fixture, c, requests)
                ms = 1000 * (time.process_time() - t0) / requests
                print(f"{ep.key:10} {ms:7.3f} ms CPU per request (client included)")
                continue
            prof = cProfile.Profile(time.process_time)
            t0 = time.process_time()
            prof.enable()
            await _run(ep, fixture, c, requests)
            prof.disable()
            total = time.process_time() - t0
            stats = pstats.Stats(prof)
            shares = _shares(stats)
            client = sum(v for k, v in shares.items() if k in CLIENT)
            app_cpu = sum(shares.values()) - client
            print(
                f"\n== {ep.name}: {1000 * total / requests:.2f} ms CPU per request in all, "
                f"{1000 * app_cpu / requests:.2f} ms app "
                f"(client {1000 * client / requests:.2f} ms)"
            )
            for k, v in sorted(shares.items(), key=lambda kv: -kv[1]):
                if k in CLIENT or v / app_cpu < 0.01:
                    continue
                print(f"   {100 * v / app_cpu:5.1f} %  {k}")
            if top:
                stats.sort_stats(a_sort).print_stats(top)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("requests", nargs="?", type=int, default=200)
    p.add_argument("keys", nargs="*", help="endpoint keys: " + ", ".join(e.key for e in ENDPOINTS))
    p.add_argument("--top", type=int, default=0)
    p.add_argument(
        "--plain", action="store_true", help="no profiler: CPU per request only (compare runs)"
    )
    p.add_argument("--sort", default="tottime", help="pstats order of --top: tottime, cumulative")
    a = p.parse_intermixed_args()
    asyncio.run(main(a.requests, a.keys, a.top, a.sort, a.plain))
