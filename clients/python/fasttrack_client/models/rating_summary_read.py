from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rating_summary_read_distribution import RatingSummaryReadDistribution


T = TypeVar("T", bound="RatingSummaryRead")


@_attrs_define
class RatingSummaryRead:
    """
    Attributes:
        count (int):
        average (float | None):
        distribution (RatingSummaryReadDistribution): How many ratings gave each score, 1-5
    """

    count: int
    average: float | None
    distribution: RatingSummaryReadDistribution
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        average: float | None
        average = self.average

        distribution = self.distribution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "average": average,
                "distribution": distribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rating_summary_read_distribution import RatingSummaryReadDistribution  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_average(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average = _parse_average(d.pop("average"))

        distribution = RatingSummaryReadDistribution.from_dict(d.pop("distribution"))

        rating_summary_read = cls(
            count=count,
            average=average,
            distribution=distribution,
        )

        rating_summary_read.additional_properties = d
        return rating_summary_read

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
