from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus
from ..models.activity_type import ActivityType

T = TypeVar("T", bound="ActivityRefRead")


@_attrs_define
class ActivityRefRead:
    """
    Attributes:
        id (UUID):
        type_ (ActivityType):
        title (str):
        status (ActivityStatus):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
    """

    id: UUID
    type_: ActivityType
    title: str
    status: ActivityStatus
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        title = self.title

        status = self.status.value

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "status": status,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ActivityType(d.pop("type"))

        title = d.pop("title")

        status = ActivityStatus(d.pop("status"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        activity_ref_read = cls(
            id=id,
            type_=type_,
            title=title,
            status=status,
            starts_at=starts_at,
            ends_at=ends_at,
        )

        activity_ref_read.additional_properties = d
        return activity_ref_read

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
