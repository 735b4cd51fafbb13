"""SdkWebhookVerifier and SdkLineMessaging: line-bot-sdk v3 behind the domain's LINE ports."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    AsyncMessagingApiBlob,
    Configuration,
    LocationAction,
    MessageAction,
    PostbackAction,
    PushMessageRequest,
    QuickReply,
    QuickReplyItem,
    ReplyMessageRequest,
    TextMessage,
    URIAction,
)
from linebot.v3.webhook import WebhookParser
from linebot.v3.webhooks import (
    FollowEvent,
    ImageMessageContent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
    UnfollowEvent,
    UserSource,
)

from domain.line.model import InboundEvent, InboundKind, OutboundMessage, QuickReplyKind
from domain.line.service import LineSignatureInvalid

# The host the SDK hard-codes for content (photos); mapped to the configured base URL.
_LINE_DATA_HOST = "https://api-data.line.me"


class SdkWebhookVerifier:
    """Checks X-Line-Signature (HMAC-SHA256 of the body with the channel secret) and maps
    the SDK's events to the domain's. The refusal carries nothing of the body."""

    def __init__(self, channel_secret: str) -> None:
        self._parser = WebhookParser(channel_secret)

    def parse(self, body: bytes, signature: str | None) -> list[InboundEvent]:
        if not signature:
            raise LineSignatureInvalid("The X-Line-Signature header is missing.")
        try:
            text = body.decode("utf-8")
            events = self._parser.parse(text, signature)
        except (InvalidSignatureError, UnicodeDecodeError):
            raise LineSignatureInvalid(
                "The X-Line-Signature does not match the body.",
                detail_th="ลายมือชื่อ X-Line-Signature ไม่ตรงกับเนื้อหา",
            ) from None
        return [_inbound(e) for e in events]


def _inbound(e: Any) -> InboundEvent:
    source = getattr(e, "source", None)
    user_id = source.user_id if isinstance(source, UserSource) else None
    delivery = getattr(e, "delivery_context", None)
    base: dict[str, Any] = {
        "event_id": getattr(e, "webhook_event_id", None) or str(uuid.uuid4()),
        "user_id": user_id,
        "reply_token": getattr(e, "reply_token", None),
        "redelivery": bool(delivery and delivery.is_redelivery),
    }
    if isinstance(e, MessageEvent):
        m = e.message
        if isinstance(m, TextMessageContent):
            return InboundEvent(kind=InboundKind.text, text=m.text, **base)
        if isinstance(m, LocationMessageContent):
            return InboundEvent(
                kind=InboundKind.location,
                lat=m.latitude,
                lon=m.longitude,
                address=m.address,
                **base,
            )
        if isinstance(m, ImageMessageContent):
            provider = m.content_provider.type if m.content_provider else "line"
            if provider == "line":
                return InboundEvent(kind=InboundKind.image, message_id=m.id, **base)
    if isinstance(e, PostbackEvent):
        return InboundEvent(kind=InboundKind.postback, postback=e.postback.data, **base)
    if isinstance(e, FollowEvent):
        return InboundEvent(kind=InboundKind.follow, **base)
    if isinstance(e, UnfollowEvent):
        return InboundEvent(kind=InboundKind.unfollow, **base)
    return InboundEvent(kind=InboundKind.other, **base)


class _ContentHostApiClient(AsyncApiClient):  # type: ignore[misc]
    """The SDK sends content requests to its own fixed host; send them to ours."""

    def __init__(self, configuration: Configuration, data_host: str) -> None:
        super().__init__(configuration)
        self._data_host = data_host.rstrip("/")

    def call_api(self, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("_host") == _LINE_DATA_HOST:
            kwargs["_host"] = self._data_host
        return super().call_api(*args, **kwargs)


def _sdk_message(m: OutboundMessage) -> TextMessage:
    items = []
    for q in m.quick_replies:
        action: Any
        if q.kind is QuickReplyKind.location:
            action = LocationAction(label=q.label)
        elif q.kind is QuickReplyKind.uri:
            action = URIAction(label=q.label, uri=q.uri)
        elif q.kind is QuickReplyKind.postback:
            action = PostbackAction(label=q.label, data=q.data, displayText=q.text)
        else:
            action = MessageAction(label=q.label, text=q.text or q.label)
        items.append(QuickReplyItem(action=action))
    return TextMessage(text=m.text, quick_reply=QuickReply(items=items) if items else None)


class SdkLineMessaging:
    """Replies, pushes and content through the SDK's async client (one per call batch)."""

    def __init__(self, access_token: str, base_url: str, data_base_url: str) -> None:
        self._configuration = Configuration(host=base_url.rstrip("/"), access_token=access_token)
        self._data_host = data_base_url

    def _client(self) -> _ContentHostApiClient:
        return _ContentHostApiClient(self._configuration, self._data_host)

    async def reply(self, reply_token: str, messages: Sequence[OutboundMessage]) -> None:
        async with self._client() as client:
            await AsyncMessagingApi(client).reply_message(
                ReplyMessageRequest(
                    reply_token=reply_token, messages=[_sdk_message(m) for m in messages]
                )
            )

    async def push(
        self, user_id: str, messages: Sequence[OutboundMessage], retry_key: uuid.UUID
    ) -> None:
        async with self._client() as client:
            # The retry key makes LINE drop a second push of the same delivery.
            try:
                await AsyncMessagingApi(client).push_message(
                    PushMessageRequest(to=user_id, messages=[_sdk_message(m) for m in messages]),
                    x_line_retry_key=str(retry_key),
                )
            except ApiException as exc:
                if exc.status != 409:  # 409: this retry key was accepted before
                    raise

    async def content(self, message_id: str) -> bytes:
        async with self._client() as client:
            data = await AsyncMessagingApiBlob(client).get_message_content(message_id)
        return bytes(data)
