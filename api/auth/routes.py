"""Staff authentication: login, logout, forgot/reset password, e-mail verification."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, Form, Request, Response
from fastapi_users import exceptions as fu
from pydantic import EmailStr, Field

from api.deps import (
    BearerTokenDep,
    ContainerDep,
    PasswordResetGuardDep,
    StaffDep,
    StaffSessionsDep,
    UserManagerDep,
    line_linked_at,
)
from api.errors import problem_responses
from api.preconditions import tag
from api.schemas import InputModel, OutputModel
from api.users.schemas import UserRead
from domain.errors import BadRequest, InvalidValue

router = APIRouter(prefix="/auth", tags=["auth"])


class LoginForm(InputModel):
    """OAuth2 password form: `username` is the e-mail address."""

    grant_type: Literal["password"] | None = None
    username: str = Field(max_length=320)
    password: str = Field(max_length=200)
    scope: str = ""


class TokenRead(OutputModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int


class ForgotPasswordRequest(InputModel):
    email: EmailStr


class ResetPasswordRequest(InputModel):
    token: str = Field(max_length=2000)
    password: str = Field(min_length=1, max_length=200)


class VerificationRequest(InputModel):
    email: EmailStr


class VerifyRequest(InputModel):
    token: str = Field(max_length=2000)


class BadToken(BadRequest):
    code = "auth.invalid_reset_token"
    title = "The link is invalid or has expired"
    title_th = "ลิงก์ไม่ถูกต้องหรือหมดอายุแล้ว"


@router.post("/login", responses=problem_responses(400, 422, 429))
async def login_user(
    request: Request,
    form: Annotated[LoginForm, Form()],
    sessions: StaffSessionsDep,
    container: ContainerDep,
) -> TokenRead:
    """Exchange e-mail and password for an opaque bearer token.

    Repeated failures for one account or from one address are slowed, then refused (429 with
    Retry-After)."""
    address = request.client.host if request.client else None
    signed_in = await sessions.sign_in(form.username, form.password, address)
    return TokenRead(
        access_token=signed_in.token, expires_in=container.settings.token_lifetime_seconds
    )


@router.post("/logout", status_code=204, responses=problem_responses(401))
async def logout_user(
    actor: StaffDep, token: BearerTokenDep, sessions: StaffSessionsDep
) -> Response:
    """End this session: the token stops working at once."""
    await sessions.sign_out(actor, token or "")
    return Response(status_code=204)


@router.post(
    "/forgot-password",
    status_code=202,
    response_class=Response,
    responses={202: {"description": "Accepted; no body"}, **problem_responses(422, 429)},
)
async def forgot_password(
    request: Request,
    body: ForgotPasswordRequest,
    container: ContainerDep,
    guard: PasswordResetGuardDep,
    background: BackgroundTasks,
) -> Response:
    """E-mail a reset link if the account exists. The answer is the same, and as fast, either
    way: the account is looked up and the mail sent only after the response.

    Requests are limited per e-mail address and per client address (429 with Retry-After),
    whether the account exists or not."""
    await guard.hit(body.email, request.client.host if request.client else None)
    background.add_task(container.send_password_reset, body.email)
    return Response(status_code=202)


async def _user_read(manager: UserManagerDep, user: Any) -> UserRead:
    """The account fastapi-users answered with, and whether it has linked LINE."""
    fields = {k: getattr(user, k) for k in UserRead.model_fields if k != "line_linked_at"}
    linked = await line_linked_at(manager.session, user.id)
    return UserRead.model_validate(fields | {"line_linked_at": linked})


@router.post("/reset-password", responses=problem_responses(400, 422))
async def reset_password(
    body: ResetPasswordRequest, manager: UserManagerDep, response: Response
) -> UserRead:
    """Set a new password with the token from the e-mail; every session of the user ends."""
    try:
        user = await manager.reset_password(body.token, body.password)
    except (fu.InvalidResetPasswordToken, fu.UserInactive, fu.UserNotExists) as exc:
        raise BadToken("The reset token is invalid or has expired.") from exc
    except fu.InvalidPasswordException as exc:
        raise InvalidValue(str(exc.reason), code="user.weak_password") from exc
    tag(response, user.version)
    return await _user_read(manager, user)


@router.post(
    "/request-verify-token",
    status_code=202,
    response_class=Response,
    responses={202: {"description": "Accepted; no body"}, **problem_responses(422)},
)
async def request_verification(body: VerificationRequest, manager: UserManagerDep) -> Response:
    """E-mail a verification link if the account exists and is not verified yet."""
    try:
        user = await manager.get_by_email(body.email)
        await manager.request_verify(user)
    except (fu.UserNotExists, fu.UserInactive, fu.UserAlreadyVerified):
        pass
    return Response(status_code=202)


@router.post("/verify", responses=problem_responses(400, 422))
async def verify_email(
    body: VerifyRequest, manager: UserManagerDep, response: Response
) -> UserRead:
    """Confirm an e-mail address with the token from the verification e-mail."""
    try:
        user = await manager.verify(body.token)
    except (fu.InvalidVerifyToken, fu.UserNotExists) as exc:
        raise BadToken(
            "The verification token is invalid or has expired.", code="auth.invalid_verify_token"
        ) from exc
    except fu.UserAlreadyVerified as exc:
        raise BadRequest("The e-mail is already verified.", code="auth.already_verified") from exc
    tag(response, user.version)
    return await _user_read(manager, user)
