"""Smart intake use cases: suggest a place, a category and an agency from free text; retrain
the models from the platform's own cases; measure them on a held-out part."""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from domain.audit.model import AuditEntry
from domain.directory.model import Agency, Category, ancestor_chain
from domain.directory.routing import RoutingRule, matching_rules, pick_agency, skipped_warning
from domain.errors import (
    DomainError,
    FieldError,
    Forbidden,
    InvalidValue,
    NotFound,
    TooManyRequests,
)
from domain.geo import DistrictLocator, GeoPoint
from domain.intake.category import (
    LinearTextModel,
    blend,
    keyword_suggestions,
    normalise_keywords,
)
from domain.intake.model import (
    AgencySuggestion,
    CategoryCandidate,
    CategorySource,
    EvidenceKind,
    KeywordRule,
    Label,
    PlaceCandidate,
    PlaceSource,
    RoadIndex,
    Suggestions,
    TrainingCase,
)
from domain.intake.place import PlaceMatcher
from domain.intake.ports import CategoryTrainer
from domain.intake.text import road_names
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal
from domain.shared.rate_limit import limit_address
from domain.throttle import RateLimiter, RatePolicy
from domain.uow import UnitOfWork

# Which cases the models may learn from, and what of them (README "Smart intake: privacy").
TRAINING_POLICY = (
    "title and description only (e-mail addresses, phone numbers, national ids and LINE ids "
    "replaced by placeholders), never the complainant's contact fields; confidential cases "
    "and withdrawn, rejected or merged cases are left out"
)
NAMED_EVIDENCE = frozenset(
    {EvidenceKind.district_name, EvidenceKind.subdistrict_name, EvidenceKind.postal_code}
)


class IntakeRateLimited(TooManyRequests):
    code = "intake.rate_limited"
    title = "Too many suggestion requests from your address"
    title_th = "มีคำขอคำแนะนำจากที่อยู่ของท่านมากเกินไป"


class UnknownCategory(NotFound):
    code = "category.not_found"
    title = "Category not found"
    title_th = "ไม่พบประเภทเรื่องร้องเรียน"


@dataclass(frozen=True)
class IntakeConfig:
    min_cases: int = 200  # categorised cases before the first model replaces keyword rules
    retrain_after: int = 100  # new categorised cases since the last model before retraining
    training_limit: int = 50_000  # newest cases read for training and the road index
    keep_versions: int = 5


@dataclass(frozen=True)
class SuggestionRequest:
    text: str
    point: GeoPoint | None = None
    district_code: str | None = None  # chosen by the person: never overridden
    limit: int = 3


@dataclass(frozen=True)
class DirectorySnapshot:
    """What suggesting reads of the directory: categories, live routing rules, the agencies
    they name, district offices and keyword rules."""

    categories: dict[uuid.UUID, Category]
    rules: list[RoutingRule]
    agencies: dict[uuid.UUID, Agency]
    offices: dict[str, Agency]
    keyword_rules: list[KeywordRule]


# Suggestions are advice, not routing: they may lag an admin's edit in another worker (or a
# model trained by another process) by this much, and in return a suggestion for staff reads
# nothing from the database. Edits through this app's own service are seen at once.
SNAPSHOT_TTL = timedelta(seconds=15)


@dataclass
class IntakeCache:
    """The current model, road index and directory snapshot of one app, reloaded when older
    than SNAPSHOT_TTL (and the model and road index only when a newer version is stored)."""

    model_version: int | None = None
    model: LinearTextModel | None = None
    roads_version: int | None = None
    roads: RoadIndex | None = None
    directory: DirectorySnapshot | None = None
    loaded_at: datetime | None = None

    def invalidate(self) -> None:
        self.loaded_at = None

    async def refresh(self, uow: UnitOfWork, now: datetime, ttl: timedelta = SNAPSHOT_TTL) -> None:
        if self.loaded_at is not None and self.directory is not None and now - self.loaded_at < ttl:
            return
        versions = await uow.intake.latest_versions()
        if versions.get("category") != self.model_version:
            stored = await uow.intake.category_model()
            self.model = LinearTextModel(stored.params) if stored else None
            self.model_version = stored.version if stored else None
        if versions.get("roads") != self.roads_version:
            self.roads = await uow.intake.road_index()
            self.roads_version = self.roads.version if self.roads else None
        rules = await uow.routing_rules.all_active()
        agencies: dict[uuid.UUID, Agency] = {}
        for agency_id in {r.target.agency_id for r in rules if r.target.agency_id is not None}:
            agency = await uow.agencies.get(agency_id)
            if agency is not None:
                agencies[agency_id] = agency
        self.directory = DirectorySnapshot(
            categories={c.id: c for c in await uow.categories.all()},
            rules=rules,
            agencies=agencies,
            offices=dict(await uow.agencies.district_offices()),
            keyword_rules=await uow.intake.keyword_rules(),
        )
        self.loaded_at = now


@dataclass(frozen=True)
class RetrainReport:
    model_version: int | None
    trained: bool
    reason: str
    training_cases: int
    roads_version: int | None
    road_names: int


@dataclass(frozen=True)
class EvaluationReport:
    cases: int
    train_cases: int
    holdout_cases: int
    category_cases: int
    category_top1: float | None
    category_top3: float | None
    model_only_top1: float | None
    model_only_top3: float | None
    keyword_top1: float | None
    keyword_top3: float | None
    district_cases: int
    district_top1: float | None
    district_top3: float | None
    named_cases: int
    named_district_top1: float | None
    subdistrict_cases: int
    subdistrict_top1: float | None
    production: dict[str, dict[str, int]] = field(default_factory=dict)


def build_road_index(cases: Sequence[TrainingCase]) -> dict[str, dict[str, int]]:
    """Road and soi names of located cases, counted per district of the case's point."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in cases:
        if not c.located or c.district_code is None:
            continue
        for key in road_names(f"{c.text}\n{c.address or ''}"):
            counts[key][c.district_code] += 1
    return {k: dict(v) for k, v in counts.items()}


def in_holdout(case_id: uuid.UUID, share: float) -> bool:
    """A stable split: the same case is always on the same side."""
    digest = hashlib.sha256(case_id.bytes).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def _rate(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


class IntakeService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        matcher: PlaceMatcher,
        locator: Callable[[], DistrictLocator],
        cache: IntakeCache,
        trainer: CategoryTrainer | None = None,
        config: IntakeConfig | None = None,
        counters: RateLimiter | None = None,
        public_policy: RatePolicy | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._matcher = matcher
        self._locator = locator
        self._cache = cache
        self._trainer = trainer
        self._config = config or IntakeConfig()
        self._counters = counters
        self._public_policy = public_policy or RatePolicy(30, timedelta(minutes=1))

    # --- suggesting ------------------------------------------------------------------------

    async def suggest(self, actor: Principal, request: SuggestionRequest) -> Suggestions:
        """For whoever may file a case: staff who take complaints and partner clients with
        `complaints:create`."""
        if not may(actor, Action.create, Resource(ResourceKind.complaint)):
            raise Forbidden(
                "Suggestions are for those who file complaints.", code="intake.forbidden"
            )
        return await self._suggest(request)

    async def suggest_public(self, address: str | None, request: SuggestionRequest) -> Suggestions:
        """The portal's and the LINE conversation's variant: limited per client address."""
        if self._counters is not None:
            await limit_address(
                self._counters,
                self._clock.now(),
                "suggest",
                address,
                self._public_policy,
                IntakeRateLimited,
                "Too many suggestion requests",
            )
        return await self._suggest(request)

    async def _suggest(self, request: SuggestionRequest) -> Suggestions:
        async with self._uow() as uow:
            await self._cache.refresh(uow, self._clock.now())
        directory = self._cache.directory
        assert directory is not None
        warnings: list[str] = []
        within, source = self._fixed_district(request, warnings)
        places = self._matcher.match(
            request.text, self._cache.roads, limit=request.limit, within=within
        )
        if within is not None:
            free = self._matcher.match(request.text, self._cache.roads, limit=1)
            if free and free[0].district_code != within and free[0].confidence >= 0.5:
                warnings.append(
                    f"the text names district {free[0].district_code} but the "
                    f"{source} gives {within}: the {source} is kept"
                )
        elif places:
            source = PlaceSource.text
        categories_by_id = directory.categories
        by_keywords = keyword_suggestions(
            request.text, directory.keyword_rules, k=len(categories_by_id)
        )
        model = self._cache.model
        if model is not None:
            ranked = blend(
                model.predict(request.text, k=len(model.classes), explain=request.limit),
                by_keywords,
                k=len(categories_by_id),
            )
            category_source = CategorySource.model
        else:
            ranked = by_keywords
            category_source = CategorySource.keywords
        active = {cid for cid, c in categories_by_id.items() if c.is_active}
        categories = [c for c in ranked if c.category_id in active][: request.limit]
        top_district = places[0].district_code if places else None
        agency = self._agency(directory, categories, top_district, warnings)
        labels: dict[str, Label] = {}
        for p in places:
            d = self._matcher.districts[p.district_code]
            labels[d.code] = Label(d.name_th, d.name_en)
            if p.subdistrict_code is not None:
                sd = self._matcher.subdistricts[p.subdistrict_code]
                labels[sd.code] = Label(sd.name_th, sd.name_en)
        for cand in categories:
            cat = categories_by_id[cand.category_id]
            labels[str(cat.id)] = Label(cat.name_th, cat.name_en, cat.service_code)
        if agency is not None and agency.agency is not None:
            found = agency.agency
            labels[str(found.id)] = Label(found.name_th, found.name_en, found.code)
        return Suggestions(
            places=tuple(places),
            place_source=source,
            categories=tuple(categories),
            category_source=category_source,
            model_version=self._cache.model_version if model is not None else None,
            agency=agency,
            warnings=tuple(warnings),
            labels=labels,
        )

    def _fixed_district(
        self, request: SuggestionRequest, warnings: list[str]
    ) -> tuple[str | None, PlaceSource | None]:
        """A district the person chose, or the one under their map point: never overridden."""
        if request.district_code is not None:
            if request.district_code not in self._matcher.districts:
                raise InvalidValue(
                    f"No district has the code {request.district_code!r}.",
                    code="district.not_found",
                    errors=[FieldError(("district_code",), "unknown district", "not_found")],
                )
            return request.district_code, PlaceSource.chosen
        if request.point is not None:
            found = self._locator().district_at(request.point)
            if found is not None:
                return found, PlaceSource.point
            warnings.append("the point is outside Bangkok: places come from the text only")
        return None, None

    @staticmethod
    def _agency(
        directory: DirectorySnapshot,
        categories: Sequence[CategoryCandidate],
        district_code: str | None,
        warnings: list[str],
    ) -> AgencySuggestion | None:
        """The routing rules' agency for the top category in the top district, decided by the
        same rules and precedence as triage (`domain/directory/routing.py`)."""
        if not categories:
            return None
        category_id = categories[0].category_id
        try:
            chain = [c.id for c in ancestor_chain(category_id, directory.categories)]
            candidates = matching_rules(directory.rules, chain, district_code)
            offices = directory.offices if district_code is not None else {}
            routed = pick_agency(candidates, district_code, directory.agencies, offices)
        except DomainError as exc:
            warnings.append(f"no agency suggested: {exc.detail}")
            return None
        return AgencySuggestion(
            agency_id=routed.agency.id,
            rule_id=routed.rule.id,
            category_id=category_id,
            district_code=district_code,
            warning=skipped_warning(routed.skipped, directory.agencies),
            agency=routed.agency,
        )

    # --- keyword rules (cold start) ----------------------------------------------------------

    async def keyword_rules(self, actor: Principal) -> list[KeywordRule]:
        if not may(actor, Action.read, Resource(ResourceKind.directory)):
            raise Forbidden("You may not read the directory.", code="directory.forbidden")
        async with self._uow() as uow:
            return await uow.intake.keyword_rules()

    async def set_keyword_rule(
        self, actor: Principal, category_id: uuid.UUID, keywords: Sequence[str]
    ) -> KeywordRule | None:
        """Replace a category's keywords (admins; audit-logged); none left deletes the rule."""
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden("Only admins edit keyword rules.", code="intake.keywords_forbidden")
        clean = normalise_keywords(keywords)
        now = self._clock.now()
        async with self._uow() as uow:
            if await uow.categories.get(category_id) is None:
                raise UnknownCategory(f"No category has the id {category_id}.")
            rule = KeywordRule(category_id, clean, now) if clean else None
            before = next(
                (r for r in await uow.intake.keyword_rules() if r.category_id == category_id),
                None,
            )
            if rule is None:
                await uow.intake.delete_keyword_rule(category_id)
            else:
                await uow.intake.put_keyword_rule(rule)
            self._cache.invalidate()
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    now,
                    "intake_keyword_rule.update" if rule else "intake_keyword_rule.delete",
                    "intake_keyword_rule",
                    category_id,
                    {"keywords": list(before.keywords)} if before else None,
                    {"keywords": list(clean)} if rule else None,
                )
            )
            await uow.commit()
        return rule

    # --- maintenance -------------------------------------------------------------------------

    async def retrain(self, *, force: bool = False) -> RetrainReport:
        """Rebuild the road index, and train a new category model when enough categorised
        cases arrived since the last one (`force`: train whenever there are enough)."""
        now = self._clock.now()
        async with self._uow() as uow:
            cases = await uow.intake.training_cases(self._config.training_limit)
            roads = build_road_index(cases)
            roads_version = await uow.intake.add_road_index(
                roads, built_at=now, cases=sum(1 for c in cases if c.located)
            )
            current = await uow.intake.category_model()
            labelled = [c for c in cases if c.category_id is not None]
            new = await uow.intake.categorised_since(current.cutoff if current else None)
            classes = {c.category_id for c in labelled}
            version = current.version if current else None
            if self._trainer is None:
                reason = "no trainer configured"
            elif len(labelled) < self._config.min_cases or len(classes) < 2:
                reason = (
                    f"{len(labelled)} categorised cases in {len(classes)} categories: keyword "
                    f"rules until {self._config.min_cases}"
                )
            elif current is not None and not force and new < self._config.retrain_after:
                reason = f"{new} new categorised cases since version {current.version}"
            else:
                params = self._trainer.fit(
                    [c.text for c in labelled], [str(c.category_id) for c in labelled]
                )
                version = await uow.intake.add_category_model(
                    params,
                    trained_at=now,
                    training_cases=len(labelled),
                    cutoff=max(c.created_at for c in labelled),
                    metrics={"classes": len(classes)},
                )
                reason = f"trained on {len(labelled)} cases in {len(classes)} categories"
            await uow.intake.prune(self._config.keep_versions)
            await uow.commit()
        self._cache.invalidate()
        return RetrainReport(
            model_version=version,
            trained=version is not None and (current is None or version != current.version),
            reason=reason,
            training_cases=len(labelled),
            roads_version=roads_version,
            road_names=len(roads),
        )

    async def evaluate(self, holdout: float = 0.2) -> EvaluationReport:
        """Train on the platform's cases outside a stable held-out share, then measure the
        suggestions on the held-out cases (their recorded category and district are the truth).
        Nothing is stored."""
        if not 0 < holdout < 1:
            raise InvalidValue("holdout must be between 0 and 1", code="intake.holdout_range")
        async with self._uow() as uow:
            cases = await uow.intake.training_cases(self._config.training_limit)
            rules = await uow.intake.keyword_rules()
            production = await uow.intake.outcome_counts()
        report = evaluate_cases(cases, rules, self._matcher, self._trainer, holdout)
        return replace(report, production=production)


def evaluate_cases(
    cases: Sequence[TrainingCase],
    rules: Sequence[KeywordRule],
    matcher: PlaceMatcher,
    trainer: CategoryTrainer | None,
    holdout: float,
) -> EvaluationReport:
    """Held-out evaluation of the category model, the keyword rules and the place matcher
    (with a road index learnt from the training side only)."""
    train = [c for c in cases if not in_holdout(c.id, holdout)]
    test = [c for c in cases if in_holdout(c.id, holdout)]
    labelled = [c for c in train if c.category_id is not None]
    model: LinearTextModel | None = None
    if trainer is not None and len({c.category_id for c in labelled}) >= 2:
        model = LinearTextModel(
            trainer.fit([c.text for c in labelled], [str(c.category_id) for c in labelled])
        )
    roads = RoadIndex(0, None, build_road_index(train))
    cat = [c for c in test if c.category_id is not None]
    top1 = top3 = kw1 = kw3 = m1 = m3 = 0
    for c in cat:
        by_keywords = keyword_suggestions(c.text, rules, k=len(rules))
        if model is not None:
            alone = model.predict(c.text, k=len(model.classes), explain=0)
            got = [p.category_id for p in blend(alone, by_keywords, k=3)]
            top1 += got[:1] == [c.category_id]
            top3 += c.category_id in got
            solo = [p.category_id for p in alone[:3]]
            m1 += solo[:1] == [c.category_id]
            m3 += c.category_id in solo
        kws = [p.category_id for p in by_keywords[:3]]
        kw1 += kws[:1] == [c.category_id]
        kw3 += c.category_id in kws
    placed = [c for c in test if c.district_code is not None]
    d1 = d3 = named = named1 = subs = sub1 = 0
    for c in placed:
        found = matcher.match(f"{c.text}\n{c.address or ''}", roads, limit=3)
        codes = [p.district_code for p in found]
        d1 += codes[:1] == [c.district_code]
        d3 += c.district_code in codes
        if any(e.kind in NAMED_EVIDENCE for p in found for e in p.evidence):
            named += 1
            named1 += codes[:1] == [c.district_code]
        if c.subdistrict_code is not None:
            subs += 1
            sub1 += bool(found) and found[0].subdistrict_code == c.subdistrict_code
    return EvaluationReport(
        cases=len(cases),
        train_cases=len(train),
        holdout_cases=len(test),
        category_cases=len(cat),
        category_top1=_rate(top1, len(cat)) if model else None,
        category_top3=_rate(top3, len(cat)) if model else None,
        model_only_top1=_rate(m1, len(cat)) if model else None,
        model_only_top3=_rate(m3, len(cat)) if model else None,
        keyword_top1=_rate(kw1, len(cat)),
        keyword_top3=_rate(kw3, len(cat)),
        district_cases=len(placed),
        district_top1=_rate(d1, len(placed)),
        district_top3=_rate(d3, len(placed)),
        named_cases=named,
        named_district_top1=_rate(named1, named),
        subdistrict_cases=subs,
        subdistrict_top1=_rate(sub1, subs),
    )


__all__ = [
    "TRAINING_POLICY",
    "EvaluationReport",
    "IntakeCache",
    "IntakeConfig",
    "IntakeService",
    "PlaceCandidate",
    "RetrainReport",
    "SuggestionRequest",
]
