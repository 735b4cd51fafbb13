"""GeoReport v2's XML: the JSON answers' values under the specification's element names.

Built with the standard library's ElementTree, never by joining strings: text is escaped by
the serializer, Thai stays UTF-8 as is."""

from __future__ import annotations

import re
from typing import Any, ClassVar
from xml.etree import ElementTree as ET

from starlette.background import BackgroundTask
from starlette.responses import Response

XML = "application/xml"
# A list's element name → the name of each of its items (`<formats><format>…`).
_ITEMS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "endpoints": "endpoint",
    "formats": "format",
    "attributes": "attribute",
    "values": "value",
}
# Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab, CR and LF; lone
# surrogates; U+FFFE and U+FFFF): a stored text holding one still makes a well-formed answer.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("\ufffd", str(value))


def _fill(element: ET.Element, value: Any) -> None:
    if value is None:
        return  # an empty element, as the specification shows absent values
    if isinstance(value, dict):
        for key, item in value.items():
            _fill(ET.SubElement(element, key), item)
    elif isinstance(value, list):
        name = _ITEMS[element.tag]
        for item in value:
            _fill(ET.SubElement(element, name), item)
    else:
        element.text = _text(value)


def render(root: str, content: Any) -> bytes:
    """`content` (JSON-shaped) as a document whose root element is `root`, with the XML
    declaration naming UTF-8."""
    element = ET.Element(root)
    _fill(element, content)
    document: bytes = ET.tostring(element, encoding="utf-8", xml_declaration=True)
    return document


class XmlResponse(Response):
    """`application/xml; charset=utf-8`. Subclasses name the root element; the content is
    the JSON-shaped value FastAPI validated against the route's response model."""

    media_type = XML
    root: ClassVar[str] = "service_requests"

    def __init__(
        self,
        content: Any = None,
        status_code: int = 200,
        headers: dict[str, str] | None = None,
        media_type: str | None = None,
        background: BackgroundTask | None = None,
    ) -> None:
        super().__init__(content, status_code, headers, f"{XML}; charset=utf-8", background)

    def render(self, content: Any) -> bytes:
        return render(self.root, content)


class ServicesXml(XmlResponse):
    root = "services"


class ServiceDefinitionXml(XmlResponse):
    root = "service_definition"


class ServiceRequestsXml(XmlResponse):
    root = "service_requests"


class DiscoveryXml(XmlResponse):
    root = "discovery"


class ErrorsXml(XmlResponse):
    root = "errors"
