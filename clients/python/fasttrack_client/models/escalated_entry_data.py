from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EscalatedEntryData")


@_attrs_define
class EscalatedEntryData:
    """An SLA milestone reached its warning or breach: which rules fired and who was told.

    Attributes:
        milestone (str): first_response_due_soon, resolution_breached, ...
        due_at (str): The milestone's due time (RFC 3339)
        rule_ids (list[UUID]):
        notify (list[str]): Escalation targets told
    """

    milestone: str
    due_at: str
    rule_ids: list[UUID]
    notify: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestone = self.milestone

        due_at = self.due_at

        rule_ids = []
        for rule_ids_item_data in self.rule_ids:
            rule_ids_item = str(rule_ids_item_data)
            rule_ids.append(rule_ids_item)

        notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestone": milestone,
                "due_at": due_at,
                "rule_ids": rule_ids,
                "notify": notify,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        milestone = d.pop("milestone")

        due_at = d.pop("due_at")

        rule_ids = []
        _rule_ids = d.pop("rule_ids")
        for rule_ids_item_data in _rule_ids:
            rule_ids_item = UUID(rule_ids_item_data)

            rule_ids.append(rule_ids_item)

        notify = cast(list[str], d.pop("notify"))

        escalated_entry_data = cls(
            milestone=milestone,
            due_at=due_at,
            rule_ids=rule_ids,
            notify=notify,
        )

        escalated_entry_data.additional_properties = d
        return escalated_entry_data

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
