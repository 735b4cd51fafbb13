"""The complaint lifecycle: statuses, the actions that move between them, and their rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from domain.errors import Conflict, FieldError, InvalidValue


@dataclass(frozen=True)
class Label:
    """A display text in Thai and English."""

    th: str
    en: str


class ComplaintStatus(StrEnum):
    """Where a complaint is in its life; the values are stable and stored."""

    RECEIVED = "received"
    TRIAGED = "triaged"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    AWAITING_COMPLAINANT = "awaiting_complainant"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    MERGED = "merged"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL_STATUSES

    @property
    def label(self) -> Label:
        return STATUS_LABELS[self]


class ComplaintAction(StrEnum):
    """Something a user asks to do to a complaint; the values are stable and used by the API."""

    TRIAGE = "triage"
    ASSIGN = "assign"
    START = "start"
    REQUEST_INFO = "request_info"
    PROVIDE_INFO = "provide_info"
    RESUME = "resume"
    RESOLVE = "resolve"
    CLOSE = "close"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    MERGE = "merge"
    TRANSFER = "transfer"
    REOPEN = "reopen"

    @property
    def label(self) -> Label:
        return ACTION_LABELS[self]


_S = ComplaintStatus
_A = ComplaintAction

# Resolved counts as not open: the agency's work is done, even though it can still be reopened.
OPEN_STATUSES: frozenset[ComplaintStatus] = frozenset(
    {_S.RECEIVED, _S.TRIAGED, _S.ASSIGNED, _S.IN_PROGRESS, _S.AWAITING_COMPLAINANT}
)
TERMINAL_STATUSES: frozenset[ComplaintStatus] = frozenset(
    {_S.CLOSED, _S.REJECTED, _S.WITHDRAWN, _S.MERGED}
)

STATUS_LABELS: Mapping[ComplaintStatus, Label] = {
    _S.RECEIVED: Label("รับเรื่องแล้ว", "Received"),
    _S.TRIAGED: Label("คัดกรองเรื่องแล้ว", "Triaged"),
    _S.ASSIGNED: Label("ส่งเรื่องให้หน่วยงานแล้ว", "Assigned to an agency"),
    _S.IN_PROGRESS: Label("อยู่ระหว่างดำเนินการ", "In progress"),
    _S.AWAITING_COMPLAINANT: Label(
        "รอข้อมูลเพิ่มเติมจากผู้ร้องเรียน", "Awaiting information from the complainant"
    ),
    _S.RESOLVED: Label("ดำเนินการแก้ไขแล้ว", "Resolved"),
    _S.CLOSED: Label("ยุติเรื่องแล้ว", "Closed"),
    _S.REJECTED: Label("ไม่อยู่ในอำนาจหน้าที่ ส่งต่อหน่วยงานอื่นแล้ว", "Outside jurisdiction, referred"),
    _S.WITHDRAWN: Label("ผู้ร้องเรียนถอนเรื่องแล้ว", "Withdrawn by the complainant"),
    _S.MERGED: Label("รวมกับเรื่องร้องเรียนอื่นแล้ว", "Merged into another complaint"),
}

ACTION_LABELS: Mapping[ComplaintAction, Label] = {
    _A.TRIAGE: Label("คัดกรองเรื่อง", "triage"),
    _A.ASSIGN: Label("มอบหมายหน่วยงาน", "assign"),
    _A.START: Label("เริ่มดำเนินการ", "start"),
    _A.REQUEST_INFO: Label("ขอข้อมูลเพิ่มเติม", "request information"),
    _A.PROVIDE_INFO: Label("ให้ข้อมูลเพิ่มเติม", "provide information"),
    _A.RESUME: Label("ดำเนินการต่อ", "resume"),
    _A.RESOLVE: Label("บันทึกผลการแก้ไข", "resolve"),
    _A.CLOSE: Label("ยุติเรื่อง", "close"),
    _A.REJECT: Label("ไม่รับเรื่อง", "reject"),
    _A.WITHDRAW: Label("ถอนเรื่อง", "withdraw"),
    _A.MERGE: Label("รวมเรื่อง", "merge"),
    _A.TRANSFER: Label("โอนเรื่อง", "transfer"),
    _A.REOPEN: Label("เปิดเรื่องอีกครั้ง", "reopen"),
}

# Reject and merge are dispositions made before any work starts; withdraw is the
# complainant's right for as long as the case is open.
TRANSITIONS: Mapping[tuple[ComplaintStatus, ComplaintAction], ComplaintStatus] = {
    (_S.RECEIVED, _A.TRIAGE): _S.TRIAGED,
    (_S.RECEIVED, _A.REJECT): _S.REJECTED,
    (_S.RECEIVED, _A.WITHDRAW): _S.WITHDRAWN,
    (_S.RECEIVED, _A.MERGE): _S.MERGED,
    (_S.TRIAGED, _A.ASSIGN): _S.ASSIGNED,
    (_S.TRIAGED, _A.TRANSFER): _S.ASSIGNED,
    (_S.TRIAGED, _A.REJECT): _S.REJECTED,
    (_S.TRIAGED, _A.WITHDRAW): _S.WITHDRAWN,
    (_S.TRIAGED, _A.MERGE): _S.MERGED,
    (_S.ASSIGNED, _A.START): _S.IN_PROGRESS,
    (_S.ASSIGNED, _A.TRANSFER): _S.ASSIGNED,
    (_S.ASSIGNED, _A.REJECT): _S.REJECTED,
    (_S.ASSIGNED, _A.WITHDRAW): _S.WITHDRAWN,
    (_S.ASSIGNED, _A.MERGE): _S.MERGED,
    (_S.IN_PROGRESS, _A.REQUEST_INFO): _S.AWAITING_COMPLAINANT,
    (_S.IN_PROGRESS, _A.RESOLVE): _S.RESOLVED,
    (_S.IN_PROGRESS, _A.TRANSFER): _S.ASSIGNED,
    (_S.IN_PROGRESS, _A.WITHDRAW): _S.WITHDRAWN,
    (_S.AWAITING_COMPLAINANT, _A.PROVIDE_INFO): _S.IN_PROGRESS,
    (_S.AWAITING_COMPLAINANT, _A.RESUME): _S.IN_PROGRESS,
    (_S.AWAITING_COMPLAINANT, _A.TRANSFER): _S.ASSIGNED,
    (_S.AWAITING_COMPLAINANT, _A.WITHDRAW): _S.WITHDRAWN,
    (_S.RESOLVED, _A.CLOSE): _S.CLOSED,
    (_S.RESOLVED, _A.REOPEN): _S.IN_PROGRESS,
}

_ALLOWED: Mapping[ComplaintStatus, frozenset[ComplaintAction]] = {
    status: frozenset(a for (s, a) in TRANSITIONS if s is status) for status in ComplaintStatus
}


def allowed_actions(status: ComplaintStatus) -> frozenset[ComplaintAction]:
    """The actions the transition table permits from `status` (ignores the reopen window)."""
    return _ALLOWED[status]


def needs_omb_attention(transfer_count: int, threshold: int) -> bool:
    """Whether a case has bounced between agencies often enough for the OMB to step in."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    return transfer_count >= threshold


class IllegalTransition(Conflict):
    """The action is not permitted from the complaint's current status."""

    code = "complaint.illegal_transition"
    title = "Action not allowed in the current status"
    title_th = "ไม่สามารถดำเนินการนี้ได้ในสถานะปัจจุบัน"

    def __init__(self, status: ComplaintStatus, action: ComplaintAction) -> None:
        allowed = sorted(a.value for a in allowed_actions(status))
        if allowed:
            hint = f"Allowed actions: {', '.join(allowed)}."
            hint_th = "การดำเนินการที่ทำได้: " + ", ".join(_A(a).label.th for a in allowed)
        else:
            hint = "The case is final; no further action is possible."
            hint_th = "เรื่องนี้สิ้นสุดแล้ว ไม่สามารถดำเนินการใดได้อีก"
        super().__init__(
            f"Cannot {action.value} a complaint whose status is {status.value}. {hint}",
            detail_th=(
                f"ไม่สามารถ{action.label.th}ได้ เนื่องจากเรื่องร้องเรียนอยู่ในสถานะ "
                f"“{status.label.th}” {hint_th}"
            ),
            extra={"status": status.value, "action": action.value, "allowed_actions": allowed},
        )
        self.status = status
        self.action = action
        self.allowed_actions = allowed


class ReopenWindowExpired(Conflict):
    """The case was resolved too long ago to be reopened; a new complaint is needed."""

    code = "complaint.reopen_window_expired"
    title = "The reopen window has passed"
    title_th = "พ้นระยะเวลาที่เปิดเรื่องอีกครั้งได้แล้ว"

    def __init__(self, resolved_at: datetime | None, deadline: datetime | None) -> None:
        extra: dict[str, object] = {
            "allowed_actions": sorted(a.value for a in allowed_actions(_S.RESOLVED) - {_A.REOPEN}),
            "resolved_at": resolved_at.isoformat() if resolved_at else None,
            "reopen_deadline": deadline.isoformat() if deadline else None,
        }
        when = f" (the deadline was {deadline.isoformat()})" if deadline else ""
        super().__init__(
            f"This complaint can no longer be reopened{when}; please file a new complaint.",
            detail_th="พ้นกำหนดเวลาที่เปิดเรื่องนี้อีกครั้งได้แล้ว กรุณายื่นเรื่องร้องเรียนใหม่",
            extra=extra,
        )
        self.deadline = deadline


@dataclass(frozen=True)
class LifecycleCommand:
    """One requested action and its arguments; which arguments are required depends on it.

    Required: assign → agency_id; transfer → agency_id, reason; resolve → resolution;
    reject → reason, referred_to; withdraw → reason; merge → target_case_id.
    """

    action: ComplaintAction
    reason: str | None = None
    referred_to: str | None = None
    target_case_id: str | None = None
    agency_id: str | None = None
    resolution: str | None = None


class LifecycleEventKind(StrEnum):
    """What a lifecycle event records; SLA events bracket the time the SLA clock is stopped."""

    TRANSITIONED = "transitioned"
    SLA_PAUSED = "sla_paused"
    SLA_RESUMED = "sla_resumed"


@dataclass(frozen=True)
class LifecycleEvent:
    """Something that happened to a complaint's lifecycle; `data` holds the action's arguments."""

    kind: LifecycleEventKind
    case_id: str
    action: ComplaintAction
    from_status: ComplaintStatus
    to_status: ComplaintStatus
    occurred_at: datetime
    data: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LifecycleState:
    """The lifecycle-relevant part of a complaint; ids are opaque strings."""

    case_id: str
    status: ComplaintStatus = ComplaintStatus.RECEIVED
    agency_id: str | None = None
    transfer_count: int = 0
    reopen_count: int = 0
    resolution: str | None = None
    resolved_at: datetime | None = None
    # Set when the case reaches a terminal status; a resolved case is not open but not closed.
    closed_at: datetime | None = None
    # Set while awaiting the complainant, the SLA clock does not run.
    sla_paused_at: datetime | None = None
    merged_into: str | None = None
    rejection_reason: str | None = None
    referred_to: str | None = None
    withdrawal_reason: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    @property
    def allowed_actions(self) -> frozenset[ComplaintAction]:
        return allowed_actions(self.status)

    def reopen_deadline(self, reopen_window: timedelta) -> datetime | None:
        if self.status is not _S.RESOLVED or self.resolved_at is None:
            return None
        return self.resolved_at + reopen_window

    def available_actions(
        self, now: datetime, reopen_window: timedelta
    ) -> frozenset[ComplaintAction]:
        """Like `allowed_actions`, but without reopen once its window has passed (for UIs)."""
        actions = self.allowed_actions
        deadline = self.reopen_deadline(reopen_window)
        if _A.REOPEN in actions and (deadline is None or now > deadline):
            actions = actions - {_A.REOPEN}
        return actions

    def apply(
        self, command: LifecycleCommand, now: datetime, reopen_window: timedelta
    ) -> tuple[LifecycleState, list[LifecycleEvent]]:
        return apply_action(self, command, now, reopen_window)


def _missing(name: str, action: ComplaintAction) -> FieldError:
    return FieldError((name,), f"required to {action.value} a complaint", "missing")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _validate(state: LifecycleState, command: LifecycleCommand) -> dict[str, str]:
    """The action's required arguments, stripped; raises InvalidValue naming every bad field."""
    action = command.action
    required: tuple[str, ...] = {
        _A.ASSIGN: ("agency_id",),
        _A.TRANSFER: ("agency_id", "reason"),
        _A.RESOLVE: ("resolution",),
        _A.REJECT: ("reason", "referred_to"),
        _A.WITHDRAW: ("reason",),
        _A.MERGE: ("target_case_id",),
    }.get(action, ())
    values: dict[str, str] = {}
    errors: list[FieldError] = []
    for name in required:
        value = _clean(getattr(command, name))
        if value is None:
            errors.append(_missing(name, action))
        else:
            values[name] = value
    if action is _A.MERGE and values.get("target_case_id") == state.case_id:
        errors.append(
            FieldError(
                ("target_case_id",),
                "a complaint cannot be merged into itself",
                "value_error.self_merge",
            )
        )
    if action is _A.TRANSFER and values.get("agency_id") == state.agency_id:
        errors.append(
            FieldError(
                ("agency_id",),
                "the complaint is already with this agency",
                "value_error.same_agency",
            )
        )
    if errors:
        raise InvalidValue(
            f"Invalid arguments to {action.value} a complaint.",
            detail_th=f"ข้อมูลสำหรับการ{action.label.th}ไม่ครบถ้วนหรือไม่ถูกต้อง",
            errors=errors,
        )
    return values


def apply_action(
    state: LifecycleState,
    command: LifecycleCommand,
    now: datetime,
    reopen_window: timedelta,
) -> tuple[LifecycleState, list[LifecycleEvent]]:
    """Apply one action; returns the new state and what happened, or raises without changes.

    Raises IllegalTransition, ReopenWindowExpired (both Conflict) or InvalidValue.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if reopen_window < timedelta(0):
        raise ValueError("reopen_window must not be negative")
    action = command.action
    source = state.status
    target = TRANSITIONS.get((source, action))
    if target is None:
        raise IllegalTransition(source, action)
    if action is _A.REOPEN:
        deadline = state.reopen_deadline(reopen_window)
        if deadline is None or now > deadline:
            raise ReopenWindowExpired(state.resolved_at, deadline)
    values = _validate(state, command)

    new = replace(state, status=target)
    data: dict[str, str] = dict(values)
    if action is _A.ASSIGN:
        new = replace(new, agency_id=values["agency_id"])
    elif action is _A.TRANSFER:
        if state.agency_id is not None:
            data["previous_agency_id"] = state.agency_id
        new = replace(new, agency_id=values["agency_id"], transfer_count=state.transfer_count + 1)
    elif action is _A.RESOLVE:
        new = replace(new, resolution=values["resolution"], resolved_at=now)
    elif action is _A.REOPEN:
        if state.resolution is not None:
            data["previous_resolution"] = state.resolution
        new = replace(new, resolution=None, resolved_at=None, reopen_count=state.reopen_count + 1)
    elif action is _A.REJECT:
        new = replace(new, rejection_reason=values["reason"], referred_to=values["referred_to"])
    elif action is _A.WITHDRAW:
        new = replace(new, withdrawal_reason=values["reason"])
    elif action is _A.MERGE:
        new = replace(new, merged_into=values["target_case_id"])
    if target.is_terminal:
        new = replace(new, closed_at=now)

    events = [
        LifecycleEvent(
            LifecycleEventKind.TRANSITIONED, state.case_id, action, source, target, now, data
        )
    ]
    # The SLA clock stops exactly while the complainant owes us information.
    if target is _S.AWAITING_COMPLAINANT and source is not _S.AWAITING_COMPLAINANT:
        new = replace(new, sla_paused_at=now)
        events.append(
            LifecycleEvent(
                LifecycleEventKind.SLA_PAUSED, state.case_id, action, source, target, now
            )
        )
    elif source is _S.AWAITING_COMPLAINANT and target is not _S.AWAITING_COMPLAINANT:
        paused = {"paused_at": state.sla_paused_at.isoformat()} if state.sla_paused_at else {}
        new = replace(new, sla_paused_at=None)
        events.append(
            LifecycleEvent(
                LifecycleEventKind.SLA_RESUMED, state.case_id, action, source, target, now, paused
            )
        )
    return new, events
