from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.district_coverage_read import DistrictCoverageRead
    from ..models.target_progress_read import TargetProgressRead


T = TypeVar("T", bound="MouAreaCoverageRead")


@_attrs_define
class MouAreaCoverageRead:
    """Coverage of the 50 districts and progress against the area's targets.

    Attributes:
        mou_area_id (int):
        districts_total (int):
        districts_held (int):
        districts_planned (int): Districts with an activity planned, none held
        targets (list[TargetProgressRead]):
        districts (list[DistrictCoverageRead]):
    """

    mou_area_id: int
    districts_total: int
    districts_held: int
    districts_planned: int
    targets: list[TargetProgressRead]
    districts: list[DistrictCoverageRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mou_area_id = self.mou_area_id

        districts_total = self.districts_total

        districts_held = self.districts_held

        districts_planned = self.districts_planned

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        districts = []
        for districts_item_data in self.districts:
            districts_item = districts_item_data.to_dict()
            districts.append(districts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mou_area_id": mou_area_id,
                "districts_total": districts_total,
                "districts_held": districts_held,
                "districts_planned": districts_planned,
                "targets": targets,
                "districts": districts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.district_coverage_read import DistrictCoverageRead  # noqa: PLC0415
        from ..models.target_progress_read import TargetProgressRead  # noqa: PLC0415

        d = dict(src_dict)
        mou_area_id = d.pop("mou_area_id")

        districts_total = d.pop("districts_total")

        districts_held = d.pop("districts_held")

        districts_planned = d.pop("districts_planned")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = TargetProgressRead.from_dict(targets_item_data)

            targets.append(targets_item)

        districts = []
        _districts = d.pop("districts")
        for districts_item_data in _districts:
            districts_item = DistrictCoverageRead.from_dict(districts_item_data)

            districts.append(districts_item)

        mou_area_coverage_read = cls(
            mou_area_id=mou_area_id,
            districts_total=districts_total,
            districts_held=districts_held,
            districts_planned=districts_planned,
            targets=targets,
            districts=districts,
        )

        mou_area_coverage_read.additional_properties = d
        return mou_area_coverage_read

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
