"""JinjaNotificationRenderer: the notification e-mails from template files, text and HTML.

`notification_templates/<kind>.<th|en>.txt` holds the subject on its first line and the
plain-text body after it; `layout.<th|en>.html` wraps the same paragraphs as HTML (escaped)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from domain.notification.model import NotificationKind, RenderedEmail

TEMPLATES = Path(__file__).parent / "notification_templates"


class JinjaNotificationRenderer:
    def __init__(self, folder: Path = TEMPLATES) -> None:
        loader = FileSystemLoader(folder)
        self._text = Environment(
            loader=loader, autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True
        )
        self._html = Environment(loader=loader, autoescape=True, undefined=StrictUndefined)

    def render(
        self, kind: NotificationKind, language: str, context: Mapping[str, Any]
    ) -> RenderedEmail:
        lang = "th" if language == "th" else "en"
        values = {"title": "", "due_at": None, "event_type": "", **context}
        rendered = self._text.get_template(f"{kind.value}.{lang}.txt").render(values)
        subject, _, body = rendered.partition("\n")
        paragraphs = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
        link = values.get("case_link") if kind.for_staff else values.get("tracking_link")
        html = self._html.get_template(f"layout.{lang}.html").render(
            subject=subject.strip(),
            paragraphs=paragraphs,
            link=link,
            replies_welcome=kind is NotificationKind.email_received,
        )
        return RenderedEmail(subject.strip(), body.strip() + "\n", html)
