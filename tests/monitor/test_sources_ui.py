"""Sources in the UI: add, pause, resume, remove (logged in, with CSRF), friendly names and
groups; the volume flag's usual range."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_web_saved import PASSWORD, live, login  # noqa: E402,F401

from veille.monitor.health import usual_range  # noqa: E402


def _csrf(text: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', text)
    assert found
    return found.group(1)


def test_add_pause_resume_remove_a_source(live) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert http.post("/manage/sources", data={"csrf": "x", "action": "add"}
                         ).status_code == 403
        assert login(http).status_code == 303
        csrf = _csrf(http.get("/manage/sources").text)
        added = http.post("/manage/sources", data={
            "csrf": csrf, "action": "add", "url": "https://journal.example/rss.xml",
            "kind": "feed", "label": "Le Journal", "group": "regional"})
        assert added.status_code == 303
        page = http.get("/manage/sources").text
        assert "Le Journal" in page and "<td>régionale</td>" in page and "active" in page
        http.post("/manage/sources", data={"csrf": csrf, "action": "pause",
                                           "name": "journal.example"})
        assert "<td>en pause</td>" in http.get("/manage/sources").text
        http.post("/manage/sources", data={"csrf": csrf, "action": "resume",
                                           "name": "journal.example"})
        assert "<td>en pause</td>" not in http.get("/manage/sources").text
        refused = http.post("/manage/sources", data={
            "csrf": csrf, "action": "add", "url": "/etc", "kind": "folder"})
        assert refused.status_code == 422
        http.post("/manage/sources", data={"csrf": csrf, "action": "remove",
                                           "name": "journal.example"})
        assert "Le Journal" not in http.get("/manage/sources").text


def test_usual_range_is_robust_and_needs_history() -> None:
    assert usual_range([10, 12]) is None
    low, high = usual_range([10, 11, 9, 10, 12, 10, 90, 11])  # type: ignore[misc]
    assert low <= 9 and 12 <= high < 30  # one big day does not widen the range
    assert not low <= 0 <= high or low == 0


def test_a_source_added_on_the_web_may_take_a_time_zone(live) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The per-source time zone (verify10: an overseas outlet on a .fr domain read in Paris
    time) is set from the web form too, checked as on the command line."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert login(http).status_code == 303
        csrf = _csrf(http.get("/manage/sources").text)
        refused = http.post("/manage/sources", data={
            "csrf": csrf, "action": "add", "url": "https://nc.example/rss.xml",
            "kind": "feed", "timezone": "Pacific/Nouméa"})
        assert refused.status_code == 422
        assert "unknown time zone" in refused.text
        added = http.post("/manage/sources", data={
            "csrf": csrf, "action": "add", "url": "https://nc.example/rss.xml",
            "kind": "feed", "timezone": "Pacific/Noumea"})
        assert added.status_code == 303
        page = http.get("/manage/sources").text
        assert "https://nc.example/rss.xml · Pacific/Noumea" in page
        assert 'id="source-timezone"' in page
        http.post("/manage/sources", data={"csrf": csrf, "action": "remove",
                                           "name": "nc.example"})


def test_a_source_s_last_error_is_in_the_page_s_language(tmp_path: Path) -> None:
    """t-final25 S13: the French page showed the collector's English error."""
    from datetime import UTC, datetime

    from web_kit import serve

    from veille.store.base import Source
    from veille.store.sqlite import SQLiteStore

    data = tmp_path / "data"
    store = SQLiteStore.open(data / "veille.sqlite3")
    url = "http://10.0.0.1/feed.xml"
    store.add_source(Source(name="interne", url=url, kind="feed"))
    now = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    store.source_polled("interne", at=now, next_due=now, error=(
        f"{url}: refused to fetch a non-public address (10.0.0.1) (add it to fetch_allow "
        "(VEILLE_FETCH_ALLOW) if this is your own network)"))
    store.close()
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        french = http.get("/manage/sources?lang=fr").text
        assert f"{url} : refus de télécharger une adresse non publique (10.0.0.1)" in french
        assert "refused to fetch" not in french
        english = http.get("/manage/sources?lang=en").text
        assert f"{url}: refused to fetch a non-public address (10.0.0.1)" in english


def test_short_sources_address_leads_to_the_page(live) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """``/sources`` answered 404 while the page is ``/manage/sources`` (t-final55b B5)."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        sent = http.get("/sources")
        assert sent.status_code == 308 and sent.headers["location"] == "/manage/sources"
        assert http.get("/sources", follow_redirects=True).status_code == 200
