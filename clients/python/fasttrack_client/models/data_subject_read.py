from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_subject_attachment_read import DataSubjectAttachmentRead
    from ..models.data_subject_case_read import DataSubjectCaseRead
    from ..models.data_subject_entry_read import DataSubjectEntryRead
    from ..models.data_subject_participation_read import DataSubjectParticipationRead


T = TypeVar("T", bound="DataSubjectRead")


@_attrs_define
class DataSubjectRead:
    """Everything held about the person: the cases they filed, the timeline entries they
    wrote or that name them, the attachments of their cases, their named participations in
    activities, and entries of other people's cases that name them (`mentions`).

        Attributes:
            identifiers (list[str]): Which identifiers the search used
            cases (list[DataSubjectCaseRead]):
            entries (list[DataSubjectEntryRead]):
            attachments (list[DataSubjectAttachmentRead]):
            participations (list[DataSubjectParticipationRead]):
            mentions (list[DataSubjectEntryRead]):
    """

    identifiers: list[str]
    cases: list[DataSubjectCaseRead]
    entries: list[DataSubjectEntryRead]
    attachments: list[DataSubjectAttachmentRead]
    participations: list[DataSubjectParticipationRead]
    mentions: list[DataSubjectEntryRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers = self.identifiers

        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        participations = []
        for participations_item_data in self.participations:
            participations_item = participations_item_data.to_dict()
            participations.append(participations_item)

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "cases": cases,
                "entries": entries,
                "attachments": attachments,
                "participations": participations,
                "mentions": mentions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_subject_attachment_read import DataSubjectAttachmentRead  # noqa: PLC0415
        from ..models.data_subject_case_read import DataSubjectCaseRead  # noqa: PLC0415
        from ..models.data_subject_entry_read import DataSubjectEntryRead  # noqa: PLC0415
        from ..models.data_subject_participation_read import DataSubjectParticipationRead  # noqa: PLC0415

        d = dict(src_dict)
        identifiers = cast(list[str], d.pop("identifiers"))

        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = DataSubjectCaseRead.from_dict(cases_item_data)

            cases.append(cases_item)

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = DataSubjectEntryRead.from_dict(entries_item_data)

            entries.append(entries_item)

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = DataSubjectAttachmentRead.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        participations = []
        _participations = d.pop("participations")
        for participations_item_data in _participations:
            participations_item = DataSubjectParticipationRead.from_dict(participations_item_data)

            participations.append(participations_item)

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = DataSubjectEntryRead.from_dict(mentions_item_data)

            mentions.append(mentions_item)

        data_subject_read = cls(
            identifiers=identifiers,
            cases=cases,
            entries=entries,
            attachments=attachments,
            participations=participations,
            mentions=mentions,
        )

        data_subject_read.additional_properties = d
        return data_subject_read

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
