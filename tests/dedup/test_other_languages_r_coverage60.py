"""One event's stories in other languages are linked, never merged (issue #14, r-coverage60).

t-final59: Reuters (English) and la Repubblica (Italian) on the French rail strike were
stories of their own, and the French story's coverage ignored them. Stories are now linked
across languages on names resolved to one id, figures, days and the kind of event
(:mod:`veille.dedup.other_languages`); a minister's other event of the same week is not.
Real store, real enrichment, the real CLI and web app.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from other_languages_kit import OTHER, PAGES
from other_languages_kit import page_bytes as _page
from veille.cli.main import cli
from veille.dedup.other_languages import figures
from veille.service import Veille
from veille.settings import Settings
from veille.web import create_app


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("other-languages") / "data"
    with Veille(Settings(data_dir=root)) as v:
        for lang, (title, body, published, url) in PAGES.items():
            v.ingest_bytes([(f"{lang}.html", _page(lang, title, body, published, url))])
        v.ingest_bytes([("other.html", _page("en", *OTHER))])
        v.enrich()
    return root


def _stories(data: Path) -> list[dict]:
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "stories", "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _story_of(stories: list[dict], url: str) -> dict:
    return next(s for s in stories if any(i["url"] == url for i in s["items"]))


def _together(stories: list[dict], a: str, b: str) -> bool:
    sa, sb = _story_of(stories, a), _story_of(stories, b)
    return sa["id"] == sb["id"] or sb["id"] in {x["id"] for x in sa["other_languages"]}


def test_one_event_linked_across_languages(data: Path) -> None:
    stories = _stories(data)
    urls = [page[3] for page in PAGES.values()]
    for a in urls:
        for b in urls:
            assert _together(stories, a, b), (a, b, stories)
    italian = _story_of(stories, PAGES["it"][3])
    assert italian["coverage"]["sources"] == 3
    assert set(italian["coverage"]["languages"]) == {"fr", "en", "it"}
    assert italian["coverage"]["first"]["source"] == "channel-wire.example"


def test_the_ministers_other_event_stays_apart(data: Path) -> None:
    stories = _stories(data)
    for page in PAGES.values():
        assert not _together(stories, OTHER[3], page[3])
        assert not _together(stories, page[3], OTHER[3])


def test_cli_says_the_coverage_across_languages(data: Path) -> None:
    italian = _story_of(_stories(data), PAGES["it"][3])
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "stories", italian["id"]],
                             env={"VEILLE_LANG": "en"})
    assert out.exit_code == 0, out.output
    assert "also in other languages: " in out.output, out.output
    assert "3 outlets in 3 languages" in out.output, out.output


def test_story_page_and_api_in_french_and_english(data: Path) -> None:
    italian = _story_of(_stories(data), PAGES["it"][3])
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        french = client.get(f"/stories/{italian['id']}?lang=fr").text
        english = client.get(f"/stories/{italian['id']}?lang=en").text
        api = client.get(f"/api/v1/stories/{italian['id']}").json()
    assert "Le même événement dans d&#39;autres langues" in french \
        or "Le même événement dans d'autres langues" in french, french
    assert "3 sources dans 3 langues" in french, french
    assert "The same event in other languages" in english, english
    assert "3 outlets in 3 languages" in english, english
    assert api["other_languages"], api
    assert set(api["coverage"]["languages"]) == {"fr", "en", "it"}


def test_links_follow_enrichment_and_reclustering(tmp_path: Path) -> None:
    """Nothing of its own to catch up: before enrichment has caught up with the log there
    is no evidence and no link; after it (as after a crash), and after the stories are
    clustered again, the links are read from what the store holds."""
    root = tmp_path / "data"
    with Veille(Settings(data_dir=root)) as v:
        for lang in ("fr", "it"):
            title, body, published, url = PAGES[lang]
            v.ingest_bytes([(f"{lang}.html", _page(lang, title, body, published, url))])
    assert not _story_of(_stories(root), PAGES["it"][3])["other_languages"] \
        or _story_of(_stories(root), PAGES["it"][3])["id"] == \
        _story_of(_stories(root), PAGES["fr"][3])["id"]
    with Veille(Settings(data_dir=root)) as v:
        v.enrich()
    assert _together(_stories(root), PAGES["it"][3], PAGES["fr"][3])
    with Veille(Settings(data_dir=root)) as v:
        v.settle_stories()
    assert _together(_stories(root), PAGES["it"][3], PAGES["fr"][3])


@given(st.integers(1, 999), st.integers(0, 999))
def test_a_grouped_figure_is_one_figure_in_every_language(thousands: int, rest: int) -> None:
    """1 200 (French), 1,200 (English) and 1.200 (German) are one figure (years apart)."""
    assume(not 1900 <= thousands * 1000 + rest <= 2100)
    want = str(thousands * 1000 + rest)
    for sep in (" ", "\u202f", ",", "."):
        assert want in figures(f"soit {thousands}{sep}{rest:03d} personnes"), sep


def test_figures_across_languages() -> None:
    assert "8%" in figures("une hausse de 8 %") and "8%" in figures("a raise of 8 per cent")
    assert "5.4" in figures("magnitudo 5,4") and "5.4" in figures("magnitude 5.4")
    assert "2031" not in figures("by 2031") and "600" in figures("أخلت ٦٠٠ شخص")


def test_duplicates_names_the_stories_in_other_languages(data: Path) -> None:
    italian = _story_of(_stories(data), PAGES["it"][3])
    article = italian["items"][0]["id"]
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "duplicates", "--json", article])
    assert out.exit_code == 0, out.output
    linked = {x["id"] for x in json.loads(out.stdout)["other_languages"]}
    assert linked == {x["id"] for x in italian["other_languages"]}
    text = CliRunner().invoke(cli, ["--data-dir", str(data), "duplicates", article],
                              env={"VEILLE_LANG": "en"})
    assert ("also in other languages" in text.output) == bool(linked), text.output


def test_stories_list_says_the_coverage_across_languages(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        english = client.get("/stories?lang=en").text
    assert "3 outlets in 3 languages" in english, english


def test_one_story_in_two_languages_shows_its_coverage(tmp_path: Path) -> None:
    """A story whose own articles are in two languages (an English dispatch joined on its
    names) says its coverage by language, with no link."""
    root = tmp_path / "data"
    with Veille(Settings(data_dir=root)) as v:
        for lang in ("fr", "en"):
            title, body, published, url = PAGES[lang]
            v.ingest_bytes([(f"{lang}.html", _page(lang, title, body, published, url))])
        v.enrich()
    stories = _stories(root)
    french = _story_of(stories, PAGES["fr"][3])
    with TestClient(create_app(Settings(data_dir=root)), base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{french['id']}?lang=en").text
    if french["id"] == _story_of(stories, PAGES["en"][3])["id"]:
        assert "Coverage by language" in page and "2 outlets in 2 languages" in page, page
    else:
        assert "The same event in other languages" in page, page
