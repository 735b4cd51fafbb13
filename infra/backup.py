"""Backups of the embedded SQLite default: one archive with the database, the attachments and
the data directory's secrets, made while the server runs; and restoring one.

The database is copied with SQLite's online backup API in one step: the copy is a snapshot of
one read transaction (under WAL the server keeps writing meanwhile). The attachments are
copied after the snapshot, exactly those its rows name, each checked against the sha256 the
row holds: a file is written and fsynced before its row commits and never changed or deleted
afterwards, so every file the snapshot names exists by then. The archive (tar, gzip) holds
`manifest.json` — format, time, schema revision, counts, and every other member's size and
sha256 — and is written to a temporary name, fsynced and renamed, so a crash never leaves a
half archive under the final name.

PostgreSQL is not backed up here: pg_dump and WAL archiving do it better (see the README).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from sqlalchemy.engine import make_url

FORMAT = "fasttrack-backup/1"
MANIFEST = "manifest.json"
DATABASE_MEMBER = "database/fasttrack.db"
ATTACHMENTS = "attachments"
SECRET_FILE = "secret_key"
KEYS = "keys"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class DataPaths:
    """Where an install keeps what a backup holds."""

    database: Path  # the SQLite file
    data_dir: Path  # <data_dir>: attachments/ and secret_key
    keys_dir: Path  # the client-token key ring

    @property
    def attachments(self) -> Path:
        return self.data_dir / ATTACHMENTS


@dataclass
class BackupReport:
    archive: Path
    revision: str | None
    cases: int
    attachments: int
    files: int
    missing: list[str] = field(default_factory=list)  # attachment keys without their file


@dataclass
class RestoreReport:
    database: Path
    revision: str | None
    cases: int
    attachments: int


def sqlite_path(database_url: str) -> Path | None:
    """The file of a sqlite URL (sqlite:///…, sqlite+aiosqlite:///…); None for anything else."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _attachment_path(root: Path, key: str) -> Path:
    return root / key[:2] / key  # LocalFileStorage's layout


def _scalar(conn: sqlite3.Connection, sql: str) -> object:
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.OperationalError:
        return None  # the table does not exist (an unmigrated database)
    return row[0] if row else None


def _snapshot(source: Path, target: Path) -> None:
    """Copy the live database through the online backup API in one step (one snapshot),
    leave the copy as a single self-contained file, and check it."""
    if not source.is_file():
        raise BackupError(f"there is no database at {source}")
    # timeout: wait for a writer's lock instead of failing (busy_timeout of the source).
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=60)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)  # pages=-1: every page in one step, i.e. one read transaction
            dst.execute("PRAGMA journal_mode=DELETE")  # no -wal beside the copy
            check = dst.execute("PRAGMA integrity_check").fetchone()
            if not check or check[0] != "ok":
                raise BackupError(f"the copy of the database fails its integrity check: {check}")
        finally:
            dst.close()
    finally:
        src.close()


def _secret_files(paths: DataPaths) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    secret = paths.data_dir / SECRET_FILE
    if secret.is_file():
        found.append((secret, f"secrets/{SECRET_FILE}"))
    if paths.keys_dir.is_dir():
        for f in sorted(paths.keys_dir.rglob("*")):
            if f.is_file():
                found.append((f, f"secrets/{KEYS}/{f.relative_to(paths.keys_dir).as_posix()}"))
    return found


def _archive_name(target: str | Path, now: datetime) -> Path:
    """A directory (existing, or named with a trailing slash): a time-stamped file in it."""
    path = Path(target)
    if path.is_dir() or str(target).endswith(("/", os.sep)):
        path.mkdir(parents=True, exist_ok=True)
        return path / f"fasttrack-backup-{now.strftime('%Y%m%dT%H%M%SZ')}.tar.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup(paths: DataPaths, target: str | Path, *, now: datetime | None = None) -> BackupReport:
    """Write one archive of the database, its attachments and the secrets to `target` (a
    directory: a time-stamped file in it; otherwise that file)."""
    now = now or datetime.now(UTC)
    archive = _archive_name(target, now)
    with tempfile.TemporaryDirectory(prefix="fasttrack-backup-", dir=archive.parent) as tmp:
        copy = Path(tmp) / "fasttrack.db"
        _snapshot(paths.database, copy)
        conn = sqlite3.connect(copy)
        try:
            revision = _scalar(conn, "SELECT version_num FROM alembic_version")
            cases = _scalar(conn, "SELECT count(*) FROM complaints") or 0
            rows = conn.execute("SELECT storage_key, sha256 FROM attachments").fetchall()
        except sqlite3.OperationalError:
            rows = []
        finally:
            conn.close()

        members: list[tuple[Path, str]] = [(copy, DATABASE_MEMBER)]
        missing: list[str] = []
        for key, sha in sorted(rows):
            path = _attachment_path(paths.attachments, str(key))
            if not path.is_file() or _sha256(path) != sha:
                missing.append(str(key))
                continue
            members.append((path, f"{ATTACHMENTS}/{str(key)[:2]}/{key}"))
        members += _secret_files(paths)

        entries = [
            {"path": name, "size": src.stat().st_size, "sha256": _sha256(src)}
            for src, name in members
        ]
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "sqlite_version": sqlite3.sqlite_version,
            "alembic_revision": revision,
            "cases": int(str(cases)),
            "attachments": len(rows) - len(missing),
            "missing_attachments": missing,
            "files": entries,
        }
        partial = archive.with_name(archive.name + ".part")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(data), int(now.timestamp()), 0o600
            tar.addfile(info, io.BytesIO(data))
            for src, name in members:
                tar.add(src, arcname=name, recursive=False)
        os.chmod(partial, 0o600)  # personal data and secrets
        _fsync(partial)
        os.replace(partial, archive)
        _fsync(archive.parent)
    return BackupReport(
        archive=archive,
        revision=str(revision) if revision else None,
        cases=int(str(cases)),
        attachments=len(rows) - len(missing),
        files=len(entries) + 1,
        missing=missing,
    )


def _safe_member(name: str) -> bool:
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts and name == p.as_posix()


def read_manifest(archive: Path) -> dict[str, object]:
    """The archive's manifest, after checking every member against it (sizes, sha256, no
    member it does not name, nothing outside the archive's own tree)."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            manifest_file = tar.extractfile(MANIFEST)
            if manifest_file is None:
                raise BackupError(f"{archive} has no {MANIFEST}: not a Fast Track backup")
            manifest = json.loads(manifest_file.read())
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{archive} is not a {FORMAT} archive")
            expected = {str(f["path"]): f for f in manifest["files"]}
            seen: set[str] = set()
            for member in tar.getmembers():
                if member.name == MANIFEST:
                    continue
                if member.name not in expected or not member.isfile():
                    raise BackupError(f"{archive} holds {member.name!r}, which its manifest lacks")
                if not _safe_member(member.name):
                    raise BackupError(f"{archive} holds an unsafe path {member.name!r}")
                fh = tar.extractfile(member)
                assert fh is not None
                digest = hashlib.sha256()
                for chunk in iter(lambda: fh.read(1 << 20), b""):  # noqa: B023
                    digest.update(chunk)
                if digest.hexdigest() != expected[member.name]["sha256"]:
                    raise BackupError(f"{member.name} in {archive} fails its checksum")
                seen.add(member.name)
            if lacking := sorted(set(expected) - seen):
                raise BackupError(f"{archive} lacks {', '.join(lacking)} named in its manifest")
    except (tarfile.TarError, OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise BackupError(f"{archive} cannot be read as a Fast Track backup: {exc}") from exc
    return dict(manifest)


def database_is_empty(path: Path) -> bool:
    """No file, an empty file, or a database without a single table."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    finally:
        conn.close()
    return not tables or tables[0] == 0


def restore(paths: DataPaths, archive: Path, *, force: bool = False) -> RestoreReport:
    """Put the archive's database, attachments and secrets in place. Refuses to overwrite a
    database that has tables unless `force`; the server must be stopped meanwhile."""
    manifest = read_manifest(archive)
    if not force and not database_is_empty(paths.database):
        raise BackupError(
            f"{paths.database} is not empty: restoring would overwrite it. Stop the server "
            "and run again with --force to replace it (and its attachments) by the backup."
        )
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fasttrack-restore-", dir=paths.data_dir) as tmp:
        staging = Path(tmp)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(staging, filter="data")
        # The database: the old file and its WAL go first (a stale -wal beside the restored
        # file would be replayed into it).
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        shutil.move(staging / DATABASE_MEMBER, paths.database)
        _fsync(paths.database)
        # Attachments: exactly the backup's.
        source = staging / ATTACHMENTS
        if paths.attachments.exists():
            shutil.rmtree(paths.attachments)
        if source.is_dir():
            shutil.move(source, paths.attachments)
        else:
            paths.attachments.mkdir()
        secrets = staging / "secrets"
        if (secrets / SECRET_FILE).is_file():
            shutil.copy2(secrets / SECRET_FILE, paths.data_dir / SECRET_FILE)
            os.chmod(paths.data_dir / SECRET_FILE, 0o600)
        if (secrets / KEYS).is_dir():
            if paths.keys_dir.exists():
                shutil.rmtree(paths.keys_dir)
            shutil.copytree(secrets / KEYS, paths.keys_dir)
    conn = sqlite3.connect(paths.database)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()
        if not check or check[0] != "ok":
            raise BackupError(f"the restored database fails its integrity check: {check}")
        cases = _scalar(conn, "SELECT count(*) FROM complaints") or 0
        attachments = _scalar(conn, "SELECT count(*) FROM attachments") or 0
    finally:
        conn.close()
    revision = manifest.get("alembic_revision")
    return RestoreReport(
        database=paths.database,
        revision=str(revision) if revision else None,
        cases=int(str(cases)),
        attachments=int(str(attachments)),
    )
