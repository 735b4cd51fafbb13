from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DataSubjectAttachmentRead")


@_attrs_define
class DataSubjectAttachmentRead:
    """
    Attributes:
        id (UUID):
        complaint_id (UUID):
        filename (str):
        content_type (str):
        size (int):
        created_at (datetime.datetime):
        by_subject (bool):
    """

    id: UUID
    complaint_id: UUID
    filename: str
    content_type: str
    size: int
    created_at: datetime.datetime
    by_subject: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        complaint_id = str(self.complaint_id)

        filename = self.filename

        content_type = self.content_type

        size = self.size

        created_at = self.created_at.isoformat()

        by_subject = self.by_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "complaint_id": complaint_id,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "created_at": created_at,
                "by_subject": by_subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        complaint_id = UUID(d.pop("complaint_id"))

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        by_subject = d.pop("by_subject")

        data_subject_attachment_read = cls(
            id=id,
            complaint_id=complaint_id,
            filename=filename,
            content_type=content_type,
            size=size,
            created_at=created_at,
            by_subject=by_subject,
        )

        data_subject_attachment_read.additional_properties = d
        return data_subject_attachment_read

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
