from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evidence_read import EvidenceRead


T = TypeVar("T", bound="CategoryCandidateRead")


@_attrs_define
class CategoryCandidateRead:
    """
    Attributes:
        category_id (UUID):
        service_code (str):
        name_th (str):
        name_en (str):
        confidence (float):
        evidence (list[EvidenceRead]):
    """

    category_id: UUID
    service_code: str
    name_th: str
    name_en: str
    confidence: float
    evidence: list[EvidenceRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = str(self.category_id)

        service_code = self.service_code

        name_th = self.name_th

        name_en = self.name_en

        confidence = self.confidence

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "service_code": service_code,
                "name_th": name_th,
                "name_en": name_en,
                "confidence": confidence,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_read import EvidenceRead  # noqa: PLC0415

        d = dict(src_dict)
        category_id = UUID(d.pop("category_id"))

        service_code = d.pop("service_code")

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        confidence = d.pop("confidence")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceRead.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        category_candidate_read = cls(
            category_id=category_id,
            service_code=service_code,
            name_th=name_th,
            name_en=name_en,
            confidence=confidence,
            evidence=evidence,
        )

        category_candidate_read.additional_properties = d
        return category_candidate_read

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
