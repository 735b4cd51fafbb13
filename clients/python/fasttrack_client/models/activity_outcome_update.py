from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_outcome_update_participants_by_district import ActivityOutcomeUpdateParticipantsByDistrict
    from ..models.activity_outcome_update_participants_by_role import ActivityOutcomeUpdateParticipantsByRole
    from ..models.named_participant_in import NamedParticipantIn


T = TypeVar("T", bound="ActivityOutcomeUpdate")


@_attrs_define
class ActivityOutcomeUpdate:
    """What happened at a held activity; replaces what was recorded before. Complaints
    received are not typed in: file them with channel `mobile_unit` and the activity id.

        Attributes:
            legal_consultations (int | None | Unset): Mobile units only
            participants_by_role (ActivityOutcomeUpdateParticipantsByRole | Unset):
            participants_by_district (ActivityOutcomeUpdateParticipantsByDistrict | Unset): Youth trainings: participants by
                home district
            notes (None | str | Unset):
            named_participants (list[NamedParticipantIn] | Unset):
    """

    legal_consultations: int | None | Unset = UNSET
    participants_by_role: ActivityOutcomeUpdateParticipantsByRole | Unset = UNSET
    participants_by_district: ActivityOutcomeUpdateParticipantsByDistrict | Unset = UNSET
    notes: None | str | Unset = UNSET
    named_participants: list[NamedParticipantIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        legal_consultations: int | None | Unset
        if isinstance(self.legal_consultations, Unset):
            legal_consultations = UNSET
        else:
            legal_consultations = self.legal_consultations

        participants_by_role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participants_by_role, Unset):
            participants_by_role = self.participants_by_role.to_dict()

        participants_by_district: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participants_by_district, Unset):
            participants_by_district = self.participants_by_district.to_dict()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        named_participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.named_participants, Unset):
            named_participants = []
            for named_participants_item_data in self.named_participants:
                named_participants_item = named_participants_item_data.to_dict()
                named_participants.append(named_participants_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if legal_consultations is not UNSET:
            field_dict["legal_consultations"] = legal_consultations
        if participants_by_role is not UNSET:
            field_dict["participants_by_role"] = participants_by_role
        if participants_by_district is not UNSET:
            field_dict["participants_by_district"] = participants_by_district
        if notes is not UNSET:
            field_dict["notes"] = notes
        if named_participants is not UNSET:
            field_dict["named_participants"] = named_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_outcome_update_participants_by_district import (
            ActivityOutcomeUpdateParticipantsByDistrict,  # noqa: PLC0415
        )
        from ..models.activity_outcome_update_participants_by_role import ActivityOutcomeUpdateParticipantsByRole  # noqa: PLC0415
        from ..models.named_participant_in import NamedParticipantIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_legal_consultations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        legal_consultations = _parse_legal_consultations(d.pop("legal_consultations", UNSET))

        _participants_by_role = d.pop("participants_by_role", UNSET)
        participants_by_role: ActivityOutcomeUpdateParticipantsByRole | Unset
        if isinstance(_participants_by_role, Unset):
            participants_by_role = UNSET
        else:
            participants_by_role = ActivityOutcomeUpdateParticipantsByRole.from_dict(_participants_by_role)

        _participants_by_district = d.pop("participants_by_district", UNSET)
        participants_by_district: ActivityOutcomeUpdateParticipantsByDistrict | Unset
        if isinstance(_participants_by_district, Unset):
            participants_by_district = UNSET
        else:
            participants_by_district = ActivityOutcomeUpdateParticipantsByDistrict.from_dict(_participants_by_district)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _named_participants = d.pop("named_participants", UNSET)
        named_participants: list[NamedParticipantIn] | Unset = UNSET
        if _named_participants is not UNSET:
            named_participants = []
            for named_participants_item_data in _named_participants:
                named_participants_item = NamedParticipantIn.from_dict(named_participants_item_data)

                named_participants.append(named_participants_item)

        activity_outcome_update = cls(
            legal_consultations=legal_consultations,
            participants_by_role=participants_by_role,
            participants_by_district=participants_by_district,
            notes=notes,
            named_participants=named_participants,
        )

        return activity_outcome_update
