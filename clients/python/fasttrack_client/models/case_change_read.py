from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaseChangeRead")


@_attrs_define
class CaseChangeRead:
    """
    Attributes:
        complaint_id (UUID):
        case_number (str):
        fields (list[str]):
        redacted_entries (int):
        deleted_attachments (int):
    """

    complaint_id: UUID
    case_number: str
    fields: list[str]
    redacted_entries: int
    deleted_attachments: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complaint_id = str(self.complaint_id)

        case_number = self.case_number

        fields = self.fields

        redacted_entries = self.redacted_entries

        deleted_attachments = self.deleted_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complaint_id": complaint_id,
                "case_number": case_number,
                "fields": fields,
                "redacted_entries": redacted_entries,
                "deleted_attachments": deleted_attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complaint_id = UUID(d.pop("complaint_id"))

        case_number = d.pop("case_number")

        fields = cast(list[str], d.pop("fields"))

        redacted_entries = d.pop("redacted_entries")

        deleted_attachments = d.pop("deleted_attachments")

        case_change_read = cls(
            complaint_id=complaint_id,
            case_number=case_number,
            fields=fields,
            redacted_entries=redacted_entries,
            deleted_attachments=deleted_attachments,
        )

        case_change_read.additional_properties = d
        return case_change_read

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
