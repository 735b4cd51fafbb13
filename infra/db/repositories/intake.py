"""SQL store of smart intake: versioned models, keyword rules and the cases training reads."""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import ComplaintStatus
from domain.intake.model import CategoryModel, KeywordRule, RoadIndex, TrainingCase
from domain.intake.text import redact
from infra.db.tables import ComplaintRow, IntakeKeywordRuleRow, IntakeModelRow, table_of

_M = table_of(IntakeModelRow).c
_K = table_of(IntakeKeywordRuleRow).c
_C = table_of(ComplaintRow).c

# TRAINING_POLICY in domain/intake/service.py: these cases are never read for training.
_EXCLUDED = (ComplaintStatus.WITHDRAWN, ComplaintStatus.REJECTED, ComplaintStatus.MERGED)


def _pack(data: Any) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


def _unpack(payload: bytes) -> Any:
    return json.loads(zlib.decompress(payload).decode())


def _allowed() -> list[Any]:
    return [_C.confidential.is_(False), _C.status.not_in([s.value for s in _EXCLUDED])]


class SqlIntakeStore:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def latest_versions(self) -> dict[str, int]:
        rows = (
            await self._s.execute(select(_M.kind, func.max(_M.version)).group_by(_M.kind))
        ).all()
        return {kind: int(v) for kind, v in rows}

    async def _latest(self, kind: str) -> Any:
        return (
            await self._s.execute(
                select(IntakeModelRow.__table__)  # type: ignore[attr-defined]
                .where(_M.kind == kind)
                .order_by(_M.version.desc())
                .limit(1)
            )
        ).first()

    async def category_model(self) -> CategoryModel | None:
        row = await self._latest("category")
        if row is None:
            return None
        return CategoryModel(
            version=int(row.version),
            trained_at=row.created_at,
            training_cases=row.training_cases,
            cutoff=row.cutoff,
            params=_unpack(row.payload),
            metrics=dict(row.metrics or {}),
        )

    async def road_index(self) -> RoadIndex | None:
        row = await self._latest("roads")
        if row is None:
            return None
        return RoadIndex(int(row.version), row.created_at, _unpack(row.payload))

    async def _add(
        self,
        kind: str,
        data: Any,
        at: datetime,
        cases: int,
        cutoff: datetime | None,
        metrics: Mapping[str, Any],
    ) -> int:
        result = await self._s.execute(
            insert(IntakeModelRow.__table__)  # type: ignore[attr-defined]
            .values(
                kind=kind,
                created_at=at,
                training_cases=cases,
                cutoff=cutoff,
                metrics=dict(metrics),
                payload=_pack(data),
            )
            .returning(_M.version)
        )
        return int(result.scalar_one())

    async def add_category_model(
        self,
        params: Mapping[str, Any],
        *,
        trained_at: datetime,
        training_cases: int,
        cutoff: datetime | None,
        metrics: Mapping[str, Any],
    ) -> int:
        return await self._add(
            "category", dict(params), trained_at, training_cases, cutoff, metrics
        )

    async def add_road_index(
        self, counts: Mapping[str, Mapping[str, int]], *, built_at: datetime, cases: int
    ) -> int:
        data = {k: dict(v) for k, v in counts.items()}
        return await self._add("roads", data, built_at, cases, None, {"names": len(data)})

    async def prune(self, keep: int) -> int:
        removed = 0
        for kind in ("category", "roads"):
            kept = select(_M.version).where(_M.kind == kind).order_by(_M.version.desc()).limit(keep)
            ids = [v for (v,) in (await self._s.execute(kept)).all()]
            if not ids:
                continue
            result = await self._s.execute(
                delete(IntakeModelRow.__table__).where(  # type: ignore[attr-defined]
                    _M.kind == kind, _M.version.not_in(ids)
                )
            )
            removed += int(getattr(result, "rowcount", 0) or 0)
        return removed

    async def keyword_rules(self) -> list[KeywordRule]:
        rows = (
            await self._s.execute(
                select(_K.category_id, _K.keywords, _K.updated_at).order_by(_K.category_id)
            )
        ).all()
        return [KeywordRule(r.category_id, tuple(r.keywords or ()), r.updated_at) for r in rows]

    async def put_keyword_rule(self, rule: KeywordRule) -> None:
        values = {"keywords": list(rule.keywords), "updated_at": rule.updated_at}
        table = IntakeKeywordRuleRow.__table__  # type: ignore[attr-defined]
        result = await self._s.execute(
            update(table).where(_K.category_id == rule.category_id).values(**values)
        )
        if not getattr(result, "rowcount", 0):
            await self._s.execute(insert(table).values(category_id=rule.category_id, **values))

    async def delete_keyword_rule(self, category_id: uuid.UUID) -> bool:
        result = await self._s.execute(
            delete(IntakeKeywordRuleRow.__table__).where(  # type: ignore[attr-defined]
                _K.category_id == category_id
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def training_cases(self, limit: int) -> list[TrainingCase]:
        # Only these columns are read: never the complainant's contact fields.
        stmt = (
            select(
                _C.id,
                _C.title,
                _C.description,
                _C.address,
                _C.category_id,
                _C.district_code,
                _C.subdistrict_code,
                _C.lat,
                _C.lon,
                _C.created_at,
            )
            .where(*_allowed())
            .order_by(_C.created_at.desc(), _C.id.desc())
            .limit(limit)
        )
        return [
            TrainingCase(
                id=r.id,
                text=redact(f"{r.title}\n{r.description}"),
                address=redact(r.address) if r.address else None,
                category_id=r.category_id,
                district_code=r.district_code,
                subdistrict_code=r.subdistrict_code,
                located=r.lat is not None and r.lon is not None,
                created_at=r.created_at,
            )
            for r in (await self._s.execute(stmt)).all()
        ]

    async def categorised_since(self, cutoff: datetime | None) -> int:
        stmt = select(func.count()).where(*_allowed(), _C.category_id.is_not(None))
        if cutoff is not None:
            stmt = stmt.where(_C.created_at > cutoff)
        return int((await self._s.execute(stmt)).scalar_one())

    async def outcome_counts(self) -> dict[str, dict[str, int]]:
        rows = (
            await self._s.execute(
                select(_C.intake_suggestion).where(_C.intake_suggestion.is_not(None))
            )
        ).all()
        out: dict[str, dict[str, int]] = {}
        for (record,) in rows:
            for part in ("district", "subdistrict", "category"):
                outcome = (record or {}).get(part)
                if isinstance(outcome, str):
                    bucket = out.setdefault(part, {})
                    bucket[outcome] = bucket.get(outcome, 0) + 1
        return out
