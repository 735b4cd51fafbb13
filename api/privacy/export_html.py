"""The readable Thai summary of a data subject's export (HTML, printable to PDF)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from domain.complaint.lifecycle import ComplaintStatus
from domain.privacy.subject import SubjectRecord
from domain.sla.calendar import BANGKOK

_MONTHS = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
_KINDS = {
    "created": "รับเรื่อง",
    "state_changed": "เปลี่ยนสถานะ",
    "response": "คำตอบถึงผู้ร้องเรียน",
    "rated": "ประเมินความพึงพอใจ",
    "note": "บันทึก",
    "updated": "แก้ไขข้อมูล",
    "redacted": "ปกปิดข้อความ",
}
_FIELDS = {
    "name": "ชื่อ",
    "phone": "โทรศัพท์",
    "email": "อีเมล",
    "line_user_id": "LINE",
    "national_id": "เลขประจำตัวประชาชน",
}


def thai_date(at: datetime | None) -> str:
    """`29 พ.ย. 2569 16:38 น.`: Bangkok time, Buddhist-era year."""
    if at is None:
        return "-"
    local = at.astimezone(BANGKOK)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year + 543} {local:%H:%M} น."


def _status(value: str) -> str:
    try:
        return ComplaintStatus(value).label.th
    except ValueError:
        return value


def _row(label: str, value: str | None) -> str:
    return f"<tr><th>{escape(label)}</th><td>{escape(value or '-')}</td></tr>"


def _searched_by(record: SubjectRecord) -> str:
    return ", ".join(_FIELDS.get(k, k) for k in sorted(record.keys.given))


def render(record: SubjectRecord, generated_at: datetime) -> str:
    parts = [
        "<!doctype html>",
        '<html lang="th"><head><meta charset="utf-8">',
        "<title>ข้อมูลส่วนบุคคลของท่านในระบบ FAST TRACK</title>",
        "<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.6}"
        "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
        "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        "th{width:30%;background:#f5f5f5}</style></head><body>",
        "<h1>ข้อมูลส่วนบุคคลของท่านในระบบ FAST TRACK</h1>",
        "<p>สำนักงานผู้ตรวจการแผ่นดินจัดทำเอกสารนี้ตามคำขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล "
        "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
        f"เมื่อ {escape(thai_date(generated_at))} "
        "ข้อมูลของบุคคลอื่นถูกตัดออกหรือปกปิดไว้</p>",
        f"<p>ค้นหาจาก: {escape(_searched_by(record))}</p>",
        f"<h2>เรื่องร้องเรียนของท่าน ({len(record.cases)} เรื่อง)</h2>",
    ]
    if not record.cases:
        parts.append("<p>ไม่พบเรื่องร้องเรียน</p>")
    for c in record.cases:
        k = c.contact
        parts += [
            f"<h3>เรื่องเลขที่ {escape(c.case_number)}</h3><table>",
            _row("เรื่อง", c.title),
            _row("รายละเอียด", c.description),
            _row("สถานะ", _status(c.status)),
            _row("วันที่รับเรื่อง", thai_date(c.created_at)),
            _row("วันที่ปิดเรื่อง", thai_date(c.closed_at) if c.closed_at else None),
            _row("ชื่อ", k.name),
            _row("โทรศัพท์", k.phone),
            _row("อีเมล", k.email),
            _row("LINE", k.line_user_id),
            _row(
                "ความยินยอม",
                f"ประกาศฉบับ {c.consent_version} เมื่อ {thai_date(c.consent_at)}"
                if c.consent_version
                else None,
            ),
            "</table>",
        ]
        entries = [e for e in record.entries if e.complaint_id == c.complaint_id]
        if entries:
            parts.append("<table><tr><th>วันที่</th><th>รายการ</th></tr>")
            for e in entries:
                text = e.data.get("text") or e.data.get("comment") or e.data.get("reason")
                what = _KINDS.get(e.kind, e.kind)
                if e.redacted:
                    text = "(ข้อความถูกปกปิด)"
                shown = f"{what}: {text}" if isinstance(text, str) and text else what
                parts.append(f"<tr><td>{escape(thai_date(e.at))}</td><td>{escape(shown)}</td></tr>")
            parts.append("</table>")
        files = [a for a in record.attachments if a.complaint_id == c.complaint_id]
        if files:
            parts.append("<p>ไฟล์แนบ: " + escape(", ".join(a.filename for a in files)) + "</p>")
    parts.append(f"<h2>การเข้าร่วมกิจกรรม ({len(record.participations)} ครั้ง)</h2>")
    if record.participations:
        parts.append("<table><tr><th>วันที่</th><th>กิจกรรม</th></tr>")
        for p in record.participations:
            parts.append(
                f"<tr><td>{escape(thai_date(p.starts_at))}</td>"
                f"<td>{escape(p.activity_title)} ({escape(p.name)})</td></tr>"
            )
        parts.append("</table>")
    if record.mentions:
        parts.append(
            f"<h2>การกล่าวถึงท่านในเรื่องอื่น ({len(record.mentions)} รายการ)</h2>"
            "<p>ข้อมูลของท่านปรากฏในบันทึกของเรื่องร้องเรียนอื่น "
            "เรื่องเหล่านั้นเป็นข้อมูลของบุคคลอื่นจึงแสดงเพียงวันที่</p><ul>"
        )
        for m in record.mentions:
            fields = ", ".join(_FIELDS.get(f, f) for f in m.matched_on)
            parts.append(f"<li>{escape(thai_date(m.at))} ({escape(fields)})</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
