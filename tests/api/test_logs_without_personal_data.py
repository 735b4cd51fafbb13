"""A failed database write never puts its SQL parameters (personal data) into logs or errors."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.exc import DBAPIError

from api.logging import configure_logging
from domain.directory.model import CoordinatorLevel, CoordinatorStatus
from infra.db.engine import build_engine, build_sessionmaker
from infra.db.tables import CoordinatorRow

NAME = "สมศรี ลับเฉพาะ"
PHONE = "0811234567"
EMAIL = "somsri.secret@example.com"
LINE_ID = "somsri-line-4711"
SECRETS = (NAME, PHONE, EMAIL, LINE_ID)


def _coordinator_of_a_missing_agency() -> CoordinatorRow:
    now = datetime.now(UTC)
    return CoordinatorRow(
        agency_id=uuid.uuid4(),  # no such agency: the foreign key refuses the write
        name=NAME,
        phone=PHONE,
        email=EMAIL,
        line_id=LINE_ID,
        level=CoordinatorLevel.district,
        status=CoordinatorStatus.active,
        created_at=now,
        updated_at=now,
    )


class _Everything(logging.Handler):
    """Every record of every logger, formatted with its exception and traceback."""

    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))
        self.lines.append(repr(record.__dict__))


@pytest.fixture
def everything_logged(capfd: pytest.CaptureFixture[str]) -> Iterator[_Everything]:
    """The production logging set-up at its most verbose (JSON lines on the stderr that
    `capfd` captures), plus a handler that keeps every record."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging("DEBUG")
    handler = _Everything()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)


def _assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


async def test_a_failed_write_logs_none_of_its_parameters(
    app: FastAPI,
    client: httpx.AsyncClient,
    everything_logged: _Everything,
    capfd: pytest.CaptureFixture[str],
) -> None:
    @app.post("/test-only/failing-write")
    async def failing_write() -> None:
        async with app.state.database.sessions() as session:
            session.add(_coordinator_of_a_missing_agency())
            await session.commit()

    r = await client.post("/test-only/failing-write")

    assert r.status_code == 500
    _assert_no_secret(r.text)
    logged = "\n".join(everything_logged.lines)
    assert "unhandled error" in logged  # the failure itself was logged, with its traceback
    assert "IntegrityError" in logged or "ForeignKeyViolation" in logged
    _assert_no_secret(logged)
    out, err = capfd.readouterr()
    assert "unhandled error" in err
    _assert_no_secret(out + err)


async def test_sql_echo_and_database_errors_hide_parameters(
    database_url: str, everything_logged: _Everything, capfd: pytest.CaptureFixture[str]
) -> None:
    engine = build_engine(database_url, echo=True)  # FASTTRACK_DB_ECHO, development only
    echoed = io.StringIO()
    echo_handler = logging.StreamHandler(echoed)
    logging.getLogger("sqlalchemy.engine").addHandler(echo_handler)
    try:
        async with build_sessionmaker(engine)() as session:
            session.add(_coordinator_of_a_missing_agency())
            with pytest.raises(DBAPIError) as raised:
                await session.commit()
    finally:
        logging.getLogger("sqlalchemy.engine").removeHandler(echo_handler)
        await engine.dispose()

    assert "INSERT INTO coordinators" in echoed.getvalue()
    assert "hidden" in str(raised.value)
    _assert_no_secret(str(raised.value))
    _assert_no_secret(echoed.getvalue())
    _assert_no_secret("\n".join(everything_logged.lines))
    out, err = capfd.readouterr()
    _assert_no_secret(out + err)
