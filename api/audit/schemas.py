"""HTTP schemas for the audit log."""

from __future__ import annotations

import uuid
from typing import Any, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from api.schemas import OutputModel, UtcDateTime
from domain.shared.principal import PrincipalKind

# One recorded field's value, named so generated clients get a typed union rather than
# `unknown` (one level deep: openapi-python-client cannot generate a recursive union).
FieldValue = TypeAliasType(
    "FieldValue",
    Union[str, int, float, bool, list[Any], dict[str, Any], None],  # noqa: UP007
)
Snapshot = dict[str, FieldValue]


class AuditEntryRead(OutputModel):
    """One administrative change: who, when, which request, before and after."""

    id: uuid.UUID
    at: UtcDateTime
    actor_kind: PrincipalKind
    actor_id: uuid.UUID | None
    action: str
    entity_type: str
    entity_id: str
    before: Snapshot | None = Field(
        description="The changed fields before the change (none for a creation)"
    )
    after: Snapshot | None = Field(
        description="The changed fields after the change (none for a deletion)"
    )
    request_id: str | None


class AuditEntryPage(OutputModel):
    items: list[AuditEntryRead]
    next_cursor: str | None
