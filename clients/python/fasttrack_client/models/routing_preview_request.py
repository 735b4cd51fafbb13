from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_in import PointIn


T = TypeVar("T", bound="RoutingPreviewRequest")


@_attrs_define
class RoutingPreviewRequest:
    """A category and where the case is: a district code, or a location (not both).

    Attributes:
        category_id (UUID):
        district_code (None | str | Unset):
        location (None | PointIn | Unset):
    """

    category_id: UUID
    district_code: None | str | Unset = UNSET
    location: None | PointIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.point_in import PointIn  # noqa: PLC0415

        category_id = str(self.category_id)

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, PointIn):
            location = self.location.to_dict()
        else:
            location = self.location

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category_id": category_id,
            }
        )
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_in import PointIn  # noqa: PLC0415

        d = dict(src_dict)
        category_id = UUID(d.pop("category_id"))

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        def _parse_location(data: object) -> None | PointIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = PointIn.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointIn | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        routing_preview_request = cls(
            category_id=category_id,
            district_code=district_code,
            location=location,
        )

        return routing_preview_request
