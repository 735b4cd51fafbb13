from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationIn")


@_attrs_define
class LocationIn:
    """
    Attributes:
        lat (float | None | Unset):
        lon (float | None | Unset):
        address (None | str | Unset):
        approximate (bool | Unset): The point is only roughly right: a `district_code` given with it (or the case's
            district, on an edit) is kept even where the point lies in another district. Otherwise a `district_code`
            contradicting the point is refused (422 `complaint.district_mismatch`). Not stored; the intake event records it.
            Default: `false`.
    """

    lat: float | None | Unset = UNSET
    lon: float | None | Unset = UNSET
    address: None | str | Unset = UNSET
    approximate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lat: float | None | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lon: float | None | Unset
        if isinstance(self.lon, Unset):
            lon = UNSET
        else:
            lon = self.lon

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        approximate = self.approximate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if address is not UNSET:
            field_dict["address"] = address
        if approximate is not UNSET:
            field_dict["approximate"] = approximate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_lat(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_lon(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lon = _parse_lon(d.pop("lon", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        approximate = d.pop("approximate", UNSET)

        location_in = cls(
            lat=lat,
            lon=lon,
            address=address,
            approximate=approximate,
        )

        return location_in
