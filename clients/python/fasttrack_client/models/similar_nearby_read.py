from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_status import ComplaintStatus

if TYPE_CHECKING:
    from ..models.status_label import StatusLabel


T = TypeVar("T", bound="SimilarNearbyRead")


@_attrs_define
class SimilarNearbyRead:
    """A recent report like the one being written: nothing personal and no text.

    Attributes:
        category_id (UUID):
        district_code (None | str):
        status (ComplaintStatus): Where a complaint is in its life; the values are stable and stored.
        status_label (StatusLabel): A status as a person reads it, in Thai and English.
        reported_on (datetime.date): The day it was reported (Asia/Bangkok)
    """

    category_id: UUID
    district_code: None | str
    status: ComplaintStatus
    status_label: StatusLabel
    reported_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = str(self.category_id)

        district_code: None | str
        district_code = self.district_code

        status = self.status.value

        status_label = self.status_label.to_dict()

        reported_on = self.reported_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "district_code": district_code,
                "status": status,
                "status_label": status_label,
                "reported_on": reported_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_label import StatusLabel  # noqa: PLC0415

        d = dict(src_dict)
        category_id = UUID(d.pop("category_id"))

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        status = ComplaintStatus(d.pop("status"))

        status_label = StatusLabel.from_dict(d.pop("status_label"))

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        similar_nearby_read = cls(
            category_id=category_id,
            district_code=district_code,
            status=status,
            status_label=status_label,
            reported_on=reported_on,
        )

        similar_nearby_read.additional_properties = d
        return similar_nearby_read

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
