from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DuplicateCandidateRead")


@_attrs_define
class DuplicateCandidateRead:
    """A possible duplicate named at intake, and why.

    Attributes:
        id (UUID):
        case_number (str):
        score (float):
        reasons (list[str]):
    """

    id: UUID
    case_number: str
    score: float
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_number = self.case_number

        score = self.score

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_number": case_number,
                "score": score,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_number = d.pop("case_number")

        score = d.pop("score")

        reasons = cast(list[str], d.pop("reasons"))

        duplicate_candidate_read = cls(
            id=id,
            case_number=case_number,
            score=score,
            reasons=reasons,
        )

        duplicate_candidate_read.additional_properties = d
        return duplicate_candidate_read

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
