from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_state import SlaState

T = TypeVar("T", bound="SlaMilestoneRead")


@_attrs_define
class SlaMilestoneRead:
    """Where one SLA milestone stands now.

    Attributes:
        state (SlaState):
        due_at (datetime.datetime | None):
        time_left_seconds (int | None): Negative when overdue; null while paused
    """

    state: SlaState
    due_at: datetime.datetime | None
    time_left_seconds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        time_left_seconds: int | None
        time_left_seconds = self.time_left_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "due_at": due_at,
                "time_left_seconds": time_left_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = SlaState(d.pop("state"))

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))

        def _parse_time_left_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_left_seconds = _parse_time_left_seconds(d.pop("time_left_seconds"))

        sla_milestone_read = cls(
            state=state,
            due_at=due_at,
            time_left_seconds=time_left_seconds,
        )

        sla_milestone_read.additional_properties = d
        return sla_milestone_read

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
