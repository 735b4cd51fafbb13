from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.escalation_target import EscalationTarget
from ..models.milestone import Milestone

T = TypeVar("T", bound="EscalationRuleRead")


@_attrs_define
class EscalationRuleRead:
    """
    Attributes:
        id (UUID):
        milestone (Milestone):
        sla_class (None | str):
        notify (list[EscalationTarget]):
        is_active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
    """

    id: UUID
    milestone: Milestone
    sla_class: None | str
    notify: list[EscalationTarget]
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        milestone = self.milestone.value

        sla_class: None | str
        sla_class = self.sla_class

        notify = []
        for notify_item_data in self.notify:
            notify_item = notify_item_data.value
            notify.append(notify_item)

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "milestone": milestone,
                "sla_class": sla_class,
                "notify": notify,
                "is_active": is_active,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        milestone = Milestone(d.pop("milestone"))

        def _parse_sla_class(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sla_class = _parse_sla_class(d.pop("sla_class"))

        notify = []
        _notify = d.pop("notify")
        for notify_item_data in _notify:
            notify_item = EscalationTarget(notify_item_data)

            notify.append(notify_item)

        is_active = d.pop("is_active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        escalation_rule_read = cls(
            id=id,
            milestone=milestone,
            sla_class=sla_class,
            notify=notify,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        escalation_rule_read.additional_properties = d
        return escalation_rule_read

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
