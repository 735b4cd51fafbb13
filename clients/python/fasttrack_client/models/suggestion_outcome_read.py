from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome import Outcome

if TYPE_CHECKING:
    from ..models.suggested_values_read import SuggestedValuesRead


T = TypeVar("T", bound="SuggestionOutcomeRead")


@_attrs_define
class SuggestionOutcomeRead:
    """What smart intake suggested when the case was filed, and whether it was kept.

    Attributes:
        model_version (int | None):
        suggested (SuggestedValuesRead):
        district (Outcome):
        subdistrict (Outcome):
        category (Outcome):
    """

    model_version: int | None
    suggested: SuggestedValuesRead
    district: Outcome
    subdistrict: Outcome
    category: Outcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_version: int | None
        model_version = self.model_version

        suggested = self.suggested.to_dict()

        district = self.district.value

        subdistrict = self.subdistrict.value

        category = self.category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_version": model_version,
                "suggested": suggested,
                "district": district,
                "subdistrict": subdistrict,
                "category": category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggested_values_read import SuggestedValuesRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_model_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        model_version = _parse_model_version(d.pop("model_version"))

        suggested = SuggestedValuesRead.from_dict(d.pop("suggested"))

        district = Outcome(d.pop("district"))

        subdistrict = Outcome(d.pop("subdistrict"))

        category = Outcome(d.pop("category"))

        suggestion_outcome_read = cls(
            model_version=model_version,
            suggested=suggested,
            district=district,
            subdistrict=subdistrict,
            category=category,
        )

        suggestion_outcome_read.additional_properties = d
        return suggestion_outcome_read

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
