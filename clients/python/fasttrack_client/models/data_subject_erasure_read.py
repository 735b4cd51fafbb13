from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.case_change_read import CaseChangeRead


T = TypeVar("T", bound="DataSubjectErasureRead")


@_attrs_define
class DataSubjectErasureRead:
    """
    Attributes:
        cases (list[CaseChangeRead]):
        participations (int): Named activity participations anonymised
    """

    cases: list[CaseChangeRead]
    participations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        participations = self.participations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cases": cases,
                "participations": participations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_change_read import CaseChangeRead  # noqa: PLC0415

        d = dict(src_dict)
        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = CaseChangeRead.from_dict(cases_item_data)

            cases.append(cases_item)

        participations = d.pop("participations")

        data_subject_erasure_read = cls(
            cases=cases,
            participations=participations,
        )

        data_subject_erasure_read.additional_properties = d
        return data_subject_erasure_read

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
