from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.duplicate_candidate_read import DuplicateCandidateRead


T = TypeVar("T", bound="FlaggedEntryData")


@_attrs_define
class FlaggedEntryData:
    """
    Attributes:
        reason (str):
        transfer_count (int | None):
        candidates (list[DuplicateCandidateRead] | None): Possible duplicates: id, case_number, score, reasons
    """

    reason: str
    transfer_count: int | None
    candidates: list[DuplicateCandidateRead] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        transfer_count: int | None
        transfer_count = self.transfer_count

        candidates: list[dict[str, Any]] | None
        if isinstance(self.candidates, list):
            candidates = []
            for candidates_type_0_item_data in self.candidates:
                candidates_type_0_item = candidates_type_0_item_data.to_dict()
                candidates.append(candidates_type_0_item)

        else:
            candidates = self.candidates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "transfer_count": transfer_count,
                "candidates": candidates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duplicate_candidate_read import DuplicateCandidateRead  # noqa: PLC0415

        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_transfer_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        transfer_count = _parse_transfer_count(d.pop("transfer_count"))

        def _parse_candidates(data: object) -> list[DuplicateCandidateRead] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                candidates_type_0 = []
                _candidates_type_0 = data
                for candidates_type_0_item_data in _candidates_type_0:
                    candidates_type_0_item = DuplicateCandidateRead.from_dict(candidates_type_0_item_data)

                    candidates_type_0.append(candidates_type_0_item)

                return candidates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DuplicateCandidateRead] | None, data)

        candidates = _parse_candidates(d.pop("candidates"))

        flagged_entry_data = cls(
            reason=reason,
            transfer_count=transfer_count,
            candidates=candidates,
        )

        flagged_entry_data.additional_properties = d
        return flagged_entry_data

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
