from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginForm")


@_attrs_define
class LoginForm:
    """OAuth2 password form: `username` is the e-mail address.

    Attributes:
        username (str):
        password (str):
        grant_type (Literal['password'] | None | Unset):
        scope (str | Unset): Default: ``.
    """

    username: str
    password: str
    grant_type: Literal["password"] | None | Unset = UNSET
    scope: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        grant_type: Literal["password"] | None | Unset
        if isinstance(self.grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = self.grant_type

        scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        def _parse_grant_type(data: object) -> Literal["password"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            grant_type_type_0 = cast(Literal["password"], data)
            if grant_type_type_0 != "password":
                raise ValueError(f"grant_type_type_0 must match const 'password', got '{grant_type_type_0}'")
            return grant_type_type_0
            return cast(Literal["password"] | None | Unset, data)

        grant_type = _parse_grant_type(d.pop("grant_type", UNSET))

        scope = d.pop("scope", UNSET)

        login_form = cls(
            username=username,
            password=password,
            grant_type=grant_type,
            scope=scope,
        )

        return login_form
