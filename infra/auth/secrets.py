"""The signing secret: configured, or generated once into the data directory (atomically)."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

MIN_SECRET_LENGTH = 32
PLACEHOLDERS = {
    "changeme",
    "change-me",
    "change_me",
    "secret",
    "secret-key",
    "secretkey",
    "password",
    "your-secret-key",
    "please-change-me",
    "changethis",
    "default",
    "insecure",
    "test",
}


class InsecureSecret(RuntimeError):
    """The configured secret must not be used; start-up stops with this message."""


def validate_secret(value: str) -> str:
    lowered = value.strip().lower()
    if lowered in PLACEHOLDERS or any(
        p in lowered for p in ("changeme", "change-me", "changethis")
    ):
        raise InsecureSecret(
            "FASTTRACK_SECRET_KEY is a known placeholder; set a random value "
            "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)."
        )
    if len(value) < MIN_SECRET_LENGTH:
        raise InsecureSecret(
            f"FASTTRACK_SECRET_KEY is too short: use at least {MIN_SECRET_LENGTH} characters."
        )
    return value


def load_or_create_file(path: Path, make: bytes | None = None) -> bytes:
    """Return the file's bytes, creating it with `make` if absent.

    Written to a temporary file and hard-linked into place: link() fails if another worker
    won the race, and then everybody reads the winner's file, so all workers agree.
    """
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(make if make is not None else secrets.token_urlsafe(48).encode())
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def resolve_secret(configured: str | None, data_dir: Path) -> str:
    if configured:
        return validate_secret(configured)
    return load_or_create_file(data_dir / "secret_key").decode().strip()
