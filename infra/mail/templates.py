"""The e-mails the platform sends, in Thai and English by the recipient's language."""

from __future__ import annotations

from domain.shared.mail import EmailMessage

_TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "invitation": {
        "th": (
            "เชิญเข้าใช้งานระบบ Fast Track OMB & BMA",
            "เรียน {name}\n\nท่านได้รับเชิญให้ใช้งานระบบ Fast Track OMB & BMA\n"
            "กรุณาตั้งรหัสผ่านที่ลิงก์นี้ (ใช้ได้ {hours} ชั่วโมง):\n{link}\n\n"
            "หรือใช้รหัสนี้ที่ POST /api/v1/auth/reset-password:\n{token}\n",
        ),
        "en": (
            "Your invitation to Fast Track OMB & BMA",
            "Dear {name},\n\nYou have been invited to Fast Track OMB & BMA.\n"
            "Set your password at this link (valid for {hours} hours):\n{link}\n\n"
            "or use this token with POST /api/v1/auth/reset-password:\n{token}\n",
        ),
    },
    "reset_password": {
        "th": (
            "ตั้งรหัสผ่านใหม่ - Fast Track OMB & BMA",
            "เรียน {name}\n\nมีการขอตั้งรหัสผ่านใหม่สำหรับบัญชีของท่าน\n"
            "ตั้งรหัสผ่านใหม่ที่ลิงก์นี้ (ใช้ได้ {hours} ชั่วโมง):\n{link}\n\n"
            "รหัสสำหรับ POST /api/v1/auth/reset-password:\n{token}\n\n"
            "หากท่านไม่ได้ขอ โปรดเพิกเฉยต่ออีเมลนี้\n",
        ),
        "en": (
            "Reset your Fast Track password",
            "Dear {name},\n\nSomeone asked to reset the password of your account.\n"
            "Choose a new password at this link (valid for {hours} hours):\n{link}\n\n"
            "Token for POST /api/v1/auth/reset-password:\n{token}\n\n"
            "If it was not you, ignore this e-mail.\n",
        ),
    },
    "verify_email": {
        "th": (
            "ยืนยันอีเมล - Fast Track OMB & BMA",
            "เรียน {name}\n\nกรุณายืนยันอีเมลของท่านที่ลิงก์นี้:\n{link}\n\n"
            "รหัสสำหรับ POST /api/v1/auth/verify:\n{token}\n",
        ),
        "en": (
            "Verify your e-mail for Fast Track",
            "Dear {name},\n\nPlease verify your e-mail address at this link:\n{link}\n\n"
            "Token for POST /api/v1/auth/verify:\n{token}\n",
        ),
    },
}


def render(kind: str, language: str, to: str, **values: object) -> EmailMessage:
    subject, body = _TEMPLATES[kind]["th" if language == "th" else "en"]
    return EmailMessage(to=to, subject=subject, text=body.format(**values))
