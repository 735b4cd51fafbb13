"""Image uploads that cannot be decoded safely are 4xx problems, on the public and staff paths:
a decompression bomb is refused from its header (memory barely moves), a corrupt or truncated
image is a 422, and the pixel cap is a setting."""

from __future__ import annotations

import functools
import io
import resource
import struct
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image

from api.app import create_app
from infra.db.engine import Database
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff

CITIZEN = {
    "title": "ถนนเป็นหลุมหน้าตลาดดินแดง",
    "description": "หลุมลึก รถจักรยานยนต์ล้มบ่อย",
    "district_code": "1026",
    "contact": {"name": "มานี มีนา", "phone": "0891112233"},
    "consent": {"notice_version": "2026-01"},
}
CASE = {
    "title": "ทางเท้าชำรุด",
    "description": "ทางเท้าหน้าซอยชำรุด",
    "channel": "hotline_1676",
    "district_code": "1026",
}


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def bomb_png(width: int = 10_000, height: int = 10_000) -> bytes:
    """A valid RGB PNG of width×height black pixels, compressed row by row: about 0.3 MB on
    the wire for 10000×10000 (300 MB once decoded), built without holding the pixels."""
    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + 3 * width)  # filter byte "none" + the row's pixels
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


def _encoded(fmt: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=fmt)
    return out.getvalue()


def _corrupt_png() -> bytes:
    png = _encoded("PNG")
    start = png.index(b"IDAT") + 4
    garbled = bytes(b ^ 0x5A for b in png[start : start + 40])
    return png[:start] + garbled + png[start + 40 :]


BROKEN = {
    "truncated.png": (_encoded("PNG")[:60], "image/png"),
    "corrupt.png": (_corrupt_png(), "image/png"),
    "truncated.jpg": (_encoded("JPEG")[:200], "image/jpeg"),
    "header-only.jpg": (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
        "image/jpeg",
    ),
    "garbled.webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + b"\x07" * 24, "image/webp"),
}


async def _tracking_code(client: httpx.AsyncClient) -> str:
    r = await client.post("/api/v1/public/complaints", json=CITIZEN)
    assert r.status_code == 201, r.text
    return str(r.json()["tracking_code"])


async def _case_id(client: httpx.AsyncClient, omb: Staff) -> str:
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=CASE)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _problem(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = r.json()
    assert body["code"] == code
    return body


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def test_a_decompression_bomb_is_refused_from_its_header_without_login(
    client: httpx.AsyncClient,
) -> None:
    bomb = bomb_png()
    assert len(bomb) < 400_000  # a small upload that claims 100 million pixels
    code = await _tracking_code(client)
    tracemalloc.start()
    rss_before = _peak_rss_mb()

    r = await client.post(
        f"/api/v1/public/complaints/{code}/attachments",
        files={"file": ("bomb.png", bomb, "image/png")},
    )

    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    body = _problem(r, 413, "attachment.image_too_large")
    assert body["width"] == 10_000 and body["height"] == 10_000
    assert body["max_pixels"] == 40_000_000
    # Decoding would have taken 300 MB or more; the header check takes next to nothing.
    assert _peak_rss_mb() - rss_before < 64
    assert python_peak < 32 * 1024 * 1024
    tracked = await client.get(f"/api/v1/public/complaints/{code}")
    assert tracked.json()["attachments"] == []


async def test_a_decompression_bomb_is_refused_on_the_staff_path(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    case_id = await _case_id(client, omb)
    rss_before = _peak_rss_mb()

    r = await client.post(
        f"/api/v1/complaints/{case_id}/attachments",
        headers={**omb.headers, "Accept-Language": "th"},
        files={"file": ("bomb.png", bomb_png(), "image/png")},
    )

    body = _problem(r, 413, "attachment.image_too_large")
    assert "พิกเซล" in body["detail"]
    assert _peak_rss_mb() - rss_before < 64
    listed = await client.get(f"/api/v1/complaints/{case_id}/attachments", headers=omb.headers)
    assert listed.json()["items"] == []


@pytest.mark.parametrize("name", sorted(BROKEN))
async def test_a_broken_image_is_a_422_on_both_paths(
    client: httpx.AsyncClient, staff: dict[str, Staff], name: str
) -> None:
    data, content_type = BROKEN[name]
    code = await _tracking_code(client)
    omb = staff["omb"]
    case_id = await _case_id(client, omb)

    public = await client.post(
        f"/api/v1/public/complaints/{code}/attachments",
        files={"file": (name, data, content_type)},
    )
    internal = await client.post(
        f"/api/v1/complaints/{case_id}/attachments",
        headers=omb.headers,
        files={"file": (name, data, content_type)},
    )

    for r in (public, internal):
        body = _problem(r, 422, "attachment.image_unreadable")
        assert body["errors"]


@pytest.fixture
async def small_cap_client(
    settings: Settings, database: Database
) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(
        settings.model_copy(update={"max_image_pixels": 1_200}),
        database=database,
        mailer=InMemoryMailer(),
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def test_the_pixel_cap_is_a_setting(small_cap_client: httpx.AsyncClient) -> None:
    code = await _tracking_code(small_cap_client)
    url = f"/api/v1/public/complaints/{code}/attachments"

    at_cap = await small_cap_client.post(
        url, files={"file": ("ok.webp", _encoded("WEBP", (40, 30)), "image/webp")}
    )
    over = await small_cap_client.post(
        url, files={"file": ("big.webp", _encoded("WEBP", (41, 30)), "image/webp")}
    )

    assert at_cap.status_code == 201, at_cap.text
    body = _problem(over, 413, "attachment.image_too_large")
    assert body["max_pixels"] == 1_200


async def test_a_case_holds_at_most_the_configured_number_of_files(
    settings: Settings, database: Database, staff: dict[str, Staff]
) -> None:
    """Staff and citizen uploads count together; the list of files is bounded by the cap."""
    app = create_app(
        settings.model_copy(update={"max_attachments_per_case": 2}),
        database=database,
        mailer=InMemoryMailer(),
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    photo = ("p.png", _encoded("PNG"), "image/png")
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        omb = staff["omb"]
        created = await c.post("/api/v1/complaints", headers=omb.headers, json=CASE)
        assert created.status_code == 201, created.text
        public = f"/api/v1/public/complaints/{created.json()['tracking_code']}/attachments"
        staff_path = f"/api/v1/complaints/{created.json()['id']}/attachments"
        assert (await c.post(public, files={"file": photo})).status_code == 201
        first = await c.post(staff_path, headers=omb.headers, files={"file": photo})
        assert first.status_code == 201, first.text

        over_staff = await c.post(
            staff_path, headers={**omb.headers, "Accept-Language": "th"}, files={"file": photo}
        )
        over_public = await c.post(public, files={"file": photo})
        listed = await c.get(staff_path, headers=omb.headers)

    body = _problem(over_staff, 409, "attachment.limit_reached")
    assert body["max_files"] == 2 and "2 ไฟล์" in body["detail"]
    _problem(over_public, 409, "attachment.limit_reached")
    assert len(listed.json()["items"]) == 2
