from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComplaintRatingRead")


@_attrs_define
class ComplaintRatingRead:
    """The complainant's 1-5 satisfaction rating of the resolved case, and their comment.

    Attributes:
        score (int):
        comment (None | str):
        rated_at (datetime.datetime):
    """

    score: int
    comment: None | str
    rated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        comment: None | str
        comment = self.comment

        rated_at = self.rated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "comment": comment,
                "rated_at": rated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        rated_at = datetime.datetime.fromisoformat(d.pop("rated_at"))

        complaint_rating_read = cls(
            score=score,
            comment=comment,
            rated_at=rated_at,
        )

        complaint_rating_read.additional_properties = d
        return complaint_rating_read

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
