from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="PrimaryCoordinatorUpdate")


@_attrs_define
class PrimaryCoordinatorUpdate:
    """The coordinator who becomes the agency's primary (the previous one is demoted).

    Attributes:
        coordinator_id (UUID):
    """

    coordinator_id: UUID

    def to_dict(self) -> dict[str, Any]:
        coordinator_id = str(self.coordinator_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coordinator_id": coordinator_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coordinator_id = UUID(d.pop("coordinator_id"))

        primary_coordinator_update = cls(
            coordinator_id=coordinator_id,
        )

        return primary_coordinator_update
