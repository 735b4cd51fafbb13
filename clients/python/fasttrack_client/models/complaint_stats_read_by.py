from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.complaint_stats_read_by_additional_property import ComplaintStatsReadByAdditionalProperty


T = TypeVar("T", bound="ComplaintStatsReadBy")


@_attrs_define
class ComplaintStatsReadBy:
    """Counts per dimension (`status`, `district`, `agency`, `category`, `channel`, `mou_area`), keyed by the value: a
    status or channel name, a district code, an agency or category id, an MOU area number. Cases without a value for the
    dimension (no district, no lead agency, no category yet) are counted under `unknown`.

    """

    additional_properties: dict[str, ComplaintStatsReadByAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_stats_read_by_additional_property import ComplaintStatsReadByAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        complaint_stats_read_by = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ComplaintStatsReadByAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        complaint_stats_read_by.additional_properties = additional_properties
        return complaint_stats_read_by

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ComplaintStatsReadByAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ComplaintStatsReadByAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
