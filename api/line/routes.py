"""POST /integrations/line/webhook: LINE's events, authorized by the channel's signature."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request

from api.context import current_request_id
from api.deps import LineWebhookDep
from api.errors import problem_responses
from api.schemas import OutputModel

router = APIRouter(prefix="/integrations/line", tags=["integrations"])


class LineWebhookReceipt(OutputModel):
    """How many of the request's events were new (a redelivered event counts none)."""

    handled: int


@router.post(
    "/webhook",
    responses=problem_responses(401, 422, 503),
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "LINE's webhook body, exactly as sent (the signature covers it).",
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    },
)
async def record_line_events(
    request: Request,
    webhook: LineWebhookDep,
    x_line_signature: Annotated[
        str | None,
        Header(description="Base64 HMAC-SHA256 of the body with the channel secret."),
    ] = None,
) -> LineWebhookReceipt:
    """Events of the LINE Official Account (messages, follows, postbacks). The request must be
    signed with the channel secret (`X-Line-Signature`); anything else is refused with a 401
    and nothing of it is read further. Answers quickly: replies go out through the job queue.
    """
    body = await request.body()
    handled = await webhook.receive(body, x_line_signature, current_request_id())
    return LineWebhookReceipt(handled=handled)
