"""The OpenAPI document exactly as clients and generators should read it.

FastAPI derives the document from the routes; this module finishes it in one place, for every
operation alike, with what FastAPI cannot infer:

* uploads are `multipart/form-data` with binary parts (FastAPI declares a form model holding
  a file as `application/x-www-form-urlencoded` with a `contentMediaType` string);
* problem responses are `application/problem+json` only (FastAPI adds `application/json`);
* every operation declares the 500 problem; every 401 its `WWW-Authenticate` header, every
  429 its `Retry-After`, every 201 its `Location`, every operation honouring an
  `Idempotency-Key` its `Idempotent-Replayed` header;
* the ETag / If-Match / If-None-Match convention (`api.preconditions.declare`);
* SDK names for enum values that are no identifiers (`x-enum-varnames`).

The result is deterministic: the same routes give the same bytes.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from api import preconditions

BINARY_MEDIA_TYPE = "application/octet-stream"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
PROBLEM = "application/problem+json"
PROBLEM_CONTENT = {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}

WWW_AUTHENTICATE = {
    "description": 'The challenge: `Bearer` (with `error="invalid_token"` for a token that '
    "is expired, revoked or unknown), or `Basic` on the token endpoint",
    "required": True,
    "schema": {"type": "string"},
}
RETRY_AFTER = {
    "description": "Seconds to wait before trying again",
    "required": True,
    "schema": {"type": "integer", "minimum": 0},
}
LOCATION = {
    "description": "The path of the created resource",
    "required": True,
    "schema": {"type": "string", "format": "uri-reference"},
}
IDEMPOTENT_REPLAYED = {
    "description": "`true` when this is the stored answer to an earlier request with the same "
    "Idempotency-Key (nothing was created or changed again); absent otherwise",
    "required": False,
    "schema": {"type": "string", "enum": ["true"]},
}


def _binary_property(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "string" and prop.get("contentMediaType") == BINARY_MEDIA_TYPE


def _file_fields_to_binary(schema: dict[str, Any]) -> bool:
    """`format: binary` for the file fields of one object schema; True if it has any."""
    found = False
    for name, prop in schema.get("properties", {}).items():
        if _binary_property(prop):
            rewritten = {k: v for k, v in prop.items() if k != "contentMediaType"}
            schema["properties"][name] = {**rewritten, "format": "binary"}
            found = True
    return found


def _uploads(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    with_files = {name for name, schema in schemas.items() if _file_fields_to_binary(schema)}
    for operations in document["paths"].values():
        for operation in operations.values():
            content = operation.get("requestBody", {}).get("content", {})
            media = content.get(FORM)
            if media is not None and media["schema"].get("$ref", "").rpartition("/")[2] in (
                with_files
            ):
                operation["requestBody"]["content"] = {
                    (MULTIPART if key == FORM else key): value for key, value in content.items()
                }


def _headers(document: dict[str, Any]) -> None:
    for operations in document["paths"].values():
        for operation in operations.values():
            responses: dict[str, Any] = operation["responses"]
            idempotent = any(
                p["in"] == "header" and p["name"] == "Idempotency-Key"
                for p in operation.get("parameters", [])
            )
            for status, response in responses.items():
                content = response.get("content", {})
                if PROBLEM in content:
                    content.pop("application/json", None)
                if status == "401":
                    response.setdefault("headers", {})["WWW-Authenticate"] = WWW_AUTHENTICATE
                elif status == "429":
                    response.setdefault("headers", {})["Retry-After"] = RETRY_AFTER
                elif status == "201":
                    response.setdefault("headers", {})["Location"] = LOCATION
                if idempotent and status.startswith("2"):
                    response.setdefault("headers", {})["Idempotent-Replayed"] = IDEMPOTENT_REPLAYED
            responses["500"] = {
                "description": "Internal Server Error: a problem with the request id to quote "
                "(no stack trace, no SQL)",
                "content": copy.deepcopy(PROBLEM_CONTENT),
            }
            operation["responses"] = dict(sorted(responses.items()))


def _enum_names(document: dict[str, Any]) -> None:
    """`x-enum-varnames` where a value is no identifier: `complaints:read` is COMPLAINTS_READ
    in the SDK (generators would squeeze it into COMPLAINTSREAD)."""
    for schema in document["components"]["schemas"].values():
        values = schema.get("enum", [])
        if schema.get("type") == "string" and any(not re.fullmatch(r"\w+", v) for v in values):
            schema["x-enum-varnames"] = [re.sub(r"\W+", "_", v).strip("_").upper() for v in values]


def _webhooks(document: dict[str, Any]) -> None:
    """FastAPI documents a 422 for every body it would validate; webhook receivers are the
    partners' servers, whose only answers are the ones described (then the validation
    schemas may be unused)."""
    for item in document.get("webhooks", {}).values():
        item["post"]["responses"].pop("422", None)
    schemas = document.get("components", {}).get("schemas", {})
    validation = ("HTTPValidationError", "ValidationError")
    rest = {k: v for k, v in schemas.items() if k not in validation}
    used = str(document["paths"]) + str(document.get("webhooks")) + str(rest)
    for name in validation:
        if f"/{name}'" not in used:
            schemas.pop(name, None)


# The root element of an Open311 XML list answer, by the resource's first path segment.
_OPEN311_ROOTS = {
    "services": "services",
    "requests": "service_requests",
    "tokens": "service_requests",
}


def _open311(document: dict[str, Any]) -> None:
    """Open311 answers a request it cannot read with the specification's 400 list, never
    FastAPI's 422 (api/open311/routes.py renders it). Its `.xml` operations answer the same
    values as their `.json` twins, in XML: FastAPI declares a non-JSON answer as a bare
    string, so the twin's schema is copied, and each list is named as the specification
    names it (`<services>`, `<service_requests>`, `<errors>`; items name themselves)."""
    paths = document["paths"]
    for path, operations in paths.items():
        for method, operation in operations.items():
            if operation.get("tags") != ["open311"]:
                continue
            operation["responses"].pop("422", None)
            if not path.endswith(".xml"):
                continue
            twin = paths[path.removesuffix(".xml") + ".json"][method]["responses"]
            resource = path.removeprefix("/api/v1/open311/").split("/")[0].split(".")[0]
            for status, response in operation["responses"].items():
                xml = response.get("content", {}).get("application/xml")
                if xml is None:
                    continue
                if status.startswith("2"):
                    xml["schema"] = copy.deepcopy(
                        twin[status]["content"]["application/json"]["schema"]
                    )
                    root = _OPEN311_ROOTS.get(resource)
                else:
                    root = "errors"
                if xml["schema"].get("type") == "array" and root is not None:
                    xml["schema"]["xml"] = {"name": root, "wrapped": True}


def finish(document: dict[str, Any]) -> dict[str, Any]:
    _open311(document)
    _webhooks(document)
    _enum_names(document)
    _uploads(document)
    _headers(document)
    preconditions.declare(document, PROBLEM_CONTENT)
    for operations in document["paths"].values():
        for operation in operations.values():
            operation["responses"] = dict(sorted(operation["responses"].items()))
    return document


def install(app: FastAPI) -> None:
    """Serve (and export) the finished document."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None or not app.state.openapi_finished:
            app.openapi_schema = finish(copy.deepcopy(build()))
            app.state.openapi_finished = True
        return app.openapi_schema

    app.state.openapi_finished = False
    app.openapi = openapi  # type: ignore[method-assign]
