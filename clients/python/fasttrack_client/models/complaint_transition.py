from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.complaint_action import ComplaintAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintTransition")


@_attrs_define
class ComplaintTransition:
    """A lifecycle action and its fields (reason, referred_to, target case, agency, ...).

    Attributes:
        action (ComplaintAction): Something a user asks to do to a complaint; the values are stable and used by the API.
        reason (None | str | Unset):
        referred_to (None | str | Unset):
        target_case_id (None | Unset | UUID):
        agency_id (None | Unset | UUID):
        coordinator_id (None | Unset | UUID):
        assignee_id (None | Unset | UUID):
        resolution (None | str | Unset):
    """

    action: ComplaintAction
    reason: None | str | Unset = UNSET
    referred_to: None | str | Unset = UNSET
    target_case_id: None | Unset | UUID = UNSET
    agency_id: None | Unset | UUID = UNSET
    coordinator_id: None | Unset | UUID = UNSET
    assignee_id: None | Unset | UUID = UNSET
    resolution: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        referred_to: None | str | Unset
        if isinstance(self.referred_to, Unset):
            referred_to = UNSET
        else:
            referred_to = self.referred_to

        target_case_id: None | str | Unset
        if isinstance(self.target_case_id, Unset):
            target_case_id = UNSET
        elif isinstance(self.target_case_id, UUID):
            target_case_id = str(self.target_case_id)
        else:
            target_case_id = self.target_case_id

        agency_id: None | str | Unset
        if isinstance(self.agency_id, Unset):
            agency_id = UNSET
        elif isinstance(self.agency_id, UUID):
            agency_id = str(self.agency_id)
        else:
            agency_id = self.agency_id

        coordinator_id: None | str | Unset
        if isinstance(self.coordinator_id, Unset):
            coordinator_id = UNSET
        elif isinstance(self.coordinator_id, UUID):
            coordinator_id = str(self.coordinator_id)
        else:
            coordinator_id = self.coordinator_id

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        elif isinstance(self.assignee_id, UUID):
            assignee_id = str(self.assignee_id)
        else:
            assignee_id = self.assignee_id

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if referred_to is not UNSET:
            field_dict["referred_to"] = referred_to
        if target_case_id is not UNSET:
            field_dict["target_case_id"] = target_case_id
        if agency_id is not UNSET:
            field_dict["agency_id"] = agency_id
        if coordinator_id is not UNSET:
            field_dict["coordinator_id"] = coordinator_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ComplaintAction(d.pop("action"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_referred_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referred_to = _parse_referred_to(d.pop("referred_to", UNSET))

        def _parse_target_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_case_id_type_0 = UUID(data)

                return target_case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_case_id = _parse_target_case_id(d.pop("target_case_id", UNSET))

        def _parse_agency_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agency_id_type_0 = UUID(data)

                return agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agency_id = _parse_agency_id(d.pop("agency_id", UNSET))

        def _parse_coordinator_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coordinator_id_type_0 = UUID(data)

                return coordinator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        coordinator_id = _parse_coordinator_id(d.pop("coordinator_id", UNSET))

        def _parse_assignee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_id_type_0 = UUID(data)

                return assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        complaint_transition = cls(
            action=action,
            reason=reason,
            referred_to=referred_to,
            target_case_id=target_case_id,
            agency_id=agency_id,
            coordinator_id=coordinator_id,
            assignee_id=assignee_id,
            resolution=resolution,
        )

        return complaint_transition
