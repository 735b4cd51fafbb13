"""`fasttrack backup` / `fasttrack restore` of the embedded SQLite default: a backup taken by
another process while cases and attachments are being written restores into a fresh data
directory with every case and attachment; restore refuses a database that is not empty
without --force and an archive that fails its checksums; PostgreSQL installs are told to use
pg_dump and point-in-time recovery."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import sys
import tarfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from api.app import create_app
from api.cli import main
from domain.shared.principal import Role
from infra.backup import MANIFEST, BackupError, DataPaths, backup, read_manifest, restore
from infra.db import migrate
from infra.db.engine import Database
from infra.db.tables import AttachmentRow, ComplaintRow, table_of
from infra.mail.adapters import InMemoryMailer
from infra.seed import seed_reference_data
from infra.settings import Settings
from tests.support.identity import make_staff

BIN = Path(sys.executable).parent
A: Any = table_of(AttachmentRow).c
C: Any = table_of(ComplaintRow).c


def settings_for(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, _env_file=None, password_hash_profile="fast")


def case_body(n: int) -> dict[str, Any]:
    return {
        "title": f"backup {n}: ไฟทางดับ",
        "description": f"ไฟทางดับหน้าซอย {n} ขอให้เขตซ่อม",
        "channel": "hotline_1676",
        "district_code": "1026",
        "complainant": {"name": "ผู้ร้อง ทดสอบ", "phone": "0812345678"},
    }


async def file_case(http: httpx.AsyncClient, n: int) -> tuple[str, str]:
    """A case with one attachment: (case id, attachment id), both committed."""
    case = await http.post("/api/v1/complaints", json=case_body(n))
    assert case.status_code == 201, case.text
    case_id = str(case.json()["id"])
    pdf = b"%PDF-1.4\n% Fast Track backup test " + str(n).encode() * 200 + b"\n%%EOF\n"
    upload = await http.post(
        f"/api/v1/complaints/{case_id}/attachments",
        files={"file": (f"report-{n}.pdf", pdf, "application/pdf")},
    )
    assert upload.status_code == 201, upload.text
    return case_id, str(upload.json()["id"])


@pytest.fixture
async def source(tmp_path: Path) -> AsyncIterator[tuple[Settings, Database, dict[str, str]]]:
    """An embedded-default install (migrated, seeded) and an OMB officer's token."""
    settings = settings_for(tmp_path / "source")
    settings.data_dir.mkdir()
    url = settings.effective_database_url
    await migrate.upgrade(url)
    db = Database.from_url(url)
    try:
        await seed_reference_data(db.sessions)
        omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
        yield settings, db, omb.headers
    finally:
        await db.dispose()


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FASTTRACK_")}
    return {**env, "FASTTRACK_DATA_DIR": str(data_dir), **extra}


async def test_a_backup_taken_while_writing_restores_every_case_and_attachment(
    source: tuple[Settings, Database, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings, db, headers = source
    app = create_app(settings, database=db, mailer=InMemoryMailer())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers=headers, timeout=120
    ) as http:
        before = [await file_case(http, n) for n in range(5)]

        # `fasttrack backup` in its own process while this one keeps filing cases.
        backups = tmp_path / "backups"
        proc = await asyncio.create_subprocess_exec(
            str(BIN / "fasttrack"),
            "backup",
            str(backups) + os.sep,
            env=env_for(settings.data_dir),
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        during: list[tuple[str, str]] = []
        while proc.returncode is None:
            during.append(await file_case(http, 100 + len(during)))
            await asyncio.sleep(0)
        out, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        assert during, "nothing was written while the backup ran"
        during.append(await file_case(http, 999))  # after the backup: not in it

    archives = list(backups.glob("fasttrack-backup-*.tar.gz"))
    assert len(archives) == 1, out.decode()
    manifest = read_manifest(archives[0])
    assert {f["path"] for f in manifest["files"]} >= {"database/fasttrack.db", "secrets/secret_key"}  # type: ignore[attr-defined]

    # Restore into a fresh data directory, as on a new machine.
    target = settings_for(tmp_path / "restored")
    monkeypatch.chdir(tmp_path)  # no .env of the checkout
    monkeypatch.setenv("FASTTRACK_DATA_DIR", str(target.data_dir))
    monkeypatch.delenv("FASTTRACK_DATABASE_URL", raising=False)
    assert main(["restore", str(archives[0])]) == 0

    restored = Database.from_url(target.effective_database_url)
    try:
        async with restored.sessions() as s:
            cases = {str(r) for r in (await s.execute(select(C.id))).scalars()}
            files = (await s.execute(select(A.id, A.storage_key, A.sha256))).all()
    finally:
        await restored.dispose()
    # Every case committed before the backup began is there, with its attachment.
    assert {case for case, _ in before} <= cases
    assert {str(f.id) for f in files} >= {attachment for _, attachment in before}
    assert len(cases) == manifest["cases"] and len(files) == manifest["attachments"]
    # A consistent snapshot: of what was written meanwhile, an attachment comes with its
    # case, and every attachment the restored database names has its bytes.
    assert during[-1][0] not in cases
    with_files = {str(f.id) for f in files}
    for case, attachment in during:
        assert attachment not in with_files or case in cases
    for f in files:
        stored = target.data_dir / "attachments" / f.storage_key[:2] / f.storage_key
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == f.sha256
    assert (target.data_dir / "secret_key").read_bytes() == (
        settings.data_dir / "secret_key"
    ).read_bytes()

    # The restored install serves them (the staff token came with the database).
    restored = Database.from_url(target.effective_database_url)
    try:
        app = create_app(target, database=restored, mailer=InMemoryMailer())
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers=headers
        ) as http:
            for case, attachment in before:
                got = await http.get(f"/api/v1/complaints/{case}/attachments/{attachment}")
                assert got.status_code == 200, got.text
                assert got.content.startswith(b"%PDF-1.4")
    finally:
        await restored.dispose()

    # Not over a database that holds something, unless forced.
    assert main(["restore", str(archives[0])]) == 1
    assert main(["restore", str(archives[0]), "--force"]) == 0


def test_restore_refuses_an_archive_that_fails_its_checksums(tmp_path: Path) -> None:
    import sqlite3

    paths = DataPaths(tmp_path / "a" / "fasttrack.db", tmp_path / "a", tmp_path / "a" / "keys")
    paths.data_dir.mkdir()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('เดิม')")
    conn.close()
    report = backup(paths, tmp_path / "one.tar.gz")

    # The same archive with the database member's bytes changed, its manifest untouched.
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(report.archive, "r:gz") as src, tarfile.open(tampered, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name != MANIFEST:
                data = data.replace("เดิม".encode(), "ปลอม".encode())
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))

    fresh = DataPaths(tmp_path / "b" / "fasttrack.db", tmp_path / "b", tmp_path / "b" / "keys")
    with pytest.raises(BackupError, match="checksum"):
        restore(fresh, tampered)
    assert not fresh.database.exists()
    assert restore(fresh, report.archive).database == fresh.database


@pytest.mark.parametrize("command", [["backup", "backups/"], ["restore", "x.tar.gz"]])
def test_on_postgresql_the_commands_point_to_pg_dump_and_pitr(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FASTTRACK_DATABASE_URL", "postgresql://fasttrack@db-host/fasttrack")

    assert main(command) == 2

    err = capsys.readouterr().err
    assert "pg_dump -Fc" in err and "pg_restore" in err and "point-in-time" in err
    assert not (tmp_path / "backups").exists()
