"""Every refused item of a write request carries its own hint, in the client's terms and
language, and is said of the request body (t-scale19 P8: a 422 with ``"hint": ""`` for a
cut gzip, an XML document declaring entities, a broken XML document; the JSON Lines
advice for an inflate limit; French messages with English inside; a WARC record said of
the internal name ``post.warc@...``). Real server on 127.0.0.1, real store."""

from __future__ import annotations

import gzip

import httpx
import pytest
from web_kit import BODY_LIMIT, TOKEN

from sitekit import article_html, warc_record

PROSE = ("La mairie de Rodez a présenté jeudi le budget de la piscine municipale, dont "
         "les bassins rouvriront au printemps après deux ans de travaux.\n") * 4


def _post(client: httpx.Client, body: bytes, media: str) -> httpx.Response:
    return client.post("/api/v1/articles", content=body, headers={
        "authorization": f"Bearer {TOKEN}", "content-type": media, "accept-language": "fr"})


def _cut_gzip() -> bytes:
    whole = gzip.compress(PROSE.encode())
    return whole[:len(whole) // 2]


def _bomb() -> bytes:
    return gzip.compress(b"\n" * (BODY_LIMIT * 4))


G2 = (b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1" '
      b'standard="NewsML-G2" standardversion="2.29"><itemMeta><itemClass '
      b'qcode="ninat:text"/></itemMeta><contentSet><inlineXML><p>')
ENTITIES = (b'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY a "aaaa">'
            b'<!ENTITY b "&a;&a;&a;">]>\n' + G2 + b"&b;</p></inlineXML></contentSet></newsItem>")


@pytest.mark.parametrize(("body", "media"), [
    (_cut_gzip(), "application/gzip"), (_bomb(), "application/gzip"),
    (ENTITIES, "application/xml"),
], ids=["cut-gzip", "gzip-bomb", "xml-entities"])
def test_a_refused_body_has_a_hint_and_a_french_message(
        client: httpx.Client, body: bytes, media: str) -> None:
    refused = _post(client, body, media)
    assert refused.status_code == 422, refused.text
    error = refused.json()["error"]
    assert error["hint"], error
    assert "JSON Lines" not in error["hint"] or "JSON" in error["message"]
    assert error["localized_hint"] != error["hint"], error  # translated, not left English
    french = error["localized_message"]
    assert french.startswith("rien n'a été enregistré : le corps de la requête : ")
    why = french.removeprefix("rien n'a été enregistré : le corps de la requête : ")
    english = error["message"].removeprefix("nothing was stored: the request body: ")
    assert why.split(" (")[0] != english.split(" (")[0], error  # the why is French too


def test_an_inflate_limit_is_not_told_as_a_json_lines_problem(client: httpx.Client) -> None:
    error = _post(client, _bomb(), "application/gzip").json()["error"]
    assert "inflates past" in error["message"]
    assert "smaller body" in error["hint"]


def test_a_cut_warc_record_is_said_of_the_request_body(client: httpx.Client) -> None:
    record = warc_record("https://news.example/cut.html", article_html(1), n=1)
    whole = warc_record("https://news.example/whole.html", article_html(2), n=2)
    posted = _post(client, whole + record[:len(record) - 400], "application/warc")
    assert posted.status_code in (200, 201), posted.text
    [problem] = posted.json()["problems"]
    assert problem["origin"].startswith("the request body@"), problem
    assert "post." not in problem["origin"] and "post." not in posted.json()["errors"][0]
    assert problem["hint"] and problem["localized_hint"] != problem["hint"]
    assert problem["localized_message"] != problem["message"]
