from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coordination_channel import CoordinationChannel

T = TypeVar("T", bound="MessageEntryData")


@_attrs_define
class MessageEntryData:
    """A note, coordination message, field visit or response, as written.

    Attributes:
        text (None | str):
        channel (CoordinationChannel | None):
        counterpart (None | str):
        planned_date (datetime.date | None):
        done_date (datetime.date | None):
        outcome (None | str):
    """

    text: None | str
    channel: CoordinationChannel | None
    counterpart: None | str
    planned_date: datetime.date | None
    done_date: datetime.date | None
    outcome: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str
        text = self.text

        channel: None | str
        if isinstance(self.channel, CoordinationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        counterpart: None | str
        counterpart = self.counterpart

        planned_date: None | str
        if isinstance(self.planned_date, datetime.date):
            planned_date = self.planned_date.isoformat()
        else:
            planned_date = self.planned_date

        done_date: None | str
        if isinstance(self.done_date, datetime.date):
            done_date = self.done_date.isoformat()
        else:
            done_date = self.done_date

        outcome: None | str
        outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "channel": channel,
                "counterpart": counterpart,
                "planned_date": planned_date,
                "done_date": done_date,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        def _parse_channel(data: object) -> CoordinationChannel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = CoordinationChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoordinationChannel | None, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_counterpart(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        counterpart = _parse_counterpart(d.pop("counterpart"))

        def _parse_planned_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_date_type_0 = datetime.date.fromisoformat(data)

                return planned_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_date = _parse_planned_date(d.pop("planned_date"))

        def _parse_done_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_date_type_0 = datetime.date.fromisoformat(data)

                return done_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_date = _parse_done_date(d.pop("done_date"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        message_entry_data = cls(
            text=text,
            channel=channel,
            counterpart=counterpart,
            planned_date=planned_date,
            done_date=done_date,
            outcome=outcome,
        )

        message_entry_data.additional_properties = d
        return message_entry_data

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
