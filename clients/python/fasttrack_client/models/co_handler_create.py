from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CoHandlerCreate")


@_attrs_define
class CoHandlerCreate:
    """Invite another agency to co-handle the case.

    Attributes:
        agency_id (UUID):
        reason (str):
    """

    agency_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        agency_id = str(self.agency_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agency_id": agency_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency_id = UUID(d.pop("agency_id"))

        reason = d.pop("reason")

        co_handler_create = cls(
            agency_id=agency_id,
            reason=reason,
        )

        return co_handler_create
