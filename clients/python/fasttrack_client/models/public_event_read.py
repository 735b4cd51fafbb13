from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_status import ComplaintStatus
from ..models.event_kind import EventKind

T = TypeVar("T", bound="PublicEventRead")


@_attrs_define
class PublicEventRead:
    """
    Attributes:
        at (datetime.datetime):
        kind (EventKind):
        status_from (ComplaintStatus | None):
        status_to (ComplaintStatus | None):
        text (None | str):
        hidden (bool): The entry's content was hidden (redacted), e.g. personal data written by mistake; the text is
            then null Default: False.
    """

    at: datetime.datetime
    kind: EventKind
    status_from: ComplaintStatus | None
    status_to: ComplaintStatus | None
    text: None | str
    hidden: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        kind = self.kind.value

        status_from: None | str
        if isinstance(self.status_from, ComplaintStatus):
            status_from = self.status_from.value
        else:
            status_from = self.status_from

        status_to: None | str
        if isinstance(self.status_to, ComplaintStatus):
            status_to = self.status_to.value
        else:
            status_to = self.status_to

        text: None | str
        text = self.text

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "kind": kind,
                "status_from": status_from,
                "status_to": status_to,
                "text": text,
                "hidden": hidden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        kind = EventKind(d.pop("kind"))

        def _parse_status_from(data: object) -> ComplaintStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_from_type_0 = ComplaintStatus(data)

                return status_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplaintStatus | None, data)

        status_from = _parse_status_from(d.pop("status_from"))

        def _parse_status_to(data: object) -> ComplaintStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_to_type_0 = ComplaintStatus(data)

                return status_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplaintStatus | None, data)

        status_to = _parse_status_to(d.pop("status_to"))

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        hidden = d.pop("hidden")

        public_event_read = cls(
            at=at,
            kind=kind,
            status_from=status_from,
            status_to=status_to,
            text=text,
            hidden=hidden,
        )

        public_event_read.additional_properties = d
        return public_event_read

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
