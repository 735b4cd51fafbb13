"""The RSA key ring that signs client tokens: PEM files in one directory, one marked active.

Layout (`<data_dir>/keys/` unless FASTTRACK_JWT_KEYS_DIR says otherwise)::

    <kid>.pem   an RSA private key (PKCS#8 PEM, unencrypted, mode 0600); every key here
                verifies tokens and is published in the JWKS
    active      the kid of the key that signs new tokens (optional with a single key)

A key's id (kid) is its RFC 7638 JWK thumbprint, computed from the key itself, so file names
do not matter. Rotation adds a key and points `active` at it; retiring removes a key, and
tokens it signed stop verifying. Every change replaces a file by rename, and readers notice
by the directory entries' inodes, so running workers follow without a restart.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from infra.auth.secrets import load_or_create_file

ACTIVE_MARKER = "active"
KEY_BITS = 2048
MIN_KEY_BITS = 2048
ALGORITHM = "RS256"


class KeyRingError(RuntimeError):
    """The key ring is missing, empty or inconsistent; start-up stops with this message."""


def _b64url_uint(value: int) -> str:
    raw = value.to_bytes((value.bit_length() + 7) // 8 or 1, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class RingKey:
    kid: str
    private_pem: bytes
    public_jwk: Mapping[str, str]


def _ring_key(pem: bytes, source: Path | None = None) -> RingKey:
    try:
        return _parse_key(pem)
    except KeyRingError as exc:
        raise KeyRingError(f"{source or 'key'}: {exc}") from None


@functools.lru_cache(maxsize=64)
def _parse_key(pem: bytes) -> RingKey:
    # Cached by content: loading validates the RSA key, which costs tens of milliseconds.
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyRingError("not an unencrypted PEM private key") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise KeyRingError("not an RSA key")
    if key.key_size < MIN_KEY_BITS:
        raise KeyRingError(f"RSA keys need at least {MIN_KEY_BITS} bits")
    numbers = key.public_key().public_numbers()
    n, e = _b64url_uint(numbers.n), _b64url_uint(numbers.e)
    canonical = json.dumps({"e": e, "kty": "RSA", "n": n}, separators=(",", ":"))
    kid = base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest())
    kid_text = kid.rstrip(b"=").decode("ascii")
    jwk = {"kid": kid_text, "kty": "RSA", "alg": ALGORITHM, "use": "sig", "n": n, "e": e}
    return RingKey(kid_text, pem, jwk)


def generate_pem(bits: int = KEY_BITS) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@dataclass(frozen=True)
class RingState:
    """One consistent view of the ring: the signing key and every verifying key."""

    active: RingKey
    keys: Mapping[str, RingKey]
    fingerprint: frozenset[tuple[str, int]]


def _write_new(path: Path, data: bytes) -> None:
    """Create `path` with `data` atomically (mode 0600); fail if it exists."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _replace(path: Path, data: bytes) -> None:
    """Replace `path` by rename, so readers see the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class KeyRing:
    """The key ring in `directory`. With `generate`, an empty ring gets its first key on
    first use (the default data-dir ring); a configured directory must hold keys already."""

    def __init__(self, directory: Path, *, generate: bool) -> None:
        self.directory = directory
        self.generate = generate
        self._state: RingState | None = None

    # --- reading -----------------------------------------------------------------------

    def _fingerprint(self) -> frozenset[tuple[str, int]]:
        try:
            with os.scandir(self.directory) as entries:
                return frozenset(
                    (e.name, e.inode())
                    for e in entries
                    if e.name == ACTIVE_MARKER or (e.name.endswith(".pem") and e.is_file())
                )
        except FileNotFoundError:
            return frozenset()

    def _load(self, fingerprint: frozenset[tuple[str, int]]) -> RingState:
        keys: dict[str, RingKey] = {}
        for name, _ in sorted(fingerprint):
            if name == ACTIVE_MARKER:
                continue
            path = self.directory / name
            with contextlib.suppress(FileNotFoundError):
                key = _ring_key(path.read_bytes(), path)
                keys[key.kid] = key
        if not keys:
            raise KeyRingError(
                f"no signing key in {self.directory}: run `fasttrack rotate-key` or put an "
                "RSA private key (PEM) there"
            )
        marker = self.directory / ACTIVE_MARKER
        try:
            active_kid = marker.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            if len(keys) > 1:
                raise KeyRingError(
                    f"{self.directory} holds several keys but no `{ACTIVE_MARKER}` marker"
                ) from None
            active_kid = next(iter(keys))
        if active_kid not in keys:
            raise KeyRingError(f"the active key {active_kid} is not in {self.directory}")
        return RingState(keys[active_kid], keys, fingerprint)

    def state(self) -> RingState:
        """The current ring, re-read when a file was added, removed or replaced."""
        fingerprint = self._fingerprint()
        if self._state is not None and self._state.fingerprint == fingerprint:
            return self._state
        if not fingerprint and self.generate:
            self._generate_first()
            fingerprint = self._fingerprint()
        self._state = self._load(fingerprint)
        return self._state

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        """The public keys as a JWK Set (RFC 7517): never private material."""
        keys = self.state().keys
        return {"keys": [dict(keys[kid].public_jwk) for kid in sorted(keys)]}

    # --- changing ----------------------------------------------------------------------

    def _generate_first(self) -> None:
        """First start: several workers may race; the `active` marker decides the winner
        (created once, atomically) and the losers remove their keys."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = _ring_key(generate_pem())
        _write_new(self.directory / f"{key.kid}.pem", key.private_pem)
        winner = load_or_create_file(self.directory / ACTIVE_MARKER, key.kid.encode())
        if winner.decode("ascii").strip() != key.kid:
            (self.directory / f"{key.kid}.pem").unlink(missing_ok=True)

    def rotate(self) -> RingKey:
        """Add a new key and make it the signing key; the others still verify."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self._fingerprint():
            self.state()  # refuse to rotate a broken ring
        key = _ring_key(generate_pem())
        _write_new(self.directory / f"{key.kid}.pem", key.private_pem)
        _replace(self.directory / ACTIVE_MARKER, key.kid.encode())
        return key

    def retire(self, kid: str) -> None:
        """Remove a key that no longer signs: tokens it signed stop verifying."""
        state = self.state()
        if kid not in state.keys:
            raise KeyRingError(f"no key {kid} in {self.directory}")
        if kid == state.active.kid:
            raise KeyRingError(f"{kid} is the active key: rotate first, then retire it")
        for name, _ in state.fingerprint:
            path = self.directory / name
            if name != ACTIVE_MARKER and _ring_key(path.read_bytes(), path).kid == kid:
                path.unlink()
