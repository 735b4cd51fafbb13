from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus
from ..models.activity_type import ActivityType

if TYPE_CHECKING:
    from ..models.public_district_read import PublicDistrictRead


T = TypeVar("T", bound="PublicActivityRead")


@_attrs_define
class PublicActivityRead:
    """An upcoming outreach activity: public fields only.

    Attributes:
        id (UUID):
        type_ (ActivityType):
        mou_area_id (int):
        title (str):
        description (None | str):
        venue (None | str):
        districts (list[PublicDistrictRead]):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        status (ActivityStatus):
    """

    id: UUID
    type_: ActivityType
    mou_area_id: int
    title: str
    description: None | str
    venue: None | str
    districts: list[PublicDistrictRead]
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    status: ActivityStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        mou_area_id = self.mou_area_id

        title = self.title

        description: None | str
        description = self.description

        venue: None | str
        venue = self.venue

        districts = []
        for districts_item_data in self.districts:
            districts_item = districts_item_data.to_dict()
            districts.append(districts_item)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "mou_area_id": mou_area_id,
                "title": title,
                "description": description,
                "venue": venue,
                "districts": districts,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_district_read import PublicDistrictRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ActivityType(d.pop("type"))

        mou_area_id = d.pop("mou_area_id")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        districts = []
        _districts = d.pop("districts")
        for districts_item_data in _districts:
            districts_item = PublicDistrictRead.from_dict(districts_item_data)

            districts.append(districts_item)

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        status = ActivityStatus(d.pop("status"))

        public_activity_read = cls(
            id=id,
            type_=type_,
            mou_area_id=mou_area_id,
            title=title,
            description=description,
            venue=venue,
            districts=districts,
            starts_at=starts_at,
            ends_at=ends_at,
            status=status,
        )

        public_activity_read.additional_properties = d
        return public_activity_read

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
