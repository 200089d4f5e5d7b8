"""A zone-less time of a JSON Lines record or a wire item is read in the zone of its
language tag's region, as for an HTML page's ``lang`` (newuser6 M7: ``"language":
"fr-CA"`` was read at Europe/Paris and the region lost)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from veille.extract.records import record_to_content
from veille.extract.wire import extract_ninjs

FETCHED = datetime(2026, 12, 1, 12, tzinfo=UTC)
TEXT = "Le conseil municipal de Montréal a adopté son budget lundi soir après un long débat."


@pytest.mark.parametrize(("tag", "offset"), [
    ("fr-CA", -5), ("fr_CA", -5), ("FR-ca", -5), ("fr-BE", 1), ("fr", 1), ("de-CH", 1),
])
def test_record_region_decides_the_zone(tag: str, offset: int) -> None:
    content = record_to_content({"title": "Budget adopté", "text": TEXT, "language": tag,
                                 "published": "2026-11-30T16:05:00"}, fetched_at=FETCHED)
    assert content.published is not None
    assert content.published.utcoffset() == timedelta(hours=offset)
    assert content.language == tag[:2].lower()
    if "-" in tag or "_" in tag:
        assert content.evidence["locale"] == tag
        assert tag.replace("_", "-") in content.evidence["timezone"].replace("_", "-")


def test_record_without_tag_takes_the_domain() -> None:
    content = record_to_content({"title": "Budget adopté", "text": TEXT,
                                 "url": "https://www.ledevoir.ca/budget",
                                 "published": "2026-11-30T16:05:00"}, fetched_at=FETCHED)
    assert content.published is not None
    assert content.published.utcoffset() == timedelta(hours=-5)


def test_ninjs_region_decides_the_zone() -> None:
    doc = {"uri": "urn:x:1", "headline": "Budget adopté", "body_text": TEXT,
           "language": "fr-CA", "versioncreated": "2026-11-30T16:05:00"}
    content = extract_ninjs(json.dumps(doc).encode(), origin="t", fetched_at=FETCHED)
    assert content.published is not None
    assert content.published.utcoffset() == timedelta(hours=-5)
    assert (content.language, content.evidence["locale"]) == ("fr", "fr-CA")
