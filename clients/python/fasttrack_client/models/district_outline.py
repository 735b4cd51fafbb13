from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.district_outline_geometry import DistrictOutlineGeometry
    from ..models.district_outline_properties import DistrictOutlineProperties


T = TypeVar("T", bound="DistrictOutline")


@_attrs_define
class DistrictOutline:
    """
    Attributes:
        type_ (Literal['Feature']):
        properties (DistrictOutlineProperties):
        geometry (DistrictOutlineGeometry): A GeoJSON Polygon or MultiPolygon, lon/lat (WGS 84), coordinates rounded to
            5 places.
    """

    type_: Literal["Feature"]
    properties: DistrictOutlineProperties
    geometry: DistrictOutlineGeometry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        geometry = self.geometry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
                "geometry": geometry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.district_outline_geometry import DistrictOutlineGeometry  # noqa: PLC0415
        from ..models.district_outline_properties import DistrictOutlineProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["Feature"], d.pop("type"))
        if type_ != "Feature":
            raise ValueError(f"type must match const 'Feature', got '{type_}'")

        properties = DistrictOutlineProperties.from_dict(d.pop("properties"))

        geometry = DistrictOutlineGeometry.from_dict(d.pop("geometry"))

        district_outline = cls(
            type_=type_,
            properties=properties,
            geometry=geometry,
        )

        district_outline.additional_properties = d
        return district_outline

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
