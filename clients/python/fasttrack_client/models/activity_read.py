from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_action import ActivityAction
from ..models.activity_status import ActivityStatus
from ..models.activity_type import ActivityType
from ..models.target_group import TargetGroup

if TYPE_CHECKING:
    from ..models.activity_outcome_read import ActivityOutcomeRead


T = TypeVar("T", bound="ActivityRead")


@_attrs_define
class ActivityRead:
    """An outreach activity of MOU areas 2-5 (or a meeting).

    Attributes:
        id (UUID):
        type_ (ActivityType):
        mou_area_id (int):
        title (str):
        description (None | str):
        district_codes (list[str]):
        venue (None | str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        status (ActivityStatus):
        status_reason (None | str):
        postponed_from (datetime.datetime | None): The original start, once postponed
        organiser_agency_ids (list[UUID]):
        target_groups (list[TargetGroup]):
        outcome (ActivityOutcomeRead): What happened. `complaints_received` and `complaint_ids` count the complaints
            filed
            with this activity's id; names are `masked` unless you may see them.
        allowed_actions (list[ActivityAction]):
        can_edit (bool):
        created_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
    """

    id: UUID
    type_: ActivityType
    mou_area_id: int
    title: str
    description: None | str
    district_codes: list[str]
    venue: None | str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    status: ActivityStatus
    status_reason: None | str
    postponed_from: datetime.datetime | None
    organiser_agency_ids: list[UUID]
    target_groups: list[TargetGroup]
    outcome: ActivityOutcomeRead
    allowed_actions: list[ActivityAction]
    can_edit: bool
    created_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        mou_area_id = self.mou_area_id

        title = self.title

        description: None | str
        description = self.description

        district_codes = self.district_codes

        venue: None | str
        venue = self.venue

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        postponed_from: None | str
        if isinstance(self.postponed_from, datetime.datetime):
            postponed_from = self.postponed_from.isoformat()
        else:
            postponed_from = self.postponed_from

        organiser_agency_ids = []
        for organiser_agency_ids_item_data in self.organiser_agency_ids:
            organiser_agency_ids_item = str(organiser_agency_ids_item_data)
            organiser_agency_ids.append(organiser_agency_ids_item)

        target_groups = []
        for target_groups_item_data in self.target_groups:
            target_groups_item = target_groups_item_data.value
            target_groups.append(target_groups_item)

        outcome = self.outcome.to_dict()

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        can_edit = self.can_edit

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "mou_area_id": mou_area_id,
                "title": title,
                "description": description,
                "district_codes": district_codes,
                "venue": venue,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "status": status,
                "status_reason": status_reason,
                "postponed_from": postponed_from,
                "organiser_agency_ids": organiser_agency_ids,
                "target_groups": target_groups,
                "outcome": outcome,
                "allowed_actions": allowed_actions,
                "can_edit": can_edit,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_outcome_read import ActivityOutcomeRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ActivityType(d.pop("type"))

        mou_area_id = d.pop("mou_area_id")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        district_codes = cast(list[str], d.pop("district_codes"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        status = ActivityStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_postponed_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                postponed_from_type_0 = datetime.datetime.fromisoformat(data)

                return postponed_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        postponed_from = _parse_postponed_from(d.pop("postponed_from"))

        organiser_agency_ids = []
        _organiser_agency_ids = d.pop("organiser_agency_ids")
        for organiser_agency_ids_item_data in _organiser_agency_ids:
            organiser_agency_ids_item = UUID(organiser_agency_ids_item_data)

            organiser_agency_ids.append(organiser_agency_ids_item)

        target_groups = []
        _target_groups = d.pop("target_groups")
        for target_groups_item_data in _target_groups:
            target_groups_item = TargetGroup(target_groups_item_data)

            target_groups.append(target_groups_item)

        outcome = ActivityOutcomeRead.from_dict(d.pop("outcome"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = ActivityAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        can_edit = d.pop("can_edit")

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        activity_read = cls(
            id=id,
            type_=type_,
            mou_area_id=mou_area_id,
            title=title,
            description=description,
            district_codes=district_codes,
            venue=venue,
            starts_at=starts_at,
            ends_at=ends_at,
            status=status,
            status_reason=status_reason,
            postponed_from=postponed_from,
            organiser_agency_ids=organiser_agency_ids,
            target_groups=target_groups,
            outcome=outcome,
            allowed_actions=allowed_actions,
            can_edit=can_edit,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        activity_read.additional_properties = d
        return activity_read

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
