from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="KeywordRuleReplace")


@_attrs_define
class KeywordRuleReplace:
    """The category's keywords; an empty list deletes the rule.

    Attributes:
        keywords (list[str]):
    """

    keywords: list[str]

    def to_dict(self) -> dict[str, Any]:
        keywords = self.keywords

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keywords": keywords,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keywords = cast(list[str], d.pop("keywords"))

        keyword_rule_replace = cls(
            keywords=keywords,
        )

        return keyword_rule_replace
