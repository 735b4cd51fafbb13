"""Smart intake: suggestions from free text (staff, partners, the public) and keyword rules."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from api.deps import IntakeServiceDep, PrincipalDep
from api.errors import problem_responses
from api.intake.schemas import (
    AgencySuggestionRead,
    CategoryCandidateRead,
    EvidenceRead,
    IntakeSuggestionRead,
    IntakeSuggestionRequest,
    KeywordRuleList,
    KeywordRuleRead,
    KeywordRuleReplace,
    PlaceCandidateRead,
)
from domain.geo import GeoPoint
from domain.intake.model import Evidence, Suggestions
from domain.intake.service import SuggestionRequest

router = APIRouter(prefix="/intake", tags=["intake"])
public_router = APIRouter(prefix="/public/intake", tags=["public"])


def _request(body: IntakeSuggestionRequest) -> SuggestionRequest:
    point = GeoPoint(body.location.lat, body.location.lon) if body.location else None
    return SuggestionRequest(
        text=body.text, point=point, district_code=body.district_code, limit=body.limit
    )


def _evidence(items: tuple[Evidence, ...]) -> list[EvidenceRead]:
    return [EvidenceRead(kind=e.kind, text=e.text, detail=e.detail, weight=e.weight) for e in items]


def suggestions_read(s: Suggestions) -> IntakeSuggestionRead:
    names = s.labels
    places = []
    for p in s.places:
        d = names[p.district_code]
        sd = names.get(p.subdistrict_code) if p.subdistrict_code else None
        places.append(
            PlaceCandidateRead(
                district_code=p.district_code,
                district_name_th=d.name_th,
                district_name_en=d.name_en,
                subdistrict_code=p.subdistrict_code,
                subdistrict_name_th=sd.name_th if sd else None,
                subdistrict_name_en=sd.name_en if sd else None,
                confidence=p.confidence,
                evidence=_evidence(p.evidence),
            )
        )
    categories = []
    for c in s.categories:
        label = names[str(c.category_id)]
        categories.append(
            CategoryCandidateRead(
                category_id=c.category_id,
                service_code=label.code or "",
                name_th=label.name_th,
                name_en=label.name_en,
                confidence=c.confidence,
                evidence=_evidence(c.evidence),
            )
        )
    agency = None
    if s.agency is not None and str(s.agency.agency_id) in names:
        label = names[str(s.agency.agency_id)]
        agency = AgencySuggestionRead(
            agency_id=s.agency.agency_id,
            code=label.code or "",
            name_th=label.name_th,
            name_en=label.name_en,
            rule_id=s.agency.rule_id,
            category_id=s.agency.category_id,
            district_code=s.agency.district_code,
            warning=s.agency.warning,
        )
    return IntakeSuggestionRead(
        place_source=s.place_source,
        places=places,
        category_source=s.category_source,
        model_version=s.model_version,
        categories=categories,
        agency=agency,
        warnings=list(s.warnings),
    )


@router.post("/suggestions", responses=problem_responses(401, 403, 422))
async def request_intake_suggestions(
    actor: PrincipalDep, body: IntakeSuggestionRequest, service: IntakeServiceDep
) -> IntakeSuggestionRead:
    """District, sub-district, category and agency suggested from a complaint's free text,
    ranked with confidence and the words that matched (staff who file cases, partner clients
    with `complaints:create`). Nothing is stored; a given point or district is never
    overridden."""
    return suggestions_read(await service.suggest(actor, _request(body)))


@public_router.post("/suggestions", responses=problem_responses(422, 429))
async def request_public_intake_suggestions(
    body: IntakeSuggestionRequest, request: Request, response: Response, service: IntakeServiceDep
) -> IntakeSuggestionRead:
    """The same suggestions for the public portal and the LINE conversation, without an
    account; limited per client address (429 with Retry-After)."""
    address = request.client.host if request.client else None
    result = await service.suggest_public(address, _request(body))
    response.headers["Cache-Control"] = "no-store"
    return suggestions_read(result)


@router.get("/keyword-rules", responses=problem_responses(401, 403))
async def list_intake_keyword_rules(
    actor: PrincipalDep, service: IntakeServiceDep
) -> KeywordRuleList:
    """The keywords that suggest each category while too few cases exist to train a model."""
    rules = await service.keyword_rules(actor)
    return KeywordRuleList(
        items=[
            KeywordRuleRead(
                category_id=r.category_id, keywords=list(r.keywords), updated_at=r.updated_at
            )
            for r in rules
        ]
    )


@router.put("/keyword-rules/{category_id}", responses=problem_responses(401, 403, 404, 422))
async def replace_intake_keyword_rule(
    actor: PrincipalDep, category_id: uuid.UUID, body: KeywordRuleReplace, service: IntakeServiceDep
) -> KeywordRuleRead:
    """Set a category's keywords (admins; audit-logged); an empty list deletes the rule."""
    rule = await service.set_keyword_rule(actor, category_id, body.keywords)
    return KeywordRuleRead(
        category_id=category_id,
        keywords=list(rule.keywords) if rule else [],
        updated_at=rule.updated_at if rule else None,
    )
