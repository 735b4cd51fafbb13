from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_status import ComplaintStatus

if TYPE_CHECKING:
    from ..models.public_agency_read import PublicAgencyRead
    from ..models.public_attachment_read import PublicAttachmentRead
    from ..models.public_event_read import PublicEventRead
    from ..models.public_merged_into_read import PublicMergedIntoRead
    from ..models.status_label import StatusLabel


T = TypeVar("T", bound="PublicComplaintReceipt")


@_attrs_define
class PublicComplaintReceipt:
    """The answer to a public submission: the case, and the complainant's secret.

    Attributes:
        tracking_code (str):
        case_number (str):
        status (ComplaintStatus): Where a complaint is in its life; the values are stable and stored.
        status_label (StatusLabel): A status as a person reads it, in Thai and English.
        agency (None | PublicAgencyRead):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        resolved_at (datetime.datetime | None):
        closed_at (datetime.datetime | None):
        timeline (list[PublicEventRead]):
        attachments (list[PublicAttachmentRead]):
        merged_into (None | PublicMergedIntoRead): Set when this complaint was merged into another: that case's number
            and tracking status, which is where this complaint is now handled.
        rated (bool): The complainant has rated the case Default: False.
        can_rate (bool): Resolved and not rated yet: the complainant may rate it Default: False.
        reopen_until (datetime.datetime | None): Until when the complainant may ask to reopen the case
        complainant_secret (str): Shown once: with the tracking code it lets whoever filed the case rate it and ask to
            reopen it. Stored hashed; it cannot be shown again.
    """

    tracking_code: str
    case_number: str
    status: ComplaintStatus
    status_label: StatusLabel
    agency: None | PublicAgencyRead
    created_at: datetime.datetime
    updated_at: datetime.datetime
    resolved_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    timeline: list[PublicEventRead]
    attachments: list[PublicAttachmentRead]
    merged_into: None | PublicMergedIntoRead
    reopen_until: datetime.datetime | None
    complainant_secret: str
    rated: bool = False
    can_rate: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_agency_read import PublicAgencyRead  # noqa: PLC0415
        from ..models.public_merged_into_read import PublicMergedIntoRead  # noqa: PLC0415

        tracking_code = self.tracking_code

        case_number = self.case_number

        status = self.status.value

        status_label = self.status_label.to_dict()

        agency: dict[str, Any] | None
        if isinstance(self.agency, PublicAgencyRead):
            agency = self.agency.to_dict()
        else:
            agency = self.agency

        created_at = self.created_at.isoformat()

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

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        merged_into: dict[str, Any] | None
        if isinstance(self.merged_into, PublicMergedIntoRead):
            merged_into = self.merged_into.to_dict()
        else:
            merged_into = self.merged_into

        rated = self.rated

        can_rate = self.can_rate

        reopen_until: None | str
        if isinstance(self.reopen_until, datetime.datetime):
            reopen_until = self.reopen_until.isoformat()
        else:
            reopen_until = self.reopen_until

        complainant_secret = self.complainant_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracking_code": tracking_code,
                "case_number": case_number,
                "status": status,
                "status_label": status_label,
                "agency": agency,
                "created_at": created_at,
                "updated_at": updated_at,
                "resolved_at": resolved_at,
                "closed_at": closed_at,
                "timeline": timeline,
                "attachments": attachments,
                "merged_into": merged_into,
                "rated": rated,
                "can_rate": can_rate,
                "reopen_until": reopen_until,
                "complainant_secret": complainant_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_agency_read import PublicAgencyRead  # noqa: PLC0415
        from ..models.public_attachment_read import PublicAttachmentRead  # noqa: PLC0415
        from ..models.public_event_read import PublicEventRead  # noqa: PLC0415
        from ..models.public_merged_into_read import PublicMergedIntoRead  # noqa: PLC0415
        from ..models.status_label import StatusLabel  # noqa: PLC0415

        d = dict(src_dict)
        tracking_code = d.pop("tracking_code")

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in _timeline:
            timeline_item = PublicEventRead.from_dict(timeline_item_data)

            timeline.append(timeline_item)

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = PublicAttachmentRead.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        def _parse_merged_into(data: object) -> None | PublicMergedIntoRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                merged_into_type_0 = PublicMergedIntoRead.from_dict(data)

                return merged_into_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicMergedIntoRead, data)

        merged_into = _parse_merged_into(d.pop("merged_into"))

        rated = d.pop("rated")

        can_rate = d.pop("can_rate")

        def _parse_reopen_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reopen_until_type_0 = datetime.datetime.fromisoformat(data)

                return reopen_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reopen_until = _parse_reopen_until(d.pop("reopen_until"))

        complainant_secret = d.pop("complainant_secret")

        public_complaint_receipt = cls(
            tracking_code=tracking_code,
            case_number=case_number,
            status=status,
            status_label=status_label,
            agency=agency,
            created_at=created_at,
            updated_at=updated_at,
            resolved_at=resolved_at,
            closed_at=closed_at,
            timeline=timeline,
            attachments=attachments,
            merged_into=merged_into,
            rated=rated,
            can_rate=can_rate,
            reopen_until=reopen_until,
            complainant_secret=complainant_secret,
        )

        public_complaint_receipt.additional_properties = d
        return public_complaint_receipt

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
