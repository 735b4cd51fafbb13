"""Business-calendar adapters: official Thai days off for the SLA clock."""

from infra.calendar.thai_holidays import ThaiHolidayProvider

__all__ = ["ThaiHolidayProvider"]
