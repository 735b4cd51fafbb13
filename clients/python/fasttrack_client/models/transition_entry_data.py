from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_action import ComplaintAction
from ..models.complaint_status import ComplaintStatus

T = TypeVar("T", bound="TransitionEntryData")


@_attrs_define
class TransitionEntryData:
    """A lifecycle action; the action's own values (reason, agency_id, resolution…) follow.

    Attributes:
        action (ComplaintAction): Something a user asks to do to a complaint; the values are stable and used by the API.
        from_ (ComplaintStatus): Where a complaint is in its life; the values are stable and stored.
        to (ComplaintStatus): Where a complaint is in its life; the values are stable and stored.
        sla (None | str): sla_paused or sla_resumed, if it did
    """

    action: ComplaintAction
    from_: ComplaintStatus
    to: ComplaintStatus
    sla: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        from_ = self.from_.value

        to = self.to.value

        sla: None | str
        sla = self.sla

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "from": from_,
                "to": to,
                "sla": sla,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ComplaintAction(d.pop("action"))

        from_ = ComplaintStatus(d.pop("from"))

        to = ComplaintStatus(d.pop("to"))

        def _parse_sla(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sla = _parse_sla(d.pop("sla"))

        transition_entry_data = cls(
            action=action,
            from_=from_,
            to=to,
            sla=sla,
        )

        transition_entry_data.additional_properties = d
        return transition_entry_data

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
