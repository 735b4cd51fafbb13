from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mou_target_kind import MouTargetKind

T = TypeVar("T", bound="TargetProgressRead")


@_attrs_define
class TargetProgressRead:
    """
    Attributes:
        kind (MouTargetKind): What an MOU area's target counts; each is measured from held activities.
        target (int):
        actual (int):
        ratio (float): actual / target
        met (bool):
    """

    kind: MouTargetKind
    target: int
    actual: int
    ratio: float
    met: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        target = self.target

        actual = self.actual

        ratio = self.ratio

        met = self.met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "target": target,
                "actual": actual,
                "ratio": ratio,
                "met": met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = MouTargetKind(d.pop("kind"))

        target = d.pop("target")

        actual = d.pop("actual")

        ratio = d.pop("ratio")

        met = d.pop("met")

        target_progress_read = cls(
            kind=kind,
            target=target,
            actual=actual,
            ratio=ratio,
            met=met,
        )

        target_progress_read.additional_properties = d
        return target_progress_read

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
