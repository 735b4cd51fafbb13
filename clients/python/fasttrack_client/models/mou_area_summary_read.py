from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_period import SummaryPeriod

if TYPE_CHECKING:
    from ..models.period_totals_read import PeriodTotalsRead


T = TypeVar("T", bound="MouAreaSummaryRead")


@_attrs_define
class MouAreaSummaryRead:
    """
    Attributes:
        mou_area_id (int):
        period (SummaryPeriod):
        items (list[PeriodTotalsRead]):
        total (PeriodTotalsRead):
    """

    mou_area_id: int
    period: SummaryPeriod
    items: list[PeriodTotalsRead]
    total: PeriodTotalsRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mou_area_id = self.mou_area_id

        period = self.period.value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mou_area_id": mou_area_id,
                "period": period,
                "items": items,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_totals_read import PeriodTotalsRead  # noqa: PLC0415

        d = dict(src_dict)
        mou_area_id = d.pop("mou_area_id")

        period = SummaryPeriod(d.pop("period"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PeriodTotalsRead.from_dict(items_item_data)

            items.append(items_item)

        total = PeriodTotalsRead.from_dict(d.pop("total"))

        mou_area_summary_read = cls(
            mou_area_id=mou_area_id,
            period=period,
            items=items,
            total=total,
        )

        mou_area_summary_read.additional_properties = d
        return mou_area_summary_read

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
