from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notify_via import NotifyVia

T = TypeVar("T", bound="NotificationPreferencesRead")


@_attrs_define
class NotificationPreferencesRead:
    """Which notifications the user receives, per kind (all on unless turned off), and where.

    Attributes:
        case_arrived (bool):
        case_assigned_to_you (bool):
        omb_attention (bool):
        sla_due_soon (bool):
        notify_via (NotifyVia): Where a linked staff user's notifications go (unlinked: e-mail, as ever).
    """

    case_arrived: bool
    case_assigned_to_you: bool
    omb_attention: bool
    sla_due_soon: bool
    notify_via: NotifyVia
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_arrived = self.case_arrived

        case_assigned_to_you = self.case_assigned_to_you

        omb_attention = self.omb_attention

        sla_due_soon = self.sla_due_soon

        notify_via = self.notify_via.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_arrived": case_arrived,
                "case_assigned_to_you": case_assigned_to_you,
                "omb_attention": omb_attention,
                "sla_due_soon": sla_due_soon,
                "notify_via": notify_via,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_arrived = d.pop("case_arrived")

        case_assigned_to_you = d.pop("case_assigned_to_you")

        omb_attention = d.pop("omb_attention")

        sla_due_soon = d.pop("sla_due_soon")

        notify_via = NotifyVia(d.pop("notify_via"))

        notification_preferences_read = cls(
            case_arrived=case_arrived,
            case_assigned_to_you=case_assigned_to_you,
            omb_attention=omb_attention,
            sla_due_soon=sla_due_soon,
            notify_via=notify_via,
        )

        notification_preferences_read.additional_properties = d
        return notification_preferences_read

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
