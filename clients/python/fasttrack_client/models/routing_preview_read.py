from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agency_read import AgencyRead
    from ..models.coordinator_read import CoordinatorRead


T = TypeVar("T", bound="RoutingPreviewRead")


@_attrs_define
class RoutingPreviewRead:
    """Where such a case would go now, who coordinates it there, and which rule decided.

    Attributes:
        agency (AgencyRead): A district office, BMA bureau, the OMB or another body that can own a complaint.
        coordinator (CoordinatorRead | None):
        warning (None | str):
        rule_id (UUID):
        district_code (None | str):
        skipped_rule_ids (list[UUID]): More specific rules passed over because their agency takes no new cases
    """

    agency: AgencyRead
    coordinator: CoordinatorRead | None
    warning: None | str
    rule_id: UUID
    district_code: None | str
    skipped_rule_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coordinator_read import CoordinatorRead  # noqa: PLC0415

        agency = self.agency.to_dict()

        coordinator: dict[str, Any] | None
        if isinstance(self.coordinator, CoordinatorRead):
            coordinator = self.coordinator.to_dict()
        else:
            coordinator = self.coordinator

        warning: None | str
        warning = self.warning

        rule_id = str(self.rule_id)

        district_code: None | str
        district_code = self.district_code

        skipped_rule_ids = []
        for skipped_rule_ids_item_data in self.skipped_rule_ids:
            skipped_rule_ids_item = str(skipped_rule_ids_item_data)
            skipped_rule_ids.append(skipped_rule_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agency": agency,
                "coordinator": coordinator,
                "warning": warning,
                "rule_id": rule_id,
                "district_code": district_code,
                "skipped_rule_ids": skipped_rule_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_read import AgencyRead  # noqa: PLC0415
        from ..models.coordinator_read import CoordinatorRead  # noqa: PLC0415

        d = dict(src_dict)
        agency = AgencyRead.from_dict(d.pop("agency"))

        def _parse_coordinator(data: object) -> CoordinatorRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinator_type_0 = CoordinatorRead.from_dict(data)

                return coordinator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoordinatorRead | None, data)

        coordinator = _parse_coordinator(d.pop("coordinator"))

        def _parse_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warning = _parse_warning(d.pop("warning"))

        rule_id = UUID(d.pop("rule_id"))

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        skipped_rule_ids = []
        _skipped_rule_ids = d.pop("skipped_rule_ids")
        for skipped_rule_ids_item_data in _skipped_rule_ids:
            skipped_rule_ids_item = UUID(skipped_rule_ids_item_data)

            skipped_rule_ids.append(skipped_rule_ids_item)

        routing_preview_read = cls(
            agency=agency,
            coordinator=coordinator,
            warning=warning,
            rule_id=rule_id,
            district_code=district_code,
            skipped_rule_ids=skipped_rule_ids,
        )

        routing_preview_read.additional_properties = d
        return routing_preview_read

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
