from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TimelineRedactionCreate")


@_attrs_define
class TimelineRedactionCreate:
    """Hide a timeline entry's content, e.g. personal data written into a note by mistake.

    Attributes:
        reason (str): Why it is hidden
    """

    reason: str

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        timeline_redaction_create = cls(
            reason=reason,
        )

        return timeline_redaction_create
