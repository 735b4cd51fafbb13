"""Nightly: export the week's fast-track cases that breached an SLA to a CSV file.

A case is breached when its first-response or its resolution due time has passed without
the milestone being met (judged by the API on the stored due times). The script lists the
fast-track cases created in the last `FASTTRACK_DAYS` days (default 7) that breached either
milestone, and writes one row per case: no personal data, only what a report needs. The
file is UTF-8 with a BOM, so Excel shows the Thai titles correctly, and a title typed as a
formula (`=HYPERLINK(...)`) is written as text (`spreadsheet_safe`).

Configuration (environment variables):

    FASTTRACK_URL            the API, e.g. https://fasttrack.example
    FASTTRACK_CLIENT_ID      the partner's API client (scope complaints:read)
    FASTTRACK_CLIENT_SECRET
    FASTTRACK_OUTPUT         where to write the CSV (default: breached-YYYY-MM-DD.csv)
    FASTTRACK_DAYS           how many days back (default: 7)

Usage: python export_breached_cases.py   (e.g. from cron at 02:00)
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
from pathlib import Path

from fasttrack_client import AuthenticatedClient
from fasttrack_client.api.complaints import list_complaints
from fasttrack_client.helpers import ApiError, iterate_items, partner_client, spreadsheet_safe
from fasttrack_client.models import ComplaintRead, SlaFilter

HEADER = (
    "case_number",
    "title",
    "status",
    "urgency",
    "district_code",
    "created_at",
    "first_response_due_at",
    "first_response_breached",
    "resolution_due_at",
    "resolution_breached",
)


def _due(case: ComplaintRead, milestone: str) -> str:
    if case.sla is None:
        return ""
    due = getattr(case.sla, milestone).due_at
    return due.isoformat() if due else ""


def breached_cases(client: AuthenticatedClient, since: dt.datetime) -> list[tuple[ComplaintRead, set[str]]]:
    """The fast-track cases created since `since` that breached either milestone, oldest
    first, with the milestones each one breached."""
    found: dict[str, tuple[ComplaintRead, set[str]]] = {}
    for milestone in ("first_response", "resolution"):
        filters = {f"{milestone}_sla": SlaFilter.BREACHED}
        for case in iterate_items(
            list_complaints.sync,
            client=client,
            fast_track=True,
            created_from=since,
            limit=200,
            **filters,
        ):
            found.setdefault(str(case.id), (case, set()))[1].add(milestone)
    return sorted(found.values(), key=lambda pair: pair[0].created_at)


def write_csv(path: Path, rows: list[tuple[ComplaintRead, set[str]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for case, breached in rows:
            writer.writerow(
                spreadsheet_safe(cell)
                for cell in (
                    case.case_number,
                    case.title,
                    case.status.value,
                    case.urgency.value,
                    case.district_code or "",
                    case.created_at.isoformat(),
                    _due(case, "first_response"),
                    "yes" if "first_response" in breached else "no",
                    _due(case, "resolution"),
                    "yes" if "resolution" in breached else "no",
                )
            )


def main() -> int:
    missing = [
        name for name in ("FASTTRACK_URL", "FASTTRACK_CLIENT_ID", "FASTTRACK_CLIENT_SECRET") if not os.environ.get(name)
    ]
    if missing:
        print(f"set {', '.join(missing)} (see the docstring)", file=sys.stderr)
        return 2
    now = dt.datetime.now(dt.UTC)
    days = int(os.environ.get("FASTTRACK_DAYS", "7"))
    output = Path(os.environ.get("FASTTRACK_OUTPUT") or f"breached-{now:%Y-%m-%d}.csv")
    try:
        with partner_client(
            os.environ["FASTTRACK_URL"],
            os.environ["FASTTRACK_CLIENT_ID"],
            os.environ["FASTTRACK_CLIENT_SECRET"],
        ) as client:
            rows = breached_cases(client, now - dt.timedelta(days=days))
    except ApiError as error:
        print(f"export failed: {error}", file=sys.stderr)
        return 1
    write_csv(output, rows)
    print(f"{len(rows)} breached fast-track case(s) written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
