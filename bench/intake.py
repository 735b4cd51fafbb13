"""Smart-intake latency benchmark: every corpus complaint suggested once, in process and over
HTTP (ASGI), cold start (keyword rules) and with a trained model. A benchmark, not a test.

`make bench-intake` (SQLite in a temporary directory) or
`python -m bench.intake --database-url postgresql://postgres@127.0.0.1:5432/fasttrack_bench_intake`
(the database is dropped and recreated).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import httpx

from api.app import create_app
from domain.intake.service import IntakeCache, IntakeConfig, SuggestionRequest
from domain.shared.principal import Principal, PrincipalKind, Role
from infra.db import migrate
from infra.db.engine import Database, build_engine, build_sessionmaker
from infra.mail.adapters import InMemoryMailer
from infra.seed import seed_reference_data
from infra.settings import Settings, normalise_database_url
from tests.support.identity import make_staff
from tests.support.intake import corpus, corpus_seeds, insert_cases, intake_service, matcher

TARGET_P95_MS = 20.0


def _summary(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    verdict = "ok" if p95 < TARGET_P95_MS else f"over the {TARGET_P95_MS:.0f} ms target"
    return (
        f"{name:<38} n={len(samples):>4}  p50 {statistics.median(samples):6.2f} ms  "
        f"p95 {p95:6.2f} ms  max {ordered[-1]:6.2f} ms  ({verdict})"
    )


async def _time(texts: list[str], call: Callable[[str], Awaitable[object]]) -> list[float]:
    for text in texts[:10]:  # warm-up: caches, the model's first load, connections
        await call(text)
    out = []
    for text in texts:
        start = time.perf_counter()
        await call(text)
        out.append((time.perf_counter() - start) * 1000)
    return out


async def _recreate_pg(url: str) -> None:
    base, _, name = url.rpartition("/")
    conn = await asyncpg.connect(f"{base}/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(
            f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
            "LC_CTYPE 'C.UTF-8' TEMPLATE template0"
        )
    finally:
        await conn.close()


async def main(database_url: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if database_url is None:
            url = f"sqlite:///{Path(tmp) / 'intake.db'}"
        else:
            url = database_url
            await _recreate_pg(url)
        url = normalise_database_url(url)
        await migrate.upgrade(url)
        engine = build_engine(url)
        sessions = build_sessionmaker(engine)
        database = Database(engine=engine, sessions=sessions)
        try:
            await seed_reference_data(sessions)
            await insert_cases(database, corpus_seeds())
            omb = await make_staff(sessions, "bench_omb", Role.omb_officer, "OMB")
            actor = Principal(id=omb.id, kind=PrincipalKind.user, role=Role.omb_officer)
            texts = [str(r["text"]) for r in corpus()]
            settings = Settings(
                data_dir=Path(tmp) / "data",
                database_url=url,
                _env_file=None,
                password_hash_profile="fast",
                secret_key="bench-secret-0123456789abcdefghijklmnopqrstuvwxyz",
            )
            app = create_app(settings, database=database, mailer=InMemoryMailer())
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:

                async def over_http(text: str) -> object:
                    r = await http.post(
                        "/api/v1/intake/suggestions",
                        json={"text": text},
                        headers={"Authorization": f"Bearer {omb.token}"},
                    )
                    r.raise_for_status()
                    return r

                cache = IntakeCache()
                service = intake_service(database, IntakeConfig(min_cases=10), cache)

                async def in_process(text: str) -> object:
                    return await service.suggest(actor, SuggestionRequest(text))

                async def baseline(text: str) -> object:
                    # The bare cost of one request on this machine now: a health check.
                    return (await http.get("/healthz")).raise_for_status()

                print(f"database: {url.split('://')[0]}; {len(texts)} corpus complaints")
                print(_summary("baseline: GET /healthz over HTTP", await _time(texts, baseline)))
                print(_summary("keyword rules, in process", await _time(texts, in_process)))
                print(_summary("keyword rules, HTTP", await _time(texts, over_http)))
                start = time.perf_counter()
                report = await service.retrain(force=True)
                print(
                    f"trained model v{report.model_version} on {report.training_cases} cases "
                    f"in {time.perf_counter() - start:.1f} s"
                )
                print(_summary("model + keywords, in process", await _time(texts, in_process)))
                model = cache.model
                assert model is not None
                places = matcher()

                async def scoring_only(text: str) -> object:
                    # The pure-Python part (places, model) without the database.
                    return places.match(text), model.predict(text, k=len(model.classes))

                print(_summary("scoring only (no database)", await _time(texts, scoring_only)))
                print(_summary("model + keywords, HTTP", await _time(texts, over_http)))
        finally:
            await engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=None)
    asyncio.run(main(parser.parse_args().database_url))
