"""The enrichment API on a real server: entities, one entity, an article's enrichment."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    data = tmp_path_factory.mktemp("enriched") / "data"
    with Veille(Settings(data_dir=data)) as service:
        summary = service.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        service.enrich()
    with serve(data) as server:
        yield server, summary.new_ids[0]


def test_entities_and_one_entity(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/entities", params={"label": "ORG"}).json()["entities"]
        assert "Q2429253" in {e["id"] for e in listed}
        assert {e["label"] for e in listed} == {"ORG"}
        one = http.get("/api/v1/entities/Q789915").json()
        assert one["name"] == "Département d'État des États-Unis"
        assert [a["article_id"] for a in one["articles_list"]] == [article_id]
        assert len(one["quotes"]) == 3
        assert "Q2429253" in {o["id"] for o in one["cooccurring"]}
        assert http.get("/api/v1/entities/Q1").status_code == 404
        assert http.get("/api/v1/entities", params={"label": "XX"}).status_code == 422


def test_an_articles_enrichment(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        body = http.get(f"/api/v1/articles/{article_id}/enrichment").json()
        assert body["enriched"] is True
        assert {"Q2429253", "Q858"} <= {e["id"] for e in body["entities"]}
        assert len(body["quotes"]) == 4
        assert any(d["text"] == "6 février" for d in body["dates"])
        assert http.get("/api/v1/articles/nope/enrichment").status_code == 404


def test_article_and_entity_pages(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
        assert "Personnes, organisations et lieux" in page
        assert 'href="/entities/Q789915"' in page and "Citations" in page
        assert "2019-" not in page or "Dates citées" in page
        english = http.get(f"/articles/{article_id}", params={"lang": "en"}).text
        assert "People, organisations and places" in english and "organisation" in english
        entity = http.get("/entities/Q2429253", params={"lang": "fr"})
        assert entity.status_code == 200
        assert "État islamique" in entity.text and "Cité avec" in entity.text
        assert http.get("/entities/nothing-such").status_code == 404


def test_place_page_and_api(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        places = http.get("/api/v1/places").json()["places"]
        assert {"Q858", "Q61"} <= {p["id"] for p in places}
        syria = http.get("/api/v1/places/Q858").json()
        assert syria["country"] == "SY" and syria["kind"] == "country"
        assert syria["lat"] is not None and syria["lon"] is not None
        assert [a["article_id"] for a in syria["articles_list"]] == [article_id]
        assert syria["timeline"]["interval"] == "day"
        assert sum(p["mentions"] for p in syria["timeline"]["points"]) == syria["mentions"]
        # The host declares no name: shown by the outlet table's (h-capture67, t-check66 F10).
        assert syria["sources"] == [{"source": "lemonde.fr", "outlet": "Le Monde", "articles": 1}]
        assert len(syria["quotes"]) == 4  # the quotes of the articles naming it
        assert "Q2429253" in {o["id"] for o in syria["cooccurring"]}
        assert {o["id"] for o in syria["cooccurring"] if o["place"]} >= {"Q61", "Q30"}
        page = http.get("/places/Q858", params={"lang": "fr"}).text
        assert "Syrie" in page and "<code>SY</code>" in page and "Coordonnées" in page
        assert 'role="img"' in page and "<table" in page and "Mentions dans le temps" in page
        assert 'href="/saved?q=place%3A%22Q858%22&amp;name=Syrie"' in page
        assert 'href="/places/Q61"' in page
        english = http.get("/places/Q858", params={"lang": "en"}).text
        assert "Mentions over time" in english and "Follow" in english
        assert http.get("/places/Q2429253").status_code == 404  # an entity, not a place
        moved = http.get("/entities/Q858")  # a place's entity page is its place page
        assert moved.status_code == 303 and moved.headers["location"] == "/places/Q858"
        # The query string goes along (newuser11 U2), and the entity's JSON detail flags
        # it a place as the list does (U1).
        moved = http.get("/entities/Q858", params={"lang": "en", "limit": "5"})
        assert moved.headers["location"] == "/places/Q858?lang=en&limit=5"
        assert http.get("/api/v1/entities/Q858").json()["place"] is True
        assert http.get("/api/v1/entities/Q2429253").json()["place"] is False
        assert http.get("/api/v1/places/nowhere").status_code == 404
        entity = http.get("/api/v1/entities/Q2429253").json()
        assert entity["timeline"]["points"] and entity["sources"][0]["source"] == "lemonde.fr"
        assert 'entity%3A%22Q2429253%22' in http.get("/entities/Q2429253").text


def test_article_text_is_marked(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
    assert '<a class="mention place" href="/places/Q858"' in page
    assert '<a class="mention entity label-ORG" href="/entities/Q2429253"' in page
    # the fixture has no publication date: dates resolve against the day it was seen
    assert re.search(r'<time class="mention date" datetime="\d{4}-02-06" title="[^"]*">'
                     r'6 février</time>', page)
    assert re.search(r'datetime="\d{4}-12" title="[^"]*\(mois\)">en décembre', page)
    assert page.count('<span class="quote"') >= 4
    assert page.count('(dit par <a href="/entities/Q789915">') == 3


def test_search_facets_by_entity_and_place(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        body = http.get("/api/v1/search", params={"q": "coalition"}).json()
        assert body["facet_depth"] == 1
        assert body["facet_complete"] is True  # every match counted (t-reader22 R11)
        entities = {e["id"]: e for e in body["entities"]}
        assert entities["Q2429253"]["filter"] == 'entity:"Q2429253"'
        assert "Q858" in {p["id"] for p in body["places"]}
        assert "Q858" not in entities
        for query in ('coalition entity:"Q2429253"', "Daech", "entity:Daech",
                      'place:"Q858"', "place:Syrie"):
            found = http.get("/api/v1/search", params={"q": query}).json()
            assert [h["id"] for h in found["hits"]] == [article_id], query
        assert http.get("/api/v1/search", params={"q": 'place:"Q90"'}).json()["total"] == 0
        page = http.get("/search", params={"q": "coalition", "lang": "fr"}).text
        assert "Lieux" in page and "Personnes et organisations" in page
        assert "coalition+entity%3A%22Q2429253%22" in page


def test_dates_mentioned_are_written_in_the_pages_language(
        enriched: tuple[LiveServer, str]) -> None:
    """newuser15a W9: "Dates citées" showed ISO dates in both languages, and "en décembre"
    as "2018-12-01 (mois)", a day the text never names. Each is now written as precisely as
    the text gives it, in the page's language (the ISO value stays in ``datetime``)."""
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        fr = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
        dates = fr[fr.index('id="dates-title"'):]
        # (the fixture is dated by its file: the years follow the publication)
        assert re.search(r'<time datetime="(\d{4})-02-06">[a-z]+ 6 février \1</time> '
                         r'\(jour(?: ;|\))', dates)
        assert re.search(r'<time datetime="(\d{4})-12-01">décembre \1</time> \(mois(?: ;|\))',
                         dates)
        # French typography (t-final62): « » marks and a space before ";", not “ ” and "; "
        section = dates[:dates.index("</ul>")]
        assert "« en décembre »" in section and "“" not in section
        assert "; " not in section.replace(" ; ", "")
        # the seed has no publication date: its dates are counted from the day veille
        # first saw it, and say so (t-final24 S6)
        assert "compté depuis le jour où veille a vu l&#39;article" in dates or \
            "compté depuis le jour où veille a vu l'article" in dates
        assert not re.search(r">\d{4}-\d\d-\d\d</time>", dates)
        en = http.get(f"/articles/{article_id}", params={"lang": "en"}).text
        dates = en[en.index('id="dates-title"'):]
        assert re.search(r">[A-Z][a-z]+day, February 6, (\d{4})</time> \(day[;)]", dates)
        assert re.search(r">December \d{4}</time> \(month[;)]", dates)
        assert "counted from the day veille first saw the article" in dates
        assert "“en décembre”" in dates[:dates.index("</ul>")]


def test_a_date_mentioned_twice_is_one_line() -> None:
    """newuser15a W11: the headline's "mardi 8 décembre" and the first paragraph's were two
    lines; one date is one line, each distinct wording once."""
    from veille.web.enrich_markup import mentioned_dates

    found = mentioned_dates({"dates": [
        {"value": "2026-12-08", "granularity": "day", "text": "mardi 8 décembre"},
        {"value": "2026-12-08", "granularity": "day", "text": "Mardi 8 décembre"},
        {"value": "2026-12-08", "granularity": "day", "text": "mardi", "weekday_ok": True},
        {"value": "2026-12-01", "granularity": "month", "text": "en décembre"}]})
    assert [(d.value, d.granularity, d.texts) for d in found] == [
        ("2026-12-08", "day", ["mardi 8 décembre", "mardi"]),
        ("2026-12-01", "month", ["en décembre"])]
