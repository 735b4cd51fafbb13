"""The citizens' side: file a complaint without an account and follow it by tracking code."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from domain.attachment.model import Attachment
from domain.complaint.feedback import FeedbackRefused, Rating, can_rate, secret_matches
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import (
    Channel,
    Complainant,
    Complaint,
    Consent,
    EventKind,
    Location,
    TimelineEntry,
    Visibility,
)
from domain.complaint.service import ComplaintService, NewComplaint
from domain.complaint.similarity import SIMILAR_RADIUS_M, SIMILAR_WINDOW
from domain.errors import NotFound, TooManyRequests
from domain.geo.model import GeoPoint, distance_m
from domain.intake.model import SuggestionShown
from domain.privacy.masking import ContactDetails
from domain.privacy.service import require_consent
from domain.shared.clock import Clock
from domain.shared.language import Language
from domain.shared.paging import PageRequest
from domain.shared.rate_limit import limit_address
from domain.sla.calendar import BANGKOK
from domain.throttle import RateLimiter, RatePolicy
from domain.uow import UnitOfWork


class TrackingCodeNotFound(NotFound):
    code = "complaint.tracking_code_not_found"
    title = "No complaint has this tracking code"
    title_th = "ไม่พบเรื่องร้องเรียนตามรหัสติดตามนี้"


class PublicRateLimited(TooManyRequests):
    code = "public.rate_limited"
    title = "Too many requests from your address"
    title_th = "มีคำขอจากที่อยู่ของท่านมากเกินไป"


@dataclass(frozen=True)
class PublicSubmission:
    title: str
    description: str
    notice_version: str | None
    category_id: uuid.UUID | None = None
    district_code: str | None = None
    location: Location = field(default_factory=Location)
    contact: ContactDetails = field(default_factory=lambda: ContactDetails(None, None, None, None))
    confidential: bool = False
    no_contact: bool = False
    language: Language = Language.th
    subdistrict_code: str | None = None
    suggestion: SuggestionShown | None = None


@dataclass(frozen=True)
class PublicEvent:
    at: datetime
    kind: EventKind
    status_from: ComplaintStatus | None
    status_to: ComplaintStatus | None
    text: str | None
    hidden: bool = False  # redacted: the content was hidden (who and why are staff's to see)


@dataclass(frozen=True)
class PublicAgency:
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class PublicSurvivor:
    """The case a merged case was merged into, as its tracking page shows it: its number and
    where it stands, never its tracking code (which would let the holder act on it) nor any
    personal data."""

    case_number: str
    status: ComplaintStatus
    agency: PublicAgency | None
    updated_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None


# A merged case may itself be merged later: follow at most this many links.
MAX_MERGE_HOPS = 10


@dataclass(frozen=True)
class PublicCase:
    """What anyone holding the tracking code may see: no personal data, no staff names."""

    complaint_id: uuid.UUID
    tracking_code: str
    case_number: str
    status: ComplaintStatus
    agency: PublicAgency | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    timeline: list[PublicEvent]
    attachments: list[Attachment]
    merged_into: PublicSurvivor | None = None
    rated: bool = False
    can_rate: bool = False
    # Until when the complainant may ask to reopen the (resolved) case; None otherwise.
    reopen_until: datetime | None = None
    # Only in the answer to the submission: the secret to rate and reopen it, shown once.
    complainant_secret: str | None = None


@dataclass(frozen=True)
class SimilarNearby:
    """A recent report like the one being written: category, district, status and date only."""

    category_id: uuid.UUID
    district_code: str | None
    status: ComplaintStatus
    reported_on: date


_CROCKFORD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_tracking_code(raw: str) -> str:
    """Accept what people read over the phone: any case, spaces or dashes, O for 0."""
    compact = "".join(ch for ch in raw.upper() if ch.isalnum()).translate(_CROCKFORD)
    return f"{compact[:5]}-{compact[5:]}" if len(compact) == 10 else compact


def _public_event(e: TimelineEntry) -> PublicEvent:
    data = e.data
    status_from = ComplaintStatus(data["from"]) if "from" in data else None
    status_to = ComplaintStatus(data["to"]) if "to" in data else None
    text = data.get("text") if e.kind in (EventKind.note, EventKind.response) else None
    if e.kind is EventKind.created:
        status_to = ComplaintStatus.RECEIVED
    return PublicEvent(e.at, e.kind, status_from, status_to, text, e.redaction is not None)


class PublicComplaintService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        complaints: ComplaintService,
        counters: RateLimiter,
        intake_policy: RatePolicy = RatePolicy(limit=10, window=timedelta(hours=1)),
        tracking_policy: RatePolicy = RatePolicy(limit=60, window=timedelta(minutes=1)),
        feedback_policy: RatePolicy = RatePolicy(limit=20, window=timedelta(hours=1)),
        reopen_window: timedelta = timedelta(days=14),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._complaints = complaints
        self._counters = counters
        self._intake = intake_policy
        self._tracking = tracking_policy
        self._feedback = feedback_policy
        self._reopen_window = reopen_window

    async def _limit(self, kind: str, address: str | None, policy: RatePolicy) -> None:
        now = self._clock.now()
        await limit_address(self._counters, now, kind, address, policy, PublicRateLimited)

    async def submit(
        self, address: str | None, data: PublicSubmission, request_id: str | None
    ) -> PublicCase:
        await self._limit("intake", address, self._intake)
        async with self._uow() as uow:
            notice = (
                await uow.privacy_notices.get(data.notice_version) if data.notice_version else None
            )
            current = await uow.privacy_notices.current()
        require_consent(data.notice_version, notice, current)
        assert data.notice_version is not None
        complaint, secret = await self._complaints.create_public(
            NewComplaint(
                title=data.title,
                description=data.description,
                channel=Channel.web,
                category_id=data.category_id,
                district_code=data.district_code,
                location=data.location,
                complainant=Complainant(
                    data.contact,
                    confidential=data.confidential,
                    no_contact=data.no_contact,
                    language=data.language,
                ),
                consent=Consent(data.notice_version, self._clock.now()),
                subdistrict_code=data.subdistrict_code,
                suggestion=data.suggestion,
            ),
            request_id,
        )
        case = await self._render(complaint)
        return replace(case, complainant_secret=secret)

    async def find(self, address: str | None, code: str, *, for_upload: bool = False) -> Complaint:
        await self._limit(
            "intake" if for_upload else "track",
            address,
            self._intake if for_upload else self._tracking,
        )
        async with self._uow() as uow:
            complaint = await uow.complaints.get_by_tracking_code(normalise_tracking_code(code))
            if complaint is None:
                # Do the same reads as for a known code: unknown codes take the same time.
                await uow.complaints.timeline(
                    uuid.uuid4(), PageRequest(200), frozenset({Visibility.public})
                )
                await uow.attachments.list_for(uuid.uuid4(), frozenset({Visibility.public}))
                raise TrackingCodeNotFound()
        return complaint

    async def track(self, address: str | None, code: str) -> PublicCase:
        return await self._render(await self.find(address, code))

    @staticmethod
    async def _agency(uow: UnitOfWork, c: Complaint) -> PublicAgency | None:
        if c.lead_agency_id is None:
            return None
        names = await uow.case_directory.agency_names(c.lead_agency_id)
        return PublicAgency(*names) if names else None

    async def _survivor(self, uow: UnitOfWork, c: Complaint) -> PublicSurvivor | None:
        """The case that finally absorbed a merged case (following later merges too)."""
        survivor = None
        current = c
        for _ in range(MAX_MERGE_HOPS):
            if current.status is not ComplaintStatus.MERGED or not current.lifecycle.merged_into:
                break
            found = await uow.complaints.get(uuid.UUID(current.lifecycle.merged_into))
            if found is None:
                break
            survivor = current = found
        if survivor is None:
            return None
        lc = survivor.lifecycle
        return PublicSurvivor(
            case_number=survivor.case_number,
            status=survivor.status,
            agency=await self._agency(uow, survivor),
            updated_at=survivor.updated_at,
            resolved_at=lc.resolved_at,
            closed_at=lc.closed_at,
        )

    async def _render(self, c: Complaint) -> PublicCase:
        async with self._uow() as uow:
            page = await uow.complaints.timeline(
                c.id, PageRequest(200), frozenset({Visibility.public})
            )
            attachments = await uow.attachments.list_for(c.id, frozenset({Visibility.public}))
            agency = await self._agency(uow, c)
            survivor = await self._survivor(uow, c)
            rated = await uow.feedback.rating(c.id) is not None
        lc = c.lifecycle
        now = self._clock.now()
        deadline = lc.reopen_deadline(self._reopen_window)
        return PublicCase(
            complaint_id=c.id,
            tracking_code=c.tracking_code,
            case_number=c.case_number,
            status=c.status,
            agency=agency,
            created_at=c.created_at,
            updated_at=c.updated_at,
            resolved_at=lc.resolved_at,
            closed_at=lc.closed_at,
            timeline=[_public_event(e) for e in page.items],
            attachments=attachments,
            merged_into=survivor,
            rated=rated,
            can_rate=not rated and can_rate(c.status, lc.resolved_at),
            reopen_until=deadline if deadline is not None and now <= deadline else None,
        )

    # --- the complainant's say: tracking code + secret ---------------------------------------

    @staticmethod
    async def _authorised(uow: UnitOfWork, code: str, secret: str) -> Complaint:
        """The case if the secret is the one given at its filing; the same refusal, after the
        same work, for an unknown code, a case without a secret and a wrong secret."""
        complaint = await uow.complaints.get_by_tracking_code(normalise_tracking_code(code))
        stored = await uow.feedback.secret_hash(complaint.id if complaint else uuid.uuid4())
        if complaint is None or not secret_matches(secret, stored):
            raise FeedbackRefused()
        return complaint

    async def rate(
        self,
        address: str | None,
        code: str,
        secret: str,
        score: int,
        comment: str | None,
        request_id: str | None,
    ) -> Rating:
        """The complainant's 1-5 rating of a resolved case, once."""
        await self._limit("feedback", address, self._feedback)
        async with self._uow() as uow:
            c = await self._authorised(uow, code, secret)
            rating = await self._complaints.rate_for_complainant(uow, c, score, comment, request_id)
            await uow.commit()
        return rating

    async def reopen(
        self, address: str | None, code: str, secret: str, reason: str, request_id: str | None
    ) -> PublicCase:
        """The complainant's request to reopen a resolved case within the reopen window: the
        case goes back to in progress with the reason on its timeline."""
        await self._limit("feedback", address, self._feedback)
        async with self._uow() as uow:
            c = await self._authorised(uow, code, secret)
            saved = await self._complaints.reopen_for_complainant(uow, c, reason, request_id)
            await uow.commit()
        return await self._render(saved)

    # --- before filing: similar reports nearby ---------------------------------------------

    async def similar_nearby(
        self,
        address: str | None,
        category_id: uuid.UUID,
        district_code: str | None,
        point: GeoPoint | None,
        limit: int = 5,
    ) -> list[SimilarNearby]:
        """Recent reports of the category in the district or within 500 m of the point, newest
        first: a hint against filing twice that shows nothing personal and no text."""
        await self._limit("track", address, self._tracking)
        now = self._clock.now()
        async with self._uow() as uow:
            recent = await uow.complaint_queries.recent_public(
                category_id, now - SIMILAR_WINDOW, 200
            )
        out: list[SimilarNearby] = []
        for r in recent:
            dist = (
                distance_m(point, GeoPoint(r.lat, r.lon))
                if point is not None and r.lat is not None and r.lon is not None
                else None
            )
            near = dist is not None and dist <= SIMILAR_RADIUS_M
            same_district = district_code is not None and r.district_code == district_code
            if near or same_district:
                out.append(
                    SimilarNearby(
                        r.category_id,
                        r.district_code,
                        r.status,
                        r.created_at.astimezone(BANGKOK).date(),
                    )
                )
            if len(out) >= limit:
                break
        return out
