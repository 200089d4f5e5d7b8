"""Scripts and styles in the HTML that feeds and wire items carry are no text (fresh-user
report nu3, F-d): a ninjs ``body_html``, a NewsML-G2 ``inlineXML`` body, a feed's HTML or
XHTML title."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.collect.feeds import parse_listing
from veille.extract.wire import extract_newsml, extract_ninjs

ROOT = "https://news.example"
SAID = ("Le maire a annoncé lundi un plan pour les transports publics, avec un budget de "
        "plusieurs millions d'euros.")


def test_ninjs_body_html_drops_scripts_and_styles() -> None:
    body = (f"<p>{SAID}</p><p>« Nous allons <script>alert(6)</script> transformer la ville »"
            ", a déclaré le maire<style>.ad{display:none}</style>, lundi.</p>"
            "<noscript><p>Activez JavaScript.</p></noscript>")
    doc = {"uri": "urn:x:1", "headline": "Plan", "body_html": body, "language": "fr"}
    content = extract_ninjs(json.dumps(doc).encode(), origin="item.json")
    assert content.paragraphs == [
        SAID, "« Nous allons transformer la ville », a déclaré le maire, lundi."]


def test_newsml_inline_xhtml_drops_scripts_and_styles() -> None:
    item = f"""<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"
    guid="urn:newsml:news.example:1" version="1"><contentMeta><headline>Plan</headline>
    </contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body><p>{SAID}</p>
    <p>Nous allons <script>dataLayer.push(1)</script> transformer<style>p{{}}</style> la
    ville.</p></body></html></inlineXML></contentSet></newsItem>""".encode()
    content = extract_newsml(item, origin="item.xml")
    assert content.paragraphs == [SAID, "Nous allons transformer la ville."]


def test_feed_titles_in_html_and_xhtml_drop_scripts() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title>
<entry><title type="html">Budget &lt;script&gt;alert(1)&lt;/script&gt;vot\xc3\xa9</title>
<id>tag:a,1</id><link href="/a/1"/><updated>2026-11-29T08:00:00Z</updated></entry>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Budget <b>vot\xc3\xa9</b>
<style>.x{}</style></div></title><id>tag:a,2</id><link href="/a/2"/>
<updated>2026-11-29T08:00:00Z</updated></entry></feed>"""
    listing = parse_listing(atom, url=ROOT + "/atom")
    assert [e.title for e in listing.entries] == ["Budget voté", "Budget voté"]
    rss = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><item>"
           b"<title>Plan &lt;style&gt;p{}&lt;/style&gt;transports</title>"
           b"<link>https://news.example/a/3</link></item></channel></rss>")
    assert parse_listing(rss, url=ROOT + "/rss").entries[0].title == "Plan transports"


_CODE = st.text(alphabet=st.sampled_from("wzWXYZK0123456789{}();=|[]:_+&"), min_size=1,
                max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["script", "style", "noscript", "template", "iframe"]), _CODE)
def test_wire_html_never_keeps_injected_code(name: str, code: str) -> None:
    body = f"<p>Nous allons <{name}>{code.replace('&', '&amp;')}</{name}> transformer la ville.</p>"
    doc = {"uri": "urn:x:2", "headline": "Plan", "body_html": body, "language": "fr"}
    content = extract_ninjs(json.dumps(doc).encode(), origin="item.json")
    assert content.paragraphs == ["Nous allons transformer la ville."]
