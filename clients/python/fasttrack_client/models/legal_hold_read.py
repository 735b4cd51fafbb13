from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegalHoldRead")


@_attrs_define
class LegalHoldRead:
    """A case whose processing is restricted: no erasure, no retention purge.

    Attributes:
        complaint_id (UUID):
        case_number (None | str):
        reason (str):
        placed_at (datetime.datetime):
        placed_by (None | UUID):
    """

    complaint_id: UUID
    case_number: None | str
    reason: str
    placed_at: datetime.datetime
    placed_by: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complaint_id = str(self.complaint_id)

        case_number: None | str
        case_number = self.case_number

        reason = self.reason

        placed_at = self.placed_at.isoformat()

        placed_by: None | str
        if isinstance(self.placed_by, UUID):
            placed_by = str(self.placed_by)
        else:
            placed_by = self.placed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complaint_id": complaint_id,
                "case_number": case_number,
                "reason": reason,
                "placed_at": placed_at,
                "placed_by": placed_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complaint_id = UUID(d.pop("complaint_id"))

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        reason = d.pop("reason")

        placed_at = datetime.datetime.fromisoformat(d.pop("placed_at"))

        def _parse_placed_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placed_by_type_0 = UUID(data)

                return placed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        placed_by = _parse_placed_by(d.pop("placed_by"))

        legal_hold_read = cls(
            complaint_id=complaint_id,
            case_number=case_number,
            reason=reason,
            placed_at=placed_at,
            placed_by=placed_by,
        )

        legal_hold_read.additional_properties = d
        return legal_hold_read

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
