from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_subject_entry_read_data import DataSubjectEntryReadData


T = TypeVar("T", bound="DataSubjectEntryRead")


@_attrs_define
class DataSubjectEntryRead:
    """A timeline entry the subject wrote (`by_subject`) or that names them (`matched_on`).

    Attributes:
        id (UUID):
        complaint_id (UUID):
        at (datetime.datetime):
        kind (str):
        visibility (str):
        by_subject (bool):
        matched_on (list[str]):
        data (DataSubjectEntryReadData):
        redacted (bool):
    """

    id: UUID
    complaint_id: UUID
    at: datetime.datetime
    kind: str
    visibility: str
    by_subject: bool
    matched_on: list[str]
    data: DataSubjectEntryReadData
    redacted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        complaint_id = str(self.complaint_id)

        at = self.at.isoformat()

        kind = self.kind

        visibility = self.visibility

        by_subject = self.by_subject

        matched_on = self.matched_on

        data = self.data.to_dict()

        redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "complaint_id": complaint_id,
                "at": at,
                "kind": kind,
                "visibility": visibility,
                "by_subject": by_subject,
                "matched_on": matched_on,
                "data": data,
                "redacted": redacted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_subject_entry_read_data import DataSubjectEntryReadData  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        complaint_id = UUID(d.pop("complaint_id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        kind = d.pop("kind")

        visibility = d.pop("visibility")

        by_subject = d.pop("by_subject")

        matched_on = cast(list[str], d.pop("matched_on"))

        data = DataSubjectEntryReadData.from_dict(d.pop("data"))

        redacted = d.pop("redacted")

        data_subject_entry_read = cls(
            id=id,
            complaint_id=complaint_id,
            at=at,
            kind=kind,
            visibility=visibility,
            by_subject=by_subject,
            matched_on=matched_on,
            data=data,
            redacted=redacted,
        )

        data_subject_entry_read.additional_properties = d
        return data_subject_entry_read

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
