"""openapi.json as generators and frontend teams read it: valid, one precondition convention
declared everywhere, request types with optional defaults, and TypeScript that compiles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from api.cli import export_openapi
from domain import errors

ROOT = Path(__file__).resolve().parents[2]
TYPESCRIPT = ROOT / "tests" / "typescript"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(export_openapi())
    return loaded


def _operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", op)
        for path, ops in document["paths"].items()
        for method, op in ops.items()
    ]


def test_the_document_is_valid_openapi(document: dict[str, Any]) -> None:
    validate(document)


def test_precondition_headers_and_statuses_are_declared(document: dict[str, Any]) -> None:
    """Every If-Match reader declares 412 and 428; ETag is declared wherever it is sent
    (each response carrying a versioned resource); reads of one declare If-None-Match/304."""
    schemas = document["components"]["schemas"]
    readers = 0
    for name, op in _operations(document):
        headers_in = {p["name"] for p in op.get("parameters", []) if p["in"] == "header"}
        if "If-Match" in headers_in:
            readers += 1
            assert {"412", "428"} <= set(op["responses"]), name
        for status, response in op["responses"].items():
            ref = response.get("content", {}).get("application/json", {}).get("schema", {})
            target = schemas.get(ref.get("$ref", "").rpartition("/")[2], {})
            versioned = "version" in target.get("required", []) and (
                target["properties"]["version"].get("type") == "integer"
            )
            if status.startswith("2") and versioned:
                assert response["headers"]["ETag"]["required"] is True, (name, status)
                if name.startswith("GET"):
                    assert "If-None-Match" in headers_in and "304" in op["responses"], name
    assert readers >= 11


def test_declared_headers(document: dict[str, Any]) -> None:
    for name, op in _operations(document):
        responses = op["responses"]
        assert responses["500"]["content"]["application/problem+json"], name
        for status, response in responses.items():
            headers = response.get("headers", {})
            if status == "401":
                assert "WWW-Authenticate" in headers, name
            if status == "429":
                assert "Retry-After" in headers, name
            if status == "201":
                assert "Location" in headers, name
            if status >= "400" and status != "500" and op.get("tags") == ["open311"]:
                # GeoReport v2 defines its own error body: a list of {code, description}, in
                # the format of the path's extension (`<errors><error>…` for `.xml`).
                media = (
                    "application/xml" if name.split()[-1].endswith(".xml") else "application/json"
                )
                assert list(response["content"]) == [media], (name, status)
                schema = response["content"][media]["schema"]
                assert schema["items"]["$ref"].endswith("/Open311Error"), (name, status)
                if media == "application/xml":
                    assert schema["xml"] == {"name": "errors", "wrapped": True}, name
            elif status >= "400":
                assert list(response["content"]) == ["application/problem+json"], (name, status)
        idempotent = any(p["name"] == "Idempotency-Key" for p in op.get("parameters", []))
        if idempotent:
            ok = next(r for s, r in responses.items() if s.startswith("2"))
            assert "Idempotent-Replayed" in ok["headers"], name


def test_uploads_are_multipart_with_a_binary_part(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for path in (
        "/api/v1/complaints/{complaint_id}/attachments",
        "/api/v1/public/complaints/{tracking_code}/attachments",
    ):
        content = document["paths"][path]["post"]["requestBody"]["content"]
        assert list(content) == ["multipart/form-data"], path
        schema = schemas[content["multipart/form-data"]["schema"]["$ref"].rpartition("/")[2]]
        assert schema["properties"]["file"] == {
            "type": "string",
            "title": "File",
            "format": "binary",
        }


def test_request_schemas_carry_no_defaults_and_responses_require_every_field(
    document: dict[str, Any],
) -> None:
    schemas = document["components"]["schemas"]
    create = schemas["ComplaintCreate"]
    assert create["required"] == ["title", "description", "channel"]
    assert not any("default" in p for p in create["properties"].values())
    read = schemas["ComplaintRead"]
    assert set(read["required"]) == set(read["properties"])
    for name in schemas:
        assert not name.endswith(("Input", "Output")), f"{name}: one name per concept"


def _dotted(cls: type[errors.DomainError]) -> list[type[errors.DomainError]]:
    return [cls, *(c for sub in cls.__subclasses__() for c in _dotted(sub))]


def test_every_problem_code_is_dotted() -> None:
    for cls in _dotted(errors.DomainError):
        assert "." in cls.code, f"{cls.__name__}.code = {cls.code!r}"


def _npm() -> str:
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI") == "true":
            pytest.fail("npm is needed to check the TypeScript clients")
        pytest.skip("npm is not installed")
    return npm


def test_typescript_generated_from_the_document_compiles_strictly() -> None:
    """openapi-typescript (default options) + openapi-fetch, as the SPAs use them: a complaint
    from only {title, description, channel}, an If-Match change, an upload, the timeline."""
    npm = _npm()
    lock = TYPESCRIPT / "package-lock.json"
    installed = TYPESCRIPT / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"], cwd=TYPESCRIPT, check=True, timeout=600
        )
    for script in ("generate", "check"):
        result = subprocess.run(
            [npm, "run", "--silent", script],
            cwd=TYPESCRIPT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def _lax_scalars(schema: Any, path: str = "") -> list[str]:
    """Booleans and numbers in a pydantic core schema that would take `0`, `"5"` or `true`."""
    found: list[str] = []
    if isinstance(schema, dict):
        if schema.get("type") in ("bool", "int", "float") and not schema.get("strict"):
            found.append(path)
        for key, value in schema.items():
            found += _lax_scalars(value, f"{path}.{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            found += _lax_scalars(value, f"{path}[{i}]")
    return found


def _models(cls: type[BaseModel]) -> list[type[BaseModel]]:
    return [cls, *(c for sub in cls.__subclasses__() for c in _models(sub))]


def test_request_bodies_take_booleans_and_numbers_only_as_such() -> None:
    """The document says boolean/number: `0` is no boolean, `false` no number, `"5"` no
    integer. Every request model's booleans and numbers are strict (StrictBool, StrictInt,
    StrictFloat); a new lax field fails here before schemathesis finds it."""
    import api.app  # noqa: F401  (every route module, so every request model, is imported)
    from api.schemas import InputModel

    lax = {
        cls.__name__: paths
        for cls in _models(InputModel)
        if (paths := _lax_scalars(cls.__pydantic_core_schema__))
    }
    assert lax == {}


def test_open311_xml_operations_declare_their_twins_values_in_xml(
    document: dict[str, Any],
) -> None:
    """Each `.xml` operation of Open311 answers `application/xml` with the schema of its `.json`
    twin, the lists named as the specification names them."""
    paths = document["paths"]
    roots = {"services": "services", "requests": "service_requests", "tokens": "service_requests"}
    xml_paths = [p for p in paths if p.startswith("/api/v1/open311/") and p.endswith(".xml")]
    assert len(xml_paths) == 6, xml_paths
    for path in xml_paths:
        for method, op in paths[path].items():
            twin = paths[path.removesuffix(".xml") + ".json"][method]
            assert op["operationId"] == f"{twin['operationId']}_xml"
            ok = next(s for s in op["responses"] if s.startswith("2"))
            (media,) = op["responses"][ok]["content"]
            assert media == "application/xml", path
            schema = op["responses"][ok]["content"][media]["schema"]
            json_schema = twin["responses"][ok]["content"]["application/json"]["schema"]
            assert {k: v for k, v in schema.items() if k != "xml"} == json_schema, path
            resource = path.split("/")[4].split(".")[0]
            if schema.get("type") == "array":
                assert schema["xml"] == {"name": roots[resource], "wrapped": True}, path
            else:
                name = schema["$ref"].rsplit("/", 1)[-1]
                target = document["components"]["schemas"][name]
                assert target["xml"]["name"] in ("discovery", "service_definition"), path
