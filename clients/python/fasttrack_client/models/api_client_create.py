from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.client_scope import ClientScope

T = TypeVar("T", bound="ApiClientCreate")


@_attrs_define
class ApiClientCreate:
    """A new API client of one agency with the scopes it may be granted.

    Attributes:
        name (str):
        agency_id (UUID):
        scopes (list[ClientScope]):
    """

    name: str
    agency_id: UUID
    scopes: list[ClientScope]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        agency_id = str(self.agency_id)

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "agency_id": agency_id,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        agency_id = UUID(d.pop("agency_id"))

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ClientScope(scopes_item_data)

            scopes.append(scopes_item)

        api_client_create = cls(
            name=name,
            agency_id=agency_id,
            scopes=scopes,
        )

        return api_client_create
