"""HTTP schemas for activities, MOU area targets, coverage and summaries."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import Field, StrictInt, StringConstraints

from api.complaints.schemas import ConsentIn, ConsentRead
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.activity.model import (
    ActivityAction,
    ActivityStatus,
    ActivityType,
    ParticipantRole,
    TargetGroup,
)
from domain.activity.progress import SummaryPeriod
from domain.privacy.disclosure import PiiAccess
from domain.reference.model import MouTargetKind

DistrictCode = Annotated[str, StringConstraints(pattern=r"^\d{4}$")]
Count = Annotated[int, Field(ge=0, le=1_000_000)]


class ActivityCreate(InputModel):
    """A planned activity. The MOU area defaults from the type (mobile unit 2, community
    training 3, youth training 4, traffic campaign 5); a meeting must name it."""

    type: ActivityType
    title: str = Field(min_length=1, max_length=300)
    description: str | None = Field(
        default=None, max_length=5000, description="Public: shown in the calendar feed"
    )
    mou_area_id: StrictInt | None = Field(default=None, ge=1, le=5)
    district_codes: list[DistrictCode] = Field(min_length=1, max_length=50)
    venue: str | None = Field(default=None, max_length=500)
    starts_at: UtcDateTime
    ends_at: UtcDateTime
    organiser_agency_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=20, description="Defaults to your own agency"
    )
    target_groups: list[TargetGroup] = Field(
        default_factory=list, max_length=3, description="Traffic campaigns only"
    )


class ActivityUpdate(InputModel):
    """Edits to a planned or postponed activity (to move its date formally, postpone it)."""

    title: str | None = Field(default=None, min_length=1, max_length=300)
    description: str | None = Field(default=None, max_length=5000)
    mou_area_id: StrictInt | None = Field(default=None, ge=1, le=5)
    district_codes: list[DistrictCode] | None = Field(default=None, min_length=1, max_length=50)
    venue: str | None = Field(default=None, max_length=500)
    starts_at: UtcDateTime | None = None
    ends_at: UtcDateTime | None = None
    organiser_agency_ids: list[uuid.UUID] | None = Field(default=None, max_length=20)
    target_groups: list[TargetGroup] | None = Field(default=None, max_length=3)


class ActivityTransition(InputModel):
    """hold (once started), cancel (reason) or postpone (reason, new start and end)."""

    action: ActivityAction
    reason: str | None = Field(default=None, max_length=2000)
    new_starts_at: UtcDateTime | None = None
    new_ends_at: UtcDateTime | None = None


class NamedParticipantIn(InputModel):
    """A participant named only with their recorded PDPA consent."""

    name: str = Field(min_length=1, max_length=200)
    role: ParticipantRole
    district_code: DistrictCode | None = Field(default=None, description="Home district")
    consent: ConsentIn


class ActivityOutcomeUpdate(InputModel):
    """What happened at a held activity; replaces what was recorded before. Complaints
    received are not typed in: file them with channel `mobile_unit` and the activity id."""

    legal_consultations: Count | None = Field(default=None, description="Mobile units only")
    participants_by_role: dict[ParticipantRole, Count] = Field(default_factory=dict)
    participants_by_district: dict[DistrictCode, Count] = Field(
        default_factory=dict, description="Youth trainings: participants by home district"
    )
    notes: str | None = Field(default=None, max_length=5000)
    named_participants: list[NamedParticipantIn] = Field(default_factory=list, max_length=500)


class NamedParticipantRead(OutputModel):
    name: str
    role: ParticipantRole
    district_code: str | None
    consent: ConsentRead


class ActivityOutcomeRead(OutputModel):
    """What happened. `complaints_received` and `complaint_ids` count the complaints filed
    with this activity's id; names are `masked` unless you may see them."""

    recorded_at: UtcDateTime | None
    legal_consultations: int | None
    participants_by_role: dict[ParticipantRole, int]
    participants_by_district: dict[str, int]
    participants_total: int
    notes: str | None
    named_participants: list[NamedParticipantRead]
    personal_data: PiiAccess
    complaints_received: int
    complaint_ids: list[uuid.UUID]


class ActivityRead(OutputModel):
    """An outreach activity of MOU areas 2-5 (or a meeting)."""

    id: uuid.UUID
    type: ActivityType
    mou_area_id: int
    title: str
    description: str | None
    district_codes: list[str]
    venue: str | None
    starts_at: UtcDateTime
    ends_at: UtcDateTime
    status: ActivityStatus
    status_reason: str | None
    postponed_from: UtcDateTime | None = Field(description="The original start, once postponed")
    organiser_agency_ids: list[uuid.UUID]
    target_groups: list[TargetGroup]
    outcome: ActivityOutcomeRead
    allowed_actions: list[ActivityAction]
    can_edit: bool
    created_by: uuid.UUID | None
    created_at: UtcDateTime
    updated_at: UtcDateTime
    version: int


class ActivityPage(OutputModel):
    items: list[ActivityRead]
    next_cursor: str | None


# --- MOU areas ---------------------------------------------------------------------------------


class MouTargetIn(InputModel):
    kind: MouTargetKind
    value: StrictInt = Field(ge=1, le=1_000_000)


class MouAreaUpdate(InputModel):
    """An MOU area's targets (replaces the list)."""

    targets: list[MouTargetIn] = Field(max_length=len(MouTargetKind))


class ActivityRefRead(OutputModel):
    id: uuid.UUID
    type: ActivityType
    title: str
    status: ActivityStatus
    starts_at: UtcDateTime
    ends_at: UtcDateTime


class DistrictCoverageRead(OutputModel):
    """One district: the area's held and upcoming (planned or postponed) activities there."""

    district_code: str
    name_th: str
    name_en: str
    held: list[ActivityRefRead]
    planned: list[ActivityRefRead]
    participants_from: int = Field(description="Participants whose home district this is")


class TargetProgressRead(OutputModel):
    kind: MouTargetKind
    target: int
    actual: int
    ratio: float = Field(description="actual / target")
    met: bool


class MouAreaCoverageRead(OutputModel):
    """Coverage of the 50 districts and progress against the area's targets."""

    mou_area_id: int
    districts_total: int
    districts_held: int
    districts_planned: int = Field(description="Districts with an activity planned, none held")
    targets: list[TargetProgressRead]
    districts: list[DistrictCoverageRead]


class PeriodTotalsRead(OutputModel):
    period: str = Field(description="`2022-08` (month) or `2022` (year) in Asia/Bangkok")
    activities_held: int
    activities_planned: int
    participants: int
    legal_consultations: int
    complaints_received: int


class MouAreaSummaryRead(OutputModel):
    mou_area_id: int
    period: SummaryPeriod
    items: list[PeriodTotalsRead]
    total: PeriodTotalsRead
