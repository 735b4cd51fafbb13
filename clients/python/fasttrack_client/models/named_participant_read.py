from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_role import ParticipantRole

if TYPE_CHECKING:
    from ..models.consent_read import ConsentRead


T = TypeVar("T", bound="NamedParticipantRead")


@_attrs_define
class NamedParticipantRead:
    """
    Attributes:
        name (str):
        role (ParticipantRole):
        district_code (None | str):
        consent (ConsentRead):
    """

    name: str
    role: ParticipantRole
    district_code: None | str
    consent: ConsentRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        district_code: None | str
        district_code = self.district_code

        consent = self.consent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "role": role,
                "district_code": district_code,
                "consent": consent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_read import ConsentRead  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        role = ParticipantRole(d.pop("role"))

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        consent = ConsentRead.from_dict(d.pop("consent"))

        named_participant_read = cls(
            name=name,
            role=role,
            district_code=district_code,
            consent=consent,
        )

        named_participant_read.additional_properties = d
        return named_participant_read

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
