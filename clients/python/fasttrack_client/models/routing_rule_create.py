from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.target_kind import TargetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoutingRuleCreate")


@_attrs_define
class RoutingRuleCreate:
    """A new rule; one live rule per (category, district).

    Attributes:
        target_kind (TargetKind):
        category_id (None | Unset | UUID):
        district_code (None | str | Unset):
        target_agency_id (None | Unset | UUID): Required when target_kind is agency, forbidden otherwise
        is_active (bool | Unset): Default: `true`.
        assign_at_intake (bool | Unset): Assign new cases this rule routes at intake, skipping OMB triage Default:
            `false`.
    """

    target_kind: TargetKind
    category_id: None | Unset | UUID = UNSET
    district_code: None | str | Unset = UNSET
    target_agency_id: None | Unset | UUID = UNSET
    is_active: bool | Unset = UNSET
    assign_at_intake: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_kind = self.target_kind.value

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        elif isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        target_agency_id: None | str | Unset
        if isinstance(self.target_agency_id, Unset):
            target_agency_id = UNSET
        elif isinstance(self.target_agency_id, UUID):
            target_agency_id = str(self.target_agency_id)
        else:
            target_agency_id = self.target_agency_id

        is_active = self.is_active

        assign_at_intake = self.assign_at_intake

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_kind": target_kind,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if target_agency_id is not UNSET:
            field_dict["target_agency_id"] = target_agency_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if assign_at_intake is not UNSET:
            field_dict["assign_at_intake"] = assign_at_intake

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_kind = TargetKind(d.pop("target_kind"))

        def _parse_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        def _parse_target_agency_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_agency_id_type_0 = UUID(data)

                return target_agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_agency_id = _parse_target_agency_id(d.pop("target_agency_id", UNSET))

        is_active = d.pop("is_active", UNSET)

        assign_at_intake = d.pop("assign_at_intake", UNSET)

        routing_rule_create = cls(
            target_kind=target_kind,
            category_id=category_id,
            district_code=district_code,
            target_agency_id=target_agency_id,
            is_active=is_active,
            assign_at_intake=assign_at_intake,
        )

        return routing_rule_create
