"""`fasttrack suggest train|evaluate` and `fasttrack maintenance` against a fresh database of
each kind (they commit, so not in the shared test database)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from api.cli import main
from infra.db import migrate
from infra.db.engine import Database, build_engine, build_sessionmaker
from infra.seed import seed_reference_data
from tests.support.databases import fresh_database
from tests.support.intake import corpus_seeds, insert_cases


async def test_suggest_commands_and_maintenance(
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        engine = build_engine(url)
        try:
            sessions = build_sessionmaker(engine)
            await seed_reference_data(sessions)
            # a quarter of the corpus: enough to train, quick to evaluate
            await insert_cases(Database(engine=engine, sessions=sessions), corpus_seeds()[::4])
        finally:
            await engine.dispose()
        monkeypatch.setenv("FASTTRACK_DATABASE_URL", url)
        monkeypatch.setenv("FASTTRACK_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("FASTTRACK_SUGGEST_MIN_CASES", "50")

        assert await asyncio.to_thread(main, ["suggest", "evaluate", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["cases"] == len(corpus_seeds()[::4])
        assert report["holdout_cases"] + report["train_cases"] == report["cases"]
        assert report["category_top3"] is not None and report["named_district_top1"] > 0.8

        assert await asyncio.to_thread(main, ["maintenance"]) == 0
        out = capsys.readouterr().out
        assert "road index v1" in out and "category model v2 (new)" in out
        # nothing new since: maintenance keeps the model, rebuilds the road index
        assert await asyncio.to_thread(main, ["maintenance"]) == 0
        out = capsys.readouterr().out
        assert "road index v3" in out and "category model v2:" in out
        assert await asyncio.to_thread(main, ["suggest", "train"]) == 0
        assert "category model v5 (new)" in capsys.readouterr().out
        assert await asyncio.to_thread(main, ["suggest", "evaluate", "--holdout", "1.5"]) == 1
