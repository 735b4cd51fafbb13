"""StdlibMailParser: RFC 5322 bytes to an InboundMail with the standard library's modern
`email` API (policy.default): encoded-word subjects, HTML-only bodies as text, attachments,
quoted replies trimmed, and the headers that tell a robot's mail (RFC 3834, RFC 3464)."""

from __future__ import annotations

import codecs
import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser

from domain.inbound_mail.model import InboundMail, MailAttachment
from domain.inbound_mail.service import MailUnreadable

# Thai mail from Outlook names its charset windows-874, which Python knows as cp874.
_ALIASES = {"windows-874": "cp874", "windows_874": "cp874", "x-windows-874": "cp874"}


def _thai_codecs(name: str) -> codecs.CodecInfo | None:
    alias = _ALIASES.get(name.lower())
    return codecs.lookup(alias) if alias else None


_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        codecs.register(_thai_codecs)
        _registered = True


_MSGID = re.compile(r"<[^<>\s]+>")
_ROBOT_SENDERS = frozenset({"mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply"})
_BULK = frozenset({"bulk", "junk", "list"})

# "On Mon, 1 Jan 2024 at 10:00, Somchai <s@example.com> wrote:" (sometimes wrapped over two
# lines) and Thai Gmail's "เมื่อ ... เขียนว่า:"; Outlook's separators.
_ATTRIBUTION_START = re.compile(r"^\s*(On\s|เมื่อ)")
_ATTRIBUTION_END = re.compile(r"(wrote|เขียนว่า)\s*:\s*$")
_SEPARATOR = re.compile(r"^\s*(-{2,}\s*Original Message\s*-{2,}|_{10,})\s*$", re.IGNORECASE)


def trim_quoted(text: str) -> str:
    """The new part of a reply: up to the attribution line or separator above the quoted
    mail, without `>` lines. A mail that is all quote is kept whole."""
    lines = text.splitlines()
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line):
            break
        if _ATTRIBUTION_START.match(line):
            if _ATTRIBUTION_END.search(line):
                break
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if _ATTRIBUTION_END.search(nxt) and not nxt.lstrip().startswith(">"):
                break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    trimmed = "\n".join(kept).strip()
    return trimmed or text.strip()


class _HtmlText(HTMLParser):
    """Visible text of an HTML body: blocks on their own lines, no scripts or styles, and
    no quoted mail (blockquote, Gmail's quote block)."""

    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}
    )
    _HIDDEN = frozenset({"script", "style", "head", "title", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        hidden = tag in self._HIDDEN or "gmail_quote" in classes
        if tag not in ("br", "img", "hr", "meta", "link", "input"):
            self._stack.append(tag if not hidden else f"hidden:{tag}")
            if hidden:
                self._hidden += 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching tag (HTML mail is often not well formed).
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i].removeprefix("hidden:") == tag:
                for closed in self._stack[i:]:
                    if closed.startswith("hidden:"):
                        self._hidden -= 1
                del self._stack[i:]
                break
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _content(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, ValueError, AssertionError):
        pass
    payload = part.get_payload(decode=True)
    return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    return str(value).strip() if value is not None else ""


def _automatic(msg: Message, sender: str | None) -> str | None:
    auto = _header(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    precedence = _header(msg, "Precedence").lower()
    if precedence in _BULK:
        return f"Precedence: {precedence}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply"):
        if msg.get(name) is not None:
            return name
    if msg.get_content_type() == "multipart/report":
        return f"report: {msg.get_param('report-type') or 'unknown'}"
    if "Return-Path" in msg and _header(msg, "Return-Path").strip("<> ") == "":
        return "null Return-Path"
    if msg.get("List-Id") is not None or msg.get("List-Unsubscribe") is not None:
        return "mailing list"
    local = (sender or "").partition("@")[0].lower()
    if local in _ROBOT_SENDERS:
        return f"sender {local}"
    return None


def _sender(msg: Message) -> tuple[str | None, str | None]:
    header = msg.get("From")
    addresses: tuple[Address, ...] = getattr(header, "addresses", ())
    for address in addresses:
        spec = address.addr_spec
        if spec and "@" in spec and len(spec) <= 320 and not any(c.isspace() for c in spec):
            return spec, (address.display_name or None)
    return None, None


def _ids(value: str) -> list[str]:
    return _MSGID.findall(value)


class StdlibMailParser:
    def __init__(self) -> None:
        _register()

    def parse(self, raw: bytes) -> InboundMail:
        if not raw.strip():
            raise MailUnreadable("The body is empty: send the message as RFC 5322 bytes.")
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            return self._read(msg)
        except MailUnreadable:
            raise
        except Exception as exc:
            # Mail is written by anyone: a header the parser chokes on is bad input, not a 500.
            raise MailUnreadable(f"The message cannot be parsed ({type(exc).__name__}).") from exc

    def _read(self, msg: EmailMessage) -> InboundMail:
        names = {k.lower() for k in msg.keys()}  # noqa: SIM118 (a Message is not a dict)
        if not names & {"from", "subject", "date", "message-id", "to"}:
            raise MailUnreadable("No RFC 5322 header fields (From, To, Subject…) were found.")
        sender, name = _sender(msg)
        message_ids = _ids(_header(msg, "Message-ID"))
        references = _ids(_header(msg, "In-Reply-To")) + _ids(_header(msg, "References"))
        body = msg.get_body(preferencelist=("plain", "html"))
        text = ""
        if body is not None:
            content = _content(body)
            text = html_to_text(content) if body.get_content_type() == "text/html" else content
        attachments = []
        for part in msg.walk():
            if part is body or part.is_multipart():
                continue
            if part.get_content_maintype() == "text" and part.get_filename() is None:
                continue  # the other alternative of the body
            if part.get_content_type() == "message/rfc822":
                continue
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and data:
                attachments.append(MailAttachment(part.get_filename(), data))
        return InboundMail(
            message_id=message_ids[0] if message_ids else None,
            sender=sender,
            sender_name=name,
            subject=" ".join(_header(msg, "Subject").split()),
            text=trim_quoted(text.replace("\r\n", "\n")),
            references=tuple(dict.fromkeys(references)),
            automatic=_automatic(msg, sender),
            attachments=tuple(attachments),
        )
