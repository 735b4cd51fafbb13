from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.urgency import Urgency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_in import LocationIn


T = TypeVar("T", bound="ComplaintUpdate")


@_attrs_define
class ComplaintUpdate:
    """Editable fields of a case; send If-Match with the ETag you read.

    Attributes:
        title (None | str | Unset):
        description (None | str | Unset):
        category_id (None | Unset | UUID):
        location (LocationIn | None | Unset):
        urgency (None | Unset | Urgency):
        fast_track (bool | None | Unset):
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    category_id: None | Unset | UUID = UNSET
    location: LocationIn | None | Unset = UNSET
    urgency: None | Unset | Urgency = UNSET
    fast_track: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_in import LocationIn  # noqa: PLC0415

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

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        elif isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationIn):
            location = self.location.to_dict()
        else:
            location = self.location

        urgency: None | str | Unset
        if isinstance(self.urgency, Unset):
            urgency = UNSET
        elif isinstance(self.urgency, Urgency):
            urgency = self.urgency.value
        else:
            urgency = self.urgency

        fast_track: bool | None | Unset
        if isinstance(self.fast_track, Unset):
            fast_track = UNSET
        else:
            fast_track = self.fast_track

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if location is not UNSET:
            field_dict["location"] = location
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if fast_track is not UNSET:
            field_dict["fast_track"] = fast_track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_in import LocationIn  # noqa: PLC0415

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

        def _parse_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_location(data: object) -> LocationIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = LocationIn.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationIn | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_urgency(data: object) -> None | Unset | Urgency:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                urgency_type_0 = Urgency(data)

                return urgency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Urgency, data)

        urgency = _parse_urgency(d.pop("urgency", UNSET))

        def _parse_fast_track(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fast_track = _parse_fast_track(d.pop("fast_track", UNSET))

        complaint_update = cls(
            title=title,
            description=description,
            category_id=category_id,
            location=location,
            urgency=urgency,
            fast_track=fast_track,
        )

        return complaint_update
