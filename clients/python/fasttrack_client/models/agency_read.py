from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agency_kind import AgencyKind

T = TypeVar("T", bound="AgencyRead")


@_attrs_define
class AgencyRead:
    """A district office, BMA bureau, the OMB or another body that can own a complaint.

    Attributes:
        id (UUID):
        code (str):
        kind (AgencyKind): Same values as the stored enum in infra; the values are stable.
        name_th (str):
        name_en (str):
        district_code (None | str):
        phone (None | str):
        fax (None | str):
        email (None | str):
        line_id (None | str):
        is_active (bool):
        version (int):
        head_name (None | str): The agency's head: the coordinators' supervisor
        head_title_th (None | str): The head's position, e.g. ผู้อำนวยการเขต
        head_email (None | str): Where escalations naming `agency_head` go (staff only)
    """

    id: UUID
    code: str
    kind: AgencyKind
    name_th: str
    name_en: str
    district_code: None | str
    phone: None | str
    fax: None | str
    email: None | str
    line_id: None | str
    is_active: bool
    version: int
    head_name: None | str
    head_title_th: None | str
    head_email: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        kind = self.kind.value

        name_th = self.name_th

        name_en = self.name_en

        district_code: None | str
        district_code = self.district_code

        phone: None | str
        phone = self.phone

        fax: None | str
        fax = self.fax

        email: None | str
        email = self.email

        line_id: None | str
        line_id = self.line_id

        is_active = self.is_active

        version = self.version

        head_name: None | str
        head_name = self.head_name

        head_title_th: None | str
        head_title_th = self.head_title_th

        head_email: None | str
        head_email = self.head_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "kind": kind,
                "name_th": name_th,
                "name_en": name_en,
                "district_code": district_code,
                "phone": phone,
                "fax": fax,
                "email": email,
                "line_id": line_id,
                "is_active": is_active,
                "version": version,
                "head_name": head_name,
                "head_title_th": head_title_th,
                "head_email": head_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        kind = AgencyKind(d.pop("kind"))

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_fax(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fax = _parse_fax(d.pop("fax"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_line_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        line_id = _parse_line_id(d.pop("line_id"))

        is_active = d.pop("is_active")

        version = d.pop("version")

        def _parse_head_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        head_name = _parse_head_name(d.pop("head_name"))

        def _parse_head_title_th(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        head_title_th = _parse_head_title_th(d.pop("head_title_th"))

        def _parse_head_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        head_email = _parse_head_email(d.pop("head_email"))

        agency_read = cls(
            id=id,
            code=code,
            kind=kind,
            name_th=name_th,
            name_en=name_en,
            district_code=district_code,
            phone=phone,
            fax=fax,
            email=email,
            line_id=line_id,
            is_active=is_active,
            version=version,
            head_name=head_name,
            head_title_th=head_title_th,
            head_email=head_email,
        )

        agency_read.additional_properties = d
        return agency_read

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
