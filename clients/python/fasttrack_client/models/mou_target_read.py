from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mou_target_kind import MouTargetKind

T = TypeVar("T", bound="MouTargetRead")


@_attrs_define
class MouTargetRead:
    """A target of an MOU area, e.g. `districts_held` 50: mobile units in all 50 districts.

    Attributes:
        kind (MouTargetKind): What an MOU area's target counts; each is measured from held activities.
        value (int):
    """

    kind: MouTargetKind
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = MouTargetKind(d.pop("kind"))

        value = d.pop("value")

        mou_target_read = cls(
            kind=kind,
            value=value,
        )

        mou_target_read.additional_properties = d
        return mou_target_read

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
