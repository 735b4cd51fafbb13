"""Post-hook of the SDK generator: fix what openapi-python-client 0.29 gets wrong.

The generated multipart endpoints set `Content-Type: multipart/form-data; boundary=+++`
while httpx encodes the body with its own random boundary, so the server cannot parse the
upload. Removing the header lets httpx write it, boundary included.

`Client(timeout=...)` takes an `httpx.Timeout` only; the helpers take seconds. A converter
lets the clients take either.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HARD_CODED_BOUNDARY = re.compile(
    r'^[ \t]*headers\["Content-Type"\] = "multipart/form-data; boundary=[^"]*"[ \t]*\n',
    re.MULTILINE,
)


def strip_boundaries(project_dir: Path) -> list[Path]:
    changed = []
    for path in sorted(project_dir.glob("*/api/**/*.py")):
        text = path.read_text(encoding="utf-8")
        fixed = HARD_CODED_BOUNDARY.sub("", text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
            changed.append(path)
    return changed


TIMEOUT_FIELD = '_timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")'
TIMEOUT_CONVERTER = '''

def _as_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout | None:
    """Seconds (as the helpers take them) or an httpx.Timeout."""
    return value if value is None or isinstance(value, httpx.Timeout) else httpx.Timeout(value)
'''


def timeouts_in_seconds(project_dir: Path) -> None:
    for path in project_dir.glob("*/client.py"):
        text = path.read_text(encoding="utf-8")
        if TIMEOUT_FIELD not in text:
            raise SystemExit(f"{path}: the timeout field changed; update postprocess_sdk.py")
        text = text.replace(
            TIMEOUT_FIELD, TIMEOUT_FIELD[:-1] + ", converter=_as_timeout)"
        )
        first_class = text.index("\n@define")
        text = text[:first_class] + TIMEOUT_CONVERTER + text[first_class:]
        path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    project_dir = Path(argv[1] if len(argv) > 1 else ".")
    strip_boundaries(project_dir)
    timeouts_in_seconds(project_dir)
    leftover = [
        p for p in project_dir.glob("*/api/**/*.py") if "boundary=" in p.read_text("utf-8")
    ]
    if leftover:
        print(f"a hard-coded multipart boundary is left in {leftover}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
