from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_event_data_change_type_0 import WebhookEventDataChangeType0


T = TypeVar("T", bound="WebhookEventData")


@_attrs_define
class WebhookEventData:
    """The facts of the event: ids, numbers and states, never personal data. Complaint
    events carry the case fields below; activity events the activity's public fields.

        Attributes:
            complaint_id (None | Unset | UUID):
            case_number (None | str | Unset):
            status (None | str | Unset):
            sla_class (None | str | Unset):
            lead_agency_id (None | Unset | UUID):
            agency_ids (list[UUID] | None | Unset):
            entry_id (None | Unset | UUID): The timeline entry
            change (None | Unset | WebhookEventDataChangeType0): What changed: action, from/to status, agency, milestone…
            activity_id (None | Unset | UUID):
            starts_at (datetime.datetime | None | Unset):
    """

    complaint_id: None | Unset | UUID = UNSET
    case_number: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    sla_class: None | str | Unset = UNSET
    lead_agency_id: None | Unset | UUID = UNSET
    agency_ids: list[UUID] | None | Unset = UNSET
    entry_id: None | Unset | UUID = UNSET
    change: None | Unset | WebhookEventDataChangeType0 = UNSET
    activity_id: None | Unset | UUID = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_event_data_change_type_0 import WebhookEventDataChangeType0  # noqa: PLC0415

        complaint_id: None | str | Unset
        if isinstance(self.complaint_id, Unset):
            complaint_id = UNSET
        elif isinstance(self.complaint_id, UUID):
            complaint_id = str(self.complaint_id)
        else:
            complaint_id = self.complaint_id

        case_number: None | str | Unset
        if isinstance(self.case_number, Unset):
            case_number = UNSET
        else:
            case_number = self.case_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sla_class: None | str | Unset
        if isinstance(self.sla_class, Unset):
            sla_class = UNSET
        else:
            sla_class = self.sla_class

        lead_agency_id: None | str | Unset
        if isinstance(self.lead_agency_id, Unset):
            lead_agency_id = UNSET
        elif isinstance(self.lead_agency_id, UUID):
            lead_agency_id = str(self.lead_agency_id)
        else:
            lead_agency_id = self.lead_agency_id

        agency_ids: list[str] | None | Unset
        if isinstance(self.agency_ids, Unset):
            agency_ids = UNSET
        elif isinstance(self.agency_ids, list):
            agency_ids = []
            for agency_ids_type_0_item_data in self.agency_ids:
                agency_ids_type_0_item = str(agency_ids_type_0_item_data)
                agency_ids.append(agency_ids_type_0_item)

        else:
            agency_ids = self.agency_ids

        entry_id: None | str | Unset
        if isinstance(self.entry_id, Unset):
            entry_id = UNSET
        elif isinstance(self.entry_id, UUID):
            entry_id = str(self.entry_id)
        else:
            entry_id = self.entry_id

        change: dict[str, Any] | None | Unset
        if isinstance(self.change, Unset):
            change = UNSET
        elif isinstance(self.change, WebhookEventDataChangeType0):
            change = self.change.to_dict()
        else:
            change = self.change

        activity_id: None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        elif isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complaint_id is not UNSET:
            field_dict["complaint_id"] = complaint_id
        if case_number is not UNSET:
            field_dict["case_number"] = case_number
        if status is not UNSET:
            field_dict["status"] = status
        if sla_class is not UNSET:
            field_dict["sla_class"] = sla_class
        if lead_agency_id is not UNSET:
            field_dict["lead_agency_id"] = lead_agency_id
        if agency_ids is not UNSET:
            field_dict["agency_ids"] = agency_ids
        if entry_id is not UNSET:
            field_dict["entry_id"] = entry_id
        if change is not UNSET:
            field_dict["change"] = change
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_event_data_change_type_0 import WebhookEventDataChangeType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_complaint_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complaint_id_type_0 = UUID(data)

                return complaint_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id", UNSET))

        def _parse_case_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_number = _parse_case_number(d.pop("case_number", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_sla_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sla_class = _parse_sla_class(d.pop("sla_class", UNSET))

        def _parse_lead_agency_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_agency_id_type_0 = UUID(data)

                return lead_agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lead_agency_id = _parse_lead_agency_id(d.pop("lead_agency_id", UNSET))

        def _parse_agency_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agency_ids_type_0 = []
                _agency_ids_type_0 = data
                for agency_ids_type_0_item_data in _agency_ids_type_0:
                    agency_ids_type_0_item = UUID(agency_ids_type_0_item_data)

                    agency_ids_type_0.append(agency_ids_type_0_item)

                return agency_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        agency_ids = _parse_agency_ids(d.pop("agency_ids", UNSET))

        def _parse_entry_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_id_type_0 = UUID(data)

                return entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        entry_id = _parse_entry_id(d.pop("entry_id", UNSET))

        def _parse_change(data: object) -> None | Unset | WebhookEventDataChangeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                change_type_0 = WebhookEventDataChangeType0.from_dict(data)

                return change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookEventDataChangeType0, data)

        change = _parse_change(d.pop("change", UNSET))

        def _parse_activity_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_id_type_0 = UUID(data)

                return activity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        activity_id = _parse_activity_id(d.pop("activity_id", UNSET))

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        webhook_event_data = cls(
            complaint_id=complaint_id,
            case_number=case_number,
            status=status,
            sla_class=sla_class,
            lead_agency_id=lead_agency_id,
            agency_ids=agency_ids,
            entry_id=entry_id,
            change=change,
            activity_id=activity_id,
            starts_at=starts_at,
        )

        webhook_event_data.additional_properties = d
        return webhook_event_data

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
