"""Language negotiation: Thai or English by Accept-Language (English by default)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

Lang = Literal["en", "th"]


def negotiate(accept_language: str | None) -> Lang:
    """Pick th or en by the highest-weighted language range that names one of them."""
    if not accept_language:
        return "en"
    best: tuple[float, Lang] | None = None
    for part in accept_language.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("th", "en") and (best is None or q > best[0]):
            best = (q, "th" if primary == "th" else "en")
    return best[1] if best and best[0] > 0 else "en"


# Field-level messages (`errors[].msg` of a problem) in Thai, by error type: Pydantic's types
# for schema validation, and the types the domain gives its FieldErrors. `{...}` come from
# Pydantic's error context; without it, the message of FIELD_MESSAGES_TH_PLAIN is used.
FIELD_MESSAGES_TH: dict[str, str] = {
    "missing": "ต้องระบุข้อมูลนี้",
    "extra_forbidden": "ไม่รู้จักหรือแก้ไขข้อมูลนี้ไม่ได้",
    "string_type": "ต้องเป็นข้อความ",
    "string_too_short": "ต้องมีอย่างน้อย {min_length} ตัวอักษร",
    "string_too_long": "ต้องมีไม่เกิน {max_length} ตัวอักษร",
    "string_pattern_mismatch": "รูปแบบไม่ถูกต้อง",
    "string_nul": "ข้อความต้องไม่มีอักขระ NUL",
    "string_unicode": "ข้อความมีอักขระยูนิโค้ดที่ไม่สมบูรณ์",
    "int_type": "ต้องเป็นจำนวนเต็ม",
    "int_parsing": "ต้องเป็นจำนวนเต็ม",
    "int_from_float": "ต้องเป็นจำนวนเต็ม",
    "float_type": "ต้องเป็นตัวเลข",
    "float_parsing": "ต้องเป็นตัวเลข",
    "finite_number": "ต้องเป็นตัวเลขที่มีค่าจำกัด",
    "bool_type": "ต้องเป็น true หรือ false",
    "bool_parsing": "ต้องเป็น true หรือ false",
    "greater_than": "ต้องมากกว่า {gt}",
    "greater_than_equal": "ต้องมีค่าอย่างน้อย {ge}",
    "less_than": "ต้องน้อยกว่า {lt}",
    "less_than_equal": "ต้องมีค่าไม่เกิน {le}",
    "enum": "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {expected}",
    "literal_error": "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {expected}",
    "uuid_type": "ต้องเป็นรหัส UUID",
    "uuid_parsing": "ต้องเป็นรหัส UUID",
    "datetime_type": "ต้องเป็นวันเวลาแบบ RFC 3339 (เช่น 2026-01-31T09:00:00+07:00)",
    "datetime_parsing": "ต้องเป็นวันเวลาแบบ RFC 3339 (เช่น 2026-01-31T09:00:00+07:00)",
    "datetime_from_date_parsing": "ต้องเป็นวันเวลาแบบ RFC 3339 (เช่น 2026-01-31T09:00:00+07:00)",
    "timezone_aware": "ต้องระบุเขตเวลา (เช่น +07:00)",
    "datetime_out_of_range": "วันเวลาต้องอยู่ระหว่างปี ค.ศ. 1900 ถึง 3000",
    "date_type": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "date_parsing": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "date_from_datetime_parsing": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "date_from_datetime_inexact": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "list_type": "ต้องเป็นรายการ",
    "too_short": "ต้องมีอย่างน้อย {min_length} รายการ",
    "too_long": "ต้องมีไม่เกิน {max_length} รายการ",
    "dict_type": "ต้องเป็นออบเจ็กต์",
    "model_type": "ต้องเป็นออบเจ็กต์",
    "model_attributes_type": "ต้องเป็นออบเจ็กต์",
    "json_invalid": "JSON ไม่ถูกต้อง",
    "json_type": "JSON ไม่ถูกต้อง",
    "url_parsing": "ต้องเป็น URL",
    "url_type": "ต้องเป็น URL",
    "value_error": "ค่าไม่ถูกต้อง",
    "cursor_invalid": "cursor นี้ไม่ได้มาจากรายการนี้",
    "not_found": "ไม่พบข้อมูลที่อ้างถึง",
    "inactive": "ถูกปิดใช้งานแล้ว",
    "outside_bangkok": "อยู่นอกกรุงเทพมหานคร",
    "level_mismatch": "ระดับไม่ตรงกับประเภทหน่วยงาน",
    "cycle": "ทำให้เกิดการอ้างอิงวนซ้ำ",
    "duplicate": "ระบุซ้ำ",
    "user_mismatch": "บัญชีผู้ใช้ไม่ตรงกัน",
    "agency_mismatch": "อยู่ต่างหน่วยงาน",
    "etag": "ไม่ใช่ ETag ของระบบนี้",
}
FIELD_MESSAGES_TH_PLAIN: dict[str, str] = {
    "string_too_short": "สั้นเกินไป",
    "string_too_long": "ยาวเกินไป",
    "too_short": "สั้นเกินไป",
    "too_long": "ยาวเกินไป",
    "greater_than": "ค่าน้อยเกินไป",
    "greater_than_equal": "ค่าน้อยเกินไป",
    "less_than": "ค่ามากเกินไป",
    "less_than_equal": "ค่ามากเกินไป",
    "enum": "ไม่ใช่ค่าที่รองรับ",
    "literal_error": "ไม่ใช่ค่าที่รองรับ",
}
FIELD_MESSAGE_TH_DEFAULT = "ค่าไม่ถูกต้อง"


def field_message_th(type_: str, ctx: Mapping[str, Any] | None = None) -> str:
    """The Thai message of one invalid field, by its error type."""
    template = FIELD_MESSAGES_TH.get(type_)
    if template is None:
        return FIELD_MESSAGE_TH_DEFAULT
    try:
        return template.format(**(ctx or {}))
    except (KeyError, IndexError, ValueError):
        return FIELD_MESSAGES_TH_PLAIN.get(type_, FIELD_MESSAGE_TH_DEFAULT)
