from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activity_ref_read import ActivityRefRead


T = TypeVar("T", bound="DistrictCoverageRead")


@_attrs_define
class DistrictCoverageRead:
    """One district: the area's held and upcoming (planned or postponed) activities there.

    Attributes:
        district_code (str):
        name_th (str):
        name_en (str):
        held (list[ActivityRefRead]):
        planned (list[ActivityRefRead]):
        participants_from (int): Participants whose home district this is
    """

    district_code: str
    name_th: str
    name_en: str
    held: list[ActivityRefRead]
    planned: list[ActivityRefRead]
    participants_from: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district_code = self.district_code

        name_th = self.name_th

        name_en = self.name_en

        held = []
        for held_item_data in self.held:
            held_item = held_item_data.to_dict()
            held.append(held_item)

        planned = []
        for planned_item_data in self.planned:
            planned_item = planned_item_data.to_dict()
            planned.append(planned_item)

        participants_from = self.participants_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district_code": district_code,
                "name_th": name_th,
                "name_en": name_en,
                "held": held,
                "planned": planned,
                "participants_from": participants_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_ref_read import ActivityRefRead  # noqa: PLC0415

        d = dict(src_dict)
        district_code = d.pop("district_code")

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        held = []
        _held = d.pop("held")
        for held_item_data in _held:
            held_item = ActivityRefRead.from_dict(held_item_data)

            held.append(held_item)

        planned = []
        _planned = d.pop("planned")
        for planned_item_data in _planned:
            planned_item = ActivityRefRead.from_dict(planned_item_data)

            planned.append(planned_item)

        participants_from = d.pop("participants_from")

        district_coverage_read = cls(
            district_code=district_code,
            name_th=name_th,
            name_en=name_en,
            held=held,
            planned=planned,
            participants_from=participants_from,
        )

        district_coverage_read.additional_properties = d
        return district_coverage_read

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
