"""Generate the Python SDK (clients/python) from openapi.json: `make sdk` runs this.

Steps, always the same and deterministic (no timestamps, sorted output), reading the committed
document as it is (uploads are declared multipart/form-data with binary parts there):
1. openapi-python-client (pinned in uv.lock) generates with python-config.yaml and the
   README template of templates/, overwriting only what it owns: fasttrack_client/api/,
   fasttrack_client/models/, client.py, errors.py, types.py, __init__.py, py.typed,
   README.md, pyproject.toml, setup.py, .gitignore;
2. its post-hooks strip the hard-coded multipart boundary, then run the pinned ruff.
The SDK speaks JSON: operations answering only XML (Open311's `.xml` twins of its `.json`
operations, for GeoReport v2 apps) are left out of the document it reads.
Hand-written code (fasttrack_client/helpers/, examples/) is never touched by step 1, but the
ruff hooks format it with the SDK's settings.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CLIENTS = Path(__file__).resolve().parent
ROOT = CLIENTS.parent
CONFIG = CLIENTS / "python-config.yaml"
TEMPLATES = CLIENTS / "templates"
DEFAULT_OUTPUT = CLIENTS / "python"
# What the generator writes; everything else under clients/python is hand-written.
GENERATED = (
    "fasttrack_client/api",
    "fasttrack_client/models",
    "fasttrack_client/__init__.py",
    "fasttrack_client/client.py",
    "fasttrack_client/errors.py",
    "fasttrack_client/types.py",
    "fasttrack_client/py.typed",
    "README.md",
    "pyproject.toml",
    "setup.py",
    ".gitignore",
)


def _answers_only_xml(operation: dict[str, Any]) -> bool:
    ok = [r for s, r in operation.get("responses", {}).items() if s.startswith("2")]
    return bool(ok) and all(list(r.get("content", {})) == ["application/xml"] for r in ok)


def json_document(openapi: Path) -> dict[str, Any]:
    """The document without the operations that answer only XML."""
    document: dict[str, Any] = json.loads(openapi.read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    for path, operations in document["paths"].items():
        kept = {m: op for m, op in operations.items() if not _answers_only_xml(op)}
        if kept:
            paths[path] = kept
    document["paths"] = paths
    return document


def generate(output: Path, openapi: Path = ROOT / "openapi.json") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        document = Path(tmp) / "openapi.json"
        document.write_text(json.dumps(json_document(openapi), indent=2), encoding="utf-8")
        _generate(output, document)


def _generate(output: Path, openapi: Path) -> None:
    bin_dir = Path(sys.executable).parent
    generator = shutil.which("openapi-python-client", path=str(bin_dir)) or shutil.which(
        "openapi-python-client"
    )
    if generator is None:
        raise SystemExit("openapi-python-client is not installed (uv sync installs it)")
    env = {
        **os.environ,
        # The hooks must find the venv's python and the pinned ruff first.
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "SDK_TOOLS_DIR": str(CLIENTS),
    }
    result = subprocess.run(
        [
            generator,
            "generate",
            "--path",
            str(openapi),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "setup",
            "--output-path",
            str(output),
            "--overwrite",
            "--fail-on-warning",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed ({result.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    generate(args.output.resolve())
    print(f"generated {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
