from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.escalation_target import EscalationTarget
from ..models.milestone import Milestone
from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationRuleCreate")


@_attrs_define
class EscalationRuleCreate:
    """
    Attributes:
        milestone (Milestone):
        notify (list[EscalationTarget]):
        sla_class (None | str | Unset): Only cases of this SLA class; null: all
        is_active (bool | Unset): Default: `true`.
    """

    milestone: Milestone
    notify: list[EscalationTarget]
    sla_class: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        milestone = self.milestone.value

        notify = []
        for notify_item_data in self.notify:
            notify_item = notify_item_data.value
            notify.append(notify_item)

        sla_class: None | str | Unset
        if isinstance(self.sla_class, Unset):
            sla_class = UNSET
        else:
            sla_class = self.sla_class

        is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "milestone": milestone,
                "notify": notify,
            }
        )
        if sla_class is not UNSET:
            field_dict["sla_class"] = sla_class
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        milestone = Milestone(d.pop("milestone"))

        notify = []
        _notify = d.pop("notify")
        for notify_item_data in _notify:
            notify_item = EscalationTarget(notify_item_data)

            notify.append(notify_item)

        def _parse_sla_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sla_class = _parse_sla_class(d.pop("sla_class", UNSET))

        is_active = d.pop("is_active", UNSET)

        escalation_rule_create = cls(
            milestone=milestone,
            notify=notify,
            sla_class=sla_class,
            is_active=is_active,
        )

        return escalation_rule_create
