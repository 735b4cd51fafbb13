"""OAuth2 client credentials for partner systems: the token endpoint and the public JWKS."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Literal
from urllib.parse import unquote_plus

from fastapi import APIRouter, Form, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from api.deps import ClientTokenGuardDep, ClientTokenServiceDep, JwksDep
from api.errors import Problem, problem_responses
from api.schemas import OutputModel
from domain.api_client.tokens import InvalidClient, InvalidRequest, TokenRequest

router = APIRouter(prefix="/auth", tags=["auth"])
well_known = APIRouter(prefix="/.well-known", tags=["auth"])


class ClientTokenRequest(BaseModel):
    """OAuth2 client-credentials request, form-encoded. Credentials go in HTTP Basic
    (preferred) or as client_id and client_secret here; `scope` narrows the grant."""

    # RFC 6749 §3.2: the server ignores parameters it does not know.
    model_config = ConfigDict(extra="ignore")

    grant_type: str | None = Field(default=None, examples=["client_credentials"])
    scope: str | None = Field(default=None, description="Space-separated subset of scopes")
    client_id: str | None = None
    client_secret: str | None = None


class ClientTokenRead(OutputModel):
    """An access token for the API (RFC 6749 §5.1)."""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Lifetime in seconds")
    scope: str = Field(description="The granted scopes, space-separated")


class TokenProblem(Problem):
    """A token-endpoint problem that is also an RFC 6749 §5.2 error response."""

    error: Literal[
        "invalid_request",
        "invalid_client",
        "invalid_grant",
        "invalid_scope",
        "unsupported_grant_type",
    ]
    error_description: str


class JwkRead(OutputModel):
    """A public RSA key that verifies client tokens (RFC 7517)."""

    kid: str
    kty: Literal["RSA"]
    alg: Literal["RS256"]
    use: Literal["sig"]
    n: str
    e: str


class JwksRead(OutputModel):
    keys: list[JwkRead]


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if header is None:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "basic":
        raise InvalidClient("Authenticate the client with HTTP Basic or in the form body.")
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidClient("The HTTP Basic credentials are malformed.") from exc
    client_id, colon, secret = decoded.partition(":")
    if not colon:
        raise InvalidClient("The HTTP Basic credentials are malformed.")
    # RFC 6749 §2.3.1: both parts are form-urlencoded before the Basic encoding.
    return unquote_plus(client_id), unquote_plus(secret)


@router.post(
    "/token",
    responses=problem_responses(400, 401, model=TokenProblem) | problem_responses(422, 429),
)
async def issue_token(
    request: Request,
    form: Annotated[ClientTokenRequest, Form()],
    service: ClientTokenServiceDep,
    guard: ClientTokenGuardDep,
    response: Response,
) -> ClientTokenRead:
    """OAuth2 client credentials (RFC 6749 §4.4): exchange an API client's id and secret for
    a short-lived RS256 access token, verifiable with the keys at /.well-known/jwks.json.

    Errors are problem+json that also carry `error` and `error_description`. Repeated
    failures for one client id or from one address are slowed, then refused (429 with
    Retry-After)."""
    client_id, client_secret = form.client_id, form.client_secret
    basic = _basic_credentials(request.headers.get("authorization"))
    if basic is not None:
        if client_secret is not None or (client_id is not None and client_id != basic[0]):
            raise InvalidRequest("Use one client authentication method, not two.")
        client_id, client_secret = basic
    address = request.client.host if request.client else None
    who = client_id or ""
    await guard.check(who, address)
    try:
        issued = await service.issue_token(
            TokenRequest(
                grant_type=form.grant_type,
                client_id=client_id,
                client_secret=client_secret,
                scope=form.scope,
            )
        )
    except InvalidClient:
        await guard.failed(who, address)
        raise
    await guard.succeeded(who)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return ClientTokenRead(
        access_token=issued.access_token, expires_in=issued.expires_in, scope=issued.scope
    )


@well_known.get("/jwks.json")
async def get_jwks(jwks: JwksDep, response: Response) -> JwksRead:
    """The public keys that verify client tokens, by `kid`; a rotated-out key stays here
    until it is retired."""
    response.headers["Cache-Control"] = "public, max-age=300"
    return JwksRead.model_validate(jwks)
