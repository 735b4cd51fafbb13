"""A partner system files its tickets as Fast Track complaints, safely retried.

Each ticket's own id is the Idempotency-Key, so running the script twice (or a retry after
a lost answer) never files a ticket twice. Tickets are JSON lines:

    {"id": "crm-4711", "title": "...", "description": "...", "district_code": "1026"}

Usage: FASTTRACK_URL=... FASTTRACK_CLIENT_ID=... FASTTRACK_CLIENT_SECRET=... \\
       python submit_complaints.py tickets.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from fasttrack_client.api.complaints import create_complaint
from fasttrack_client.helpers import ApiError, create_idempotently, partner_client, unwrap
from fasttrack_client.models import Channel, ComplaintCreate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tickets", type=Path, help="JSON lines, one ticket a line")
    args = parser.parse_args(argv)
    failed = 0
    with partner_client(
        os.environ["FASTTRACK_URL"],
        os.environ["FASTTRACK_CLIENT_ID"],
        os.environ["FASTTRACK_CLIENT_SECRET"],
    ) as client:
        for line in args.tickets.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            ticket = json.loads(line)
            body = ComplaintCreate(
                title=ticket["title"],
                description=ticket["description"],
                channel=Channel.PARTNER_API,
                channel_ref=ticket["id"],
                district_code=ticket.get("district_code"),
            )
            try:
                case = unwrap(
                    create_idempotently(
                        create_complaint.sync_detailed,
                        client=client,
                        body=body,
                        idempotency_key=f"ticket-{ticket['id']}",
                    )
                )
            except ApiError as error:
                failed += 1
                print(f"{ticket['id']}: refused ({error})", file=sys.stderr)
                continue
            print(f"{ticket['id']}\t{case.case_number}\t{case.tracking_code}\t{case.status.value}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
