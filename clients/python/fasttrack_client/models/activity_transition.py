from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.activity_action import ActivityAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTransition")


@_attrs_define
class ActivityTransition:
    """hold (once started), cancel (reason) or postpone (reason, new start and end).

    Attributes:
        action (ActivityAction):
        reason (None | str | Unset):
        new_starts_at (datetime.datetime | None | Unset):
        new_ends_at (datetime.datetime | None | Unset):
    """

    action: ActivityAction
    reason: None | str | Unset = UNSET
    new_starts_at: datetime.datetime | None | Unset = UNSET
    new_ends_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        new_starts_at: None | str | Unset
        if isinstance(self.new_starts_at, Unset):
            new_starts_at = UNSET
        elif isinstance(self.new_starts_at, datetime.datetime):
            new_starts_at = self.new_starts_at.isoformat()
        else:
            new_starts_at = self.new_starts_at

        new_ends_at: None | str | Unset
        if isinstance(self.new_ends_at, Unset):
            new_ends_at = UNSET
        elif isinstance(self.new_ends_at, datetime.datetime):
            new_ends_at = self.new_ends_at.isoformat()
        else:
            new_ends_at = self.new_ends_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if new_starts_at is not UNSET:
            field_dict["new_starts_at"] = new_starts_at
        if new_ends_at is not UNSET:
            field_dict["new_ends_at"] = new_ends_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ActivityAction(d.pop("action"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_new_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                new_starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return new_starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        new_starts_at = _parse_new_starts_at(d.pop("new_starts_at", UNSET))

        def _parse_new_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                new_ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return new_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        new_ends_at = _parse_new_ends_at(d.pop("new_ends_at", UNSET))

        activity_transition = cls(
            action=action,
            reason=reason,
            new_starts_at=new_starts_at,
            new_ends_at=new_ends_at,
        )

        return activity_transition
