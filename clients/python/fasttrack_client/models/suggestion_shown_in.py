from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionShownIn")


@_attrs_define
class SuggestionShownIn:
    """The top suggestions the person saw (from POST /intake/suggestions) when filing.

    Attributes:
        model_version (int | None | Unset):
        district_code (None | str | Unset):
        subdistrict_code (None | str | Unset):
        category_id (None | Unset | UUID):
    """

    model_version: int | None | Unset = UNSET
    district_code: None | str | Unset = UNSET
    subdistrict_code: None | str | Unset = UNSET
    category_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_version: int | None | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        subdistrict_code: None | str | Unset
        if isinstance(self.subdistrict_code, Unset):
            subdistrict_code = UNSET
        else:
            subdistrict_code = self.subdistrict_code

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        elif isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if subdistrict_code is not UNSET:
            field_dict["subdistrict_code"] = subdistrict_code
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_model_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        def _parse_subdistrict_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subdistrict_code = _parse_subdistrict_code(d.pop("subdistrict_code", UNSET))

        def _parse_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        suggestion_shown_in = cls(
            model_version=model_version,
            district_code=district_code,
            subdistrict_code=subdistrict_code,
            category_id=category_id,
        )

        return suggestion_shown_in
