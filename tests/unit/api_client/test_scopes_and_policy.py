"""Scopes of API clients: the fixed set, and the policy's rule that they narrow, never widen."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from domain.api_client.model import ClientScope, normalise_scopes
from domain.errors import InvalidValue
from domain.policy import CLIENT_SCOPES, Action, Resource, ResourceKind, may
from domain.shared.principal import Principal, PrincipalKind, Role

DIN_DAENG = uuid.uuid4()
SUAN_LUANG = uuid.uuid4()


def client(*scopes: str, agency: uuid.UUID = DIN_DAENG) -> Principal:
    return Principal(
        id=uuid.uuid4(),
        kind=PrincipalKind.api_client,
        role=Role.api_client,
        agency_id=agency,
        scopes=frozenset(scopes),
    )


def complaint(agency: uuid.UUID = DIN_DAENG, **kw: Any) -> Resource:
    """A case led by `agency`."""
    return Resource(
        ResourceKind.complaint, agency_ids=frozenset({agency}), lead_agency_id=agency, **kw
    )


def test_the_scope_enum_is_the_policys_set() -> None:
    assert {s.value for s in ClientScope} == set(CLIENT_SCOPES.values())


def test_normalise_scopes_refuses_unknown_and_empty() -> None:
    assert normalise_scopes(["stats:read", "stats:read"]) == {"stats:read"}
    with pytest.raises(InvalidValue) as unknown:
        normalise_scopes(["complaints:read", "complaints:delete"])
    assert unknown.value.code == "api_client.unknown_scope"
    assert unknown.value.errors[0].loc == ("scopes",)
    with pytest.raises(InvalidValue) as empty:
        normalise_scopes([])
    assert empty.value.code == "api_client.no_scope"


def test_a_scope_the_client_lacks_is_refused() -> None:
    reader = client("complaints:read")
    assert may(reader, Action.read, complaint())
    assert not may(reader, Action.create, Resource(ResourceKind.complaint))
    assert not may(reader, Action.update, complaint())
    assert not may(reader, Action.transition, complaint())
    assert may(client("complaints:create"), Action.create, Resource(ResourceKind.complaint))
    assert not may(client("complaints:create"), Action.read, complaint())


def test_scopes_never_widen_beyond_the_agency() -> None:
    full = client(*CLIENT_SCOPES.values())
    assert may(full, Action.update, complaint())
    assert not may(full, Action.read, complaint(SUAN_LUANG))
    assert not may(full, Action.update, complaint(SUAN_LUANG))
    # A client may read what it filed itself, even when routed elsewhere.
    assert may(full, Action.read, complaint(SUAN_LUANG, submitted_by=full.id))
    assert not may(full, Action.update, complaint(SUAN_LUANG, submitted_by=full.id))
    # No scope gives personal data, administration or the audit log.
    assert not may(full, Action.see_personal_data, complaint())
    assert not may(full, Action.administer, Resource(ResourceKind.api_client))
    assert not may(full, Action.administer, Resource(ResourceKind.user))
    assert not may(full, Action.read_audit, Resource(ResourceKind.audit_log))


def test_a_client_reads_only_its_own_record() -> None:
    me = client("stats:read")
    assert may(me, Action.read, Resource(ResourceKind.api_client, owner_id=me.id))
    assert not may(me, Action.read, Resource(ResourceKind.api_client, owner_id=uuid.uuid4()))
    assert not may(me, Action.read, Resource(ResourceKind.api_client))
    staff = Principal(id=me.id, kind=PrincipalKind.user, role=Role.coordinator)
    assert not may(staff, Action.read, Resource(ResourceKind.api_client, owner_id=me.id))
    admin = Principal(id=uuid.uuid4(), kind=PrincipalKind.user, role=Role.admin)
    assert may(admin, Action.read, Resource(ResourceKind.api_client, owner_id=me.id))
    assert may(admin, Action.administer, Resource(ResourceKind.api_client))


def test_staff_have_no_scopes_to_check() -> None:
    coordinator = Principal(
        id=uuid.uuid4(), kind=PrincipalKind.user, role=Role.coordinator, agency_id=DIN_DAENG
    )
    assert coordinator.scopes is None
    assert may(coordinator, Action.update, complaint())


def test_a_client_writes_notes_and_photos_on_cases_it_filed() -> None:
    full = client(*CLIENT_SCOPES.values())
    filed_unrouted = Resource(ResourceKind.complaint, submitted_by=full.id)
    assert may(full, Action.comment, filed_unrouted)
    assert not may(full, Action.comment, Resource(ResourceKind.complaint))
    assert not may(full, Action.transition, filed_unrouted)  # the lead agency works it
    assert not may(client("complaints:read"), Action.comment, filed_unrouted)
