"""The committed SDK (clients/python) is exactly what `make sdk` generates from openapi.json."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "clients" / "python"


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate_sdk", ROOT / "clients/generate_sdk.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(base: Path, owned: tuple[str, ...]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for entry in owned:
        path = base / entry
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in paths:
            if p.exists() and "__pycache__" not in p.parts:
                files[p.relative_to(base).as_posix()] = p.read_bytes()
    return files


def test_committed_sdk_is_regenerated_identically(tmp_path: Path) -> None:
    generator = _generator()
    out = tmp_path / "python"
    # The ruff hooks format the whole project dir: give them the hand-written parts too.
    shutil.copytree(SDK / "fasttrack_client" / "helpers", out / "fasttrack_client" / "helpers")
    generator.generate(out)
    expected = _files(out, generator.GENERATED)
    committed = _files(SDK, generator.GENERATED)
    stale = sorted(
        name
        for name in expected.keys() | committed.keys()
        if expected.get(name) != committed.get(name)
    )
    assert not stale, f"clients/python is stale (run `make sdk`): {stale[:10]}"
    helpers = _files(out, ("fasttrack_client/helpers",))
    assert helpers == _files(SDK, ("fasttrack_client/helpers",)), "run `make sdk` (formats helpers)"
