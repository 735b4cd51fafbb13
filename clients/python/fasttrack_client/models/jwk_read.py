from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JwkRead")


@_attrs_define
class JwkRead:
    """A public RSA key that verifies client tokens (RFC 7517).

    Attributes:
        kid (str):
        kty (Literal['RSA']):
        alg (Literal['RS256']):
        use (Literal['sig']):
        n (str):
        e (str):
    """

    kid: str
    kty: Literal["RSA"]
    alg: Literal["RS256"]
    use: Literal["sig"]
    n: str
    e: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kid = self.kid

        kty = self.kty

        alg = self.alg

        use = self.use

        n = self.n

        e = self.e

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kid": kid,
                "kty": kty,
                "alg": alg,
                "use": use,
                "n": n,
                "e": e,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kid = d.pop("kid")

        kty = cast(Literal["RSA"], d.pop("kty"))
        if kty != "RSA":
            raise ValueError(f"kty must match const 'RSA', got '{kty}'")

        alg = cast(Literal["RS256"], d.pop("alg"))
        if alg != "RS256":
            raise ValueError(f"alg must match const 'RS256', got '{alg}'")

        use = cast(Literal["sig"], d.pop("use"))
        if use != "sig":
            raise ValueError(f"use must match const 'sig', got '{use}'")

        n = d.pop("n")

        e = d.pop("e")

        jwk_read = cls(
            kid=kid,
            kty=kty,
            alg=alg,
            use=use,
            n=n,
            e=e,
        )

        jwk_read.additional_properties = d
        return jwk_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
