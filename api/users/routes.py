"""Routes for one's own account (/users/me) and admin user management (/users)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import (
    BearerTokenDep,
    LineLinkServiceDep,
    PrincipalDep,
    StaffDep,
    UserServiceDep,
)
from api.errors import problem_responses
from api.paging import PageDep
from api.preconditions import IfMatchDep, tag
from api.users.schemas import (
    LineLinkCodeRead,
    UserCreate,
    UserPage,
    UserRead,
    UserSelfUpdate,
    UserUpdate,
)
from domain.identity.model import StaffUser
from domain.identity.ports import UserFilter
from domain.identity.service import NewUser
from domain.shared.paging import PageRequest
from domain.shared.principal import Role

router = APIRouter(prefix="/users", tags=["users"])


def _tagged(response: Response, user: StaffUser) -> UserRead:
    tag(response, user.version)
    return UserRead.model_validate(user)


@router.get("/me", responses=problem_responses(401, 403))
async def get_current_user(
    actor: StaffDep, service: UserServiceDep, response: Response
) -> UserRead:
    """The signed-in user's own account."""
    return _tagged(response, await service.me(actor))


@router.patch("/me", responses=problem_responses(401, 403, 422))
async def update_current_user(
    actor: StaffDep,
    body: UserSelfUpdate,
    service: UserServiceDep,
    token: BearerTokenDep,
    response: Response,
) -> UserRead:
    """Change one's own name, phone, language or password (with the current password).

    Role, agency and active flag are not accepted here (422)."""
    changes = body.model_dump(exclude_unset=True, exclude={"password", "current_password"})
    changes = {k: v for k, v in changes.items() if v is not None or k == "phone"}
    user = await service.update_me(
        actor,
        changes,
        new_password=body.password,
        current_password=body.current_password,
        current_token=token,
    )
    return _tagged(response, user)


@router.post("/me/line-link", status_code=201, responses=problem_responses(401, 403))
async def issue_line_link_code(
    actor: StaffDep, service: LineLinkServiceDep, response: Response
) -> LineLinkCodeRead:
    """A one-time code that links your LINE account: type `link <code>` (or
    `เชื่อม <code>`) into the chat of the LINE Official Account. Six digits, valid for a few
    minutes, once; a new code replaces the last. Once linked, choose where notifications go
    with `notify_via` in /users/me/notification-preferences."""
    issued = await service.issue_code(actor)
    response.headers["Cache-Control"] = "no-store"
    # The code is no resource of its own: the link it makes shows on the user's account.
    response.headers["Location"] = "/api/v1/users/me"
    return LineLinkCodeRead(
        code=issued.code,
        expires_at=issued.expires_at,
        command=f"link {issued.code}",
        command_th=f"เชื่อม {issued.code}",
    )


@router.delete("/me/line-link", status_code=204, responses=problem_responses(401, 403))
async def delete_line_link(actor: StaffDep, service: LineLinkServiceDep) -> Response:
    """Unlink your LINE account (also typing "unlink" in the chat does it): no more
    notifications on LINE, and its buttons stop working for you. 204 also when none was
    linked."""
    await service.unlink(actor)
    return Response(status_code=204)


@router.get("", responses=problem_responses(401, 403, 422))
async def list_users(
    actor: PrincipalDep,
    service: UserServiceDep,
    page: PageDep,
    role: Role | None = None,
    agency_id: uuid.UUID | None = None,
    is_active: bool | None = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
) -> UserPage:
    """Staff accounts (admins), filtered by role, agency, active flag or `q` on name/e-mail.

    A coordinator lists the staff of their own agency (`agency_id` required), to pick who
    works a case."""
    result = await service.list_users(
        actor,
        PageRequest(page.limit, page.after(1)),
        UserFilter(role=role, agency_id=agency_id, is_active=is_active, q=q),
    )
    return UserPage(
        items=[UserRead.model_validate(u) for u in result.items], next_cursor=result.next_cursor
    )


@router.post("", status_code=201, responses=problem_responses(401, 403, 409, 422))
async def create_user(
    actor: PrincipalDep, body: UserCreate, service: UserServiceDep, response: Response
) -> UserRead:
    """Create a staff account with its role and agency; an invitation e-mail follows."""
    user = await service.create_user(actor, NewUser(**body.model_dump()))
    response.headers["Location"] = f"/api/v1/users/{user.id}"
    return _tagged(response, user)


@router.get("/{user_id:uuid}", responses=problem_responses(401, 403, 404, 422))
async def get_user(
    actor: PrincipalDep, user_id: uuid.UUID, service: UserServiceDep, response: Response
) -> UserRead:
    """One staff account (admins, or the user themself)."""
    return _tagged(response, await service.get_user(actor, user_id))


@router.patch("/{user_id:uuid}", responses=problem_responses(401, 403, 404, 409, 422))
async def update_user(
    actor: PrincipalDep,
    user_id: uuid.UUID,
    body: UserUpdate,
    service: UserServiceDep,
    version: IfMatchDep,
    response: Response,
) -> UserRead:
    """Change an account's role, agency, active flag or profile (admins; If-Match;
    audit-logged)."""
    changes = body.model_dump(exclude_unset=True)
    changes = {k: v for k, v in changes.items() if v is not None or k in ("phone", "agency_id")}
    return _tagged(response, await service.update_user(actor, user_id, changes, version))


@router.post("/{user_id:uuid}/deactivate", responses=problem_responses(401, 403, 404, 422))
async def deactivate_user(
    actor: PrincipalDep, user_id: uuid.UUID, service: UserServiceDep, response: Response
) -> UserRead:
    """Deactivate an account: its sessions end at once; its history stays."""
    return _tagged(response, await service.deactivate_user(actor, user_id))
