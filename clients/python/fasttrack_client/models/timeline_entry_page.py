from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.co_handler_entry_read import CoHandlerEntryRead
    from ..models.created_entry_read import CreatedEntryRead
    from ..models.escalated_entry_read import EscalatedEntryRead
    from ..models.flagged_entry_read import FlaggedEntryRead
    from ..models.message_entry_read import MessageEntryRead
    from ..models.rated_entry_read import RatedEntryRead
    from ..models.redacted_entry_read import RedactedEntryRead
    from ..models.transition_entry_read import TransitionEntryRead
    from ..models.updated_entry_read import UpdatedEntryRead


T = TypeVar("T", bound="TimelineEntryPage")


@_attrs_define
class TimelineEntryPage:
    """
    Attributes:
        items (list[CoHandlerEntryRead | CreatedEntryRead | EscalatedEntryRead | FlaggedEntryRead | MessageEntryRead |
            RatedEntryRead | RedactedEntryRead | TransitionEntryRead | UpdatedEntryRead]):
        next_cursor (None | str):
    """

    items: list[
        CoHandlerEntryRead
        | CreatedEntryRead
        | EscalatedEntryRead
        | FlaggedEntryRead
        | MessageEntryRead
        | RatedEntryRead
        | RedactedEntryRead
        | TransitionEntryRead
        | UpdatedEntryRead
    ]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.co_handler_entry_read import CoHandlerEntryRead  # noqa: PLC0415
        from ..models.created_entry_read import CreatedEntryRead  # noqa: PLC0415
        from ..models.escalated_entry_read import EscalatedEntryRead  # noqa: PLC0415
        from ..models.flagged_entry_read import FlaggedEntryRead  # noqa: PLC0415
        from ..models.message_entry_read import MessageEntryRead  # noqa: PLC0415
        from ..models.rated_entry_read import RatedEntryRead  # noqa: PLC0415
        from ..models.transition_entry_read import TransitionEntryRead  # noqa: PLC0415
        from ..models.updated_entry_read import UpdatedEntryRead  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, CreatedEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, TransitionEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, CoHandlerEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, UpdatedEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, MessageEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, FlaggedEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, RatedEntryRead):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, EscalatedEntryRead):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_handler_entry_read import CoHandlerEntryRead  # noqa: PLC0415
        from ..models.created_entry_read import CreatedEntryRead  # noqa: PLC0415
        from ..models.escalated_entry_read import EscalatedEntryRead  # noqa: PLC0415
        from ..models.flagged_entry_read import FlaggedEntryRead  # noqa: PLC0415
        from ..models.message_entry_read import MessageEntryRead  # noqa: PLC0415
        from ..models.rated_entry_read import RatedEntryRead  # noqa: PLC0415
        from ..models.redacted_entry_read import RedactedEntryRead  # noqa: PLC0415
        from ..models.transition_entry_read import TransitionEntryRead  # noqa: PLC0415
        from ..models.updated_entry_read import UpdatedEntryRead  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                CoHandlerEntryRead
                | CreatedEntryRead
                | EscalatedEntryRead
                | FlaggedEntryRead
                | MessageEntryRead
                | RatedEntryRead
                | RedactedEntryRead
                | TransitionEntryRead
                | UpdatedEntryRead
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_0 = CreatedEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_1 = TransitionEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_2 = CoHandlerEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_3 = UpdatedEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_4 = MessageEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_5 = FlaggedEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_6 = RatedEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_timeline_entry_read_type_7 = EscalatedEntryRead.from_dict(data)

                    return componentsschemas_timeline_entry_read_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_8 = RedactedEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_8

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        timeline_entry_page = cls(
            items=items,
            next_cursor=next_cursor,
        )

        timeline_entry_page.additional_properties = d
        return timeline_entry_page

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
