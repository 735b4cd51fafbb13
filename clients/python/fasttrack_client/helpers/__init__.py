"""Hand-written helpers of the Fast Track SDK, where the generated code cannot help.

This folder is outside `api/` and `models/`, so `make sdk` never overwrites it.
"""

from .auth import ClientCredentialsAuth, partner_client
from .concurrency import achange_with_etag, change_with_etag
from .errors import ApiError, unwrap
from .idempotency import acreate_idempotently, create_idempotently
from .pagination import aiterate_changes, aiterate_items, iterate_changes, iterate_items
from .spreadsheet import spreadsheet_safe
from .webhooks import WebhookVerificationError, verify_webhook

__all__ = [
    "ApiError",
    "ClientCredentialsAuth",
    "WebhookVerificationError",
    "achange_with_etag",
    "change_with_etag",
    "acreate_idempotently",
    "aiterate_changes",
    "aiterate_items",
    "create_idempotently",
    "iterate_changes",
    "iterate_items",
    "partner_client",
    "spreadsheet_safe",
    "unwrap",
    "verify_webhook",
]
