from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_kind import TargetKind

T = TypeVar("T", bound="RoutingRuleRead")


@_attrs_define
class RoutingRuleRead:
    """Cases of the category (and its sub-categories), optionally in one district, go to the
    target: one agency, or the district office of the case's district. No category and no
    district is the default rule.

        Attributes:
            id (UUID):
            category_id (None | UUID):
            district_code (None | str):
            target_kind (TargetKind):
            target_agency_id (None | UUID):
            is_active (bool):
            assign_at_intake (bool): A new case this rule routes goes straight to the agency and its available coordinator
                at intake (timeline entry naming the rule), without OMB triage
            version (int):
    """

    id: UUID
    category_id: None | UUID
    district_code: None | str
    target_kind: TargetKind
    target_agency_id: None | UUID
    is_active: bool
    assign_at_intake: bool
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        category_id: None | str
        if isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        district_code: None | str
        district_code = self.district_code

        target_kind = self.target_kind.value

        target_agency_id: None | str
        if isinstance(self.target_agency_id, UUID):
            target_agency_id = str(self.target_agency_id)
        else:
            target_agency_id = self.target_agency_id

        is_active = self.is_active

        assign_at_intake = self.assign_at_intake

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category_id": category_id,
                "district_code": district_code,
                "target_kind": target_kind,
                "target_agency_id": target_agency_id,
                "is_active": is_active,
                "assign_at_intake": assign_at_intake,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        target_kind = TargetKind(d.pop("target_kind"))

        def _parse_target_agency_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_agency_id_type_0 = UUID(data)

                return target_agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        target_agency_id = _parse_target_agency_id(d.pop("target_agency_id"))

        is_active = d.pop("is_active")

        assign_at_intake = d.pop("assign_at_intake")

        version = d.pop("version")

        routing_rule_read = cls(
            id=id,
            category_id=category_id,
            district_code=district_code,
            target_kind=target_kind,
            target_agency_id=target_agency_id,
            is_active=is_active,
            assign_at_intake=assign_at_intake,
            version=version,
        )

        routing_rule_read.additional_properties = d
        return routing_rule_read

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
