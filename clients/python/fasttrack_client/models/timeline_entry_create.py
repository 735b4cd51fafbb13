from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.coordination_channel import CoordinationChannel
from ..models.timeline_entry_create_kind import TimelineEntryCreateKind
from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineEntryCreate")


@_attrs_define
class TimelineEntryCreate:
    """A note, a coordination message (with its channel), a field visit or a response.

    Attributes:
        kind (TimelineEntryCreateKind):
        text (None | str | Unset):
        visibility (Visibility | Unset):
        channel (CoordinationChannel | None | Unset):
        counterpart (None | str | Unset):
        planned_date (datetime.date | None | Unset):
        done_date (datetime.date | None | Unset):
        outcome (None | str | Unset):
    """

    kind: TimelineEntryCreateKind
    text: None | str | Unset = UNSET
    visibility: Visibility | Unset = UNSET
    channel: CoordinationChannel | None | Unset = UNSET
    counterpart: None | str | Unset = UNSET
    planned_date: datetime.date | None | Unset = UNSET
    done_date: datetime.date | None | Unset = UNSET
    outcome: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, CoordinationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        counterpart: None | str | Unset
        if isinstance(self.counterpart, Unset):
            counterpart = UNSET
        else:
            counterpart = self.counterpart

        planned_date: None | str | Unset
        if isinstance(self.planned_date, Unset):
            planned_date = UNSET
        elif isinstance(self.planned_date, datetime.date):
            planned_date = self.planned_date.isoformat()
        else:
            planned_date = self.planned_date

        done_date: None | str | Unset
        if isinstance(self.done_date, Unset):
            done_date = UNSET
        elif isinstance(self.done_date, datetime.date):
            done_date = self.done_date.isoformat()
        else:
            done_date = self.done_date

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if channel is not UNSET:
            field_dict["channel"] = channel
        if counterpart is not UNSET:
            field_dict["counterpart"] = counterpart
        if planned_date is not UNSET:
            field_dict["planned_date"] = planned_date
        if done_date is not UNSET:
            field_dict["done_date"] = done_date
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = TimelineEntryCreateKind(d.pop("kind"))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        def _parse_channel(data: object) -> CoordinationChannel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = CoordinationChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoordinationChannel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_counterpart(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart = _parse_counterpart(d.pop("counterpart", UNSET))

        def _parse_planned_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_date_type_0 = datetime.date.fromisoformat(data)

                return planned_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        planned_date = _parse_planned_date(d.pop("planned_date", UNSET))

        def _parse_done_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_date_type_0 = datetime.date.fromisoformat(data)

                return done_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        done_date = _parse_done_date(d.pop("done_date", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        timeline_entry_create = cls(
            kind=kind,
            text=text,
            visibility=visibility,
            channel=channel,
            counterpart=counterpart,
            planned_date=planned_date,
            done_date=done_date,
            outcome=outcome,
        )

        return timeline_entry_create
