from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pii_access import PiiAccess

if TYPE_CHECKING:
    from ..models.activity_outcome_read_participants_by_district import ActivityOutcomeReadParticipantsByDistrict
    from ..models.activity_outcome_read_participants_by_role import ActivityOutcomeReadParticipantsByRole
    from ..models.named_participant_read import NamedParticipantRead


T = TypeVar("T", bound="ActivityOutcomeRead")


@_attrs_define
class ActivityOutcomeRead:
    """What happened. `complaints_received` and `complaint_ids` count the complaints filed
    with this activity's id; names are `masked` unless you may see them.

        Attributes:
            recorded_at (datetime.datetime | None):
            legal_consultations (int | None):
            participants_by_role (ActivityOutcomeReadParticipantsByRole):
            participants_by_district (ActivityOutcomeReadParticipantsByDistrict):
            participants_total (int):
            notes (None | str):
            named_participants (list[NamedParticipantRead]):
            personal_data (PiiAccess):
            complaints_received (int):
            complaint_ids (list[UUID]):
    """

    recorded_at: datetime.datetime | None
    legal_consultations: int | None
    participants_by_role: ActivityOutcomeReadParticipantsByRole
    participants_by_district: ActivityOutcomeReadParticipantsByDistrict
    participants_total: int
    notes: None | str
    named_participants: list[NamedParticipantRead]
    personal_data: PiiAccess
    complaints_received: int
    complaint_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recorded_at: None | str
        if isinstance(self.recorded_at, datetime.datetime):
            recorded_at = self.recorded_at.isoformat()
        else:
            recorded_at = self.recorded_at

        legal_consultations: int | None
        legal_consultations = self.legal_consultations

        participants_by_role = self.participants_by_role.to_dict()

        participants_by_district = self.participants_by_district.to_dict()

        participants_total = self.participants_total

        notes: None | str
        notes = self.notes

        named_participants = []
        for named_participants_item_data in self.named_participants:
            named_participants_item = named_participants_item_data.to_dict()
            named_participants.append(named_participants_item)

        personal_data = self.personal_data.value

        complaints_received = self.complaints_received

        complaint_ids = []
        for complaint_ids_item_data in self.complaint_ids:
            complaint_ids_item = str(complaint_ids_item_data)
            complaint_ids.append(complaint_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recorded_at": recorded_at,
                "legal_consultations": legal_consultations,
                "participants_by_role": participants_by_role,
                "participants_by_district": participants_by_district,
                "participants_total": participants_total,
                "notes": notes,
                "named_participants": named_participants,
                "personal_data": personal_data,
                "complaints_received": complaints_received,
                "complaint_ids": complaint_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_outcome_read_participants_by_district import ActivityOutcomeReadParticipantsByDistrict  # noqa: PLC0415
        from ..models.activity_outcome_read_participants_by_role import ActivityOutcomeReadParticipantsByRole  # noqa: PLC0415
        from ..models.named_participant_read import NamedParticipantRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_recorded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at"))

        def _parse_legal_consultations(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        legal_consultations = _parse_legal_consultations(d.pop("legal_consultations"))

        participants_by_role = ActivityOutcomeReadParticipantsByRole.from_dict(d.pop("participants_by_role"))

        participants_by_district = ActivityOutcomeReadParticipantsByDistrict.from_dict(
            d.pop("participants_by_district")
        )

        participants_total = d.pop("participants_total")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        named_participants = []
        _named_participants = d.pop("named_participants")
        for named_participants_item_data in _named_participants:
            named_participants_item = NamedParticipantRead.from_dict(named_participants_item_data)

            named_participants.append(named_participants_item)

        personal_data = PiiAccess(d.pop("personal_data"))

        complaints_received = d.pop("complaints_received")

        complaint_ids = []
        _complaint_ids = d.pop("complaint_ids")
        for complaint_ids_item_data in _complaint_ids:
            complaint_ids_item = UUID(complaint_ids_item_data)

            complaint_ids.append(complaint_ids_item)

        activity_outcome_read = cls(
            recorded_at=recorded_at,
            legal_consultations=legal_consultations,
            participants_by_role=participants_by_role,
            participants_by_district=participants_by_district,
            participants_total=participants_total,
            notes=notes,
            named_participants=named_participants,
            personal_data=personal_data,
            complaints_received=complaints_received,
            complaint_ids=complaint_ids,
        )

        activity_outcome_read.additional_properties = d
        return activity_outcome_read

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
