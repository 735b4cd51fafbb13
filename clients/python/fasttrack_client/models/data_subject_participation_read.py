from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DataSubjectParticipationRead")


@_attrs_define
class DataSubjectParticipationRead:
    """
    Attributes:
        participant_id (UUID):
        activity_id (UUID):
        activity_title (str):
        starts_at (datetime.datetime):
        name (str):
        role (str):
        district_code (None | str):
        consent_version (str):
        consent_at (datetime.datetime):
    """

    participant_id: UUID
    activity_id: UUID
    activity_title: str
    starts_at: datetime.datetime
    name: str
    role: str
    district_code: None | str
    consent_version: str
    consent_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        activity_id = str(self.activity_id)

        activity_title = self.activity_title

        starts_at = self.starts_at.isoformat()

        name = self.name

        role = self.role

        district_code: None | str
        district_code = self.district_code

        consent_version = self.consent_version

        consent_at = self.consent_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participant_id": participant_id,
                "activity_id": activity_id,
                "activity_title": activity_title,
                "starts_at": starts_at,
                "name": name,
                "role": role,
                "district_code": district_code,
                "consent_version": consent_version,
                "consent_at": consent_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        activity_id = UUID(d.pop("activity_id"))

        activity_title = d.pop("activity_title")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        name = d.pop("name")

        role = d.pop("role")

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        consent_version = d.pop("consent_version")

        consent_at = datetime.datetime.fromisoformat(d.pop("consent_at"))

        data_subject_participation_read = cls(
            participant_id=participant_id,
            activity_id=activity_id,
            activity_title=activity_title,
            starts_at=starts_at,
            name=name,
            role=role,
            district_code=district_code,
            consent_version=consent_version,
            consent_at=consent_at,
        )

        data_subject_participation_read.additional_properties = d
        return data_subject_participation_read

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
