"""Which rollup entry answers a statistics request, and the percentile rule."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from domain.stats.model import (
    VISIBLE_TO,
    RollupSlice,
    StatsFilter,
    StatsScope,
    percentile,
    rollup_slice,
)

EVERY = StatsScope(all_cases=True)
AGENCY = uuid.UUID("0b70be8a-279c-49de-8688-2eb94857f680")


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (StatsFilter(), RollupSlice()),
        (StatsFilter(district_code="1026"), RollupSlice("district", "1026")),
        (StatsFilter(agency_id=AGENCY), RollupSlice("agency", str(AGENCY))),
        (StatsFilter(channel="line"), RollupSlice("channel", "line")),
        (StatsFilter(mou_area_id=1), RollupSlice("mou_area", "1")),
        (StatsFilter(fast_track=False), RollupSlice("fast_track", "False")),
        (StatsFilter(statuses=("closed",)), RollupSlice("status", "closed")),
        (StatsFilter(statuses=("closed", "resolved")), None),
        (StatsFilter(district_code="1026", channel="line"), None),
        (StatsFilter(created_from=datetime(2026, 1, 1, tzinfo=UTC)), None),
        (StatsFilter(created_to=datetime(2026, 1, 1, tzinfo=UTC)), None),
        (StatsFilter(live=True), None),
    ],
)
def test_omb_wide_requests_map_to_one_slice_or_none(
    f: StatsFilter, expected: RollupSlice | None
) -> None:
    assert rollup_slice(EVERY, f) == expected


def test_agency_scope_uses_its_visibility_slice_only_without_filters() -> None:
    mine = StatsScope(all_cases=False, agency_id=AGENCY)
    assert rollup_slice(mine, StatsFilter()) == RollupSlice(VISIBLE_TO, str(AGENCY))
    assert rollup_slice(mine, StatsFilter(channel="line")) is None
    assert rollup_slice(mine, StatsFilter(live=True)) is None
    client = StatsScope(all_cases=False, agency_id=AGENCY, submitted_by=uuid.uuid4())
    assert rollup_slice(client, StatsFilter()) is None  # it also sees what it submitted
    assert rollup_slice(StatsScope(all_cases=False), StatsFilter()) is None


def test_percentile_interpolates_between_closest_ranks() -> None:
    values = [600.0, 1200.0, 1800.0, 2400.0, 6000.0]
    assert percentile(values, 0.5) == 1800
    assert percentile(values, 0.9) == pytest.approx(4560)
    assert percentile([], 0.5) is None
