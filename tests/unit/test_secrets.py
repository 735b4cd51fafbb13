"""The signing secret: never a fixed default, generated once, refused when weak."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from api.app import create_app
from infra.auth.secrets import InsecureSecret, resolve_secret, validate_secret
from infra.settings import Settings


@pytest.mark.parametrize(
    "bad", ["changeme", "secret", "short-but-random", "CHANGEME-please-0123456789abcdef"]
)
def test_weak_or_placeholder_secrets_are_refused(bad: str) -> None:
    with pytest.raises(InsecureSecret):
        validate_secret(bad)


def test_a_long_random_secret_is_accepted() -> None:
    value = "q8Xv3kP0sLr7Tz2Nw5Ye9Ua1Hc6Jd4Mb0Gf8Ki3Lo7"
    assert validate_secret(value) == value


def test_generated_once_and_shared_by_concurrent_workers(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        secrets = set(pool.map(lambda _: resolve_secret(None, tmp_path), range(16)))
    assert len(secrets) == 1
    (value,) = secrets
    assert len(value) >= 32
    assert (tmp_path / "secret_key").read_text().strip() == value
    assert list(tmp_path.iterdir()) == [tmp_path / "secret_key"]  # no temp files left


async def test_a_placeholder_secret_stops_start_up(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, secret_key="changeme")
    app = create_app(settings)
    with pytest.raises(InsecureSecret, match="placeholder"):
        async with app.router.lifespan_context(app):
            pass
