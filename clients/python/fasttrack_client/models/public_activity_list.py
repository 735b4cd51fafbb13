from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.public_activity_read import PublicActivityRead


T = TypeVar("T", bound="PublicActivityList")


@_attrs_define
class PublicActivityList:
    """
    Attributes:
        items (list[PublicActivityRead]):
        ics_url (str): The iCalendar feed to subscribe to
    """

    items: list[PublicActivityRead]
    ics_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        ics_url = self.ics_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "ics_url": ics_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_activity_read import PublicActivityRead  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PublicActivityRead.from_dict(items_item_data)

            items.append(items_item)

        ics_url = d.pop("ics_url")

        public_activity_list = cls(
            items=items,
            ics_url=ics_url,
        )

        public_activity_list.additional_properties = d
        return public_activity_list

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
