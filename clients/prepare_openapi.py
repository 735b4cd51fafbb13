"""Rewrite the exported OpenAPI document into the input of the SDK generator.

openapi.json stays exactly as the app exports it (OpenAPI 3.1). Two shapes that FastAPI
exports trip openapi-python-client 0.29, so the generator reads a rewritten copy:

* a file field is `{"type": "string", "contentMediaType": "application/octet-stream"}`, which
  the generator turns into a plain `str`; it becomes `{"type": "string", "format": "binary"}`
  so the SDK takes a `File`;
* a form model (`Annotated[Model, Form()]`) that holds a file is declared as
  `application/x-www-form-urlencoded`; such a body becomes `multipart/form-data`.

The output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

BINARY_MEDIA_TYPE = "application/octet-stream"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def _binary_property(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "string" and prop.get("contentMediaType") == BINARY_MEDIA_TYPE


def _rewrite_file_fields(schema: dict[str, Any]) -> bool:
    """Turn file fields of one object schema into `format: binary`; True if it had any."""
    found = False
    for name, prop in schema.get("properties", {}).items():
        if _binary_property(prop):
            rewritten = {k: v for k, v in prop.items() if k != "contentMediaType"}
            rewritten["format"] = "binary"
            schema["properties"][name] = rewritten
            found = True
        elif prop.get("type") == "array" and _binary_property(prop.get("items", {})):
            items = {k: v for k, v in prop["items"].items() if k != "contentMediaType"}
            prop["items"] = {**items, "format": "binary"}
            found = True
    return found


def prepare(document: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    schemas = doc.get("components", {}).get("schemas", {})
    with_files = {name for name, schema in schemas.items() if _rewrite_file_fields(schema)}
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            content = operation.get("requestBody", {}).get("content", {})
            media = content.get(FORM)
            if media is None:
                continue
            ref = media.get("schema", {}).get("$ref", "")
            if ref.rpartition("/")[2] in with_files:
                # Keep the position of the key: the output must not depend on dict order.
                operation["requestBody"]["content"] = {
                    (MULTIPART if key == FORM else key): value for key, value in content.items()
                }
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="openapi.json as the app exports it")
    parser.add_argument("target", type=Path, help="where to write the generator's input")
    args = parser.parse_args(argv)
    document = json.loads(args.source.read_text(encoding="utf-8"))
    text = json.dumps(prepare(document), indent=2, ensure_ascii=False) + "\n"
    args.target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
