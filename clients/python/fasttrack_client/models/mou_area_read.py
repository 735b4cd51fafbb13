from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mou_target_read import MouTargetRead


T = TypeVar("T", bound="MouAreaRead")


@_attrs_define
class MouAreaRead:
    """One of the five areas of the OMB-BMA MOU, with its targets.

    Attributes:
        id (int):
        name_th (str):
        name_en (str):
        description_th (str):
        description_en (str):
        targets (list[MouTargetRead]):
        version (int): Send it back as If-Match (ETag) to change the targets
    """

    id: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str
    targets: list[MouTargetRead]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name_th = self.name_th

        name_en = self.name_en

        description_th = self.description_th

        description_en = self.description_en

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name_th": name_th,
                "name_en": name_en,
                "description_th": description_th,
                "description_en": description_en,
                "targets": targets,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mou_target_read import MouTargetRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        description_th = d.pop("description_th")

        description_en = d.pop("description_en")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = MouTargetRead.from_dict(targets_item_data)

            targets.append(targets_item)

        version = d.pop("version")

        mou_area_read = cls(
            id=id,
            name_th=name_th,
            name_en=name_en,
            description_th=description_th,
            description_en=description_en,
            targets=targets,
            version=version,
        )

        mou_area_read.additional_properties = d
        return mou_area_read

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
