from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.principal_kind import PrincipalKind

if TYPE_CHECKING:
    from ..models.audit_entry_read_after_type_0 import AuditEntryReadAfterType0
    from ..models.audit_entry_read_before_type_0 import AuditEntryReadBeforeType0


T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """One administrative change: who, when, which request, before and after.

    Attributes:
        id (UUID):
        at (datetime.datetime):
        actor_kind (PrincipalKind):
        actor_id (None | UUID):
        action (str):
        entity_type (str):
        entity_id (str):
        before (AuditEntryReadBeforeType0 | None): The changed fields before the change (none for a creation)
        after (AuditEntryReadAfterType0 | None): The changed fields after the change (none for a deletion)
        request_id (None | str):
    """

    id: UUID
    at: datetime.datetime
    actor_kind: PrincipalKind
    actor_id: None | UUID
    action: str
    entity_type: str
    entity_id: str
    before: AuditEntryReadBeforeType0 | None
    after: AuditEntryReadAfterType0 | None
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_read_after_type_0 import AuditEntryReadAfterType0  # noqa: PLC0415
        from ..models.audit_entry_read_before_type_0 import AuditEntryReadBeforeType0  # noqa: PLC0415

        id = str(self.id)

        at = self.at.isoformat()

        actor_kind = self.actor_kind.value

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        action = self.action

        entity_type = self.entity_type

        entity_id = self.entity_id

        before: dict[str, Any] | None
        if isinstance(self.before, AuditEntryReadBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None
        if isinstance(self.after, AuditEntryReadAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor_kind": actor_kind,
                "actor_id": actor_id,
                "action": action,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "before": before,
                "after": after,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_read_after_type_0 import AuditEntryReadAfterType0  # noqa: PLC0415
        from ..models.audit_entry_read_before_type_0 import AuditEntryReadBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor_kind = PrincipalKind(d.pop("actor_kind"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        action = d.pop("action")

        entity_type = d.pop("entity_type")

        entity_id = d.pop("entity_id")

        def _parse_before(data: object) -> AuditEntryReadBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEntryReadBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEntryReadBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        def _parse_after(data: object) -> AuditEntryReadAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEntryReadAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEntryReadAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_entry_read = cls(
            id=id,
            at=at,
            actor_kind=actor_kind,
            actor_id=actor_id,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            before=before,
            after=after,
            request_id=request_id,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
