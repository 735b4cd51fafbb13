"""HTTP schemas of the public (no account) endpoints."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import EmailStr, Field, StrictBool, StrictInt

from api.complaints.schemas import LocationIn
from api.intake.schemas import SuggestionShownIn
from api.schemas import InputModel, OutputModel, StatusLabel, UtcDateTime
from domain.activity.model import ActivityStatus, ActivityType
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import EventKind
from domain.shared.language import Language


class PublicConsentIn(InputModel):
    """Consent to the privacy notice the citizen was shown (its version)."""

    notice_version: str = Field(min_length=1, max_length=50)


class PublicContactIn(InputModel):
    name: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=32, pattern=r"^[0-9+\-() ]{3,32}$")
    email: EmailStr | None = None
    line_user_id: str | None = Field(default=None, max_length=100)


class PublicComplaintCreate(InputModel):
    """A citizen's complaint; contact details are optional, consent is required."""

    title: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1, max_length=20_000)
    category_id: uuid.UUID | None = None
    district_code: str | None = Field(default=None, pattern=r"^\d{4}$")
    location: LocationIn | None = None
    contact: PublicContactIn = Field(default_factory=PublicContactIn)
    confidential: StrictBool = False
    no_contact: StrictBool = False
    language: Language = Field(
        default=Language.th,
        description="The language the platform writes to the citizen in (the portal's)",
    )
    consent: PublicConsentIn | None = Field(
        default=None,
        description="Required: consent to the current privacy notice's version; none, an "
        "unknown or a superseded version is refused (422, with `current_version`)",
    )
    subdistrict_code: str | None = Field(
        default=None, pattern=r"^\d{6}$", description="DOPA sub-district (แขวง) code"
    )
    suggestion: SuggestionShownIn | None = Field(
        default=None, description="The top smart-intake suggestions shown to the citizen"
    )


class PublicAgencyRead(OutputModel):
    code: str
    name_th: str
    name_en: str


class PublicEventRead(OutputModel):
    at: UtcDateTime
    kind: EventKind
    status_from: ComplaintStatus | None
    status_to: ComplaintStatus | None
    text: str | None
    hidden: bool = Field(
        default=False,
        description="The entry's content was hidden (redacted), e.g. personal data written by "
        "mistake; the text is then null",
    )


class PublicAttachmentRead(OutputModel):
    id: uuid.UUID
    filename: str
    content_type: str
    size: int
    url: str


class PublicMergedIntoRead(OutputModel):
    """The case a merged complaint was merged into: its number and where it stands (no
    tracking code, no personal data)."""

    case_number: str
    status: ComplaintStatus
    status_label: StatusLabel
    agency: PublicAgencyRead | None
    updated_at: UtcDateTime
    resolved_at: UtcDateTime | None
    closed_at: UtcDateTime | None


class PublicComplaintRead(OutputModel):
    """A case as the public sees it: status, handling agency, dates, public events."""

    tracking_code: str
    case_number: str
    status: ComplaintStatus
    status_label: StatusLabel
    agency: PublicAgencyRead | None
    created_at: UtcDateTime
    updated_at: UtcDateTime
    resolved_at: UtcDateTime | None
    closed_at: UtcDateTime | None
    timeline: list[PublicEventRead]
    attachments: list[PublicAttachmentRead]
    merged_into: PublicMergedIntoRead | None = Field(
        default=None,
        description="Set when this complaint was merged into another: that case's number and "
        "tracking status, which is where this complaint is now handled.",
    )
    rated: bool = Field(default=False, description="The complainant has rated the case")
    can_rate: bool = Field(
        default=False, description="Resolved and not rated yet: the complainant may rate it"
    )
    reopen_until: UtcDateTime | None = Field(
        default=None, description="Until when the complainant may ask to reopen the case"
    )


class PublicComplaintReceipt(PublicComplaintRead):
    """The answer to a public submission: the case, and the complainant's secret."""

    complainant_secret: str = Field(
        description="Shown once: with the tracking code it lets whoever filed the case rate it "
        "and ask to reopen it. Stored hashed; it cannot be shown again."
    )


SecretField = Field(min_length=8, max_length=40, description="The secret given at filing")


class PublicRatingCreate(InputModel):
    """The complainant's 1-5 satisfaction rating of a resolved case (once per case)."""

    secret: str = SecretField
    score: StrictInt = Field(ge=1, le=5)
    comment: str | None = Field(default=None, max_length=2000)


class PublicRatingRead(OutputModel):
    score: int
    comment: str | None
    rated_at: UtcDateTime


class PublicReopenCreate(InputModel):
    """The complainant's request to reopen a resolved case, with the reason."""

    secret: str = SecretField
    reason: str = Field(min_length=1, max_length=2000)


class SimilarNearbyRead(OutputModel):
    """A recent report like the one being written: nothing personal and no text."""

    category_id: uuid.UUID
    district_code: str | None
    status: ComplaintStatus
    status_label: StatusLabel
    reported_on: date = Field(description="The day it was reported (Asia/Bangkok)")


class SimilarNearbyList(OutputModel):
    items: list[SimilarNearbyRead]


class PublicDistrictRead(OutputModel):
    code: str
    name_th: str
    name_en: str


class PublicDistrictStatsRead(OutputModel):
    """A district's public figures; null where the count is too small to publish."""

    code: str
    name_th: str
    name_en: str
    open: int | None
    resolved: int | None
    median_days_to_resolve: float | None
    resolved_within_sla_share: float | None = Field(
        description="Of the resolved cases, the share resolved within the SLA (0-1)"
    )


class PublicDistrictStatsList(OutputModel):
    items: list[PublicDistrictStatsRead]
    min_cell: int = Field(description="Counts from 1 to below this are suppressed (null)")
    as_of: UtcDateTime


class PublicActivityRead(OutputModel):
    """An upcoming outreach activity: public fields only."""

    id: uuid.UUID
    type: ActivityType
    mou_area_id: int
    title: str
    description: str | None
    venue: str | None
    districts: list[PublicDistrictRead]
    starts_at: UtcDateTime
    ends_at: UtcDateTime
    status: ActivityStatus


class PublicActivityList(OutputModel):
    items: list[PublicActivityRead]
    ics_url: str = Field(description="The iCalendar feed to subscribe to")


class PublicCategoryRead(OutputModel):
    id: uuid.UUID
    service_code: str
    parent_id: uuid.UUID | None
    name_th: str
    name_en: str


class PublicCategoryList(OutputModel):
    items: list[PublicCategoryRead]


class RetentionPeriods(OutputModel):
    """How long personal data is kept (the settings the retention purge applies)."""

    case_personal_data_years: int = Field(
        description="A complainant's personal data, after the case is closed"
    )
    attachment_years: int = Field(description="A case's attachments, after it is closed")
    access_log_years: int = Field(description="An entry of the personal-data access log")


class PrivacyNoticeRead(OutputModel):
    version: str
    text_th: str
    text_en: str
    published_at: UtcDateTime
    retention: RetentionPeriods | None = Field(
        default=None,
        description="The retention periods the texts state (from the same settings); null in "
        "the answer to publishing",
    )


class PrivacyNoticeCreate(InputModel):
    version: str = Field(min_length=1, max_length=50)
    text_th: str = Field(min_length=1, max_length=50_000)
    text_en: str = Field(min_length=1, max_length=50_000)
