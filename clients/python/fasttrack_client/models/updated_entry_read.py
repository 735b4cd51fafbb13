from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility

if TYPE_CHECKING:
    from ..models.timeline_redaction_read import TimelineRedactionRead
    from ..models.updated_entry_data import UpdatedEntryData


T = TypeVar("T", bound="UpdatedEntryRead")


@_attrs_define
class UpdatedEntryRead:
    """
    Attributes:
        id (UUID):
        at (datetime.datetime):
        visibility (Visibility):
        actor_kind (str):
        actor_id (None | UUID):
        request_id (None | str):
        redaction (None | TimelineRedactionRead): Set when the entry was redacted: its words (text, reasons,
            comments...) are then left out of `data` everywhere; codes, states and ids remain
        kind (Literal['updated']):
        data (UpdatedEntryData):
    """

    id: UUID
    at: datetime.datetime
    visibility: Visibility
    actor_kind: str
    actor_id: None | UUID
    request_id: None | str
    redaction: None | TimelineRedactionRead
    kind: Literal["updated"]
    data: UpdatedEntryData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timeline_redaction_read import TimelineRedactionRead  # noqa: PLC0415

        id = str(self.id)

        at = self.at.isoformat()

        visibility = self.visibility.value

        actor_kind = self.actor_kind

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        request_id: None | str
        request_id = self.request_id

        redaction: dict[str, Any] | None
        if isinstance(self.redaction, TimelineRedactionRead):
            redaction = self.redaction.to_dict()
        else:
            redaction = self.redaction

        kind = self.kind

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "visibility": visibility,
                "actor_kind": actor_kind,
                "actor_id": actor_id,
                "request_id": request_id,
                "redaction": redaction,
                "kind": kind,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline_redaction_read import TimelineRedactionRead  # noqa: PLC0415
        from ..models.updated_entry_data import UpdatedEntryData  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        visibility = Visibility(d.pop("visibility"))

        actor_kind = d.pop("actor_kind")

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

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        def _parse_redaction(data: object) -> None | TimelineRedactionRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redaction_type_0 = TimelineRedactionRead.from_dict(data)

                return redaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimelineRedactionRead, data)

        redaction = _parse_redaction(d.pop("redaction"))

        kind = cast(Literal["updated"], d.pop("kind"))
        if kind != "updated":
            raise ValueError(f"kind must match const 'updated', got '{kind}'")

        data = UpdatedEntryData.from_dict(d.pop("data"))

        updated_entry_read = cls(
            id=id,
            at=at,
            visibility=visibility,
            actor_kind=actor_kind,
            actor_id=actor_id,
            request_id=request_id,
            redaction=redaction,
            kind=kind,
            data=data,
        )

        updated_entry_read.additional_properties = d
        return updated_entry_read

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
