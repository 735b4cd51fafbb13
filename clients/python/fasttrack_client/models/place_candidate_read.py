from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evidence_read import EvidenceRead


T = TypeVar("T", bound="PlaceCandidateRead")


@_attrs_define
class PlaceCandidateRead:
    """
    Attributes:
        district_code (str):
        district_name_th (str):
        district_name_en (str):
        subdistrict_code (None | str):
        subdistrict_name_th (None | str):
        subdistrict_name_en (None | str):
        confidence (float):
        evidence (list[EvidenceRead]):
    """

    district_code: str
    district_name_th: str
    district_name_en: str
    subdistrict_code: None | str
    subdistrict_name_th: None | str
    subdistrict_name_en: None | str
    confidence: float
    evidence: list[EvidenceRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district_code = self.district_code

        district_name_th = self.district_name_th

        district_name_en = self.district_name_en

        subdistrict_code: None | str
        subdistrict_code = self.subdistrict_code

        subdistrict_name_th: None | str
        subdistrict_name_th = self.subdistrict_name_th

        subdistrict_name_en: None | str
        subdistrict_name_en = self.subdistrict_name_en

        confidence = self.confidence

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district_code": district_code,
                "district_name_th": district_name_th,
                "district_name_en": district_name_en,
                "subdistrict_code": subdistrict_code,
                "subdistrict_name_th": subdistrict_name_th,
                "subdistrict_name_en": subdistrict_name_en,
                "confidence": confidence,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_read import EvidenceRead  # noqa: PLC0415

        d = dict(src_dict)
        district_code = d.pop("district_code")

        district_name_th = d.pop("district_name_th")

        district_name_en = d.pop("district_name_en")

        def _parse_subdistrict_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdistrict_code = _parse_subdistrict_code(d.pop("subdistrict_code"))

        def _parse_subdistrict_name_th(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdistrict_name_th = _parse_subdistrict_name_th(d.pop("subdistrict_name_th"))

        def _parse_subdistrict_name_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdistrict_name_en = _parse_subdistrict_name_en(d.pop("subdistrict_name_en"))

        confidence = d.pop("confidence")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceRead.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        place_candidate_read = cls(
            district_code=district_code,
            district_name_th=district_name_th,
            district_name_en=district_name_en,
            subdistrict_code=subdistrict_code,
            subdistrict_name_th=subdistrict_name_th,
            subdistrict_name_en=subdistrict_name_en,
            confidence=confidence,
            evidence=evidence,
        )

        place_candidate_read.additional_properties = d
        return place_candidate_read

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
