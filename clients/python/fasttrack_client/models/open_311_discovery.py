from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.open_311_endpoint import Open311Endpoint


T = TypeVar("T", bound="Open311Discovery")


@_attrs_define
class Open311Discovery:
    """Service discovery: where the GeoReport v2 endpoint is, who to ask, how to get a key.

    Attributes:
        changeset (datetime.datetime | None): When the services or their definitions last changed.
        contact (str):
        key_service (str):
        endpoints (list[Open311Endpoint]):
    """

    changeset: datetime.datetime | None
    contact: str
    key_service: str
    endpoints: list[Open311Endpoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changeset: None | str
        if isinstance(self.changeset, datetime.datetime):
            changeset = self.changeset.isoformat()
        else:
            changeset = self.changeset

        contact = self.contact

        key_service = self.key_service

        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changeset": changeset,
                "contact": contact,
                "key_service": key_service,
                "endpoints": endpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_311_endpoint import Open311Endpoint  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_changeset(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changeset_type_0 = datetime.datetime.fromisoformat(data)

                return changeset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        changeset = _parse_changeset(d.pop("changeset"))

        contact = d.pop("contact")

        key_service = d.pop("key_service")

        endpoints = []
        _endpoints = d.pop("endpoints")
        for endpoints_item_data in _endpoints:
            endpoints_item = Open311Endpoint.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        open_311_discovery = cls(
            changeset=changeset,
            contact=contact,
            key_service=key_service,
            endpoints=endpoints,
        )

        open_311_discovery.additional_properties = d
        return open_311_discovery

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
