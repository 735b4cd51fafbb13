from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.retention_periods import RetentionPeriods


T = TypeVar("T", bound="PrivacyNoticeRead")


@_attrs_define
class PrivacyNoticeRead:
    """
    Attributes:
        version (str):
        text_th (str):
        text_en (str):
        published_at (datetime.datetime):
        retention (None | RetentionPeriods): The retention periods the texts state (from the same settings); null in the
            answer to publishing
    """

    version: str
    text_th: str
    text_en: str
    published_at: datetime.datetime
    retention: None | RetentionPeriods
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.retention_periods import RetentionPeriods  # noqa: PLC0415

        version = self.version

        text_th = self.text_th

        text_en = self.text_en

        published_at = self.published_at.isoformat()

        retention: dict[str, Any] | None
        if isinstance(self.retention, RetentionPeriods):
            retention = self.retention.to_dict()
        else:
            retention = self.retention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "text_th": text_th,
                "text_en": text_en,
                "published_at": published_at,
                "retention": retention,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_periods import RetentionPeriods  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        text_th = d.pop("text_th")

        text_en = d.pop("text_en")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        def _parse_retention(data: object) -> None | RetentionPeriods:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retention_type_0 = RetentionPeriods.from_dict(data)

                return retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetentionPeriods, data)

        retention = _parse_retention(d.pop("retention"))

        privacy_notice_read = cls(
            version=version,
            text_th=text_th,
            text_en=text_en,
            published_at=published_at,
            retention=retention,
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
