from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_in import PointIn


T = TypeVar("T", bound="IntakeSuggestionRequest")


@_attrs_define
class IntakeSuggestionRequest:
    """A complaint's free text as typed (Thai, English or both), and what is already known.

    Attributes:
        text (str): Title, description, address
        location (None | PointIn | Unset): A map point: its district is kept, never overridden
        district_code (None | str | Unset): A district the person chose: kept
        limit (int | Unset): Candidates of each kind Default: `3`.
    """

    text: str
    location: None | PointIn | Unset = UNSET
    district_code: None | str | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.point_in import PointIn  # noqa: PLC0415

        text = self.text

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, PointIn):
            location = self.location.to_dict()
        else:
            location = self.location

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_in import PointIn  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

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

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        limit = d.pop("limit", UNSET)

        intake_suggestion_request = cls(
            text=text,
            location=location,
            district_code=district_code,
            limit=limit,
        )

        return intake_suggestion_request
