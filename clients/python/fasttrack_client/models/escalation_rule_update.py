from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.escalation_target import EscalationTarget
from ..models.milestone import Milestone
from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationRuleUpdate")


@_attrs_define
class EscalationRuleUpdate:
    """
    Attributes:
        milestone (Milestone | None | Unset):
        notify (list[EscalationTarget] | None | Unset):
        sla_class (None | str | Unset):
        is_active (bool | None | Unset):
    """

    milestone: Milestone | None | Unset = UNSET
    notify: list[EscalationTarget] | None | Unset = UNSET
    sla_class: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        milestone: None | str | Unset
        if isinstance(self.milestone, Unset):
            milestone = UNSET
        elif isinstance(self.milestone, Milestone):
            milestone = self.milestone.value
        else:
            milestone = self.milestone

        notify: list[str] | None | Unset
        if isinstance(self.notify, Unset):
            notify = UNSET
        elif isinstance(self.notify, list):
            notify = []
            for notify_type_0_item_data in self.notify:
                notify_type_0_item = notify_type_0_item_data.value
                notify.append(notify_type_0_item)

        else:
            notify = self.notify

        sla_class: None | str | Unset
        if isinstance(self.sla_class, Unset):
            sla_class = UNSET
        else:
            sla_class = self.sla_class

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if milestone is not UNSET:
            field_dict["milestone"] = milestone
        if notify is not UNSET:
            field_dict["notify"] = notify
        if sla_class is not UNSET:
            field_dict["sla_class"] = sla_class
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_milestone(data: object) -> Milestone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                milestone_type_0 = Milestone(data)

                return milestone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Milestone | None | Unset, data)

        milestone = _parse_milestone(d.pop("milestone", UNSET))

        def _parse_notify(data: object) -> list[EscalationTarget] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notify_type_0 = []
                _notify_type_0 = data
                for notify_type_0_item_data in _notify_type_0:
                    notify_type_0_item = EscalationTarget(notify_type_0_item_data)

                    notify_type_0.append(notify_type_0_item)

                return notify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EscalationTarget] | None | Unset, data)

        notify = _parse_notify(d.pop("notify", UNSET))

        def _parse_sla_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sla_class = _parse_sla_class(d.pop("sla_class", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        escalation_rule_update = cls(
            milestone=milestone,
            notify=notify,
            sla_class=sla_class,
            is_active=is_active,
        )

        return escalation_rule_update
