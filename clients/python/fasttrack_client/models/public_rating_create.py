from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicRatingCreate")


@_attrs_define
class PublicRatingCreate:
    """The complainant's 1-5 satisfaction rating of a resolved case (once per case).

    Attributes:
        secret (str): The secret given at filing
        score (int):
        comment (None | str | Unset):
    """

    secret: str
    score: int
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        score = self.score

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "secret": secret,
                "score": score,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret")

        score = d.pop("score")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        public_rating_create = cls(
            secret=secret,
            score=score,
            comment=comment,
        )

        return public_rating_create
