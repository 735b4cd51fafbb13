from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.notify_via import NotifyVia
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreferencesUpdate")


@_attrs_define
class NotificationPreferencesUpdate:
    """
    Attributes:
        case_arrived (bool | None | Unset):
        case_assigned_to_you (bool | None | Unset):
        omb_attention (bool | None | Unset):
        sla_due_soon (bool | None | Unset):
        notify_via (None | NotifyVia | Unset):
    """

    case_arrived: bool | None | Unset = UNSET
    case_assigned_to_you: bool | None | Unset = UNSET
    omb_attention: bool | None | Unset = UNSET
    sla_due_soon: bool | None | Unset = UNSET
    notify_via: None | NotifyVia | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        case_arrived: bool | None | Unset
        if isinstance(self.case_arrived, Unset):
            case_arrived = UNSET
        else:
            case_arrived = self.case_arrived

        case_assigned_to_you: bool | None | Unset
        if isinstance(self.case_assigned_to_you, Unset):
            case_assigned_to_you = UNSET
        else:
            case_assigned_to_you = self.case_assigned_to_you

        omb_attention: bool | None | Unset
        if isinstance(self.omb_attention, Unset):
            omb_attention = UNSET
        else:
            omb_attention = self.omb_attention

        sla_due_soon: bool | None | Unset
        if isinstance(self.sla_due_soon, Unset):
            sla_due_soon = UNSET
        else:
            sla_due_soon = self.sla_due_soon

        notify_via: None | str | Unset
        if isinstance(self.notify_via, Unset):
            notify_via = UNSET
        elif isinstance(self.notify_via, NotifyVia):
            notify_via = self.notify_via.value
        else:
            notify_via = self.notify_via

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if case_arrived is not UNSET:
            field_dict["case_arrived"] = case_arrived
        if case_assigned_to_you is not UNSET:
            field_dict["case_assigned_to_you"] = case_assigned_to_you
        if omb_attention is not UNSET:
            field_dict["omb_attention"] = omb_attention
        if sla_due_soon is not UNSET:
            field_dict["sla_due_soon"] = sla_due_soon
        if notify_via is not UNSET:
            field_dict["notify_via"] = notify_via

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_case_arrived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        case_arrived = _parse_case_arrived(d.pop("case_arrived", UNSET))

        def _parse_case_assigned_to_you(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        case_assigned_to_you = _parse_case_assigned_to_you(d.pop("case_assigned_to_you", UNSET))

        def _parse_omb_attention(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        omb_attention = _parse_omb_attention(d.pop("omb_attention", UNSET))

        def _parse_sla_due_soon(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sla_due_soon = _parse_sla_due_soon(d.pop("sla_due_soon", UNSET))

        def _parse_notify_via(data: object) -> None | NotifyVia | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notify_via_type_0 = NotifyVia(data)

                return notify_via_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotifyVia | Unset, data)

        notify_via = _parse_notify_via(d.pop("notify_via", UNSET))

        notification_preferences_update = cls(
            case_arrived=case_arrived,
            case_assigned_to_you=case_assigned_to_you,
            omb_attention=omb_attention,
            sla_due_soon=sla_due_soon,
            notify_via=notify_via,
        )

        return notification_preferences_update
