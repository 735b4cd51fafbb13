from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.activity_type import ActivityType
from ..models.target_group import TargetGroup
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityCreate")


@_attrs_define
class ActivityCreate:
    """A planned activity. The MOU area defaults from the type (mobile unit 2, community
    training 3, youth training 4, traffic campaign 5); a meeting must name it.

        Attributes:
            type_ (ActivityType):
            title (str):
            district_codes (list[str]):
            starts_at (datetime.datetime):
            ends_at (datetime.datetime):
            description (None | str | Unset): Public: shown in the calendar feed
            mou_area_id (int | None | Unset):
            venue (None | str | Unset):
            organiser_agency_ids (list[UUID] | None | Unset): Defaults to your own agency
            target_groups (list[TargetGroup] | Unset): Traffic campaigns only
    """

    type_: ActivityType
    title: str
    district_codes: list[str]
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    description: None | str | Unset = UNSET
    mou_area_id: int | None | Unset = UNSET
    venue: None | str | Unset = UNSET
    organiser_agency_ids: list[UUID] | None | Unset = UNSET
    target_groups: list[TargetGroup] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        district_codes = self.district_codes

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mou_area_id: int | None | Unset
        if isinstance(self.mou_area_id, Unset):
            mou_area_id = UNSET
        else:
            mou_area_id = self.mou_area_id

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        organiser_agency_ids: list[str] | None | Unset
        if isinstance(self.organiser_agency_ids, Unset):
            organiser_agency_ids = UNSET
        elif isinstance(self.organiser_agency_ids, list):
            organiser_agency_ids = []
            for organiser_agency_ids_type_0_item_data in self.organiser_agency_ids:
                organiser_agency_ids_type_0_item = str(organiser_agency_ids_type_0_item_data)
                organiser_agency_ids.append(organiser_agency_ids_type_0_item)

        else:
            organiser_agency_ids = self.organiser_agency_ids

        target_groups: list[str] | Unset = UNSET
        if not isinstance(self.target_groups, Unset):
            target_groups = []
            for target_groups_item_data in self.target_groups:
                target_groups_item = target_groups_item_data.value
                target_groups.append(target_groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "district_codes": district_codes,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if mou_area_id is not UNSET:
            field_dict["mou_area_id"] = mou_area_id
        if venue is not UNSET:
            field_dict["venue"] = venue
        if organiser_agency_ids is not UNSET:
            field_dict["organiser_agency_ids"] = organiser_agency_ids
        if target_groups is not UNSET:
            field_dict["target_groups"] = target_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ActivityType(d.pop("type"))

        title = d.pop("title")

        district_codes = cast(list[str], d.pop("district_codes"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_mou_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mou_area_id = _parse_mou_area_id(d.pop("mou_area_id", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        def _parse_organiser_agency_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organiser_agency_ids_type_0 = []
                _organiser_agency_ids_type_0 = data
                for organiser_agency_ids_type_0_item_data in _organiser_agency_ids_type_0:
                    organiser_agency_ids_type_0_item = UUID(organiser_agency_ids_type_0_item_data)

                    organiser_agency_ids_type_0.append(organiser_agency_ids_type_0_item)

                return organiser_agency_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        organiser_agency_ids = _parse_organiser_agency_ids(d.pop("organiser_agency_ids", UNSET))

        _target_groups = d.pop("target_groups", UNSET)
        target_groups: list[TargetGroup] | Unset = UNSET
        if _target_groups is not UNSET:
            target_groups = []
            for target_groups_item_data in _target_groups:
                target_groups_item = TargetGroup(target_groups_item_data)

                target_groups.append(target_groups_item)

        activity_create = cls(
            type_=type_,
            title=title,
            district_codes=district_codes,
            starts_at=starts_at,
            ends_at=ends_at,
            description=description,
            mou_area_id=mou_area_id,
            venue=venue,
            organiser_agency_ids=organiser_agency_ids,
            target_groups=target_groups,
        )

        return activity_create
