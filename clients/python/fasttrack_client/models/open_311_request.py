from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_311_request_status import Open311RequestStatus

T = TypeVar("T", bound="Open311Request")


@_attrs_define
class Open311Request:
    """A case as GeoReport shows it: what public tracking shows, nothing personal (no
    complainant, no description, no point finer than the district).

        Attributes:
            service_request_id (str): The case number, e.g. FT-2569-000123.
            status (Open311RequestStatus):
            status_notes (str):
            service_name (None | str):
            service_code (None | str):
            agency_responsible (None | str):
            service_notice (None | str):
            requested_datetime (datetime.datetime):
            updated_datetime (datetime.datetime):
            expected_datetime (datetime.datetime | None): When the SLA expects it resolved.
            address (None | str):
            media_url (None | str): A photo public tracking shows (the case's first public image), or null.
    """

    service_request_id: str
    status: Open311RequestStatus
    status_notes: str
    service_name: None | str
    service_code: None | str
    agency_responsible: None | str
    service_notice: None | str
    requested_datetime: datetime.datetime
    updated_datetime: datetime.datetime
    expected_datetime: datetime.datetime | None
    address: None | str
    media_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_request_id = self.service_request_id

        status = self.status.value

        status_notes = self.status_notes

        service_name: None | str
        service_name = self.service_name

        service_code: None | str
        service_code = self.service_code

        agency_responsible: None | str
        agency_responsible = self.agency_responsible

        service_notice: None | str
        service_notice = self.service_notice

        requested_datetime = self.requested_datetime.isoformat()

        updated_datetime = self.updated_datetime.isoformat()

        expected_datetime: None | str
        if isinstance(self.expected_datetime, datetime.datetime):
            expected_datetime = self.expected_datetime.isoformat()
        else:
            expected_datetime = self.expected_datetime

        address: None | str
        address = self.address

        media_url: None | str
        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_request_id": service_request_id,
                "status": status,
                "status_notes": status_notes,
                "service_name": service_name,
                "service_code": service_code,
                "agency_responsible": agency_responsible,
                "service_notice": service_notice,
                "requested_datetime": requested_datetime,
                "updated_datetime": updated_datetime,
                "expected_datetime": expected_datetime,
                "address": address,
                "media_url": media_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_request_id = d.pop("service_request_id")

        status = Open311RequestStatus(d.pop("status"))

        status_notes = d.pop("status_notes")

        def _parse_service_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_name = _parse_service_name(d.pop("service_name"))

        def _parse_service_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_code = _parse_service_code(d.pop("service_code"))

        def _parse_agency_responsible(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agency_responsible = _parse_agency_responsible(d.pop("agency_responsible"))

        def _parse_service_notice(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_notice = _parse_service_notice(d.pop("service_notice"))

        requested_datetime = datetime.datetime.fromisoformat(d.pop("requested_datetime"))

        updated_datetime = datetime.datetime.fromisoformat(d.pop("updated_datetime"))

        def _parse_expected_datetime(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return expected_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expected_datetime = _parse_expected_datetime(d.pop("expected_datetime"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_media_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        media_url = _parse_media_url(d.pop("media_url"))

        open_311_request = cls(
            service_request_id=service_request_id,
            status=status,
            status_notes=status_notes,
            service_name=service_name,
            service_code=service_code,
            agency_responsible=agency_responsible,
            service_notice=service_notice,
            requested_datetime=requested_datetime,
            updated_datetime=updated_datetime,
            expected_datetime=expected_datetime,
            address=address,
            media_url=media_url,
        )

        open_311_request.additional_properties = d
        return open_311_request

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
