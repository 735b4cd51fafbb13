from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sla_milestone_read import SlaMilestoneRead


T = TypeVar("T", bound="ComplaintSlaRead")


@_attrs_define
class ComplaintSlaRead:
    """
    Attributes:
        sla_class (str):
        first_response (SlaMilestoneRead): Where one SLA milestone stands now.
        resolution (SlaMilestoneRead): Where one SLA milestone stands now.
    """

    sla_class: str
    first_response: SlaMilestoneRead
    resolution: SlaMilestoneRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sla_class = self.sla_class

        first_response = self.first_response.to_dict()

        resolution = self.resolution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sla_class": sla_class,
                "first_response": first_response,
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_milestone_read import SlaMilestoneRead  # noqa: PLC0415

        d = dict(src_dict)
        sla_class = d.pop("sla_class")

        first_response = SlaMilestoneRead.from_dict(d.pop("first_response"))

        resolution = SlaMilestoneRead.from_dict(d.pop("resolution"))

        complaint_sla_read = cls(
            sla_class=sla_class,
            first_response=first_response,
            resolution=resolution,
        )

        complaint_sla_read.additional_properties = d
        return complaint_sla_read

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
