"""Use cases for staff accounts: admin management and self-service, audit-logged."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

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
from domain.identity.model import (
    AgencyRequirement,
    Language,
    StaffUser,
    agency_requirement,
    normalise_email,
)
from domain.identity.ports import AgencyInfo, Invitations, PasswordHasher, UserFilter
from domain.line.coordination import unlink_in
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import STAFF_ROLES, Principal, Role
from domain.uow import UnitOfWork


class UserNotFound(NotFound):
    code = "user.not_found"
    title = "User not found"
    title_th = "ไม่พบผู้ใช้"


class UserEmailTaken(Conflict):
    code = "user.email_taken"
    title = "E-mail already in use"
    title_th = "อีเมลนี้ถูกใช้แล้ว"


class RoleAgencyMismatch(InvalidValue):
    code = "user.role_agency_mismatch"
    title = "Role and agency do not match"
    title_th = "บทบาทและหน่วยงานไม่สอดคล้องกัน"


class SelfChangeForbidden(Forbidden):
    code = "user.self_change_forbidden"
    title = "You cannot change your own role, agency or active flag"
    title_th = "ไม่สามารถเปลี่ยนบทบาท หน่วยงาน หรือสถานะของตนเองได้"


class WrongPassword(InvalidValue):
    code = "user.wrong_password"
    title = "The current password is wrong"
    title_th = "รหัสผ่านปัจจุบันไม่ถูกต้อง"


MIN_PASSWORD_LENGTH = 10

ADMIN_FIELDS = frozenset({"full_name", "phone", "language", "role", "agency_id", "is_active"})
SELF_FIELDS = frozenset({"full_name", "phone", "language"})
REVOKING_FIELDS = frozenset({"role", "agency_id", "is_active"})


@dataclass(frozen=True)
class NewUser:
    email: str
    full_name: str
    role: Role
    agency_id: uuid.UUID | None = None
    language: Language = Language.th
    phone: str | None = None


def check_password_strength(password: str, loc: tuple[str, ...] = ("password",)) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidValue(
            f"A password needs at least {MIN_PASSWORD_LENGTH} characters.",
            code="user.weak_password",
            detail_th=f"รหัสผ่านต้องมีอย่างน้อย {MIN_PASSWORD_LENGTH} ตัวอักษร",
            errors=[FieldError(loc, f"at least {MIN_PASSWORD_LENGTH} characters", "too_short")],
        )


def _staff_user(
    data: NewUser, email: str, agency_id: uuid.UUID | None, now: datetime, *, verified: bool
) -> StaffUser:
    """A new active account from `data` (its e-mail normalised, its agency checked)."""
    return StaffUser(
        id=uuid.uuid4(),
        email=email,
        full_name=data.full_name,
        role=data.role,
        agency_id=agency_id,
        language=data.language,
        phone=data.phone,
        is_active=True,
        is_verified=verified,
        created_at=now,
        updated_at=now,
    )


class UserService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        hasher: PasswordHasher,
        invitations: Invitations,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._hasher = hasher
        self._invitations = invitations

    # --- admin -----------------------------------------------------------------------------

    def _require_admin(self, actor: Principal) -> None:
        if not may(actor, Action.administer, Resource(ResourceKind.user)):
            raise Forbidden("Only administrators manage users.", code="user.admin_only")

    async def _check_role_agency(
        self, uow: UnitOfWork, role: Role, agency_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        if role not in STAFF_ROLES:
            raise RoleAgencyMismatch(
                "Staff users take one of the staff roles.",
                errors=[FieldError(("role",), "not a staff role", "enum")],
            )
        need = agency_requirement(role)
        info: AgencyInfo | None = None
        if agency_id is not None:
            info = await uow.agency_lookup.agency_info(agency_id)
            if info is None:
                raise RoleAgencyMismatch(
                    "The agency does not exist.",
                    errors=[FieldError(("agency_id",), "unknown agency", "not_found")],
                )
            if not info.is_active:
                raise RoleAgencyMismatch(
                    "The agency is deactivated.",
                    errors=[FieldError(("agency_id",), "inactive agency", "inactive")],
                )
        if need is AgencyRequirement.casework:
            if info is None or info.kind not in ("district_office", "bureau"):
                raise RoleAgencyMismatch(
                    f"A {role.value} belongs to a district office or a bureau.",
                    errors=[
                        FieldError(
                            ("agency_id",),
                            "a district office or bureau is required",
                            "value_error",
                        )
                    ],
                )
        elif need is AgencyRequirement.omb:
            omb = await uow.agency_lookup.omb_agency()
            if info is None and omb is not None:
                return omb.id
            if info is not None and info.kind != "omb":
                raise RoleAgencyMismatch(
                    "An OMB officer belongs to the Office of the Ombudsman.",
                    errors=[FieldError(("agency_id",), "must be the OMB", "value_error")],
                )
        return agency_id

    async def _add(
        self, uow: UnitOfWork, actor: Principal, user: StaffUser, password: str, now: datetime
    ) -> None:
        await uow.users.add(user, await self._hasher.hash(password))
        await uow.audit.append(
            AuditEntry.record(actor, now, "user.create", "user", user.id, after=user.audit_view())
        )

    async def create_user(self, actor: Principal, data: NewUser) -> StaffUser:
        self._require_admin(actor)
        email = normalise_email(data.email)
        now = self._clock.now()
        async with self._uow() as uow:
            agency_id = await self._check_role_agency(uow, data.role, data.agency_id)
            if await uow.users.get_by_email(email) is not None:
                raise UserEmailTaken(f"A user with the e-mail {email} exists.")
            user = _staff_user(data, email, agency_id, now, verified=False)
            # No usable password until the invitation is accepted.
            await self._add(uow, actor, user, self._hasher.random_password(), now)
            await uow.commit()
        await self._invitations.invite(user)
        return user

    async def provision_user(
        self,
        actor: Principal,
        data: NewUser,
        *,
        password: str | None = None,
        exist_ok: bool = False,
    ) -> StaffUser:
        """Create an account outside a request (the CLI, demo data, fixtures): the same rules
        as `create_user` (administrators only; role, agency and active agency checked; e-mail
        unique; audit-logged), but no invitation. With a password the account is usable at
        once (and verified); without one, only after a password reset. `exist_ok` returns the
        existing account of that e-mail instead of a conflict."""
        self._require_admin(actor)
        email = normalise_email(data.email)
        if password is not None:
            check_password_strength(password)
        now = self._clock.now()
        async with self._uow() as uow:
            existing = await uow.users.get_by_email(email)
            if existing is not None:
                if exist_ok:
                    return existing
                raise UserEmailTaken(f"A user with the e-mail {email} exists.")
            agency_id = await self._check_role_agency(uow, data.role, data.agency_id)
            user = _staff_user(data, email, agency_id, now, verified=password is not None)
            secret = password if password is not None else self._hasher.random_password()
            await self._add(uow, actor, user, secret, now)
            await uow.commit()
        return user

    async def list_users(
        self, actor: Principal, page: PageRequest, filters: UserFilter
    ) -> Page[StaffUser]:
        """Every account for admins; a coordinator lists their own agency's staff only."""
        staff_list = Resource(
            ResourceKind.user,
            agency_ids=frozenset({filters.agency_id}) if filters.agency_id else frozenset(),
        )
        if not may(actor, Action.read, staff_list):
            self._require_admin(actor)
        async with self._uow() as uow:
            return await uow.users.list(page, filters)

    async def get_user(self, actor: Principal, user_id: uuid.UUID) -> StaffUser:
        if not may(actor, Action.read, Resource(ResourceKind.user, owner_id=user_id)):
            raise UserNotFound()
        async with self._uow() as uow:
            user = await uow.users.get(user_id)
        if user is None:
            raise UserNotFound()
        return user

    async def update_user(
        self,
        actor: Principal,
        user_id: uuid.UUID,
        changes: Mapping[str, object],
        expected_version: int | None = None,
    ) -> StaffUser:
        self._require_admin(actor)
        check_changeable(changes, ADMIN_FIELDS)
        if user_id == actor.id and REVOKING_FIELDS & set(changes):
            raise SelfChangeForbidden()
        now = self._clock.now()
        async with self._uow() as uow:
            user = await uow.users.get(user_id)
            if user is None:
                raise UserNotFound()
            check_version("user", user.version, expected_version)
            version = user.version
            role = Role(str(changes.get("role", user.role)))
            agency_id = changes.get("agency_id", user.agency_id)
            if "role" in changes or "agency_id" in changes:
                agency_id = await self._check_role_agency(
                    uow, role, agency_id if isinstance(agency_id, uuid.UUID) else None
                )
            updated = user.with_changes(
                **{k: v for k, v in changes.items() if k not in ("role", "agency_id")},
                role=role,
                agency_id=agency_id,
                updated_at=now,
            )
            if updated.audit_view() == user.audit_view():
                return user
            saved = await uow.users.update(updated, version)
            revoked = 0
            if any(getattr(user, f) != getattr(saved, f) for f in REVOKING_FIELDS):
                revoked = await uow.access_tokens.revoke_all(user.id)
            unlinked = await self._unlink_coordinators(uow, actor, saved, now)
            if not saved.is_active:
                # A deactivated account hears nothing more on LINE, and its codes are void.
                await unlink_in(uow, actor, saved.id, now, "user.deactivate")
                saved = saved.with_changes(line_linked_at=None)
            after = saved.audit_view() | ({"tokens_revoked": revoked} if revoked else {})
            if unlinked:
                after |= {"coordinators_unlinked": [str(c) for c in unlinked]}
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    now,
                    "user.update",
                    "user",
                    user.id,
                    before=user.audit_view(),
                    after=after,
                )
            )
            await uow.commit()
        return saved

    @staticmethod
    async def _unlink_coordinators(
        uow: UnitOfWork, actor: Principal, user: StaffUser, now: datetime
    ) -> list[uuid.UUID]:
        """A coordinator record links an account only while it fits (an active coordinator of
        the same agency, as the directory checks on linking): when the role, the agency or
        the active flag changes, records it no longer fits are unlinked, and audited."""
        unlinked = []
        for c in await uow.coordinators.list_for_user(user.id):
            if user.is_active and user.role is Role.coordinator and user.agency_id == c.agency_id:
                continue
            await uow.coordinators.update(replace(c, user_id=None), expected_version=c.version)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    now,
                    "coordinator.unlink_user",
                    "coordinator",
                    c.id,
                    before={"user_id": str(user.id)},
                    after={"user_id": None, "reason": "user.update"},
                )
            )
            unlinked.append(c.id)
        return unlinked

    async def deactivate_user(self, actor: Principal, user_id: uuid.UUID) -> StaffUser:
        return await self.update_user(actor, user_id, {"is_active": False})

    # --- self-service ----------------------------------------------------------------------

    async def me(self, actor: Principal) -> StaffUser:
        async with self._uow() as uow:
            user = await uow.users.get(actor.id)
        if user is None:
            raise UserNotFound()
        return user

    async def update_me(
        self,
        actor: Principal,
        changes: Mapping[str, object],
        *,
        new_password: str | None = None,
        current_password: str | None = None,
        current_token: str | None = None,
    ) -> StaffUser:
        check_changeable(
            changes,
            SELF_FIELDS,
            "Only your name, phone, language and password can be changed here.",
        )
        now = self._clock.now()
        async with self._uow() as uow:
            user = await uow.users.get(actor.id)
            if user is None:
                raise UserNotFound()
            saved = user
            if changes:
                updated = user.with_changes(**dict(changes), updated_at=now)
                if updated.audit_view() != user.audit_view():
                    saved = await uow.users.update(updated, user.version)
            if new_password is not None:
                check_password_strength(new_password)
                stored = await uow.users.password_hash(user.id)
                if (
                    current_password is None
                    or stored is None
                    or not await self._hasher.verify(current_password, stored)
                ):
                    raise WrongPassword(
                        errors=[
                            FieldError(("current_password",), "wrong password", "wrong_password")
                        ]
                    )
                await uow.users.set_password_hash(user.id, await self._hasher.hash(new_password))
                # Other sessions end with a password change; this one continues.
                await uow.access_tokens.revoke_all(user.id, except_token=current_token)
            await uow.commit()
        return saved
