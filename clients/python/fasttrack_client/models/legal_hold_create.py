from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="LegalHoldCreate")


@_attrs_define
class LegalHoldCreate:
    """
    Attributes:
        complaint_id (UUID):
        reason (str):
    """

    complaint_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        complaint_id = str(self.complaint_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "complaint_id": complaint_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complaint_id = UUID(d.pop("complaint_id"))

        reason = d.pop("reason")

        legal_hold_create = cls(
            complaint_id=complaint_id,
            reason=reason,
        )

        return legal_hold_create
