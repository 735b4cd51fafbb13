from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_mail_receipt_outcome import InboundMailReceiptOutcome

T = TypeVar("T", bound="InboundMailReceipt")


@_attrs_define
class InboundMailReceipt:
    """What came of the mail: `filed` (a new case), `appended` (a reply, added to its case's
    timeline), `ignored` (an auto-reply, bounce or list mail) or `duplicate` (its Message-ID
    was received before). Nothing of the mail's content is echoed.

        Attributes:
            outcome (InboundMailReceiptOutcome):
            reason (None | str):
            case_number (None | str):
    """

    outcome: InboundMailReceiptOutcome
    reason: None | str
    case_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        reason: None | str
        reason = self.reason

        case_number: None | str
        case_number = self.case_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "reason": reason,
                "case_number": case_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = InboundMailReceiptOutcome(d.pop("outcome"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        inbound_mail_receipt = cls(
            outcome=outcome,
            reason=reason,
            case_number=case_number,
        )

        inbound_mail_receipt.additional_properties = d
        return inbound_mail_receipt

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
