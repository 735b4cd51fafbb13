"""SLA policy data: urgency, working hours, business-time targets and the SLA states."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType

from domain.errors import FieldError, InvalidValue

MON_FRI: frozenset[int] = frozenset(range(5))
ALL_WEEK: frozenset[int] = frozenset(range(7))

# A stretch of time spent in awaiting_complainant; an end of None means the pause is still open.
Pause = tuple[datetime, datetime | None]


def invalid(field_name: str, msg: str, msg_th: str, *, code: str = "sla.invalid") -> InvalidValue:
    """An InvalidValue naming the offending field, in the shape the API turns into a 422."""
    return InvalidValue(
        msg,
        detail_th=msg_th,
        code=code,
        errors=[FieldError(loc=(field_name,), msg=msg)],
    )


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


class Milestone(StrEnum):
    FIRST_RESPONSE = "first_response"
    RESOLUTION = "resolution"


class SlaState(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    BREACHED = "breached"
    # Met on time only; a milestone met late stays BREACHED so reports never hide a miss.
    MET = "met"
    # The complainant owes us something and the clock is stopped, so there is no due instant.
    PAUSED = "paused"


@dataclass(frozen=True)
class WorkingHours:
    """When the SLA clock runs: the same local window on each listed weekday, or 24×7.

    Weekdays follow `date.weekday()` (0 = Monday). Times are wall-clock times in the
    business calendar's zone (Asia/Bangkok); they must be naive because the zone is the
    calendar's business, not the policy's.
    """

    weekdays: frozenset[int] = MON_FRI
    start: time = time(8, 30)
    end: time = time(16, 30)
    always_open: bool = False

    def __post_init__(self) -> None:
        # Accept any iterable of ints from callers but keep the field hashable and immutable.
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        if self.always_open:
            return
        if not self.weekdays:
            raise invalid("weekdays", "Working hours need at least one weekday", "ต้องมีวันทำการ")
        if not self.weekdays <= ALL_WEEK:
            raise invalid(
                "weekdays", "Weekdays must be 0 (Monday) to 6 (Sunday)", "วันในสัปดาห์ไม่ถูกต้อง"
            )
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise invalid(
                "start", "Working hours are local wall-clock times", "เวลาทำการต้องไม่ระบุเขตเวลา"
            )
        if not self.start < self.end:
            raise invalid(
                "end", "Working hours must start before they end", "เวลาเริ่มต้องก่อนเวลาสิ้นสุด"
            )

    @classmethod
    def office(cls, start: time, end: time, weekdays: Iterable[int] = MON_FRI) -> WorkingHours:
        return cls(weekdays=frozenset(weekdays), start=start, end=end)

    @classmethod
    def around_the_clock(cls) -> WorkingHours:
        """24×7: every instant counts, weekends and holidays included."""
        return cls(weekdays=ALL_WEEK, start=time(0), end=time.max, always_open=True)

    @property
    def daily(self) -> timedelta:
        """Business time in one full working day (24 h when always open)."""
        if self.always_open:
            return timedelta(days=1)
        day = datetime(2000, 1, 1)
        return datetime.combine(day, self.end) - datetime.combine(day, self.start)


@dataclass(frozen=True)
class SlaTarget:
    """How much business time each milestone may take."""

    first_response: timedelta
    resolution: timedelta

    def __post_init__(self) -> None:
        for name in ("first_response", "resolution"):
            if getattr(self, name) <= timedelta(0):
                raise invalid(name, "SLA targets must be positive", "เป้าหมาย SLA ต้องมากกว่าศูนย์")

    def for_milestone(self, milestone: Milestone) -> timedelta:
        if milestone is Milestone.FIRST_RESPONSE:
            return self.first_response
        return self.resolution


@dataclass(frozen=True)
class SlaPolicy:
    """The SLA of one SLA class (from the complaint category): hours plus targets per urgency.

    Fast-track cases get their own table; it must be no slower than the ordinary one,
    otherwise flagging a case as fast-track could lengthen its deadline.
    """

    sla_class: str
    working_hours: WorkingHours
    targets: Mapping[Urgency, SlaTarget] = field(hash=False)
    fast_track_targets: Mapping[Urgency, SlaTarget] = field(hash=False)
    # "Due soon" once less than this share of the total business time is left.
    due_soon_share: float = 0.25
    # The stored policy's version (optimistic concurrency); not part of its meaning.
    version: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        if not self.sla_class.strip():
            raise invalid("sla_class", "SLA class is required", "ต้องระบุประเภท SLA")
        validate_due_soon_share(self.due_soon_share)
        for name in ("targets", "fast_track_targets"):
            table: Mapping[Urgency, SlaTarget] = getattr(self, name)
            missing = [u.value for u in Urgency if u not in table]
            if missing:
                raise invalid(
                    name,
                    f"Targets missing for urgency: {', '.join(missing)}",
                    f"ไม่มีเป้าหมายสำหรับระดับความเร่งด่วน: {', '.join(missing)}",
                )
            # A read-only copy: policies are shared between requests and must not drift.
            object.__setattr__(self, name, MappingProxyType(dict(table)))
        for urgency in Urgency:
            fast, normal = self.fast_track_targets[urgency], self.targets[urgency]
            if fast.first_response > normal.first_response or fast.resolution > normal.resolution:
                raise invalid(
                    "fast_track_targets",
                    f"Fast-track targets for {urgency.value} are longer than the ordinary ones",
                    f"เป้าหมาย fast track ระดับ {urgency.value} ยาวกว่าแบบปกติ",
                )

    def target_for(self, urgency: Urgency, *, fast_track: bool) -> SlaTarget:
        return (self.fast_track_targets if fast_track else self.targets)[urgency]


def validate_due_soon_share(share: float) -> None:
    if not 0.0 <= share <= 1.0:
        raise invalid(
            "due_soon_share", "due_soon_share must be between 0 and 1", "สัดส่วนต้องอยู่ระหว่าง 0 ถึง 1"
        )
