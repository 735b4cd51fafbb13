"""Hand-written helpers of the Fast Track SDK, where the generated code cannot help.

This folder is outside `api/` and `models/`, so `make sdk` never overwrites it.
"""

from .auth import ClientCredentialsAuth, partner_client
from .errors import ApiError, unwrap
from .idempotency import create_idempotently
from .pagination import iterate_items

__all__ = [
    "ApiError",
    "ClientCredentialsAuth",
    "create_idempotently",
    "iterate_items",
    "partner_client",
    "unwrap",
]
