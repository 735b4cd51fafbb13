from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryUpdate")


@_attrs_define
class CategoryUpdate:
    """Rename, re-class, move (`parent_id`, null for the top level) or (de)activate.

    Attributes:
        parent_id (None | Unset | UUID):
        name_th (None | str | Unset):
        name_en (None | str | Unset):
        sla_class (None | str | Unset):
        mou_area_id (int | None | Unset):
        is_active (bool | None | Unset):
    """

    parent_id: None | Unset | UUID = UNSET
    name_th: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    sla_class: None | str | Unset = UNSET
    mou_area_id: int | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        name_th: None | str | Unset
        if isinstance(self.name_th, Unset):
            name_th = UNSET
        else:
            name_th = self.name_th

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        sla_class: None | str | Unset
        if isinstance(self.sla_class, Unset):
            sla_class = UNSET
        else:
            sla_class = self.sla_class

        mou_area_id: int | None | Unset
        if isinstance(self.mou_area_id, Unset):
            mou_area_id = UNSET
        else:
            mou_area_id = self.mou_area_id

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if name_th is not UNSET:
            field_dict["name_th"] = name_th
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if sla_class is not UNSET:
            field_dict["sla_class"] = sla_class
        if mou_area_id is not UNSET:
            field_dict["mou_area_id"] = mou_area_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_name_th(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_th = _parse_name_th(d.pop("name_th", UNSET))

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

        def _parse_sla_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sla_class = _parse_sla_class(d.pop("sla_class", UNSET))

        def _parse_mou_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mou_area_id = _parse_mou_area_id(d.pop("mou_area_id", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        category_update = cls(
            parent_id=parent_id,
            name_th=name_th,
            name_en=name_en,
            sla_class=sla_class,
            mou_area_id=mou_area_id,
            is_active=is_active,
        )

        return category_update
