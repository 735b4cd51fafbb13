"""`fasttrack mail inbound < message.eml`, the MTA's pipe: a mail files a case in a migrated
SQLite database; a bad message exits 65 (bounced by the MTA), as sysexits.h says."""

from __future__ import annotations

import argparse
import asyncio
import io
import sqlite3
from pathlib import Path

import pytest

from api.cli import EX_DATAERR, cmd_mail, cmd_seed
from infra.db import migrate as migrations
from infra.settings import Settings

FIXTURES = Path(__file__).parent.parent / "fixtures" / "mail"


def _pipe(monkeypatch: pytest.MonkeyPatch, raw: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))


def test_a_piped_mail_is_filed_and_a_bad_one_exits_65(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(
        data_dir=tmp_path / "data", _env_file=None, secret_key="x" * 48, jobs="inprocess"
    )
    settings.data_dir.mkdir(parents=True)
    asyncio.run(migrations.upgrade(settings.effective_database_url, "head"))
    assert cmd_seed(settings, argparse.Namespace()) == 0
    capsys.readouterr()
    args = argparse.Namespace(action="inbound")

    _pipe(monkeypatch, (FIXTURES / "html_only.eml").read_bytes())
    assert cmd_mail(settings, args) == 0
    assert capsys.readouterr().out.startswith("filed FT-")
    _pipe(monkeypatch, (FIXTURES / "html_only.eml").read_bytes())
    assert cmd_mail(settings, args) == 0
    assert capsys.readouterr().out.strip() == "duplicate"

    _pipe(monkeypatch, b"not a mail at all")
    assert cmd_mail(settings, args) == EX_DATAERR
    assert "error:" in capsys.readouterr().err

    with sqlite3.connect(settings.data_dir / "fasttrack.db") as db:
        rows = db.execute("SELECT channel, complainant_email FROM complaints").fetchall()
    assert rows == [("email", "jane.doe@example.org")]
