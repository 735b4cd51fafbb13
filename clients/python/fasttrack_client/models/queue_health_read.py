from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueueHealthRead")


@_attrs_define
class QueueHealthRead:
    """
    Attributes:
        pending_events (int): Domain events not dispatched yet
        failing_events (int): Pending events whose consumers failed at least once
        oldest_pending_at (datetime.datetime | None):
        pending_emails (int):
        failed_emails (int): E-mails given up after every retry
        pending_webhook_deliveries (int):
        failed_webhook_deliveries (int):
    """

    pending_events: int
    failing_events: int
    oldest_pending_at: datetime.datetime | None
    pending_emails: int
    failed_emails: int
    pending_webhook_deliveries: int
    failed_webhook_deliveries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending_events = self.pending_events

        failing_events = self.failing_events

        oldest_pending_at: None | str
        if isinstance(self.oldest_pending_at, datetime.datetime):
            oldest_pending_at = self.oldest_pending_at.isoformat()
        else:
            oldest_pending_at = self.oldest_pending_at

        pending_emails = self.pending_emails

        failed_emails = self.failed_emails

        pending_webhook_deliveries = self.pending_webhook_deliveries

        failed_webhook_deliveries = self.failed_webhook_deliveries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pending_events": pending_events,
                "failing_events": failing_events,
                "oldest_pending_at": oldest_pending_at,
                "pending_emails": pending_emails,
                "failed_emails": failed_emails,
                "pending_webhook_deliveries": pending_webhook_deliveries,
                "failed_webhook_deliveries": failed_webhook_deliveries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pending_events = d.pop("pending_events")

        failing_events = d.pop("failing_events")

        def _parse_oldest_pending_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oldest_pending_at_type_0 = datetime.datetime.fromisoformat(data)

                return oldest_pending_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        oldest_pending_at = _parse_oldest_pending_at(d.pop("oldest_pending_at"))

        pending_emails = d.pop("pending_emails")

        failed_emails = d.pop("failed_emails")

        pending_webhook_deliveries = d.pop("pending_webhook_deliveries")

        failed_webhook_deliveries = d.pop("failed_webhook_deliveries")

        queue_health_read = cls(
            pending_events=pending_events,
            failing_events=failing_events,
            oldest_pending_at=oldest_pending_at,
            pending_emails=pending_emails,
            failed_emails=failed_emails,
            pending_webhook_deliveries=pending_webhook_deliveries,
            failed_webhook_deliveries=failed_webhook_deliveries,
        )

        queue_health_read.additional_properties = d
        return queue_health_read

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
