from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonalDataAccessRead")


@_attrs_define
class PersonalDataAccessRead:
    """One response that showed personal data unmasked: a complainant's (`complaint_id` set)
    or the names of an activity's named participants (`activity_id` set); never both.

        Attributes:
            id (UUID):
            at (datetime.datetime):
            actor_kind (str):
            actor_id (None | UUID):
            complaint_id (None | UUID):
            activity_id (None | UUID):
            fields (list[str]):
            purpose (str):
            request_id (None | str):
    """

    id: UUID
    at: datetime.datetime
    actor_kind: str
    actor_id: None | UUID
    complaint_id: None | UUID
    activity_id: None | UUID
    fields: list[str]
    purpose: str
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        at = self.at.isoformat()

        actor_kind = self.actor_kind

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        complaint_id: None | str
        if isinstance(self.complaint_id, UUID):
            complaint_id = str(self.complaint_id)
        else:
            complaint_id = self.complaint_id

        activity_id: None | str
        if isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        fields = self.fields

        purpose = self.purpose

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor_kind": actor_kind,
                "actor_id": actor_id,
                "complaint_id": complaint_id,
                "activity_id": activity_id,
                "fields": fields,
                "purpose": purpose,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor_kind = d.pop("actor_kind")

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_complaint_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complaint_id_type_0 = UUID(data)

                return complaint_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id"))

        def _parse_activity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_id_type_0 = UUID(data)

                return activity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        activity_id = _parse_activity_id(d.pop("activity_id"))

        fields = cast(list[str], d.pop("fields"))

        purpose = d.pop("purpose")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        personal_data_access_read = cls(
            id=id,
            at=at,
            actor_kind=actor_kind,
            actor_id=actor_id,
            complaint_id=complaint_id,
            activity_id=activity_id,
            fields=fields,
            purpose=purpose,
            request_id=request_id,
        )

        personal_data_access_read.additional_properties = d
        return personal_data_access_read

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
