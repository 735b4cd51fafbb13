from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.target_group import TargetGroup
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityUpdate")


@_attrs_define
class ActivityUpdate:
    """Edits to a planned or postponed activity (to move its date formally, postpone it).

    Attributes:
        title (None | str | Unset):
        description (None | str | Unset):
        mou_area_id (int | None | Unset):
        district_codes (list[str] | None | Unset):
        venue (None | str | Unset):
        starts_at (datetime.datetime | None | Unset):
        ends_at (datetime.datetime | None | Unset):
        organiser_agency_ids (list[UUID] | None | Unset):
        target_groups (list[TargetGroup] | None | Unset):
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    mou_area_id: int | None | Unset = UNSET
    district_codes: list[str] | None | Unset = UNSET
    venue: None | str | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    organiser_agency_ids: list[UUID] | None | Unset = UNSET
    target_groups: list[TargetGroup] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        district_codes: list[str] | None | Unset
        if isinstance(self.district_codes, Unset):
            district_codes = UNSET
        elif isinstance(self.district_codes, list):
            district_codes = self.district_codes

        else:
            district_codes = self.district_codes

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

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

        target_groups: list[str] | None | Unset
        if isinstance(self.target_groups, Unset):
            target_groups = UNSET
        elif isinstance(self.target_groups, list):
            target_groups = []
            for target_groups_type_0_item_data in self.target_groups:
                target_groups_type_0_item = target_groups_type_0_item_data.value
                target_groups.append(target_groups_type_0_item)

        else:
            target_groups = self.target_groups

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if mou_area_id is not UNSET:
            field_dict["mou_area_id"] = mou_area_id
        if district_codes is not UNSET:
            field_dict["district_codes"] = district_codes
        if venue is not UNSET:
            field_dict["venue"] = venue
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if organiser_agency_ids is not UNSET:
            field_dict["organiser_agency_ids"] = organiser_agency_ids
        if target_groups is not UNSET:
            field_dict["target_groups"] = target_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_district_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                district_codes_type_0 = cast(list[str], data)

                return district_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        district_codes = _parse_district_codes(d.pop("district_codes", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

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

        def _parse_target_groups(data: object) -> list[TargetGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_groups_type_0 = []
                _target_groups_type_0 = data
                for target_groups_type_0_item_data in _target_groups_type_0:
                    target_groups_type_0_item = TargetGroup(target_groups_type_0_item_data)

                    target_groups_type_0.append(target_groups_type_0_item)

                return target_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetGroup] | None | Unset, data)

        target_groups = _parse_target_groups(d.pop("target_groups", UNSET))

        activity_update = cls(
            title=title,
            description=description,
            mou_area_id=mou_area_id,
            district_codes=district_codes,
            venue=venue,
            starts_at=starts_at,
            ends_at=ends_at,
            organiser_agency_ids=organiser_agency_ids,
            target_groups=target_groups,
        )

        return activity_update
