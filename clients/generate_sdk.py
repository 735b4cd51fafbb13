"""Generate the Python SDK (clients/python) from openapi.json: `make sdk` runs this.

Steps, always the same and deterministic (no timestamps, sorted output), reading the committed
document as it is (uploads are declared multipart/form-data with binary parts there):
1. openapi-python-client (pinned in uv.lock) generates with python-config.yaml and the
   README template of templates/, overwriting only what it owns: fasttrack_client/api/,
   fasttrack_client/models/, client.py, errors.py, types.py, __init__.py, py.typed,
   README.md, pyproject.toml, setup.py, .gitignore;
2. its post-hooks strip the hard-coded multipart boundary, then run the pinned ruff.
Hand-written code (fasttrack_client/helpers/, examples/) is never touched by step 1, but the
ruff hooks format it with the SDK's settings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

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


def generate(output: Path, openapi: Path = ROOT / "openapi.json") -> None:
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
