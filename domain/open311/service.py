"""Open311 GeoReport v2 use cases over the categories and the complaint intake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from domain.api_client.tokens import ClientTokenService, InvalidClient
from domain.complaint.model import Channel, Complainant, Location
from domain.complaint.service import ComplaintService, NewComplaint
from domain.directory.model import Category
from domain.errors import BadRequest, FieldError, InvalidValue, NotFound, TooManyRequests
from domain.geo.model import GeoPoint
from domain.open311.model import (
    DEFAULT_DAYS,
    MAX_REQUESTS,
    NewServiceRequest,
    RequestFilter,
    Service,
    ServiceDefinition,
    ServiceRequest,
    ServiceRequestReceipt,
)
from domain.privacy.masking import ContactDetails
from domain.shared.clock import Clock
from domain.shared.paging import MAX_LIMIT, PageRequest
from domain.shared.rate_limit import limit_address
from domain.throttle import RateLimiter, RatePolicy
from domain.uow import UnitOfWork


class ServiceRequestNotFound(NotFound):
    code = "open311.request_not_found"
    title = "No service request has this id"
    title_th = "ไม่พบคำร้องตามรหัสนี้"


class ServiceNotFound(NotFound):
    code = "open311.service_not_found"
    title = "No service has this service_code"
    title_th = "ไม่พบบริการตามรหัสนี้"


class TokenNotFound(NotFound):
    code = "open311.token_not_found"
    title = "No service request has this token"
    title_th = "ไม่พบคำร้องตามโทเคนนี้"


class Open311RateLimited(TooManyRequests):
    code = "open311.rate_limited"
    title = "Too many requests from your address"
    title_th = "มีคำขอจากที่อยู่ของท่านมากเกินไป"


class ServiceCodeNotFound(BadRequest):
    code = "open311.service_code_not_found"
    title = "Unknown service_code"
    title_th = "ไม่พบรหัสบริการนี้"


class InvalidApiKey(InvalidClient):
    code = "open311.invalid_api_key"
    title = "Invalid api_key"
    title_th = "api_key ไม่ถูกต้อง"


def _field(name: str, message: str) -> InvalidValue:
    return InvalidValue(f"{name}: {message}", errors=[FieldError((name,), message, "value_error")])


class Open311Service:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        complaints: ComplaintService,
        tokens: ClientTokenService,
        counters: RateLimiter,
        reads_policy: RatePolicy = RatePolicy(limit=60, window=timedelta(minutes=1)),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._complaints = complaints
        self._tokens = tokens
        self._counters = counters
        self._reads = reads_policy

    async def throttle(self, address: str | None) -> None:
        """The public reads' rate limit per client address (the throttle of public tracking,
        with its own counter)."""
        now = self._clock.now()
        await limit_address(
            self._counters, now, "open311", address, self._reads, Open311RateLimited
        )

    async def changeset(self) -> datetime | None:
        """When the services or their definitions last changed (discovery's changeset)."""
        async with self._uow() as uow:
            return await uow.open311.services_changed_at()

    async def definition(self, service_code: str) -> ServiceDefinition:
        """A service's extra questions: categories ask none, so the list is empty."""
        async with self._uow() as uow:
            category = await uow.categories.get_by_service_code(service_code)
        if category is None or not category.is_active:
            raise ServiceNotFound(f"No service has the code {service_code!r}.")
        return ServiceDefinition(category.service_code, ())

    async def token(self, token: str) -> str:
        """The service request a token stands for. Requests are filed in real time, so the
        only tokens are the ids POST requests answers with: a token is its request's id."""
        async with self._uow() as uow:
            rows = await uow.open311.requests(RequestFilter(case_numbers=(token,)), 1)
        if not rows:
            raise TokenNotFound(f"No service request has the token {token!r}.")
        return rows[0].case_number

    async def services(self, language: str) -> list[Service]:
        """The active categories; a child names its parent as its group."""
        categories: list[Category] = []
        async with self._uow() as uow:
            request = PageRequest(MAX_LIMIT)
            while True:
                page = await uow.categories.list(request, is_active=True)
                categories += page.items
                if page.next_key is None:
                    break
                request = PageRequest(MAX_LIMIT, page.next_key)
        en = language == "en"
        names = {c.id: (c.name_en if en else c.name_th) for c in categories}
        return [
            Service(
                service_code=c.service_code,
                service_name=c.name_en if en else c.name_th,
                description=f"{c.name_th} / {c.name_en}",
                group=names.get(c.parent_id) if c.parent_id else None,
            )
            for c in sorted(categories, key=lambda c: c.service_code)
        ]

    async def requests(self, where: RequestFilter, language: str) -> list[ServiceRequest]:
        if not where.case_numbers and where.start is None and where.end is None:
            where = replace(where, start=self._clock.now() - timedelta(days=DEFAULT_DAYS))
        async with self._uow() as uow:
            rows = await uow.open311.requests(where, MAX_REQUESTS)
        return [ServiceRequest.of(r, language) for r in rows]

    async def request(self, case_number: str, language: str) -> ServiceRequest:
        async with self._uow() as uow:
            rows = await uow.open311.requests(RequestFilter(case_numbers=(case_number,)), 1)
        if not rows:
            raise ServiceRequestNotFound(f"No service request {case_number}.")
        return ServiceRequest.of(rows[0], language)

    async def submit(
        self, api_key: str | None, data: NewServiceRequest, request_id: str | None
    ) -> ServiceRequestReceipt:
        """File a case for the API client whose credential `api_key` is
        (`<client_id>:<client_secret>`), through the same intake as its REST calls."""
        client_id, _, secret = (api_key or "").partition(":")
        if not client_id or not secret:
            raise InvalidApiKey("api_key must be `<client_id>:<client_secret>` of an API client.")
        try:
            actor = await self._tokens.authenticate_credentials(client_id, secret, request_id)
        except InvalidClient:
            raise InvalidApiKey(
                "Unknown client, wrong secret, or the client is disabled."
            ) from None
        if data.lat is None or data.lon is None:
            if data.lat is not None or data.lon is not None:
                raise _field("long" if data.lon is None else "lat", "lat and long go together")
            if not data.address:
                raise _field("lat", "a location is required: lat and long, or address_string")
        else:
            GeoPoint(data.lat, data.lon)  # in range, or a 400 naming the coordinate
        async with self._uow() as uow:
            category = await uow.categories.get_by_service_code(data.service_code)
        if category is None or not category.is_active:
            raise ServiceCodeNotFound(f"No service has the code {data.service_code!r}.")
        description = (data.description or "").strip() or category.name_th
        name = " ".join(p for p in (data.first_name, data.last_name) if p and p.strip())
        view = await self._complaints.create(
            actor,
            NewComplaint(
                title=category.name_th,
                description=description,
                channel=Channel.partner_api,
                category_id=category.id,
                location=Location(data.lat, data.lon, data.address),
                complainant=Complainant(
                    ContactDetails(name or None, data.phone or None, data.email or None)
                ),
            ),
        )
        return ServiceRequestReceipt(
            view.complaint.case_number,
            "Received; follow it with GET requests/{id}.json. รับเรื่องแล้ว ติดตามได้ด้วยเลขที่เรื่องนี้",
        )
