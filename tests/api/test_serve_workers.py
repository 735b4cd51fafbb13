"""`fasttrack serve --workers N`: N uvicorn processes from the app factory on PostgreSQL; one
process on SQLite, the single-machine default, which refuses more with a clear message."""

from __future__ import annotations

from typing import Any

import pytest

from api import cli
from infra.settings import Settings

PG = "postgresql+asyncpg://fasttrack@db.example/fasttrack"


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What uvicorn.run was called with, instead of serving."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    # cmd_serve hands the bound address to the factory through the environment: restore it.
    monkeypatch.setenv("FASTTRACK_HOST", "127.0.0.1")
    monkeypatch.setenv("FASTTRACK_PORT", "8000")
    return calls


def serve(argv: list[str], settings: Settings) -> int:
    args = cli.build_parser().parse_args(["serve", *argv])
    return cli.cmd_serve(settings, args)


def test_workers_run_the_app_factory_in_each_process_on_postgresql(
    runs: list[dict[str, Any]],
) -> None:
    assert serve(["--workers", "3"], Settings(_env_file=None, database_url=PG)) == 0

    [call] = runs
    # uvicorn starts workers only from an import string: each process builds its own app.
    assert call["app"] == "api.app:serve_app" and call["factory"] is True
    assert call["workers"] == 3


def test_one_process_by_default(runs: list[dict[str, Any]], tmp_path: Any) -> None:
    assert serve([], Settings(_env_file=None, database_url=None, data_dir=tmp_path)) == 0
    assert serve([], Settings(_env_file=None, database_url=PG)) == 0

    assert [call["workers"] for call in runs] == [1, 1]


def test_sqlite_refuses_several_workers_and_says_why(
    runs: list[dict[str, Any]], tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(_env_file=None, database_url=None, data_dir=tmp_path)
    assert settings.effective_database_url.startswith("sqlite")

    assert serve(["--workers", "2"], settings) == 2

    assert runs == []
    err = capsys.readouterr().err
    assert "--workers above 1 needs PostgreSQL" in err and "SQLite" in err


def test_sqlite_serves_with_one_worker_asked_for(runs: list[dict[str, Any]], tmp_path: Any) -> None:
    assert (
        serve(["--workers", "1"], Settings(_env_file=None, database_url=None, data_dir=tmp_path))
        == 0
    )
    assert runs[0]["workers"] == 1


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_workers_below_one_are_a_usage_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.build_parser().parse_args(["serve", "--workers", value])
    assert exited.value.code == 2
    assert "at least 1" in capsys.readouterr().err


def test_uvloop_and_httptools_serve_unless_asked_otherwise(
    runs: list[dict[str, Any]], tmp_path: Any
) -> None:
    """Both are dependencies, so uvicorn's `auto` picks them; asyncio and h11 on request."""
    import httptools  # noqa: F401  (installed, so `auto` uses it)
    import uvloop  # noqa: F401

    settings = Settings(_env_file=None, database_url=None, data_dir=tmp_path)
    assert serve([], settings) == 0
    assert serve(["--loop", "asyncio", "--http", "h11"], settings) == 0

    assert [(c["loop"], c["http"]) for c in runs] == [("auto", "auto"), ("asyncio", "h11")]
