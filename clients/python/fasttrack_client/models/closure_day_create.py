from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClosureDayCreate")


@_attrs_define
class ClosureDayCreate:
    """
    Attributes:
        day (datetime.date):
        reason (str):
    """

    day: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        reason = d.pop("reason")

        closure_day_create = cls(
            day=day,
            reason=reason,
        )

        return closure_day_create
