"""The LINE chat's words: commands in either language, the language of a message, and labels
LINE accepts (quick-reply labels of at most 20 characters)."""

from __future__ import annotations

from domain.line.model import OutboundMessage, QuickReply, QuickReplyKind, language_of
from domain.line.service import menu
from domain.line.texts import TEXTS, command_of

LABELS = (
    "menu_report",
    "menu_status",
    "menu_call",
    "send_location",
    "skip",
    "done",
    "agree",
    "disagree",
    "cancel",
)


def test_commands_are_read_in_thai_and_english_whatever_the_spacing_or_case() -> None:
    assert command_of("แจ้งเรื่อง") == command_of(" Report ") == "report"
    assert command_of("สถานะ") == command_of("MY  CASES") == "status"
    assert command_of("ไม่ยินยอม") == "disagree" and command_of("ยินยอม") == "agree"
    assert command_of("ไฟดับทั้งซอย") is None


def test_the_language_follows_what_people_type() -> None:
    assert language_of("ไฟดับ", "en") == "th"
    assert language_of("lights out", "th") == "en"
    assert language_of("1676", "th") == "th" and language_of("😀", "en") == "en"


def test_quick_reply_labels_fit_line_limits() -> None:
    for key in LABELS:
        assert len(TEXTS[key].th) <= 20 and len(TEXTS[key].en) <= 20, key
    assert [q.kind for q in menu("th")][-1] is QuickReplyKind.uri


def test_messages_survive_the_queue_round_trip() -> None:
    message = OutboundMessage(
        "ส่งตำแหน่ง", (QuickReply("ส่งตำแหน่ง", QuickReplyKind.location), QuickReply("ยกเลิก"))
    )
    assert OutboundMessage.from_dict(message.as_dict()) == message
