"""The write API and wire items (newuser16b C18, C10): a ninjs item sent as
``application/ninjs+json`` (the media type veille records for ninjs) is read; an unknown
type is refused with a hint naming the types to send; a NITF document is read; a wire
format veille does not read (NewsML 1.x) is named, with a hint. Real server on 127.0.0.1, real
store."""

from __future__ import annotations

import json

import httpx
from web_kit import TOKEN

NINJS = {"uri": "urn:kyodo:test:77", "type": "text", "language": "en", "version": "1",
         "headline": "Osaka opens new ferry terminal",
         "body_text": "Osaka opened a new ferry terminal on Tuesday to handle the growing "
                      "number of visitors arriving from Busan and Shanghai by sea."}
NEWSML1 = (b"<?xml version='1.0'?><NewsML Version='1.2'><NewsItem><NewsComponent><NewsLines>"
           b"<HeadLine>Floods in Porto Alegre</HeadLine></NewsLines></NewsComponent>"
           b"</NewsItem></NewsML>")
NITF = (b"<?xml version='1.0'?><nitf><head><title>Floods in Porto Alegre</title></head><body>"
        b"<body.head><hedline><hl1>Floods in Porto Alegre</hl1></hedline></body.head>"
        b"<body.content><p>Heavy rain flooded parts of Porto Alegre.</p></body.content></body>"
        b"</nitf>")


def _post(client: httpx.Client, body: bytes, media: str) -> httpx.Response:
    return client.post("/api/v1/articles", content=body, headers={
        "authorization": f"Bearer {TOKEN}", "content-type": media, "accept-language": "fr"})


def test_a_ninjs_item_is_read_under_its_own_media_type(client: httpx.Client) -> None:
    posted = _post(client, json.dumps(NINJS).encode(), "application/ninjs+json")
    assert posted.status_code == 201, posted.text
    assert posted.json()["new"] == 1


def test_an_unknown_type_is_refused_with_the_types_to_send(client: httpx.Client) -> None:
    posted = _post(client, json.dumps(NINJS).encode(), "application/vnd.example+json")
    assert posted.status_code == 415
    error = posted.json()["error"]
    assert "application/json" in error["hint"] and "ninjs" in error["hint"]
    assert error["localized_hint"].startswith("donnez à Content-Type")


def test_a_nitf_document_is_read(client: httpx.Client) -> None:
    posted = _post(client, NITF, "application/xml")
    assert posted.status_code == 201, posted.text


def test_a_wire_format_veille_does_not_read_is_named_with_a_hint(
        client: httpx.Client) -> None:
    posted = _post(client, NEWSML1, "application/xml")
    assert posted.status_code == 422, posted.text
    error = posted.json()["error"]
    assert "NewsML 1.x" in error["message"] and "does not read" in error["message"]
    assert "NewsML-G2" in error["hint"] and "ninjs" in error["hint"]
