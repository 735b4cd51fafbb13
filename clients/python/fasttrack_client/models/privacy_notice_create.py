from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PrivacyNoticeCreate")


@_attrs_define
class PrivacyNoticeCreate:
    """
    Attributes:
        version (str):
        text_th (str):
        text_en (str):
    """

    version: str
    text_th: str
    text_en: str

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        text_th = self.text_th

        text_en = self.text_en

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "text_th": text_th,
                "text_en": text_en,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        text_th = d.pop("text_th")

        text_en = d.pop("text_en")

        privacy_notice_create = cls(
            version=version,
            text_th=text_th,
            text_en=text_en,
        )

        return privacy_notice_create
