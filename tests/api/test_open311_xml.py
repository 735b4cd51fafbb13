"""Open311's XML rendering (no database): the specification's element names for lists and
their items, booleans as true/false, absent values as empty elements, Thai as UTF-8, and
characters XML cannot carry replaced so that every answer parses."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from api.open311.xml import ErrorsXml, render


def test_lists_are_named_as_the_specification_names_them() -> None:
    document = render(
        "discovery",
        {
            "changeset": None,
            "endpoints": [{"formats": ["application/json", "application/xml"], "type": "test"}],
        },
    )
    root = ET.fromstring(document)
    assert root.findtext("changeset") == ""  # present and empty
    assert [f.text for f in root.findall("endpoints/endpoint/formats/format")] == [
        "application/json",
        "application/xml",
    ]
    services = ET.fromstring(render("services", [{"metadata": False, "group": "ถนน"}]))
    assert services.findtext("service/metadata") == "false"
    assert services.findtext("service/group") == "ถนน"
    definition = render("service_definition", {"attributes": [{"values": [{"key": "1"}]}]})
    assert ET.fromstring(definition).findtext("attributes/attribute/values/value/key") == "1"


def test_thai_is_utf8_and_unencodable_characters_do_not_break_the_document() -> None:
    document = render("errors", [{"code": 400, "description": "ผิด <&> \x01\x0b\ud800\ufffe ok"}])
    assert document.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert "ผิด".encode() in document
    text = ET.fromstring(document).findtext("error/description")
    assert text == "ผิด <&> \ufffd\ufffd\ufffd\ufffd ok"


def test_the_error_response_is_application_xml_utf8() -> None:
    response = ErrorsXml([{"code": 404, "description": "ไม่พบ"}], status_code=404)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/xml; charset=utf-8"
    assert ET.fromstring(response.body).findtext("error/code") == "404"
