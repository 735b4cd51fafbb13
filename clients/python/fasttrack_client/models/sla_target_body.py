from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SlaTargetBody")


@_attrs_define
class SlaTargetBody:
    """
    Attributes:
        first_response_minutes (int):
        resolution_minutes (int):
    """

    first_response_minutes: int
    resolution_minutes: int

    def to_dict(self) -> dict[str, Any]:
        first_response_minutes = self.first_response_minutes

        resolution_minutes = self.resolution_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_response_minutes": first_response_minutes,
                "resolution_minutes": resolution_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_response_minutes = d.pop("first_response_minutes")

        resolution_minutes = d.pop("resolution_minutes")

        sla_target_body = cls(
            first_response_minutes=first_response_minutes,
            resolution_minutes=resolution_minutes,
        )

        return sla_target_body
