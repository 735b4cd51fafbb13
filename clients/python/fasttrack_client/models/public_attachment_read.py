from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicAttachmentRead")


@_attrs_define
class PublicAttachmentRead:
    """
    Attributes:
        id (UUID):
        filename (str):
        content_type (str):
        size (int):
        url (str):
    """

    id: UUID
    filename: str
    content_type: str
    size: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        filename = self.filename

        content_type = self.content_type

        size = self.size

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size")

        url = d.pop("url")

        public_attachment_read = cls(
            id=id,
            filename=filename,
            content_type=content_type,
            size=size,
            url=url,
        )

        public_attachment_read.additional_properties = d
        return public_attachment_read

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
