"""ninjs 1.x-3.x bodies and bylines in every shape the schemas allow (nu7 P11).

ninjs 2.x writes ``bodies[].contenttype``, 3.x ``bodies[].contentType``; an HTML body of
either was one paragraph of literal tags. ninjs 2.x/3.x ``by`` and the ``bylines`` array
agencies send were ignored: no author, no credit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from veille.errors import VeilleError
from veille.extract.wire import extract_ninjs, wire_article_id
from veille.ingest import ingest_paths
from veille.record import Content
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

HTML_BODY = ("<p>PARIS (AP) — The minister resigned on Monday.</p>"
             "<p>A successor will be named <b>this week</b>.</p><p>The vote was 301 to 245.</p>")
PARAGRAPHS = ["PARIS (AP) — The minister resigned on Monday.",
              "A successor will be named this week.", "The vote was 301 to 245."]


def _item(**fields: Any) -> Content:
    doc = {"uri": "urn:test:ninjs:1", "type": "text", "headlines": [{"value": "Resigns"}],
           **fields}
    return extract_ninjs(json.dumps(doc).encode(), origin="item.json")


def test_ninjs2_html_body_is_read_as_html() -> None:
    content = _item(bodies=[{"role": "main", "contenttype": "text/html", "value": HTML_BODY}])
    assert content.paragraphs == PARAGRAPHS


def test_ninjs3_xhtml_body_is_read_as_html() -> None:
    content = _item(bodies=[{"role": "main", "contentType": "application/xhtml+xml",
                             "value": HTML_BODY}])
    assert content.paragraphs == PARAGRAPHS


def test_body_without_media_type_is_html_when_it_is_markup() -> None:
    assert _item(bodies=[{"value": HTML_BODY}]).paragraphs == PARAGRAPHS
    plain = _item(bodies=[{"value": "If a < b, then b > a.\nLine two <3"}])
    assert plain.paragraphs == ["If a < b, then b > a.", "Line two <3"]


def test_plain_body_stays_text_and_main_role_wins() -> None:
    content = _item(bodies=[{"role": "summary", "contenttype": "text/plain", "value": "Short"},
                            {"role": "main", "contenttype": "text/plain",
                             "value": "One <b> kept.\n\nTwo."}])
    assert content.paragraphs == ["One <b> kept.", "Two."]


def test_every_byline_shape_gives_authors_and_credit() -> None:
    body = {"bodies": [{"value": "Text of the item."}]}
    bylines = _item(bylines=[{"byline": "By SYLVIE CORBET Associated Press", "role": "author"}],
                    **body)
    assert bylines.authors == ["Sylvie Corbet"]
    assert bylines.evidence["credit"] == "Associated Press"
    by = _item(by="By JOHN LEICESTER Associated Press", **body)
    assert by.authors == ["John Leicester"] and by.evidence["credit"] == "Associated Press"
    names = _item(by=[{"name": "Claire Martin"}, {"name": "AFP"}], **body)
    assert names.authors == ["Claire Martin"] and names.evidence["credit"] == "AFP"
    photo = _item(bylines=[{"byline": "Jean Dupont", "role": "author"},
                           {"byline": "Marc Petit", "role": "photographer"}], **body)
    assert photo.authors == ["Jean Dupont"]


def test_ninjs2_item_ingests_with_paragraphs_and_author(store: SQLiteStore,
                                                        settings: Settings,
                                                        tmp_path: Path) -> None:
    doc = {"uri": "urn:ninjs:ap.org:2026:t1", "type": "text", "language": "en-US",
           "headlines": [{"role": "main", "value": "Minister resigns"}],
           "bodies": [{"role": "main", "contenttype": "text/html", "value": HTML_BODY}],
           "bylines": [{"byline": "By SYLVIE CORBET Associated Press", "role": "author"}]}
    (tmp_path / "item.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"uri": "urn:x", "bodies": [', encoding="utf-8")
    summary = ingest_paths(store, [tmp_path / "item.json", tmp_path / "broken.json"],
                           settings=settings)
    assert summary.new == 1 and summary.failed == 1
    assert len(summary.errors) == 1 and "\n" not in str(summary.errors[0])
    content = store.get(wire_article_id("urn:ninjs:ap.org:2026:t1")).content
    assert content is not None
    assert content.paragraphs == PARAGRAPHS and content.authors == ["Sylvie Corbet"]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=40) | st.sampled_from(["<p>a</p><p>b</p>", "<b>x</b>", "text/html",
                                              "By JOHN DOE Associated Press", "main", "<"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["value", "role", "contenttype", "contentType",
                                       "byline", "name", "by"]), inner, max_size=4),
    max_leaves=20)
KEYS = st.sampled_from(["uri", "headline", "headlines", "bodies", "body_html", "body_text",
                        "by", "byline", "bylines", "subjects", "language", "version",
                        "urgency", "links", "firstcreated", "versionCreated", "type"])


@hsettings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(KEYS, JSON, max_size=8) | JSON)
def test_any_json_shape_never_crashes_the_reader(doc: Any) -> None:
    try:
        content = extract_ninjs(json.dumps(doc).encode(), origin="item.json")
    except VeilleError as exc:
        assert "\n" not in str(exc)
        return
    assert all(isinstance(p, str) and p for p in content.paragraphs)
    assert all(isinstance(a, str) for a in content.authors)
