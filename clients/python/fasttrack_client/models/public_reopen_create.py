from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PublicReopenCreate")


@_attrs_define
class PublicReopenCreate:
    """The complainant's request to reopen a resolved case, with the reason.

    Attributes:
        secret (str): The secret given at filing
        reason (str):
    """

    secret: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "secret": secret,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret")

        reason = d.pop("reason")

        public_reopen_create = cls(
            secret=secret,
            reason=reason,
        )

        return public_reopen_create
