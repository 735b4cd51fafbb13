"""The generated SDK against a live server, used only as a partner agency would use it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import httpx
import pytest
from fasttrack_client import AuthenticatedClient, Client  # the SDK, on sys.path by conftest
from fasttrack_client.api.auth import login_user
from fasttrack_client.api.complaints import (
    create_complaint,
    export_complaints,
    get_complaint,
    list_complaint_changes,
    list_complaints,
    list_timeline_entries,
    transition_complaint,
    update_complaint,
    upload_attachment,
)
from fasttrack_client.api.districts import list_districts
from fasttrack_client.helpers import (
    ApiError,
    ClientCredentialsAuth,
    acreate_idempotently,
    aiterate_changes,
    aiterate_items,
    change_with_etag,
    create_idempotently,
    iterate_changes,
    iterate_items,
    partner_client,
    unwrap,
)
from fasttrack_client.models import (
    AttachmentUpload,
    Channel,
    ClientScope,
    ComplainantIn,
    ComplaintAction,
    ComplaintCreate,
    ComplaintRead,
    ComplaintStatus,
    ComplaintTransition,
    ComplaintUpdate,
    ExportFormat,
    LoginForm,
    Problem,
    TokenRead,
    Urgency,
    Visibility,
)
from fasttrack_client.types import File, Response
from PIL import Image

from tests.e2e.conftest import LiveServer

pytestmark = pytest.mark.e2e


def _complaint(district: str = "1026", **extra: object) -> ComplaintCreate:
    return ComplaintCreate(
        title="ทางเท้าชำรุดหน้าตลาด",
        description="Broken pavement in front of the market; an elderly man fell yesterday.",
        channel=Channel.PARTNER_API,
        channel_ref=f"crm-{uuid.uuid4().hex[:8]}",
        district_code=district,
        complainant=ComplainantIn(name="สมชาย ใจดี", phone="0812345678"),
        fast_track=True,
        **extra,  # type: ignore[arg-type]
    )


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def _omb_routes_to_its_agency(server: LiveServer, case: ComplaintRead) -> None:
    """An OMB officer (staff token through the SDK) triages and assigns the case to the
    district office: only then may the partner agency add files to it."""
    with Client(base_url=server.base_url) as anonymous:
        form = LoginForm(username=server.omb_email, password=server.omb_password)
        token = unwrap(login_user.sync_detailed(client=anonymous, body=form))
    assert isinstance(token, TokenRead)
    with AuthenticatedClient(base_url=server.base_url, token=token.access_token) as staff:
        etag = f'"{case.version}"'
        for action in (ComplaintAction.TRIAGE, ComplaintAction.ASSIGN):
            response = transition_complaint.sync_detailed(
                client=staff,
                complaint_id=case.id,
                body=ComplaintTransition(action=action),
                if_match=etag,
            )
            unwrap(response)
            etag = response.headers["ETag"]


def test_client_credentials_token_is_obtained_and_reused(live_server: LiveServer) -> None:
    p = live_server.partner
    auth = ClientCredentialsAuth(live_server.base_url, p.client_id, p.client_secret)
    first = auth.token()
    assert first.count(".") == 2  # a JWT
    assert auth.token() == first  # cached while valid
    auth.invalidate()
    assert auth.token() != first


def test_wrong_secret_is_a_typed_error(live_server: LiveServer) -> None:
    auth = ClientCredentialsAuth(live_server.base_url, live_server.partner.client_id, "nope")
    with pytest.raises(ApiError) as caught:
        auth.token()
    assert caught.value.status_code == 401
    assert caught.value.code is not None


def test_partner_submits_retries_uploads_and_follows_a_case(live_server: LiveServer) -> None:
    p = live_server.partner
    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        body = _complaint()
        key = f"crm-ticket-{uuid.uuid4()}"
        first = create_idempotently(
            create_complaint.sync_detailed, client=client, body=body, idempotency_key=key
        )
        assert first.status_code == 201
        case = unwrap(first)
        assert isinstance(case, ComplaintRead)
        assert case.case_number.startswith("FT") and case.fast_track is True
        assert first.headers["ETag"] == f'"{case.version}"'

        # A retry with the same key (the answer was "lost") returns the same case.
        again = create_idempotently(
            create_complaint.sync_detailed, client=client, body=body, idempotency_key=key
        )
        assert again.headers.get("Idempotent-Replayed") == "true"
        assert unwrap(again).id == case.id

        _omb_routes_to_its_agency(live_server, case)
        assert unwrap(get_complaint.sync_detailed(client=client, complaint_id=case.id)).status == (
            ComplaintStatus.ASSIGNED
        )

        # Upload a photo: multipart with httpx's own boundary.
        upload = AttachmentUpload(
            file=File(payload=io.BytesIO(_png()), file_name="pavement.png", mime_type="image/png"),
            visibility=Visibility.INTERNAL,
        )
        attachment = unwrap(
            upload_attachment.sync_detailed(client=client, complaint_id=case.id, body=upload)
        )
        assert attachment.content_type == "image/png" and attachment.size > 0

        # Follow its status.
        followed = unwrap(get_complaint.sync_detailed(client=client, complaint_id=case.id))
        assert followed.id == case.id
        assert isinstance(followed.status, ComplaintStatus)
        timeline = list(
            iterate_items(list_timeline_entries.sync, client=client, complaint_id=case.id, limit=1)
        )
        assert timeline and timeline[0].kind == "created"


def test_bad_request_is_a_typed_422_problem(live_server: LiveServer) -> None:
    p = live_server.partner
    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        response = create_complaint.sync_detailed(client=client, body=_complaint(district="99"))
        assert response.status_code == 422
        assert isinstance(response.parsed, Problem)
        assert response.parsed.status == 422
        assert response.parsed.errors  # which field is wrong
        with pytest.raises(ApiError) as caught:
            unwrap(response)
        assert caught.value.problem is response.parsed


def test_a_case_of_another_agency_is_a_typed_404(live_server: LiveServer) -> None:
    other = live_server.other_partner
    with partner_client(live_server.base_url, other.client_id, other.client_secret) as client:
        theirs = unwrap(create_complaint.sync_detailed(client=client, body=_complaint("1034")))
    p = live_server.partner
    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        response = get_complaint.sync_detailed(client=client, complaint_id=theirs.id)
    assert response.status_code == 404
    assert isinstance(response.parsed, Problem)
    assert response.parsed.code == "complaint.not_found"
    assert "สมชาย" not in response.content.decode()


def test_iterate_items_follows_every_page(live_server: LiveServer) -> None:
    with Client(base_url=live_server.base_url) as client:
        codes = [d.code for d in iterate_items(list_districts.sync, client=client, limit=7)]
    assert len(codes) == 50 == len(set(codes))


def _submit(client: AuthenticatedClient, count: int) -> list[ComplaintRead]:
    return [
        unwrap(create_complaint.sync_detailed(client=client, body=_complaint()))
        for _ in range(count)
    ]


def test_partner_lists_its_cases_across_several_pages(live_server: LiveServer) -> None:
    p = live_server.partner
    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        mine = {c.id for c in _submit(client, 7)}
        seen = [
            c.id
            for c in iterate_items(list_complaints.sync, client=client, fast_track=True, limit=3)
        ]
    assert len(seen) >= 7 and len(seen) == len(set(seen))  # every case exactly once
    assert mine <= set(seen)


def test_partner_reads_the_change_feed_by_its_cursor(live_server: LiveServer) -> None:
    p = live_server.partner
    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        cursors: list[str] = []
        for _ in iterate_changes(
            list_complaint_changes.sync, client=client, on_cursor=cursors.append
        ):
            pass  # catch up: what happened before this test
        start = cursors[-1]
        mine = [c.id for c in _submit(client, 3)]

        cursors.clear()
        changes = list(
            iterate_changes(
                list_complaint_changes.sync,
                client=client,
                after=start,
                limit=2,
                on_cursor=cursors.append,
            )
        )
        assert [c.complaint.id for c in changes if c.complaint.id in mine] == mine
        seqs = [c.seq for c in changes]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
        assert len(cursors) >= 3  # two pages of changes at least, then the empty one

        # Nothing new since the stored cursor: one request, no changes.
        assert (
            list(iterate_changes(list_complaint_changes.sync, client=client, after=cursors[-1]))
            == []
        )


def test_partner_downloads_the_csv_export_with_personal_data_masked(
    live_server: LiveServer,
) -> None:
    p = live_server.partner
    since = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        mine = {c.case_number for c in _submit(client, 2)}
        response = export_complaints.sync_detailed(
            client=client, format_=ExportFormat.CSV, fast_track=True, created_from=since
        )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    ours = [r for r in rows if r["case_number"] in mine]
    assert len(ours) == 2
    assert ours[0]["title"] == "ทางเท้าชำรุดหน้าตลาด"
    assert "0812345678" not in text and "สมชาย ใจดี" not in text  # masked for everyone
    assert all(r["complainant_phone"] != "0812345678" for r in ours)


async def test_async_helpers_submit_idempotently_and_follow_the_feed(
    live_server: LiveServer,
) -> None:
    p = live_server.partner
    async with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        cursors: list[str] = []
        async for _ in aiterate_changes(
            list_complaint_changes.asyncio, client=client, on_cursor=cursors.append
        ):
            pass
        body, key = _complaint(), f"crm-async-{uuid.uuid4()}"
        first = await acreate_idempotently(
            create_complaint.asyncio_detailed, client=client, body=body, idempotency_key=key
        )
        again = await acreate_idempotently(
            create_complaint.asyncio_detailed, client=client, body=body, idempotency_key=key
        )
        assert first.status_code == 201
        assert again.headers.get("Idempotent-Replayed") == "true"
        case = unwrap(first)
        assert unwrap(again).id == case.id

        changed = [
            change.complaint.id
            async for change in aiterate_changes(
                list_complaint_changes.asyncio, client=client, after=cursors[-1]
            )
        ]
        assert changed.count(case.id) == 1  # filed once, whatever the retries
        listed = [
            c.id
            async for c in aiterate_items(
                list_complaints.asyncio, client=client, fast_track=True, limit=2
            )
        ]
        assert case.id in listed


async def test_acreate_idempotently_retries_with_the_same_key() -> None:
    """Transient failures are retried with one key; the last answer is returned."""
    keys: list[str] = []
    slept: list[float] = []

    async def flaky(*, idempotency_key: str, **_: object) -> Response[str]:
        keys.append(idempotency_key)
        if len(keys) == 1:
            raise httpx.ConnectError("lost")
        status = 503 if len(keys) == 2 else 201
        return Response(status_code=status, content=b"", headers=httpx.Headers(), parsed="ok")  # type: ignore[arg-type]

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    response = await acreate_idempotently(flaky, backoff_seconds=0.1, sleep=no_sleep)
    assert response.status_code == 201
    assert len(keys) == 3 and len(set(keys)) == 1
    assert slept == [0.1, 0.2]


def test_a_change_with_a_stale_etag_is_retried_once_after_reading_again(
    live_server: LiveServer,
) -> None:
    """change_with_etag: someone else changes the case between our read and our write; the
    412 makes the helper read the new version and apply the change to it."""
    p = live_server.partner
    with partner_client(live_server.base_url, p.client_id, p.client_secret, timeout=10) as client:
        case = unwrap(create_complaint.sync_detailed(client=client, body=_complaint()))
        attempts: list[str] = []

        def read() -> Response[ComplaintRead | Problem]:
            return get_complaint.sync_detailed(client=client, complaint_id=case.id)

        def change(etag: str) -> Response[ComplaintRead | Problem]:
            attempts.append(etag)
            if len(attempts) == 1:  # a colleague edits first: our ETag is now stale
                unwrap(
                    update_complaint.sync_detailed(
                        client=client,
                        complaint_id=case.id,
                        body=ComplaintUpdate(title="แก้ไขโดยเพื่อนร่วมงาน"),
                        if_match=etag,
                    )
                )
            return update_complaint.sync_detailed(
                client=client,
                complaint_id=case.id,
                body=ComplaintUpdate(urgency=Urgency.LOW),
                if_match=etag,
            )

        changed = change_with_etag(read, change)
        assert isinstance(changed, ComplaintRead)
        assert changed.urgency == Urgency.LOW and changed.title == "แก้ไขโดยเพื่อนร่วมงาน"
        assert attempts == [f'"{case.version}"', f'"{case.version + 1}"']
        assert changed.version == case.version + 2


def test_sdk_names_read_well() -> None:
    assert ClientScope.COMPLAINTS_READ.value == "complaints:read"
    assert Client(base_url="http://localhost", timeout=2.5).get_httpx_client().timeout.read == 2.5
