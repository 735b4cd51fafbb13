"""The SDK is part of the project's environment: `make install` (uv sync) installs
clients/python into the venv, so `import fasttrack_client` works with no path tricks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.support.databases import in_ci

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "clients" / "python"

PROBE = """
import importlib.metadata as md, json, fasttrack_client, fasttrack_client.helpers
dist = md.distribution("fasttrack-client")
print(json.dumps({
    "file": fasttrack_client.__file__,
    "version": dist.version,
    "direct_url": json.loads(dist.read_text("direct_url.json") or "{}"),
    "helpers": hasattr(fasttrack_client.helpers, "partner_client"),
}))
"""


def test_the_venv_imports_the_installed_sdk(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    # -I: no PYTHONPATH, no user site, not even the current directory on the path: only what
    # is installed in the venv can be imported.
    result = subprocess.run(
        [sys.executable, "-I", "-c", PROBE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    api_version = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))["info"]["version"]
    assert found["version"] == api_version
    assert found["helpers"]
    # Installed from this checkout's clients/python, editable: a regenerated SDK is what the
    # venv imports.
    assert found["direct_url"]["url"] == SDK.as_uri()
    assert found["direct_url"]["dir_info"] == {"editable": True}
    assert Path(found["file"]).resolve().is_relative_to(SDK / "fasttrack_client")


def test_uv_sync_keeps_the_sdk() -> None:
    """A path dependency in a default dependency group: `uv sync` installs it, never removes it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "sdk" in project["tool"]["uv"]["default-groups"]
    assert project["dependency-groups"]["sdk"] == ["fasttrack-client"]
    assert project["tool"]["uv"]["sources"]["fasttrack-client"] == {
        "path": "clients/python",
        "editable": True,
    }
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    sdk = next(p for p in lock["package"] if p["name"] == "fasttrack-client")
    assert sdk["source"] == {"editable": "clients/python"}


def _readme_install_line() -> str:
    readme = (SDK / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    [line] = [ln for ln in block.splitlines() if ln.strip()]
    return line


def test_the_sdk_readme_install_line_works_as_written(tmp_path: Path) -> None:
    """The README's line, run from the root of the checkout in a fresh virtualenv, installs an
    importable SDK (pip needs the package index for the build backend and httpx/attrs)."""
    line = _readme_install_line()
    assert line == "pip install ./clients/python"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bindir = venv / "bin"
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    result = subprocess.run(
        ["bash", "-c", line], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0 and _offline(result.stdout + result.stderr) and not in_ci():
        pytest.skip(f"the package index is unreachable: {result.stderr[-300:]}")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    probe = subprocess.run(
        [
            str(bindir / "python"),
            "-I",
            "-c",
            "import fasttrack_client.helpers as h; print(h.partner_client.__module__)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert (
        str(venv)
        in subprocess.run(
            [
                str(bindir / "python"),
                "-I",
                "-c",
                "import fasttrack_client; print(fasttrack_client.__file__)",
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def _offline(output: str) -> bool:
    signs = (
        "Could not find a version",
        "NewConnectionError",
        "Temporary failure in name",
        "No matching distribution",
    )
    return any(s in output for s in signs)
