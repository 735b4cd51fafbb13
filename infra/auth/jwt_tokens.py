"""Client access tokens as RS256 JWTs (RFC 9068 profile): the only module using python-jose.

Verification trusts nothing in the token before the signature is checked: the algorithm is
pinned to RS256 (never `none` or HMAC), the key comes from our ring by `kid` (an unknown kid
is refused, never fetched), and iss, aud, exp, iat, sub and jti are required. `exp` is
checked against the wall clock (python-jose's), with LEEWAY_SECONDS for clock skew.
"""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, datetime
from typing import Any

from jose import jwk, jwt
from jose.backends.base import Key

from domain.api_client.ports import ClientTokenClaims, InvalidClientToken
from infra.auth.keys import ALGORITHM, KeyRing, RingState

TOKEN_TYPE = "at+jwt"
LEEWAY_SECONDS = 30
MAX_TOKEN_LENGTH = 8192

_DECODE_OPTIONS = {
    "verify_signature": True,
    "verify_aud": True,
    "verify_iss": True,
    "verify_exp": True,
    "verify_iat": True,
    "verify_nbf": True,
    "require_aud": True,
    "require_iss": True,
    "require_exp": True,
    "require_iat": True,
    "require_sub": True,
    "require_jti": True,
    "leeway": LEEWAY_SECONDS,
}


@functools.lru_cache(maxsize=64)
def _jose_keys(private_pem: bytes) -> tuple[Key, Key]:
    """The signing and the verifying key of a PEM, parsed once per process."""
    private = jwk.construct(private_pem.decode("ascii"), ALGORITHM)
    return private, private.public_key()


def _refused() -> InvalidClientToken:
    return InvalidClientToken("The token is invalid, expired or revoked.")


class JoseClientTokens:
    """ClientTokenSigner and ClientTokenVerifier over the key ring."""

    def __init__(self, ring: KeyRing, *, issuer: str, audience: str) -> None:
        self._ring = ring
        self._issuer = issuer
        self._audience = audience
        self._cached: tuple[RingState, Key, dict[str, Key]] | None = None

    def _keys(self) -> tuple[RingState, Key, dict[str, Key]]:
        state = self._ring.state()
        if self._cached is None or self._cached[0] is not state:
            signing, _ = _jose_keys(state.active.private_pem)
            public = {kid: _jose_keys(key.private_pem)[1] for kid, key in state.keys.items()}
            self._cached = (state, signing, public)
        return self._cached

    def sign(self, claims: ClientTokenClaims) -> str:
        state, signing, _ = self._keys()
        payload = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(claims.client_id),
            "client_id": str(claims.client_id),
            "agency": str(claims.agency_id),
            "scope": " ".join(sorted(claims.scopes)),
            "iat": int(claims.issued_at.timestamp()),
            "exp": int(claims.expires_at.timestamp()),
            "jti": claims.token_id,
        }
        headers = {"kid": state.active.kid, "typ": TOKEN_TYPE}
        token: str = jwt.encode(payload, signing, algorithm=ALGORITHM, headers=headers)
        return token

    def verify(self, token: str) -> ClientTokenClaims:
        if len(token) > MAX_TOKEN_LENGTH or token.count(".") != 2:
            raise _refused()
        try:
            header = jwt.get_unverified_header(token)
        except Exception as exc:  # python-jose raises several kinds on garbage
            raise _refused() from exc
        kid = header.get("kid")
        if header.get("alg") != ALGORITHM or header.get("typ") != TOKEN_TYPE:
            raise _refused()
        _, _, public = self._keys()
        if not isinstance(kid, str) or kid not in public:
            raise _refused()
        try:
            payload: dict[str, Any] = jwt.decode(
                token,
                public[kid],
                algorithms=[ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                options=_DECODE_OPTIONS,
            )
            return ClientTokenClaims(
                client_id=uuid.UUID(payload["sub"]),
                agency_id=uuid.UUID(payload["agency"]),
                scopes=frozenset(str(payload.get("scope", "")).split()),
                issued_at=datetime.fromtimestamp(int(payload["iat"]), UTC),
                expires_at=datetime.fromtimestamp(int(payload["exp"]), UTC),
                token_id=str(payload["jti"]),
                key_id=kid,
            )
        except Exception as exc:  # any failure to verify or to read the claims refuses
            raise _refused() from exc
