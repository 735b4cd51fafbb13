from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.mou_target_kind import MouTargetKind

T = TypeVar("T", bound="MouTargetIn")


@_attrs_define
class MouTargetIn:
    """
    Attributes:
        kind (MouTargetKind): What an MOU area's target counts; each is measured from held activities.
        value (int):
    """

    kind: MouTargetKind
    value: int

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        value = self.value

        field_dict: dict[str, Any] = {}

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

        mou_target_in = cls(
            kind=kind,
            value=value,
        )

        return mou_target_in
