from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PrivacyNoticeRead")


@_attrs_define
class PrivacyNoticeRead:
    """
    Attributes:
        version (str):
        text_th (str):
        text_en (str):
        published_at (datetime.datetime):
    """

    version: str
    text_th: str
    text_en: str
    published_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        text_th = self.text_th

        text_en = self.text_en

        published_at = self.published_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "text_th": text_th,
                "text_en": text_en,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        text_th = d.pop("text_th")

        text_en = d.pop("text_en")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        privacy_notice_read = cls(
            version=version,
            text_th=text_th,
            text_en=text_en,
            published_at=published_at,
        )

        privacy_notice_read.additional_properties = d
        return privacy_notice_read

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
