from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.contact_correction import ContactCorrection
    from ..models.data_subject_query import DataSubjectQuery


T = TypeVar("T", bound="DataSubjectRectification")


@_attrs_define
class DataSubjectRectification:
    """
    Attributes:
        subject (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).
        changes (ContactCorrection): The corrected contact fields; a field left out is kept, `null` clears it.
        reason (str):
    """

    subject: DataSubjectQuery
    changes: ContactCorrection
    reason: str

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject.to_dict()

        changes = self.changes.to_dict()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject": subject,
                "changes": changes,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_correction import ContactCorrection  # noqa: PLC0415
        from ..models.data_subject_query import DataSubjectQuery  # noqa: PLC0415

        d = dict(src_dict)
        subject = DataSubjectQuery.from_dict(d.pop("subject"))

        changes = ContactCorrection.from_dict(d.pop("changes"))

        reason = d.pop("reason")

        data_subject_rectification = cls(
            subject=subject,
            changes=changes,
            reason=reason,
        )

        return data_subject_rectification
