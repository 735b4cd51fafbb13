from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.legal_hold_read import LegalHoldRead
    from ..models.subject_contact_read import SubjectContactRead


T = TypeVar("T", bound="DataSubjectCaseRead")


@_attrs_define
class DataSubjectCaseRead:
    """A case the subject filed (their contact fields `matched_on` the identifiers).

    Attributes:
        complaint_id (UUID):
        case_number (str):
        status (str):
        created_at (datetime.datetime):
        closed_at (datetime.datetime | None):
        title (str):
        description (str):
        complainant (SubjectContactRead):
        matched_on (list[str]):
        consent_version (None | str):
        consent_at (datetime.datetime | None):
        legal_hold (LegalHoldRead | None):
    """

    complaint_id: UUID
    case_number: str
    status: str
    created_at: datetime.datetime
    closed_at: datetime.datetime | None
    title: str
    description: str
    complainant: SubjectContactRead
    matched_on: list[str]
    consent_version: None | str
    consent_at: datetime.datetime | None
    legal_hold: LegalHoldRead | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.legal_hold_read import LegalHoldRead  # noqa: PLC0415

        complaint_id = str(self.complaint_id)

        case_number = self.case_number

        status = self.status

        created_at = self.created_at.isoformat()

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        title = self.title

        description = self.description

        complainant = self.complainant.to_dict()

        matched_on = self.matched_on

        consent_version: None | str
        consent_version = self.consent_version

        consent_at: None | str
        if isinstance(self.consent_at, datetime.datetime):
            consent_at = self.consent_at.isoformat()
        else:
            consent_at = self.consent_at

        legal_hold: dict[str, Any] | None
        if isinstance(self.legal_hold, LegalHoldRead):
            legal_hold = self.legal_hold.to_dict()
        else:
            legal_hold = self.legal_hold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complaint_id": complaint_id,
                "case_number": case_number,
                "status": status,
                "created_at": created_at,
                "closed_at": closed_at,
                "title": title,
                "description": description,
                "complainant": complainant,
                "matched_on": matched_on,
                "consent_version": consent_version,
                "consent_at": consent_at,
                "legal_hold": legal_hold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_hold_read import LegalHoldRead  # noqa: PLC0415
        from ..models.subject_contact_read import SubjectContactRead  # noqa: PLC0415

        d = dict(src_dict)
        complaint_id = UUID(d.pop("complaint_id"))

        case_number = d.pop("case_number")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        title = d.pop("title")

        description = d.pop("description")

        complainant = SubjectContactRead.from_dict(d.pop("complainant"))

        matched_on = cast(list[str], d.pop("matched_on"))

        def _parse_consent_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consent_version = _parse_consent_version(d.pop("consent_version"))

        def _parse_consent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consent_at_type_0 = datetime.datetime.fromisoformat(data)

                return consent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        consent_at = _parse_consent_at(d.pop("consent_at"))

        def _parse_legal_hold(data: object) -> LegalHoldRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_hold_type_0 = LegalHoldRead.from_dict(data)

                return legal_hold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalHoldRead | None, data)

        legal_hold = _parse_legal_hold(d.pop("legal_hold"))

        data_subject_case_read = cls(
            complaint_id=complaint_id,
            case_number=case_number,
            status=status,
            created_at=created_at,
            closed_at=closed_at,
            title=title,
            description=description,
            complainant=complainant,
            matched_on=matched_on,
            consent_version=consent_version,
            consent_at=consent_at,
            legal_hold=legal_hold,
        )

        data_subject_case_read.additional_properties = d
        return data_subject_case_read

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
