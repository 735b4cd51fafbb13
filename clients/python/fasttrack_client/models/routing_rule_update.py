from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.target_kind import TargetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoutingRuleUpdate")


@_attrs_define
class RoutingRuleUpdate:
    """Retarget or (de)activate a rule; its category and district are fixed.

    Attributes:
        target_kind (None | TargetKind | Unset):
        target_agency_id (None | Unset | UUID):
        is_active (bool | None | Unset):
        assign_at_intake (bool | None | Unset):
    """

    target_kind: None | TargetKind | Unset = UNSET
    target_agency_id: None | Unset | UUID = UNSET
    is_active: bool | None | Unset = UNSET
    assign_at_intake: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_kind: None | str | Unset
        if isinstance(self.target_kind, Unset):
            target_kind = UNSET
        elif isinstance(self.target_kind, TargetKind):
            target_kind = self.target_kind.value
        else:
            target_kind = self.target_kind

        target_agency_id: None | str | Unset
        if isinstance(self.target_agency_id, Unset):
            target_agency_id = UNSET
        elif isinstance(self.target_agency_id, UUID):
            target_agency_id = str(self.target_agency_id)
        else:
            target_agency_id = self.target_agency_id

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        assign_at_intake: bool | None | Unset
        if isinstance(self.assign_at_intake, Unset):
            assign_at_intake = UNSET
        else:
            assign_at_intake = self.assign_at_intake

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if target_kind is not UNSET:
            field_dict["target_kind"] = target_kind
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

        def _parse_target_kind(data: object) -> None | TargetKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_kind_type_0 = TargetKind(data)

                return target_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetKind | Unset, data)

        target_kind = _parse_target_kind(d.pop("target_kind", UNSET))

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

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_assign_at_intake(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        assign_at_intake = _parse_assign_at_intake(d.pop("assign_at_intake", UNSET))

        routing_rule_update = cls(
            target_kind=target_kind,
            target_agency_id=target_agency_id,
            is_active=is_active,
            assign_at_intake=assign_at_intake,
        )

        return routing_rule_update
