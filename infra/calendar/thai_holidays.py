"""`HolidayProvider` for Thai government offices, backed by the `holidays` package (TH)."""

from __future__ import annotations

from datetime import date
from threading import Lock

import holidays
from holidays.constants import GOVERNMENT, PUBLIC

# Which of the package's Thai categories are days off for the civil service (OMB and BMA):
# - PUBLIC: the Holidays Act days plus substitution ("ชดเชย…") and cabinet bridge days.
# - GOVERNMENT: only the Royal Ploughing Ceremony (วันพืชมงคล), a day off for government
#   offices and not for banks or private firms; its date is set yearly by the palace, and
#   the package carries it only up to the years it has been told about (2026 in 0.109), so
#   later ones must come in as admin closures until the package is upgraded.
# Left out on purpose:
# - WORKDAY: national observances ("วันสำคัญ") such as วันวิทยาศาสตร์แห่งชาติ (National
#   Science Day, 18 Aug) or วันพระราชทานธงชาติไทย (Thai National Flag Day, 28 Sep); the
#   package itself files them as working days.
# - ARMED_FORCES: วันกองทัพไทย (18 Jan) is off for the military only.
# - SCHOOL: วันครู (Teacher's Day, 16 Jan) is off for the Ministry of Education only.
# - BANK: closing days of financial institutions only.
CATEGORIES = (PUBLIC, GOVERNMENT)

# National Labour Day sits in PUBLIC but, per the package's own note and the Labour
# Protection Act, is a day off for private-sector employees, not for government offices,
# which stay open. The package's Thai name is matched (its source string, stable across
# translations) together with its "ชดเชย" (in lieu) variant.
LABOUR_DAY = "วันแรงงานแห่งชาติ"
_IN_LIEU_PREFIX = "ชดเชย"


class ThaiHolidayProvider:
    """Days off for Thai government offices, one calendar year at a time, cached.

    National Children's Day (PUBLIC) is kept although it is more celebration than day
    off: it is always the second Saturday of January and never gets a substitute, so it
    can never take away a working day.
    """

    def __init__(self, *, labour_day_is_day_off: bool = False) -> None:
        self._labour_day_is_day_off = labour_day_is_day_off
        self._years: dict[int, frozenset[date]] = {}
        self._lock = Lock()

    def days_off(self, first_year: int, last_year: int) -> frozenset[date]:
        days: set[date] = set()
        for year in range(first_year, last_year + 1):
            days |= self._year(year)
        return frozenset(days)

    def _year(self, year: int) -> frozenset[date]:
        with self._lock:
            cached = self._years.get(year)
            if cached is None:
                cached = self._load(year)
                self._years[year] = cached
            return cached

    def _load(self, year: int) -> frozenset[date]:
        calendar = holidays.country_holidays("TH", years=year, categories=CATEGORIES, language="th")
        # A date is off if any of its names is a real day off; 5 Dec, for one, carries
        # three names at once.
        return frozenset(
            day
            for day in calendar
            if any(self._is_day_off(name) for name in calendar.get_list(day))
        )

    def _is_day_off(self, name: str) -> bool:
        if self._labour_day_is_day_off:
            return True
        return name.removeprefix(_IN_LIEU_PREFIX) != LABOUR_DAY
