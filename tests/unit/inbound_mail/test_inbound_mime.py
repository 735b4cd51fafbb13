"""The MIME side of the e-mail channel without a database: quoted replies trimmed, HTML made
text, robots recognised, subject tokens and addresses compared, our own mail's headers."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from domain.inbound_mail.model import dedup_key, same_address, subject_token, title_of
from domain.shared.mail import EmailMessage
from infra.mail.adapters import _mime
from infra.mail.inbound import StdlibMailParser, html_to_text, trim_quoted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("New info\n\nOn Mon, 1 Jan 2024 at 10:00, A <a@b.c> wrote:\n> old\n", "New info"),
        ("New info\nOn Mon, 1 Jan 2024 at 10:00, Fast Track\n<a@b.c> wrote:\n> old", "New info"),
        ("ข้อมูลใหม่\nเมื่อ จ. 1 ม.ค. 2567 เวลา 10:00 A <a@b.c> เขียนว่า:\n> เก่า", "ข้อมูลใหม่"),
        ("Top\n-----Original Message-----\nFrom: x\nold", "Top"),
        ("Top\n________________________________\nFrom: x\nold", "Top"),
        ("Inline\n> quoted line\nanswer", "Inline\nanswer"),
        ("> all of it\n> is quoted", "> all of it\n> is quoted"),
        ("On the corner of Soi 3 the lamp is out.", "On the corner of Soi 3 the lamp is out."),
    ],
)
def test_quoted_replies_are_trimmed(text: str, kept: str) -> None:
    assert trim_quoted(text) == kept


def test_html_drops_scripts_styles_and_quoted_blocks() -> None:
    html = (
        "<style>p{}</style><p>Hello&nbsp;there</p><div class='gmail_quote'>On x wrote:"
        "<blockquote>old <b>mail</b></blockquote></div><p>after</p><script>x()</script>"
    )
    assert html_to_text(html) == "Hello there\n\nafter"


def test_a_gmail_reply_in_html_keeps_only_the_new_text() -> None:
    raw = (
        b"From: a@example.com\r\nSubject: Re: x\r\nMessage-ID: <r@x>\r\n"
        b"In-Reply-To: <p@x>\r\nReferences: <o@x> <p@x>\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b'<div>new words</div><div class="gmail_quote"><div>On Mon wrote:</div>'
        b"<blockquote>old words</blockquote></div>"
    )
    mail = StdlibMailParser().parse(raw)
    assert mail.text == "new words"
    assert mail.references == ("<p@x>", "<o@x>")


def test_mailer_daemon_and_list_mail_are_robots() -> None:
    parser = StdlibMailParser()
    daemon = b"From: MAILER-DAEMON@mx.example\r\nSubject: failure\r\n\r\nx"
    listed = b"From: a@example.com\r\nList-Id: <news.example.com>\r\nSubject: news\r\n\r\nx"
    human = b"From: a@example.com\r\nAuto-Submitted: no\r\nSubject: hi\r\n\r\nx"
    assert parser.parse(daemon).automatic == "sender mailer-daemon"
    assert parser.parse(listed).automatic == "mailing list"
    assert parser.parse(human).automatic is None


def test_subject_tokens_addresses_titles_and_keys() -> None:
    assert subject_token("Re: [7kq2m-xn4pb] ได้รับเรื่อง") == "7KQ2M-XN4PB"
    assert subject_token("Re: [FT-7KQ2M-XN4PB]") == "7KQ2M-XN4PB"
    assert subject_token("FT-2569-000123") is None
    assert same_address("A@Example.com", "a@example.COM ")
    assert not same_address(None, None) and not same_address("a@x", "b@x")
    assert title_of("Re: Fwd: ตอบกลับ: ไฟดับ", "") == "ไฟดับ"
    assert title_of("", "first words of the body") == "first words of the body"
    assert dedup_key("<a@b>", b"raw") == "<a@b>"
    assert dedup_key(None, b"raw") == dedup_key(None, b"raw") != dedup_key(None, b"other")
    assert dedup_key("<" + "x" * 500 + ">", b"raw").startswith("sha256:")


def test_our_mail_is_marked_automatic_and_threads_under_the_citizens() -> None:
    ack = EmailMessage("a@example.com", "s", "t", message_id="<1@fasttrack>", in_reply_to="<o@x>")
    sent = message_from_bytes(bytes(_mime(ack, "noreply@fasttrack")), policy=policy.default)
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent["In-Reply-To"] == "<o@x>" and sent["References"] == "<o@x>"
    plain = message_from_bytes(
        bytes(_mime(EmailMessage("a@example.com", "s", "t"), "noreply@fasttrack")),
        policy=policy.default,
    )
    assert plain["Auto-Submitted"] == "auto-generated" and plain["In-Reply-To"] is None
