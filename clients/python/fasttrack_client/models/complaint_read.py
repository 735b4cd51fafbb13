from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.complaint_action import ComplaintAction
from ..models.complaint_status import ComplaintStatus
from ..models.urgency import Urgency

if TYPE_CHECKING:
    from ..models.complainant_read import ComplainantRead
    from ..models.complaint_rating_read import ComplaintRatingRead
    from ..models.complaint_sla_read import ComplaintSlaRead
    from ..models.consent_read import ConsentRead
    from ..models.location_read import LocationRead
    from ..models.status_label import StatusLabel
    from ..models.suggestion_outcome_read import SuggestionOutcomeRead


T = TypeVar("T", bound="ComplaintRead")


@_attrs_define
class ComplaintRead:
    """A complaint case.

    Attributes:
        id (UUID):
        case_number (str): FT-<Buddhist-era year>-<6 digits>
        tracking_code (str):
        channel (Channel):
        channel_ref (None | str): The channel's reference (fax number, phone line, LINE message). On a confidential case
            shown only to those who see the complainant's data in full (`complainant.personal_data` = `full`), null for
            everyone else.
        title (str):
        description (str):
        category_id (None | UUID):
        district_code (None | str):
        subdistrict_code (None | str):
        location (LocationRead):
        complainant (ComplainantRead): Contact details as the caller may see them: `full`, `masked` or `hidden`.
        fast_track (bool):
        urgency (Urgency):
        mou_area_id (int):
        consent (ConsentRead | None):
        status (ComplaintStatus): Where a complaint is in its life; the values are stable and stored.
        status_label (StatusLabel): A status as a person reads it, in Thai and English.
        is_open (bool):
        allowed_actions (list[ComplaintAction]):
        lead_agency_id (None | UUID):
        coordinator_id (None | UUID):
        assignee_id (None | UUID):
        proposed_agency_id (None | UUID):
        proposed_coordinator_id (None | UUID):
        co_handler_ids (list[UUID]):
        transfer_count (int):
        reopen_count (int):
        resolution (None | str):
        resolved_at (datetime.datetime | None):
        closed_at (datetime.datetime | None):
        merged_into (None | UUID):
        rejection_reason (None | str):
        referred_to (None | str):
        needs_triage (bool):
        flagged_for_omb (bool):
        first_response_at (datetime.datetime | None):
        sla (ComplaintSlaRead | None):
        activity_id (None | UUID):
        intake_suggestion (None | SuggestionOutcomeRead):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        rating (ComplaintRatingRead | None): The complainant's satisfaction rating (single-case reads; null in lists)
        complainant_secret (None | str): Only in the answer of create_complaint: the secret the complainant needs, with
            the tracking code, to rate and reopen the case on the portal. Give it to them; it is stored hashed and never
            shown again.
    """

    id: UUID
    case_number: str
    tracking_code: str
    channel: Channel
    channel_ref: None | str
    title: str
    description: str
    category_id: None | UUID
    district_code: None | str
    subdistrict_code: None | str
    location: LocationRead
    complainant: ComplainantRead
    fast_track: bool
    urgency: Urgency
    mou_area_id: int
    consent: ConsentRead | None
    status: ComplaintStatus
    status_label: StatusLabel
    is_open: bool
    allowed_actions: list[ComplaintAction]
    lead_agency_id: None | UUID
    coordinator_id: None | UUID
    assignee_id: None | UUID
    proposed_agency_id: None | UUID
    proposed_coordinator_id: None | UUID
    co_handler_ids: list[UUID]
    transfer_count: int
    reopen_count: int
    resolution: None | str
    resolved_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    merged_into: None | UUID
    rejection_reason: None | str
    referred_to: None | str
    needs_triage: bool
    flagged_for_omb: bool
    first_response_at: datetime.datetime | None
    sla: ComplaintSlaRead | None
    activity_id: None | UUID
    intake_suggestion: None | SuggestionOutcomeRead
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    rating: ComplaintRatingRead | None
    complainant_secret: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.complaint_rating_read import ComplaintRatingRead  # noqa: PLC0415
        from ..models.complaint_sla_read import ComplaintSlaRead  # noqa: PLC0415
        from ..models.consent_read import ConsentRead  # noqa: PLC0415
        from ..models.suggestion_outcome_read import SuggestionOutcomeRead  # noqa: PLC0415

        id = str(self.id)

        case_number = self.case_number

        tracking_code = self.tracking_code

        channel = self.channel.value

        channel_ref: None | str
        channel_ref = self.channel_ref

        title = self.title

        description = self.description

        category_id: None | str
        if isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        district_code: None | str
        district_code = self.district_code

        subdistrict_code: None | str
        subdistrict_code = self.subdistrict_code

        location = self.location.to_dict()

        complainant = self.complainant.to_dict()

        fast_track = self.fast_track

        urgency = self.urgency.value

        mou_area_id = self.mou_area_id

        consent: dict[str, Any] | None
        if isinstance(self.consent, ConsentRead):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        status = self.status.value

        status_label = self.status_label.to_dict()

        is_open = self.is_open

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        lead_agency_id: None | str
        if isinstance(self.lead_agency_id, UUID):
            lead_agency_id = str(self.lead_agency_id)
        else:
            lead_agency_id = self.lead_agency_id

        coordinator_id: None | str
        if isinstance(self.coordinator_id, UUID):
            coordinator_id = str(self.coordinator_id)
        else:
            coordinator_id = self.coordinator_id

        assignee_id: None | str
        if isinstance(self.assignee_id, UUID):
            assignee_id = str(self.assignee_id)
        else:
            assignee_id = self.assignee_id

        proposed_agency_id: None | str
        if isinstance(self.proposed_agency_id, UUID):
            proposed_agency_id = str(self.proposed_agency_id)
        else:
            proposed_agency_id = self.proposed_agency_id

        proposed_coordinator_id: None | str
        if isinstance(self.proposed_coordinator_id, UUID):
            proposed_coordinator_id = str(self.proposed_coordinator_id)
        else:
            proposed_coordinator_id = self.proposed_coordinator_id

        co_handler_ids = []
        for co_handler_ids_item_data in self.co_handler_ids:
            co_handler_ids_item = str(co_handler_ids_item_data)
            co_handler_ids.append(co_handler_ids_item)

        transfer_count = self.transfer_count

        reopen_count = self.reopen_count

        resolution: None | str
        resolution = self.resolution

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

        merged_into: None | str
        if isinstance(self.merged_into, UUID):
            merged_into = str(self.merged_into)
        else:
            merged_into = self.merged_into

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        referred_to: None | str
        referred_to = self.referred_to

        needs_triage = self.needs_triage

        flagged_for_omb = self.flagged_for_omb

        first_response_at: None | str
        if isinstance(self.first_response_at, datetime.datetime):
            first_response_at = self.first_response_at.isoformat()
        else:
            first_response_at = self.first_response_at

        sla: dict[str, Any] | None
        if isinstance(self.sla, ComplaintSlaRead):
            sla = self.sla.to_dict()
        else:
            sla = self.sla

        activity_id: None | str
        if isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        intake_suggestion: dict[str, Any] | None
        if isinstance(self.intake_suggestion, SuggestionOutcomeRead):
            intake_suggestion = self.intake_suggestion.to_dict()
        else:
            intake_suggestion = self.intake_suggestion

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        rating: dict[str, Any] | None
        if isinstance(self.rating, ComplaintRatingRead):
            rating = self.rating.to_dict()
        else:
            rating = self.rating

        complainant_secret: None | str
        complainant_secret = self.complainant_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_number": case_number,
                "tracking_code": tracking_code,
                "channel": channel,
                "channel_ref": channel_ref,
                "title": title,
                "description": description,
                "category_id": category_id,
                "district_code": district_code,
                "subdistrict_code": subdistrict_code,
                "location": location,
                "complainant": complainant,
                "fast_track": fast_track,
                "urgency": urgency,
                "mou_area_id": mou_area_id,
                "consent": consent,
                "status": status,
                "status_label": status_label,
                "is_open": is_open,
                "allowed_actions": allowed_actions,
                "lead_agency_id": lead_agency_id,
                "coordinator_id": coordinator_id,
                "assignee_id": assignee_id,
                "proposed_agency_id": proposed_agency_id,
                "proposed_coordinator_id": proposed_coordinator_id,
                "co_handler_ids": co_handler_ids,
                "transfer_count": transfer_count,
                "reopen_count": reopen_count,
                "resolution": resolution,
                "resolved_at": resolved_at,
                "closed_at": closed_at,
                "merged_into": merged_into,
                "rejection_reason": rejection_reason,
                "referred_to": referred_to,
                "needs_triage": needs_triage,
                "flagged_for_omb": flagged_for_omb,
                "first_response_at": first_response_at,
                "sla": sla,
                "activity_id": activity_id,
                "intake_suggestion": intake_suggestion,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "rating": rating,
                "complainant_secret": complainant_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complainant_read import ComplainantRead  # noqa: PLC0415
        from ..models.complaint_rating_read import ComplaintRatingRead  # noqa: PLC0415
        from ..models.complaint_sla_read import ComplaintSlaRead  # noqa: PLC0415
        from ..models.consent_read import ConsentRead  # noqa: PLC0415
        from ..models.location_read import LocationRead  # noqa: PLC0415
        from ..models.status_label import StatusLabel  # noqa: PLC0415
        from ..models.suggestion_outcome_read import SuggestionOutcomeRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_number = d.pop("case_number")

        tracking_code = d.pop("tracking_code")

        channel = Channel(d.pop("channel"))

        def _parse_channel_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel_ref = _parse_channel_ref(d.pop("channel_ref"))

        title = d.pop("title")

        description = d.pop("description")

        def _parse_category_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        category_id = _parse_category_id(d.pop("category_id"))

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        def _parse_subdistrict_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdistrict_code = _parse_subdistrict_code(d.pop("subdistrict_code"))

        location = LocationRead.from_dict(d.pop("location"))

        complainant = ComplainantRead.from_dict(d.pop("complainant"))

        fast_track = d.pop("fast_track")

        urgency = Urgency(d.pop("urgency"))

        mou_area_id = d.pop("mou_area_id")

        def _parse_consent(data: object) -> ConsentRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = ConsentRead.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentRead | None, data)

        consent = _parse_consent(d.pop("consent"))

        status = ComplaintStatus(d.pop("status"))

        status_label = StatusLabel.from_dict(d.pop("status_label"))

        is_open = d.pop("is_open")

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = ComplaintAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        def _parse_lead_agency_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_agency_id_type_0 = UUID(data)

                return lead_agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        lead_agency_id = _parse_lead_agency_id(d.pop("lead_agency_id"))

        def _parse_coordinator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coordinator_id_type_0 = UUID(data)

                return coordinator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        coordinator_id = _parse_coordinator_id(d.pop("coordinator_id"))

        def _parse_assignee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_id_type_0 = UUID(data)

                return assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id"))

        def _parse_proposed_agency_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposed_agency_id_type_0 = UUID(data)

                return proposed_agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        proposed_agency_id = _parse_proposed_agency_id(d.pop("proposed_agency_id"))

        def _parse_proposed_coordinator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposed_coordinator_id_type_0 = UUID(data)

                return proposed_coordinator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        proposed_coordinator_id = _parse_proposed_coordinator_id(d.pop("proposed_coordinator_id"))

        co_handler_ids = []
        _co_handler_ids = d.pop("co_handler_ids")
        for co_handler_ids_item_data in _co_handler_ids:
            co_handler_ids_item = UUID(co_handler_ids_item_data)

            co_handler_ids.append(co_handler_ids_item)

        transfer_count = d.pop("transfer_count")

        reopen_count = d.pop("reopen_count")

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

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

        def _parse_merged_into(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merged_into_type_0 = UUID(data)

                return merged_into_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        merged_into = _parse_merged_into(d.pop("merged_into"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        def _parse_referred_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referred_to = _parse_referred_to(d.pop("referred_to"))

        needs_triage = d.pop("needs_triage")

        flagged_for_omb = d.pop("flagged_for_omb")

        def _parse_first_response_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_response_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_response_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_response_at = _parse_first_response_at(d.pop("first_response_at"))

        def _parse_sla(data: object) -> ComplaintSlaRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_type_0 = ComplaintSlaRead.from_dict(data)

                return sla_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplaintSlaRead | None, data)

        sla = _parse_sla(d.pop("sla"))

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

        def _parse_intake_suggestion(data: object) -> None | SuggestionOutcomeRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                intake_suggestion_type_0 = SuggestionOutcomeRead.from_dict(data)

                return intake_suggestion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuggestionOutcomeRead, data)

        intake_suggestion = _parse_intake_suggestion(d.pop("intake_suggestion"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_rating(data: object) -> ComplaintRatingRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rating_type_0 = ComplaintRatingRead.from_dict(data)

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplaintRatingRead | None, data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_complainant_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complainant_secret = _parse_complainant_secret(d.pop("complainant_secret"))

        complaint_read = cls(
            id=id,
            case_number=case_number,
            tracking_code=tracking_code,
            channel=channel,
            channel_ref=channel_ref,
            title=title,
            description=description,
            category_id=category_id,
            district_code=district_code,
            subdistrict_code=subdistrict_code,
            location=location,
            complainant=complainant,
            fast_track=fast_track,
            urgency=urgency,
            mou_area_id=mou_area_id,
            consent=consent,
            status=status,
            status_label=status_label,
            is_open=is_open,
            allowed_actions=allowed_actions,
            lead_agency_id=lead_agency_id,
            coordinator_id=coordinator_id,
            assignee_id=assignee_id,
            proposed_agency_id=proposed_agency_id,
            proposed_coordinator_id=proposed_coordinator_id,
            co_handler_ids=co_handler_ids,
            transfer_count=transfer_count,
            reopen_count=reopen_count,
            resolution=resolution,
            resolved_at=resolved_at,
            closed_at=closed_at,
            merged_into=merged_into,
            rejection_reason=rejection_reason,
            referred_to=referred_to,
            needs_triage=needs_triage,
            flagged_for_omb=flagged_for_omb,
            first_response_at=first_response_at,
            sla=sla,
            activity_id=activity_id,
            intake_suggestion=intake_suggestion,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            rating=rating,
            complainant_secret=complainant_secret,
        )

        complaint_read.additional_properties = d
        return complaint_read

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
