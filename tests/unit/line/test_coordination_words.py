"""The staff side of the LINE chat in words: link and unlink commands in both languages, the
acknowledgement button's data, codes kept as keyed hashes, and labels LINE accepts."""

from __future__ import annotations

import uuid

from domain.line.coordination import ack_data, acked_case, code_digest, link_code_in, new_code
from domain.line.model import NotifyVia, OutboundMessage, QuickReply, QuickReplyKind
from domain.line.texts import TEXTS, command_of


def test_link_commands_carry_a_six_digit_code_in_either_language() -> None:
    assert link_code_in("link 123456") == "123456"
    assert link_code_in("  LINK   654321 ") == "654321"
    assert link_code_in("เชื่อม 000123") == link_code_in("เชื่อมบัญชี000123") == "000123"
    assert link_code_in("เชื่อมบัญชี LINE 000123") == "000123"
    for not_a_link in ("link", "link 12345", "link 1234567", "123456", "ลิงก์ไฟดับ 123456"):
        assert link_code_in(not_a_link) is None, not_a_link


def test_unlink_is_a_command_and_cancel_stays_cancel() -> None:
    assert command_of("ยกเลิกการเชื่อม") == command_of(" Unlink ") == "unlink"
    assert command_of("ยกเลิก") == "cancel"


def test_the_acknowledgement_button_names_one_case() -> None:
    case = uuid.uuid4()
    assert acked_case(ack_data(case)) == case
    for other in (None, "", "action=status", "action=ack&case=nope", "action=ack"):
        assert acked_case(other) is None, other


def test_codes_are_random_digits_kept_as_keyed_hashes() -> None:
    codes = {new_code() for _ in range(50)}
    assert len(codes) > 40 and all(len(c) == 6 and c.isdigit() for c in codes)
    digest = code_digest("123456", "pepper")
    assert "123456" not in digest and len(digest) == 64
    assert digest != code_digest("123456", "another pepper")


def test_where_notifications_go() -> None:
    assert NotifyVia.email.by_email and not NotifyVia.email.by_line
    assert NotifyVia.line.by_line and not NotifyVia.line.by_email
    assert NotifyVia.both.by_email and NotifyVia.both.by_line


def test_staff_button_labels_fit_and_postbacks_round_trip() -> None:
    for key in ("ack", "open_case"):
        assert len(TEXTS[key].th) <= 20 and len(TEXTS[key].en) <= 20, key
    button = QuickReply("รับทราบ", QuickReplyKind.postback, text="รับทราบ FT-2569-000001", data="x")
    message = OutboundMessage("เรื่องใหม่", (button,))
    assert OutboundMessage.from_dict(message.as_dict()) == message
