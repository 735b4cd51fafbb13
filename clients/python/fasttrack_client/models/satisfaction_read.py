from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rating_summary_read import RatingSummaryRead
    from ..models.satisfaction_read_by_agency import SatisfactionReadByAgency
    from ..models.satisfaction_read_by_district import SatisfactionReadByDistrict


T = TypeVar("T", bound="SatisfactionRead")


@_attrs_define
class SatisfactionRead:
    """
    Attributes:
        overall (RatingSummaryRead):
        by_agency (SatisfactionReadByAgency):
        by_district (SatisfactionReadByDistrict):
    """

    overall: RatingSummaryRead
    by_agency: SatisfactionReadByAgency
    by_district: SatisfactionReadByDistrict
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall = self.overall.to_dict()

        by_agency = self.by_agency.to_dict()

        by_district = self.by_district.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall": overall,
                "by_agency": by_agency,
                "by_district": by_district,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rating_summary_read import RatingSummaryRead  # noqa: PLC0415
        from ..models.satisfaction_read_by_agency import SatisfactionReadByAgency  # noqa: PLC0415
        from ..models.satisfaction_read_by_district import SatisfactionReadByDistrict  # noqa: PLC0415

        d = dict(src_dict)
        overall = RatingSummaryRead.from_dict(d.pop("overall"))

        by_agency = SatisfactionReadByAgency.from_dict(d.pop("by_agency"))

        by_district = SatisfactionReadByDistrict.from_dict(d.pop("by_district"))

        satisfaction_read = cls(
            overall=overall,
            by_agency=by_agency,
            by_district=by_district,
        )

        satisfaction_read.additional_properties = d
        return satisfaction_read

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
