"""Admin use cases for API clients: create (the secret is shown once), read, change,
disable, enable and delete; every change is audit-logged."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from domain.api_client.model import (
    SECRET_PREFIX,
    ApiClient,
    normalise_name,
    normalise_scopes,
)
from domain.api_client.ports import ApiClientFilter
from domain.audit.model import AuditEntry
from domain.errors import (
    Conflict,
    FieldError,
    Forbidden,
    InvalidValue,
    NotFound,
    check_changeable,
    check_version,
)
from domain.identity.ports import PasswordHasher
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Principal, PrincipalKind
from domain.uow import UnitOfWork

UPDATABLE_FIELDS = frozenset({"name", "scopes"})


class ApiClientNotFound(NotFound):
    code = "api_client.not_found"
    title = "API client not found"
    title_th = "ไม่พบ API client"


class ApiClientDeleted(Conflict):
    code = "api_client.deleted"
    title = "The API client is deleted"
    title_th = "API client นี้ถูกลบแล้ว"


class ApiClientAgencyInvalid(InvalidValue):
    code = "api_client.invalid_agency"
    title = "Unknown or inactive agency"
    title_th = "ไม่พบหน่วยงานหรือหน่วยงานถูกระงับ"


@dataclass(frozen=True)
class NewApiClient:
    name: str
    agency_id: uuid.UUID
    scopes: Iterable[str]


@dataclass(frozen=True)
class CreatedApiClient:
    """A new client and its secret: the only time the secret is ever available."""

    client: ApiClient
    secret: str


def new_secret() -> str:
    # 256 random bits; the prefix lets secret scanners recognise a leaked one.
    return SECRET_PREFIX + secrets.token_urlsafe(32)


class ApiClientService:
    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock, hasher: PasswordHasher) -> None:
        self._uow = uow
        self._clock = clock
        self._hasher = hasher

    def _require_admin(self, actor: Principal) -> None:
        if not may(actor, Action.administer, Resource(ResourceKind.api_client)):
            raise Forbidden("Only administrators manage API clients.", code="api_client.admin_only")

    async def create_client(self, actor: Principal, data: NewApiClient) -> CreatedApiClient:
        self._require_admin(actor)
        name = normalise_name(data.name)
        scopes = normalise_scopes(data.scopes)
        secret = new_secret()
        # Hash before the transaction opens: argon2 takes a while and holds no lock.
        secret_hash = await self._hasher.hash(secret)
        now = self._clock.now()
        async with self._uow() as uow:
            agency = await uow.agency_lookup.agency_info(data.agency_id)
            if agency is None or not agency.is_active:
                raise ApiClientAgencyInvalid(
                    "The agency does not exist or is deactivated.",
                    errors=[FieldError(("agency_id",), "unknown or inactive agency")],
                )
            client = ApiClient(
                id=uuid.uuid4(),
                name=name,
                agency_id=data.agency_id,
                scopes=scopes,
                is_active=True,
                created_at=now,
                updated_at=now,
            )
            await uow.api_clients.add(client, secret_hash)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    now,
                    "api_client.create",
                    "api_client",
                    client.id,
                    after=client.audit_view(),
                )
            )
            await uow.commit()
        return CreatedApiClient(client, secret)

    async def list_clients(
        self, actor: Principal, page: PageRequest, filters: ApiClientFilter
    ) -> Page[ApiClient]:
        self._require_admin(actor)
        async with self._uow() as uow:
            return await uow.api_clients.list(page, filters)

    async def get_client(self, actor: Principal, client_id: uuid.UUID) -> ApiClient:
        """Admins read any client; a client reads only its own record (others: not found)."""
        if not may(actor, Action.read, Resource(ResourceKind.api_client, owner_id=client_id)):
            raise ApiClientNotFound()
        async with self._uow() as uow:
            client = await uow.api_clients.get(client_id)
        if client is None:
            raise ApiClientNotFound()
        return client

    async def current_client(self, actor: Principal) -> ApiClient:
        if actor.kind is not PrincipalKind.api_client:
            raise Forbidden("This endpoint is for API clients.", code="auth.client_only")
        return await self.get_client(actor, actor.id)

    async def _change(
        self,
        actor: Principal,
        client_id: uuid.UUID,
        action: str,
        change: Callable[[ApiClient], ApiClient],
        expected_version: int | None = None,
        *,
        secret_hash: str | None = None,
    ) -> ApiClient:
        self._require_admin(actor)
        now = self._clock.now()
        async with self._uow() as uow:
            client = await uow.api_clients.get(client_id)
            if client is None:
                raise ApiClientNotFound()
            if client.is_deleted:
                if action == "api_client.delete":
                    return client
                raise ApiClientDeleted("A deleted client cannot be changed.")
            check_version("API client", client.version, expected_version)
            updated = change(client).with_changes(updated_at=now)
            if updated.audit_view() == client.audit_view():
                return client
            version = client.version
            saved = await uow.api_clients.update(updated, version, secret_hash=secret_hash)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    now,
                    action,
                    "api_client",
                    client.id,
                    before=client.audit_view(),
                    after=saved.audit_view(),
                )
            )
            await uow.commit()
        return saved

    async def update_client(
        self,
        actor: Principal,
        client_id: uuid.UUID,
        changes: Mapping[str, object],
        expected_version: int | None = None,
    ) -> ApiClient:
        """Rename a client or change its scopes; fewer scopes apply to its live tokens at
        once, more scopes only to tokens issued afterwards."""
        self._require_admin(actor)
        check_changeable(
            changes, UPDATABLE_FIELDS, "Only the name and the scopes of a client can be changed."
        )
        values: dict[str, object] = {}
        if changes.get("name") is not None:
            values["name"] = normalise_name(str(changes["name"]))
        scopes = changes.get("scopes")
        if scopes is not None:
            if isinstance(scopes, str) or not isinstance(scopes, Iterable):
                raise InvalidValue("scopes is a list.", code="api_client.unknown_scope")
            values["scopes"] = normalise_scopes(scopes)
        return await self._change(
            actor,
            client_id,
            "api_client.update",
            lambda c: c.with_changes(**values),
            expected_version,
        )

    async def disable_client(self, actor: Principal, client_id: uuid.UUID) -> ApiClient:
        """Its tokens stop working at once; it can be enabled again."""
        return await self._change(
            actor, client_id, "api_client.disable", lambda c: c.with_changes(is_active=False)
        )

    async def enable_client(self, actor: Principal, client_id: uuid.UUID) -> ApiClient:
        return await self._change(
            actor, client_id, "api_client.enable", lambda c: c.with_changes(is_active=True)
        )

    async def delete_client(self, actor: Principal, client_id: uuid.UUID) -> None:
        """Soft delete: the record and its history stay, the secret is destroyed, and the
        client never authenticates again. Deleting a deleted client changes nothing."""
        now = self._clock.now()
        await self._change(
            actor,
            client_id,
            "api_client.delete",
            lambda c: c.with_changes(is_active=False, deleted_at=now),
            secret_hash="!",
        )
