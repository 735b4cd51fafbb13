"""Outreach activities of MOU areas 2-5: types, the planned → held / cancelled / postponed
rules, and what happened (consultations, participants by role and home district)."""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from domain.complaint.model import Consent
from domain.errors import Conflict, FieldError, InvalidValue
from domain.privacy.masking import mask_name


class ActivityType(enum.StrEnum):
    mobile_unit = "mobile_unit"
    community_training = "community_training"
    youth_training = "youth_training"
    traffic_campaign = "traffic_campaign"
    meeting = "meeting"


# The MOU area each type serves; a meeting can serve any area and must name it.
DEFAULT_MOU_AREA: Mapping[ActivityType, int] = {
    ActivityType.mobile_unit: 2,
    ActivityType.community_training: 3,
    ActivityType.youth_training: 4,
    ActivityType.traffic_campaign: 5,
}


class ActivityStatus(enum.StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"
    postponed = "postponed"

    @property
    def is_upcoming(self) -> bool:
        """Still to happen: planned, or postponed to a new date."""
        return self in (ActivityStatus.planned, ActivityStatus.postponed)


class ActivityAction(enum.StrEnum):
    hold = "hold"
    cancel = "cancel"
    postpone = "postpone"


class TargetGroup(enum.StrEnum):
    """Whom a traffic-discipline campaign addresses."""

    drivers = "drivers"
    shops = "shops"
    pedestrians = "pedestrians"


class ParticipantRole(enum.StrEnum):
    community_chair = "community_chair"
    public_health_volunteer = "public_health_volunteer"  # อสม.
    civil_defence_volunteer = "civil_defence_volunteer"  # อปพร.
    community_organisation_leader = "community_organisation_leader"
    women_leader = "women_leader"
    religious_leader = "religious_leader"
    elderly_club = "elderly_club"
    youth = "youth"


_S = ActivityStatus
_A = ActivityAction

# A postponed activity keeps its new date and can be held, cancelled or postponed again.
TRANSITIONS: Mapping[tuple[ActivityStatus, ActivityAction], ActivityStatus] = {
    (_S.planned, _A.hold): _S.held,
    (_S.planned, _A.cancel): _S.cancelled,
    (_S.planned, _A.postpone): _S.postponed,
    (_S.postponed, _A.hold): _S.held,
    (_S.postponed, _A.cancel): _S.cancelled,
    (_S.postponed, _A.postpone): _S.postponed,
}


def allowed_actions(status: ActivityStatus) -> frozenset[ActivityAction]:
    return frozenset(a for (s, a) in TRANSITIONS if s is status)


class IllegalActivityTransition(Conflict):
    code = "activity.illegal_transition"
    title = "Action not allowed in the activity's status"
    title_th = "ไม่สามารถดำเนินการนี้ได้ในสถานะปัจจุบันของกิจกรรม"

    def __init__(self, status: ActivityStatus, action: ActivityAction) -> None:
        allowed = sorted(a.value for a in allowed_actions(status))
        super().__init__(
            f"Cannot {action.value} an activity whose status is {status.value}."
            + (f" Allowed actions: {', '.join(allowed)}." if allowed else ""),
            extra={"status": status.value, "action": action.value, "allowed_actions": allowed},
        )


class ActivityNotStarted(Conflict):
    code = "activity.not_started"
    title = "The activity has not started yet"
    title_th = "กิจกรรมยังไม่เริ่ม"


class ActivityNotHeld(Conflict):
    code = "activity.not_held"
    title = "Only a held activity has an outcome"
    title_th = "บันทึกผลได้เฉพาะกิจกรรมที่จัดแล้ว"


class ActivityNotEditable(Conflict):
    code = "activity.not_editable"
    title = "Only a planned or postponed activity can be edited"
    title_th = "แก้ไขได้เฉพาะกิจกรรมที่ยังไม่จัดหรือเลื่อนออกไป"


_DISTRICT_CODE = re.compile(r"^\d{4}$")
MAX_TITLE = 300
MAX_TEXT = 5000


def _invalid(loc: tuple[str | int, ...], msg: str, type_: str = "value_error") -> FieldError:
    return FieldError(tuple(loc), msg, type_)


def _raise(errors: list[FieldError], detail: str) -> None:
    if errors:
        raise InvalidValue(detail, code="activity.invalid", errors=errors)


def _text(
    value: str | None, loc: str, max_length: int, errors: list[FieldError], *, required: bool
) -> str | None:
    if value is None or not value.strip():
        if required:
            errors.append(_invalid((loc,), "must not be empty", "missing"))
        return None
    if len(value) > max_length:
        errors.append(_invalid((loc,), f"at most {max_length} characters", "too_long"))
    return value.strip()


def _aware(value: datetime, loc: str, errors: list[FieldError]) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        errors.append(_invalid((loc,), "needs a timezone offset", "timezone_aware"))


def _schedule(
    starts_at: datetime, ends_at: datetime, errors: list[FieldError], prefix: str = ""
) -> None:
    before = len(errors)
    _aware(starts_at, f"{prefix}starts_at", errors)
    _aware(ends_at, f"{prefix}ends_at", errors)
    if len(errors) == before and ends_at <= starts_at:
        errors.append(_invalid((f"{prefix}ends_at",), "must be after the start", "value_error"))


def _districts(codes: Iterable[str], errors: list[FieldError]) -> tuple[str, ...]:
    unique = tuple(sorted(set(codes)))
    if not unique:
        errors.append(_invalid(("district_codes",), "name at least one district", "missing"))
    for code in unique:
        if not _DISTRICT_CODE.match(code):
            errors.append(_invalid(("district_codes",), f"{code!r} is not a district code"))
    return unique


@dataclass(frozen=True)
class NamedParticipant:
    """A participant recorded by name: personal data, kept only with PDPA consent."""

    name: str
    role: ParticipantRole
    consent: Consent
    district_code: str | None = None

    def masked(self) -> NamedParticipant:
        return replace(self, name=mask_name(self.name))


@dataclass(frozen=True)
class Outcome:
    """What happened at a held activity. Complaints received are not typed in: they are the
    complaints filed with the activity's id."""

    legal_consultations: int | None = None
    participants_by_role: Mapping[ParticipantRole, int] = field(default_factory=dict)
    participants_by_district: Mapping[str, int] = field(default_factory=dict)
    notes: str | None = None
    named_participants: tuple[NamedParticipant, ...] = ()
    recorded_at: datetime | None = None

    @property
    def participants_total(self) -> int:
        if self.participants_by_role:
            return sum(self.participants_by_role.values())
        return sum(self.participants_by_district.values())

    def masked(self) -> Outcome:
        return replace(self, named_participants=tuple(p.masked() for p in self.named_participants))

    def check(self, activity_type: ActivityType) -> Outcome:
        """The outcome's invariants for an activity of this type (raises InvalidValue)."""
        errors: list[FieldError] = []
        if self.legal_consultations is not None:
            if activity_type is not ActivityType.mobile_unit:
                errors.append(
                    _invalid(("legal_consultations",), "only mobile units give consultations")
                )
            elif self.legal_consultations < 0:
                errors.append(_invalid(("legal_consultations",), "must not be negative"))
        if self.participants_by_role and activity_type is ActivityType.mobile_unit:
            errors.append(
                _invalid(
                    ("participants_by_role",),
                    "a mobile unit counts consultations and complaints, not participants",
                )
            )
        for role, n in self.participants_by_role.items():
            if n < 0:
                errors.append(_invalid(("participants_by_role", role.value), "negative"))
        if self.participants_by_district:
            if activity_type is not ActivityType.youth_training:
                errors.append(
                    _invalid(
                        ("participants_by_district",),
                        "home districts are counted for youth trainings only",
                    )
                )
            for code, n in self.participants_by_district.items():
                if not _DISTRICT_CODE.match(code):
                    errors.append(
                        _invalid(("participants_by_district", code), "not a district code")
                    )
                if n < 0:
                    errors.append(_invalid(("participants_by_district", code), "negative"))
        if (
            self.participants_by_role
            and self.participants_by_district
            and sum(self.participants_by_role.values())
            != sum(self.participants_by_district.values())
        ):
            errors.append(
                _invalid(
                    ("participants_by_district",),
                    "the counts by role and by home district must add up to the same total",
                    "value_error.totals_differ",
                )
            )
        for i, p in enumerate(self.named_participants):
            loc = ("named_participants", i)
            if not p.name.strip() or len(p.name) > 200:
                errors.append(_invalid((*loc, "name"), "1 to 200 characters"))
            if not p.consent.version.strip():
                errors.append(
                    _invalid((*loc, "consent"), "a name needs recorded PDPA consent", "missing")
                )
            if p.consent.given_at.tzinfo is None:
                errors.append(_invalid((*loc, "consent", "given_at"), "needs a timezone"))
            if p.district_code is not None and not _DISTRICT_CODE.match(p.district_code):
                errors.append(_invalid((*loc, "district_code"), "not a district code"))
        if len(self.named_participants) > self.participants_total:
            errors.append(
                _invalid(
                    ("named_participants",),
                    "more named participants than participants counted",
                    "value_error.too_many_names",
                )
            )
        notes = _text(self.notes, "notes", MAX_TEXT, errors, required=False)
        _raise(errors, "Invalid activity outcome.")
        return replace(self, notes=notes)

    def audit_view(self) -> dict[str, Any]:
        """The outcome without names: what the audit log keeps."""
        return {
            "legal_consultations": self.legal_consultations,
            "participants_by_role": {k.value: v for k, v in self.participants_by_role.items()},
            "participants_by_district": dict(self.participants_by_district),
            "participants_total": self.participants_total,
            "named_participants": len(self.named_participants),
        }


@dataclass(frozen=True)
class Activity:
    """An outreach activity: a mobile unit, a training, a campaign or a meeting."""

    id: uuid.UUID
    type: ActivityType
    mou_area_id: int
    title: str
    description: str | None
    district_codes: tuple[str, ...]
    venue: str | None
    starts_at: datetime
    ends_at: datetime
    status: ActivityStatus
    status_reason: str | None
    postponed_from: datetime | None
    organiser_agency_ids: frozenset[uuid.UUID]
    target_groups: frozenset[TargetGroup]
    outcome: Outcome | None
    created_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    version: int = 1

    @classmethod
    def plan(
        cls,
        *,
        type: ActivityType,
        title: str,
        district_codes: Iterable[str],
        starts_at: datetime,
        ends_at: datetime,
        now: datetime,
        mou_area_id: int | None = None,
        description: str | None = None,
        venue: str | None = None,
        organiser_agency_ids: Iterable[uuid.UUID] = (),
        target_groups: Iterable[TargetGroup] = (),
        created_by: uuid.UUID | None = None,
        id: uuid.UUID | None = None,
    ) -> Activity:
        """A new planned activity; the MOU area defaults from the type."""
        area = mou_area_id if mou_area_id is not None else DEFAULT_MOU_AREA.get(type)
        if area is None:
            raise InvalidValue(
                "A meeting serves any MOU area: name it.",
                code="activity.invalid",
                errors=[_invalid(("mou_area_id",), "required for a meeting", "missing")],
            )
        activity = cls(
            id=id or uuid.uuid4(),
            type=type,
            mou_area_id=area,
            title=title,
            description=description,
            district_codes=tuple(district_codes),
            venue=venue,
            starts_at=starts_at,
            ends_at=ends_at,
            status=ActivityStatus.planned,
            status_reason=None,
            postponed_from=None,
            organiser_agency_ids=frozenset(organiser_agency_ids),
            target_groups=frozenset(target_groups),
            outcome=None,
            created_by=created_by,
            created_at=now,
            updated_at=now,
        )
        return activity._checked()

    def _checked(self) -> Activity:
        errors: list[FieldError] = []
        title = _text(self.title, "title", MAX_TITLE, errors, required=True)
        description = _text(self.description, "description", MAX_TEXT, errors, required=False)
        venue = _text(self.venue, "venue", 500, errors, required=False)
        districts = _districts(self.district_codes, errors)
        _schedule(self.starts_at, self.ends_at, errors)
        if self.target_groups and self.type is not ActivityType.traffic_campaign:
            errors.append(_invalid(("target_groups",), "only traffic campaigns have them"))
        _raise(errors, "Invalid activity.")
        return replace(
            self, title=title or "", description=description, venue=venue, district_codes=districts
        )

    # --- reading ---------------------------------------------------------------------------

    @property
    def allowed_actions(self) -> frozenset[ActivityAction]:
        return allowed_actions(self.status)

    def available_actions(self, now: datetime) -> frozenset[ActivityAction]:
        """Like `allowed_actions`, without `hold` before the activity starts (for UIs)."""
        actions = self.allowed_actions
        if now < self.starts_at:
            actions = actions - {ActivityAction.hold}
        return actions

    @property
    def accepts_complaints(self) -> bool:
        """Complaints can be filed against any activity that was not called off."""
        return self.status is not ActivityStatus.cancelled

    def audit_view(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "mou_area_id": self.mou_area_id,
            "title": self.title,
            "district_codes": list(self.district_codes),
            "venue": self.venue,
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "status": self.status.value,
            "status_reason": self.status_reason,
            "organiser_agency_ids": sorted(str(a) for a in self.organiser_agency_ids),
            "target_groups": sorted(t.value for t in self.target_groups),
            "outcome": self.outcome.audit_view() if self.outcome else None,
        }

    # --- changes ---------------------------------------------------------------------------

    def revise(self, now: datetime, **changes: Any) -> Activity:
        """Edit the plan (title, places, times, organisers...) while it is still to happen."""
        if not self.status.is_upcoming:
            raise ActivityNotEditable(
                f"The activity is {self.status.value}; only its outcome can still be recorded."
            )
        unknown = set(changes) - EDITABLE
        if unknown:
            raise InvalidValue(
                "These fields cannot be edited.",
                errors=[_invalid((f,), "not editable", "extra_forbidden") for f in sorted(unknown)],
            )
        if "organiser_agency_ids" in changes:
            changes["organiser_agency_ids"] = frozenset(changes["organiser_agency_ids"])
        if "target_groups" in changes:
            changes["target_groups"] = frozenset(changes["target_groups"])
        if "district_codes" in changes:
            changes["district_codes"] = tuple(changes["district_codes"])
        return replace(self, **changes, updated_at=now)._checked()

    def apply(
        self,
        action: ActivityAction,
        now: datetime,
        *,
        reason: str | None = None,
        new_starts_at: datetime | None = None,
        new_ends_at: datetime | None = None,
    ) -> Activity:
        """Hold, cancel or postpone; raises IllegalActivityTransition, ActivityNotStarted or
        InvalidValue and changes nothing then."""
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        target = TRANSITIONS.get((self.status, action))
        if target is None:
            raise IllegalActivityTransition(self.status, action)
        errors: list[FieldError] = []
        if action is ActivityAction.hold:
            if now < self.starts_at:
                raise ActivityNotStarted(
                    f"The activity starts at {self.starts_at.isoformat()}; "
                    "record it as held once it has started.",
                    extra={"starts_at": self.starts_at.isoformat()},
                )
            return replace(self, status=target, status_reason=None, updated_at=now)
        why = _text(reason, "reason", 2000, errors, required=True)
        if action is ActivityAction.cancel:
            _raise(errors, "Invalid arguments to cancel an activity.")
            return replace(self, status=target, status_reason=why, updated_at=now)
        # postpone: a new, later date is required
        if new_starts_at is None:
            errors.append(_invalid(("new_starts_at",), "required to postpone", "missing"))
        if new_ends_at is None:
            errors.append(_invalid(("new_ends_at",), "required to postpone", "missing"))
        if new_starts_at is not None and new_ends_at is not None:
            before = len(errors)
            _schedule(new_starts_at, new_ends_at, errors, prefix="new_")
            if len(errors) == before and new_starts_at <= self.starts_at:
                errors.append(_invalid(("new_starts_at",), "a postponement moves the start later"))
        _raise(errors, "Invalid arguments to postpone an activity.")
        assert new_starts_at is not None and new_ends_at is not None
        return replace(
            self,
            status=target,
            status_reason=why,
            postponed_from=self.postponed_from or self.starts_at,
            starts_at=new_starts_at,
            ends_at=new_ends_at,
            updated_at=now,
        )

    def record_outcome(self, outcome: Outcome, now: datetime) -> Activity:
        """Record (or correct) what happened; only a held activity has an outcome."""
        if self.status is not ActivityStatus.held:
            raise ActivityNotHeld(
                f"The activity is {self.status.value}; record it as held first.",
                extra={"status": self.status.value},
            )
        checked = replace(outcome.check(self.type), recorded_at=now)
        return replace(self, outcome=checked, updated_at=now)


EDITABLE = frozenset(
    {
        "mou_area_id",
        "title",
        "description",
        "district_codes",
        "venue",
        "starts_at",
        "ends_at",
        "organiser_agency_ids",
        "target_groups",
    }
)
