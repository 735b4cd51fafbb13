from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.complaint_read import ComplaintRead


T = TypeVar("T", bound="SimilarComplaintRead")


@_attrs_define
class SimilarComplaintRead:
    """A possible duplicate: how similar (0..1), how far away, and why it was proposed.

    Attributes:
        score (float):
        distance_m (float | None):
        reasons (list[str]):
        complaint (ComplaintRead): A complaint case.
    """

    score: float
    distance_m: float | None
    reasons: list[str]
    complaint: ComplaintRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        distance_m: float | None
        distance_m = self.distance_m

        reasons = self.reasons

        complaint = self.complaint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "distance_m": distance_m,
                "reasons": reasons,
                "complaint": complaint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_read import ComplaintRead  # noqa: PLC0415

        d = dict(src_dict)
        score = d.pop("score")

        def _parse_distance_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        distance_m = _parse_distance_m(d.pop("distance_m"))

        reasons = cast(list[str], d.pop("reasons"))

        complaint = ComplaintRead.from_dict(d.pop("complaint"))

        similar_complaint_read = cls(
            score=score,
            distance_m=distance_m,
            reasons=reasons,
            complaint=complaint,
        )

        similar_complaint_read.additional_properties = d
        return similar_complaint_read

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
