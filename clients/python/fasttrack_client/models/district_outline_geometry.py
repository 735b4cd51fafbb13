from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.district_outline_geometry_type import DistrictOutlineGeometryType

T = TypeVar("T", bound="DistrictOutlineGeometry")


@_attrs_define
class DistrictOutlineGeometry:
    """A GeoJSON Polygon or MultiPolygon, lon/lat (WGS 84), coordinates rounded to 5 places.

    Attributes:
        type_ (DistrictOutlineGeometryType):
        coordinates (list[Any]):
    """

    type_: DistrictOutlineGeometryType
    coordinates: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        coordinates = self.coordinates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "coordinates": coordinates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DistrictOutlineGeometryType(d.pop("type"))

        coordinates = cast(list[Any], d.pop("coordinates"))

        district_outline_geometry = cls(
            type_=type_,
            coordinates=coordinates,
        )

        district_outline_geometry.additional_properties = d
        return district_outline_geometry

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
