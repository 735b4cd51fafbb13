"""The queue's filters as query parameters: the list, the exports and the statistics take
the same ones."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Query

from api.schemas import UtcDateTime
from domain.complaint.filters import QueueFilter, SlaFilter
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Channel
from domain.sla.model import Urgency


class QueueParams:
    """The queue's filters, shared by the list and the export."""

    def __init__(
        self,
        status: Annotated[list[ComplaintStatus] | None, Query()] = None,
        agency_id: uuid.UUID | None = None,
        district_code: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
        subdistrict_code: Annotated[
            str | None, Query(pattern=r"^\d{6}$", description="DOPA sub-district (แขวง) code")
        ] = None,
        category_id: uuid.UUID | None = None,
        channel: Channel | None = None,
        fast_track: bool | None = None,
        urgency: Urgency | None = None,
        mou_area_id: Annotated[int | None, Query(ge=1, le=5)] = None,
        assignee_id: uuid.UUID | None = None,
        first_response_sla: Annotated[
            SlaFilter | None, Query(description="Judged on the stored due times; met excluded")
        ] = None,
        resolution_sla: SlaFilter | None = None,
        created_from: UtcDateTime | None = None,
        created_to: UtcDateTime | None = None,
        resolved_from: UtcDateTime | None = None,
        resolved_to: UtcDateTime | None = None,
        q: Annotated[
            str | None,
            Query(
                max_length=200,
                description="Thai or English substring of the title or description",
            ),
        ] = None,
    ) -> None:
        self.filters = QueueFilter(
            statuses=tuple(s.value for s in status or ()),
            agency_id=agency_id,
            district_code=district_code,
            subdistrict_code=subdistrict_code,
            category_id=category_id,
            channel=channel.value if channel else None,
            fast_track=fast_track,
            urgency=urgency.value if urgency else None,
            mou_area_id=mou_area_id,
            assignee_id=assignee_id,
            first_response_sla=first_response_sla,
            resolution_sla=resolution_sla,
            created_from=created_from,
            created_to=created_to,
            resolved_from=resolved_from,
            resolved_to=resolved_to,
            q=q,
        )


QueueParamsDep = Annotated[QueueParams, Depends()]
