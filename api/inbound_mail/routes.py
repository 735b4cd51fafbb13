"""POST /integrations/mail/inbound: one raw RFC 5322 message, authorized by a shared secret."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Request

from api.context import current_request_id
from api.deps import InboundMailDep
from api.errors import problem_responses
from api.schemas import OutputModel

router = APIRouter(prefix="/integrations/mail", tags=["integrations"])


class InboundMailReceipt(OutputModel):
    """What came of the mail: `filed` (a new case), `appended` (a reply, added to its case's
    timeline), `ignored` (an auto-reply, bounce or list mail) or `duplicate` (its Message-ID
    was received before). Nothing of the mail's content is echoed."""

    outcome: Literal["filed", "appended", "ignored", "duplicate"]
    reason: str | None = None
    case_number: str | None = None


def _credential(authorization: str | None) -> str | None:
    """The secret from `Bearer <secret>` or the password of HTTP Basic (the form a mail
    provider sends when the secret is written into the webhook URL as user:password@)."""
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2] or None
    return None


@router.post(
    "/inbound",
    responses=problem_responses(401, 413, 422, 503),
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "One e-mail exactly as received (RFC 5322 bytes, headers first).",
            "content": {"message/rfc822": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def receive_inbound_mail(
    request: Request,
    service: InboundMailDep,
    authorization: Annotated[
        str | None,
        Header(description="`Bearer <secret>`, or Basic with the secret as the password."),
    ] = None,
) -> InboundMailReceipt:
    """A mail sent to the published complaints address, handed over by the MTA or a mail
    provider. A new mail files a complaint with channel `email` and is acknowledged by e-mail
    with its tracking code; a reply from the complainant (the tracking code in the subject, or
    In-Reply-To/References of the thread) is added to that case's timeline; auto-replies,
    bounces and list mail are dropped without an answer; a redelivered Message-ID does
    nothing. The shared secret (`FASTTRACK_INBOUND_MAIL_SECRET`) is checked before the body is
    read; without it the answer is a 401 and nothing of the request is logged."""
    service.authenticate(_credential(authorization))
    receipt = await service.receive(await request.body(), current_request_id())
    return InboundMailReceipt(
        outcome=receipt.outcome.value, reason=receipt.reason, case_number=receipt.case_number
    )
