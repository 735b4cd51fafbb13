"""Property: no string or date sent to any operation makes the server answer 5xx.

Every operation of the OpenAPI document, every string, date and date-time field of its path,
query and body (nested objects and arrays included): hypothesis draws NUL characters, lone
surrogates, overlong strings, odd Unicode and times at the edge of the range, one field at a
time, into an otherwise plausible request, in-process (httpx ASGITransport), as an OMB officer,
an admin or nobody. A 4xx must be a problem document; a 5xx fails.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode
from xml.etree import ElementTree

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from api.cli import export_openapi
from infra.db.engine import Database
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor
from tests.support.identity import Staff
from tests.support.operations import CATEGORY_ID, path_values

SPEC: dict[str, Any] = json.loads(export_openapi())
# Operations that would end the callers' own sessions or keys half-way through the run.
SKIP = {"logout_user", "rotate_api_client_secret", "delete_api_client"}

EDGE_TIMES = [
    "9999-12-31T23:59:59-12:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59.999999Z",
    "0001-01-01T00:00:00Z",
    "2026-02-30T00:00:00+07:00",
    "2026-01-01T24:00:00Z",
    "2026-01-01T00:00:00+25:00",
    "2026-01-01T00:00:00",
    "1899-12-31T23:59:59Z",
    "3000-01-01T00:00:00Z",
]
EDGE_DATES = ["9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "99999-01-01"]


@dataclass(frozen=True)
class Target:
    """One string-like field of one operation."""

    operation_id: str
    method: str
    path: str
    where: str  # path, query or body
    field: tuple[str | int, ...]  # name, or the path into the body
    kind: str  # string, date or date-time
    secured: bool


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _variants(schema: dict[str, Any]) -> list[dict[str, Any]]:
    schema = _resolve(schema)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return [v for o in options for v in _variants(o) if v.get("type") != "null"]
    return [schema]


def _kind(schema: dict[str, Any]) -> str | None:
    for variant in _variants(schema):
        if variant.get("type") == "string" and "enum" not in variant:
            return {"date": "date", "date-time": "date-time"}.get(
                variant.get("format", ""), "string"
            )
    return None


def _plausible(schema: dict[str, Any], name: str = "") -> Any:
    """A value the schema accepts, or close to it: the backdrop for one hostile field."""
    variants = _variants(schema)
    if not variants:
        return None
    s = variants[0]
    if "enum" in s:
        return s["enum"][0]
    kind = s.get("type")
    if kind == "object" or "properties" in s:
        required = set(s.get("required", []))
        props = s.get("properties", {})
        return {k: _plausible(v, k) for k, v in props.items() if k in required}
    if kind == "array":
        return [_plausible(s["items"], name) for _ in range(s.get("minItems", 0))]
    if kind == "integer":
        return max(int(s.get("minimum", 1)), 1)
    if kind == "number":
        return 13.75 if "lat" in name else 100.55 if "lon" in name else 1.0
    if kind == "boolean":
        return False
    fmt = s.get("format")
    if fmt == "uuid":
        return str(CATEGORY_ID) if "category" in name else str(uuid.uuid4())
    if fmt == "date-time":
        return "2026-03-02T09:00:00+07:00"
    if fmt == "date":
        return "2026-03-02"
    if fmt == "email":
        return "someone@example.com"
    if s.get("pattern") == r"^\d{4}$":
        return "1026"
    return "ทดสอบ"[: s.get("maxLength", 5)] or "x"


def _body_targets(schema: dict[str, Any], at: tuple[str | int, ...], depth: int = 0):  # type: ignore[no-untyped-def]
    if depth > 4:
        return
    kind = _kind(schema)
    if kind:
        yield at, kind
        return
    for s in _variants(schema):
        if s.get("type") == "object" or "properties" in s:
            for name, sub in s.get("properties", {}).items():
                yield from _body_targets(sub, (*at, name), depth + 1)
        elif s.get("type") == "array":
            yield from _body_targets(s["items"], (*at, 0), depth + 1)


def _targets() -> list[Target]:
    found: list[Target] = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if op["operationId"] in SKIP:
                continue
            base = (op["operationId"], method.upper(), path)
            secured = bool(op.get("security"))
            for p in op.get("parameters", []):
                kind = _kind(p["schema"])
                if kind and p["in"] in ("path", "query"):
                    found.append(Target(*base, p["in"], (p["name"],), kind, secured))
            content = (op.get("requestBody") or {}).get("content", {})
            for media, body in content.items():
                if media in ("application/json", "application/x-www-form-urlencoded"):
                    for at, kind in _body_targets(body["schema"], ()):
                        found.append(Target(*base, "body", at, kind, secured))
    return found


TARGETS = _targets()


CATEGORIES = ("nul", "surrogate", "overlong", "edge")


def hostile(category: str, kind: str, where: str) -> st.SearchStrategy[str]:
    """Values of one category; `edge` is an edge time or date for time fields and odd but
    valid Unicode for text (so some requests get past validation into the handlers)."""
    text = st.text(max_size=12)
    # Bodies take overlong text up to the body cap; a URL only what a client can send.
    long = 5_000 if where == "body" else 600
    if category == "nul":
        return st.builds(lambda a, b: a + "\x00" + b, text, text)
    if category == "surrogate":
        lone = st.sampled_from(["\ud800", "\udfff", "\udbff", "\ud83d"])
        return st.builds(lambda a, s, b: a + s + b, text, lone, text)
    if category == "overlong":
        return st.integers(1, 3).map(lambda n: "ก" * (long * n)) | st.integers(1, 3).map(
            lambda n: "x" * (300 * n)
        )
    if kind == "date-time":
        return st.sampled_from(EDGE_TIMES)
    if kind == "date":
        return st.sampled_from(EDGE_DATES)
    return st.text(st.characters(codec="utf-8"), min_size=1, max_size=40) | st.sampled_from(
        ["\u200b", "%00", "../../etc/passwd", "'; --", "=1+1", "ลาดพร้าว71", " "]
    )


def _set(body: Any, at: tuple[str | int, ...], value: Any) -> Any:
    if not at:
        return value
    head, rest = at[0], at[1:]
    if isinstance(head, int):
        items = list(body) if isinstance(body, list) else []
        if not items:
            items.append({} if rest and isinstance(rest[0], str) else None)
        items[0] = _set(items[0], rest, value)
        return items
    container = dict(body) if isinstance(body, dict) else {}
    container[head] = _set(container.get(head), rest, value)
    return container


@dataclass
class Caller:
    client: httpx.AsyncClient
    paths: dict[str, str]
    tokens: dict[str, dict[str, str]]
    rotation: int  # which category each field starts with: over all, each field gets each

    async def send(self, target: Target, value: str, role: str) -> httpx.Response:
        op = SPEC["paths"][target.path][target.method.lower()]
        paths = dict(self.paths)
        if target.where == "path":
            paths[target.field[0]] = quote(value.encode("utf-8", "surrogatepass"), safe="")  # type: ignore[index]
        url = target.path
        for name, real in paths.items():
            url = url.replace("{" + name + "}", real)
        params: dict[str, Any] = {}
        if target.where == "query":
            params[str(target.field[0])] = value.encode("utf-8", "surrogatepass")
        headers = dict(self.tokens.get(role, {})) if target.secured else {}
        content = (op.get("requestBody") or {}).get("content", {})
        body: bytes | None = None
        if "application/json" in content:
            base = _plausible(content["application/json"]["schema"])
            if target.where == "body":
                base = _set(base, target.field, value)
            body = json.dumps(base, ensure_ascii=True).encode()
            headers["Content-Type"] = "application/json"
        elif "application/x-www-form-urlencoded" in content:
            form = _plausible(content["application/x-www-form-urlencoded"]["schema"])
            if target.where == "body":
                form = _set(form, target.field, value)
            pairs = {k: str(v).encode("utf-8", "surrogatepass") for k, v in form.items()}
            body = urlencode(pairs).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if target.method in ("PATCH", "PUT", "DELETE"):
            headers["If-Match"] = '"1"'
        query = urlencode(params)
        return await self.client.request(
            target.method, url + (f"?{query}" if query else ""), headers=headers, content=body
        )


def test_every_operation_has_its_string_fields_covered() -> None:
    operations_with_strings = {t.operation_id for t in TARGETS}
    assert len(TARGETS) > 100
    assert {"create_complaint", "submit_public_complaint", "list_complaints"} <= (
        operations_with_strings
    )
    assert any(t.where == "path" for t in TARGETS) and any(t.kind == "date" for t in TARGETS)
    assert any(t.kind == "date-time" and t.where == "body" for t in TARGETS)


@pytest.fixture(params=range(len(CATEGORIES)), ids=lambda n: f"rotation{n}")
async def caller(
    request: pytest.FixtureRequest,
    client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
) -> Caller:
    paths = await path_values(database, staff, api_client, settings.data_dir / "attachments")
    tokens = {"omb": staff["omb"].headers, "admin": staff["admin"].headers}
    return Caller(client, paths, tokens, int(request.param))


@settings(
    max_examples=1,  # one request per field and rotation: each field gets each category
    deadline=None,
    derandomize=True,
    database=None,
    # Each example sends one request per field of the API; the failures list names every
    # failing field already, so shrinking would only repeat hundreds of requests.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
async def test_hostile_strings_never_get_a_server_error(
    caller: Caller, data: st.DataObject
) -> None:
    failures = []
    reached = 0
    for n, target in enumerate(TARGETS):
        category = CATEGORIES[(caller.rotation + n) % len(CATEGORIES)]
        value = data.draw(
            hostile(category, target.kind, target.where),
            label=f"{target.operation_id} {target.where} {target.field}",
        )
        role = data.draw(st.sampled_from(["omb", "admin"]), label="role")
        r = await caller.send(target, value, role)
        if r.status_code >= 500:
            failures.append((target, value[:80], r.status_code, r.text[:300]))
        elif r.status_code >= 400 and target.path.startswith("/api/v1/open311/"):
            # GeoReport v2's own error body: [{code, description}], or <errors><error>… for
            # a path ending in .xml.
            if target.path.endswith(".xml"):
                assert r.headers["content-type"] == "application/xml; charset=utf-8", target
                code = ElementTree.fromstring(r.content).findtext("error/code")
                assert code == str(r.status_code), (target, r.text)
            else:
                assert r.headers["content-type"] == "application/json", (target, r.text)
                assert r.json()[0]["code"] == r.status_code, (target, r.text)
        elif r.status_code >= 400:
            assert r.headers["content-type"] == "application/problem+json", (target, r.text)
        if r.status_code not in (400, 401, 413, 422):
            reached += 1  # past validation: the handler, its service or the database answered
    assert failures == []
    # The plausible backdrop lets harmless-looking values through, past validation.
    assert reached >= len(TARGETS) // 20, reached
