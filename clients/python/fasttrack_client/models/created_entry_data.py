from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel

T = TypeVar("T", bound="CreatedEntryData")


@_attrs_define
class CreatedEntryData:
    """
    Attributes:
        channel (Channel):
        case_number (str):
        outside_bangkok (bool | None): A point outside Bangkok
    """

    channel: Channel
    case_number: str
    outside_bangkok: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        case_number = self.case_number

        outside_bangkok: bool | None
        outside_bangkok = self.outside_bangkok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "case_number": case_number,
                "outside_bangkok": outside_bangkok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = Channel(d.pop("channel"))

        case_number = d.pop("case_number")

        def _parse_outside_bangkok(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        outside_bangkok = _parse_outside_bangkok(d.pop("outside_bangkok"))

        created_entry_data = cls(
            channel=channel,
            case_number=case_number,
            outside_bangkok=outside_bangkok,
        )

        created_entry_data.additional_properties = d
        return created_entry_data

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
