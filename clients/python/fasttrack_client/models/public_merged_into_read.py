from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_status import ComplaintStatus

if TYPE_CHECKING:
    from ..models.public_agency_read import PublicAgencyRead
    from ..models.status_label import StatusLabel


T = TypeVar("T", bound="PublicMergedIntoRead")


@_attrs_define
class PublicMergedIntoRead:
    """The case a merged complaint was merged into: its number and where it stands (no
    tracking code, no personal data).

        Attributes:
            case_number (str):
            status (ComplaintStatus): Where a complaint is in its life; the values are stable and stored.
            status_label (StatusLabel):
            agency (None | PublicAgencyRead):
            updated_at (datetime.datetime):
            resolved_at (datetime.datetime | None):
            closed_at (datetime.datetime | None):
    """

    case_number: str
    status: ComplaintStatus
    status_label: StatusLabel
    agency: None | PublicAgencyRead
    updated_at: datetime.datetime
    resolved_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_agency_read import PublicAgencyRead  # noqa: PLC0415

        case_number = self.case_number

        status = self.status.value

        status_label = self.status_label.to_dict()

        agency: dict[str, Any] | None
        if isinstance(self.agency, PublicAgencyRead):
            agency = self.agency.to_dict()
        else:
            agency = self.agency

        updated_at = self.updated_at.isoformat()

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "status": status,
                "status_label": status_label,
                "agency": agency,
                "updated_at": updated_at,
                "resolved_at": resolved_at,
                "closed_at": closed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_agency_read import PublicAgencyRead  # noqa: PLC0415
        from ..models.status_label import StatusLabel  # noqa: PLC0415

        d = dict(src_dict)
        case_number = d.pop("case_number")

        status = ComplaintStatus(d.pop("status"))

        status_label = StatusLabel.from_dict(d.pop("status_label"))

        def _parse_agency(data: object) -> None | PublicAgencyRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agency_type_0 = PublicAgencyRead.from_dict(data)

                return agency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicAgencyRead, data)

        agency = _parse_agency(d.pop("agency"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

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

        public_merged_into_read = cls(
            case_number=case_number,
            status=status,
            status_label=status_label,
            agency=agency,
            updated_at=updated_at,
            resolved_at=resolved_at,
            closed_at=closed_at,
        )

        public_merged_into_read.additional_properties = d
        return public_merged_into_read

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
