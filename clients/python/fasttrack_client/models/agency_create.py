from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agency_kind import AgencyKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgencyCreate")


@_attrs_define
class AgencyCreate:
    """A new agency; a district office names its district (one office per district).

    Attributes:
        code (str): Stable short code, e.g. DDS or 1026
        kind (AgencyKind): Same values as the stored enum in infra; the values are stable.
        name_th (str):
        name_en (str):
        district_code (None | str | Unset):
        phone (None | str | Unset):
        fax (None | str | Unset):
        email (None | str | Unset):
        line_id (None | str | Unset):
        head_name (None | str | Unset):
        head_title_th (None | str | Unset):
        head_email (None | str | Unset):
    """

    code: str
    kind: AgencyKind
    name_th: str
    name_en: str
    district_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    line_id: None | str | Unset = UNSET
    head_name: None | str | Unset = UNSET
    head_title_th: None | str | Unset = UNSET
    head_email: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        name_th = self.name_th

        name_en = self.name_en

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        line_id: None | str | Unset
        if isinstance(self.line_id, Unset):
            line_id = UNSET
        else:
            line_id = self.line_id

        head_name: None | str | Unset
        if isinstance(self.head_name, Unset):
            head_name = UNSET
        else:
            head_name = self.head_name

        head_title_th: None | str | Unset
        if isinstance(self.head_title_th, Unset):
            head_title_th = UNSET
        else:
            head_title_th = self.head_title_th

        head_email: None | str | Unset
        if isinstance(self.head_email, Unset):
            head_email = UNSET
        else:
            head_email = self.head_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "kind": kind,
                "name_th": name_th,
                "name_en": name_en,
            }
        )
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if line_id is not UNSET:
            field_dict["line_id"] = line_id
        if head_name is not UNSET:
            field_dict["head_name"] = head_name
        if head_title_th is not UNSET:
            field_dict["head_title_th"] = head_title_th
        if head_email is not UNSET:
            field_dict["head_email"] = head_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = AgencyKind(d.pop("kind"))

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_line_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_id = _parse_line_id(d.pop("line_id", UNSET))

        def _parse_head_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_name = _parse_head_name(d.pop("head_name", UNSET))

        def _parse_head_title_th(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_title_th = _parse_head_title_th(d.pop("head_title_th", UNSET))

        def _parse_head_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_email = _parse_head_email(d.pop("head_email", UNSET))

        agency_create = cls(
            code=code,
            kind=kind,
            name_th=name_th,
            name_en=name_en,
            district_code=district_code,
            phone=phone,
            fax=fax,
            email=email,
            line_id=line_id,
            head_name=head_name,
            head_title_th=head_title_th,
            head_email=head_email,
        )

        return agency_create
