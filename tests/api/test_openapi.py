"""openapi.json is a product: committed, fresh, and named by the house rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

from api.cli import export_openapi

ROOT = Path(__file__).resolve().parents[2]
OPERATION_ID = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")
SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
VERBS = {
    "list",
    "get",
    "create",
    "update",
    "delete",
    "transition",
    "assign",
    "login",
    "logout",
    "issue",
    "rotate",
    "replay",
    "preview",
    "export",
    "track",
    "upload",
    "download",
    "publish",
    "request",
    "reset",
    "verify",
    "replace",
    "deactivate",
    "enable",
    "disable",
    "set",
    "search",
    "submit",
    "revoke",
    "merge",
    "add",
    "invite",
    "record",
    "read",
    "forgot",
    # The data subject's rights (PDPA): their own names, not updates or deletes of a resource.
    "rectify",
    "erase",
    "restrict",
}


def test_committed_openapi_is_fresh() -> None:
    committed = (ROOT / "openapi.json").read_text(encoding="utf-8")
    assert committed == export_openapi(), "openapi.json is stale: run `make openapi`"


def test_operation_ids_and_schema_names_follow_the_rules() -> None:
    document = json.loads(export_openapi())
    seen: set[str] = set()
    for path, operations in document["paths"].items():
        for method, op in operations.items():
            op_id = op["operationId"]
            assert OPERATION_ID.match(op_id), f"{method} {path}: {op_id} is not verb_noun"
            assert op_id.split("_")[0] in VERBS, f"{op_id}: unknown verb"
            assert op_id not in seen, f"duplicate operation id {op_id}"
            seen.add(op_id)
            assert len(op.get("tags", [])) == 1, f"{op_id} needs exactly one tag"
    for name in document["components"]["schemas"]:
        assert SCHEMA_NAME.match(name), f"schema name {name!r} is not clean"
        assert not name.startswith("Body_"), name


def test_readme_tables_are_fresh() -> None:
    """The README's endpoint and settings tables are generated: `make openapi` refreshes them."""
    from api.cli import README_START, SETTINGS_START, endpoints_markdown, settings_markdown

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{README_START}\n{endpoints_markdown()}" in readme, "run `make openapi`"
    assert f"{SETTINGS_START}\n{settings_markdown()}" in readme, "run `make openapi`"
    assert "make run" in readme and "make test" in readme
