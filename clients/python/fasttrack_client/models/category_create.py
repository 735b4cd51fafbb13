from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryCreate")


@_attrs_define
class CategoryCreate:
    """A new category; `service_code` is permanent (e.g. roads.zebra_crossing).

    Attributes:
        service_code (str):
        name_th (str):
        name_en (str):
        sla_class (str):
        parent_id (None | Unset | UUID):
        mou_area_id (int | Unset): Default: `1`.
    """

    service_code: str
    name_th: str
    name_en: str
    sla_class: str
    parent_id: None | Unset | UUID = UNSET
    mou_area_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service_code = self.service_code

        name_th = self.name_th

        name_en = self.name_en

        sla_class = self.sla_class

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        mou_area_id = self.mou_area_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service_code": service_code,
                "name_th": name_th,
                "name_en": name_en,
                "sla_class": sla_class,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if mou_area_id is not UNSET:
            field_dict["mou_area_id"] = mou_area_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_code = d.pop("service_code")

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        sla_class = d.pop("sla_class")

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

        mou_area_id = d.pop("mou_area_id", UNSET)

        category_create = cls(
            service_code=service_code,
            name_th=name_th,
            name_en=name_en,
            sla_class=sla_class,
            parent_id=parent_id,
            mou_area_id=mou_area_id,
        )

        return category_create
