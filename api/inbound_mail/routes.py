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


# The form fields in which mail providers post the raw message: SendGrid Inbound Parse
# ("POST the raw, full MIME message") and Mailgun routes to a `.../mime` URL.
_FORM_FIELDS = ("email", "body-mime")


async def _raw_mail(request: Request) -> bytes:
    """The message: the body itself, or a provider's form field holding it."""
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        return await request.body()
    try:
        form = await request.form(max_files=20, max_fields=200)
    except Exception:
        return b""  # a broken form holds no mail: answered as one (422 mail.unreadable)
    for name in _FORM_FIELDS:
        value = form.get(name)
        if isinstance(value, str):
            return value.encode("utf-8", errors="surrogateescape")
        if value is not None:
            return await value.read()
    return b""


@router.post(
    "/inbound",
    responses=problem_responses(401, 413, 422, 503),
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "One e-mail exactly as received (RFC 5322 bytes, headers "
            "first), sent as `message/rfc822` or `application/octet-stream`.",
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "description": "A provider's form: the raw message in `email` "
                        "(SendGrid) or `body-mime` (Mailgun).",
                        "properties": {
                            "email": {"type": "string"},
                            "body-mime": {"type": "string"},
                        },
                    }
                },
            },
        }
    },
)
async def record_inbound_mail(
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
    receipt = await service.receive(await _raw_mail(request), current_request_id())
    return InboundMailReceipt(
        outcome=receipt.outcome.value, reason=receipt.reason, case_number=receipt.case_number
    )
