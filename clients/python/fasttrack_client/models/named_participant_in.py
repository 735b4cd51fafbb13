from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.participant_role import ParticipantRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_in import ConsentIn


T = TypeVar("T", bound="NamedParticipantIn")


@_attrs_define
class NamedParticipantIn:
    """A participant named only with their recorded PDPA consent.

    Attributes:
        name (str):
        role (ParticipantRole):
        consent (ConsentIn): The PDPA consent the complainant gave: the notice version and when.
        district_code (None | str | Unset): Home district
    """

    name: str
    role: ParticipantRole
    consent: ConsentIn
    district_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        consent = self.consent.to_dict()

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "role": role,
                "consent": consent,
            }
        )
        if district_code is not UNSET:
            field_dict["district_code"] = district_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_in import ConsentIn  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        role = ParticipantRole(d.pop("role"))

        consent = ConsentIn.from_dict(d.pop("consent"))

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        named_participant_in = cls(
            name=name,
            role=role,
            consent=consent,
            district_code=district_code,
        )

        return named_participant_in
