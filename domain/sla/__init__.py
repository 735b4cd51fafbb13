"""The SLA clock on the Thai business calendar: policies, business time, pauses and states."""

from domain.sla.calendar import BANGKOK, BusinessCalendar, FixedHolidays, HolidayProvider, as_utc
from domain.sla.clock import BusinessClock, merge_pauses
from domain.sla.model import (
    ALL_WEEK,
    MON_FRI,
    Milestone,
    Pause,
    SlaPolicy,
    SlaState,
    SlaTarget,
    Urgency,
    WorkingHours,
)
from domain.sla.status import SlaStatus, evaluate_milestone, milestone_state, sla_state

__all__ = [
    "ALL_WEEK",
    "BANGKOK",
    "MON_FRI",
    "BusinessCalendar",
    "BusinessClock",
    "FixedHolidays",
    "HolidayProvider",
    "Milestone",
    "Pause",
    "SlaPolicy",
    "SlaState",
    "SlaStatus",
    "SlaTarget",
    "Urgency",
    "WorkingHours",
    "as_utc",
    "evaluate_milestone",
    "merge_pauses",
    "milestone_state",
    "sla_state",
]
