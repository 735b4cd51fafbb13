from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.complaint_read import ComplaintRead


T = TypeVar("T", bound="ComplaintChangeRead")


@_attrs_define
class ComplaintChangeRead:
    """A case as it is now, and the change-feed sequence of the change that listed it.

    Attributes:
        seq (int):
        complaint (ComplaintRead): A complaint case.
    """

    seq: int
    complaint: ComplaintRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        complaint = self.complaint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "complaint": complaint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_read import ComplaintRead  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        complaint = ComplaintRead.from_dict(d.pop("complaint"))

        complaint_change_read = cls(
            seq=seq,
            complaint=complaint,
        )

        complaint_change_read.additional_properties = d
        return complaint_change_read

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
