"""The key ring of client tokens: first-start generation, configured rings, rotation and
retirement seen by a running process, and the JWKS it publishes."""

from __future__ import annotations

import argparse
import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from api import cli
from domain.api_client.ports import ClientTokenClaims, InvalidClientToken
from domain.audit.model import AuditEntry, AuditFilter
from domain.shared.paging import PageRequest
from domain.shared.principal import PrincipalKind
from infra.auth.jwt_tokens import JoseClientTokens
from infra.auth.keys import ACTIVE_MARKER, KeyRing, KeyRingError, generate_pem
from infra.db import migrate
from infra.db.engine import open_database
from infra.db.uow import SqlUnitOfWork
from infra.settings import Settings


def _claims() -> ClientTokenClaims:
    now = datetime.now(UTC).replace(microsecond=0)
    return ClientTokenClaims(
        uuid.uuid4(), uuid.uuid4(), frozenset({"stats:read"}), now, now + timedelta(minutes=5), "j"
    )


def test_first_use_generates_one_private_key_and_marks_it_active(tmp_path: Path) -> None:
    directory = tmp_path / "keys"
    ring = KeyRing(directory, generate=True)
    state = ring.state()
    assert {p.name for p in directory.iterdir()} == {ACTIVE_MARKER, f"{state.active.kid}.pem"}
    assert (directory / ACTIVE_MARKER).read_text() == state.active.kid
    assert (directory / f"{state.active.kid}.pem").stat().st_mode & 0o777 == 0o600
    assert KeyRing(directory, generate=True).state().active.kid == state.active.kid


def test_racing_first_starts_agree_on_one_key(tmp_path: Path) -> None:
    """Two workers generate at once: the `active` marker picks one, the loser cleans up."""
    directory = tmp_path / "keys"
    first, second = KeyRing(directory, generate=True), KeyRing(directory, generate=True)
    first._generate_first()
    second._generate_first()
    assert len(list(directory.glob("*.pem"))) == 1
    assert first.state().active.kid == second.state().active.kid


def test_a_configured_ring_must_hold_a_key(tmp_path: Path) -> None:
    with pytest.raises(KeyRingError, match="no signing key"):
        KeyRing(tmp_path / "missing", generate=False).state()
    assert not (tmp_path / "missing").exists()


def test_a_configured_single_key_needs_no_marker_and_any_file_name(tmp_path: Path) -> None:
    (tmp_path / "production.pem").write_bytes(generate_pem())
    ring = KeyRing(tmp_path, generate=False)
    tokens = JoseClientTokens(ring, issuer="https://fasttrack.example", audience="fasttrack-api")
    token = tokens.sign(_claims())
    assert tokens.verify(token).key_id == ring.state().active.kid


@pytest.mark.parametrize("kind", ["small_rsa", "ec", "garbage"])
def test_unusable_keys_are_refused(tmp_path: Path, kind: str) -> None:
    if kind == "small_rsa":
        key: object = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    elif kind == "ec":
        key = ec.generate_private_key(ec.SECP256R1())
    if kind == "garbage":
        pem = b"-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n"
    else:
        pem = key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    (tmp_path / "key.pem").write_bytes(pem)
    with pytest.raises(KeyRingError, match=r"key\.pem"):
        KeyRing(tmp_path, generate=False).state()


def test_several_keys_need_an_active_marker(tmp_path: Path) -> None:
    (tmp_path / "a.pem").write_bytes(generate_pem())
    (tmp_path / "b.pem").write_bytes(generate_pem())
    with pytest.raises(KeyRingError, match="marker"):
        KeyRing(tmp_path, generate=False).state()
    (tmp_path / ACTIVE_MARKER).write_text("no-such-kid")
    with pytest.raises(KeyRingError, match="not in"):
        KeyRing(tmp_path, generate=False).state()


def test_a_running_ring_follows_rotation_and_retirement_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)
    asyncio.run(migrate.upgrade(settings.effective_database_url))
    running = KeyRing(settings.effective_jwt_keys_dir, generate=True)
    tokens = JoseClientTokens(running, issuer="iss", audience="aud")
    old_token = tokens.sign(_claims())
    old_kid = running.state().active.kid

    assert cli.cmd_rotate_key(settings, argparse.Namespace()) == 0
    new_kid = running.state().active.kid
    assert new_kid != old_kid and new_kid in capsys.readouterr().out
    new_token = tokens.sign(_claims())
    assert tokens.verify(old_token).key_id == old_kid
    assert tokens.verify(new_token).key_id == new_kid
    assert [k["kid"] for k in running.jwks()["keys"]] == sorted([old_kid, new_kid])

    assert cli.cmd_list_keys(settings, argparse.Namespace()) == 0
    listing = capsys.readouterr().out
    assert f"{new_kid}  active" in listing and f"{old_kid}  verifies only" in listing

    assert cli.cmd_retire_key(settings, argparse.Namespace(kid=new_kid)) == 1
    assert "rotate first" in capsys.readouterr().err
    assert cli.cmd_retire_key(settings, argparse.Namespace(kid="unknown")) == 1
    assert cli.cmd_retire_key(settings, argparse.Namespace(kid=old_kid)) == 0
    with pytest.raises(InvalidClientToken):
        tokens.verify(old_token)
    assert tokens.verify(new_token).key_id == new_kid
    assert [k["kid"] for k in running.jwks()["keys"]] == [new_kid]

    # Both changes are in the audit log, as the system; refused ones are not.
    entries = asyncio.run(_key_audit(settings))
    assert [(e.action, e.entity_id) for e in entries] == [
        ("jwt_key.retire", old_kid),
        ("jwt_key.rotate", new_kid),
    ]
    assert entries[1].before == {"active": old_kid} and entries[1].after == {"active": new_kid}
    assert all(e.actor_kind is PrincipalKind.system and e.actor_id is None for e in entries)


def test_a_key_change_the_audit_log_cannot_record_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # a database never migrated
    KeyRing(settings.effective_jwt_keys_dir, generate=True).state()
    assert cli.cmd_rotate_key(settings, argparse.Namespace()) == 1
    assert "the audit log could not be written" in capsys.readouterr().err


async def _key_audit(settings: Settings) -> list[AuditEntry]:
    url = settings.effective_database_url
    async with open_database(url) as db, SqlUnitOfWork(db.sessions) as uow:
        page = await uow.audit.list(PageRequest(10), AuditFilter(entity_type="jwt_key"))
    return list(page.items)


def test_the_jwks_publishes_public_parts_only(tmp_path: Path) -> None:
    ring = KeyRing(tmp_path, generate=True)
    (jwk,) = ring.jwks()["keys"]
    assert set(jwk) == {"kid", "kty", "alg", "use", "n", "e"}
    assert jwk["e"] == "AQAB" and len(jwk["n"]) > 300  # 2048-bit modulus, base64url


def test_a_stripped_signature_or_another_audience_is_refused(tmp_path: Path) -> None:
    ring = KeyRing(tmp_path, generate=True)
    tokens = JoseClientTokens(ring, issuer="iss", audience="aud")
    token = tokens.sign(_claims())
    head, body, _ = token.split(".")
    with pytest.raises(InvalidClientToken):
        tokens.verify(f"{head}.{body}.")
    with pytest.raises(InvalidClientToken):
        JoseClientTokens(ring, issuer="iss", audience="other").verify(token)
