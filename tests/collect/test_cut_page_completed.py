"""A page cut by the connection (no Content-Length, not chunked: the close is the body's
end) with its HTML still open is read once more; still cut, it is stored marked
``possibly_cut``, and a later whole read that continues its text completes the article
in place: the same version, a ``completed`` change, no "Article mis à jour" (newuser13b
M13: the cut page alerted, then the whole page alerted 6 saved searches as an update).
A page read whole that only gains a paragraph stays an update. Real HTTP server on
127.0.0.1 closing the connection mid-body, real store, index and webhook receiver."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import webhook_server
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.base import SavedSearch

PARAGRAPHS = [
    "Des combattants de Daech ont attaqué dans la nuit un poste de l'armée irakienne au "
    "sud de Kirkouk, tuant quatre soldats, selon un responsable de la sécurité.",
    "Le Quai d'Orsay a condamné l'attaque et réaffirmé le soutien de la France aux "
    "autorités irakiennes dans la lutte contre le terrorisme.",
    "Les forces irakiennes ont lancé une opération de ratissage dans la zone, une région "
    "montagneuse où les cellules jihadistes restent actives.",
    "Selon un rapport des Nations unies publié en juillet, plusieurs centaines de "
    "combattants du groupe seraient encore présents entre l'Irak et la Syrie.",
]


def page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Irak : Daech "
            "frappe un poste de l'armée près de Kirkouk</title></head><body><article><h1>Irak "
            f": Daech frappe un poste de l'armée près de Kirkouk</h1>{body}</article>"
            "<footer>© Le Quotidien 2026</footer></body></html>").encode()


WHOLE = page(PARAGRAPHS)
CUT = WHOLE.index(PARAGRAPHS[2][:20].encode())  # after paragraph 2 of 4


def updates(posts: list[tuple[dict[str, str], bytes]]) -> list[str]:
    return [json.loads(body)["kind"] for _, body in posts]


def test_a_cut_read_once_more_stores_the_whole_page(tmp_path: Path) -> None:
    site = Site(pages={"/irak.html": Page(WHOLE, close_after=CUT, cut_requests=1)})
    with LocalServer(site) as running, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0,
                        fetch_delay=0) as v:
        done = v.fetch([running.url("/irak.html")])
        [article_id] = done.ingest.new_ids
        content = v.get(article_id).content
    assert site.hits["/irak.html"] == 2  # the cut read was read once more
    assert content is not None and len(content.paragraphs) == 4
    assert "transfer" not in content.evidence
    assert not any("cut short" in n for n in done.notices)


def test_a_page_still_cut_is_marked_then_completed_without_an_update(tmp_path: Path) -> None:
    site = Site(pages={"/irak.html": Page(WHOLE, close_after=CUT, cut_requests=2)})
    with LocalServer(site) as running, webhook_server() as (hooks, hook_url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0,
                        fetch_delay=0) as v:
        v.save_search(SavedSearch(name="Daech", query="Daech", webhook=hook_url))
        v.save_search(SavedSearch(name="Onu", query="\"Nations unies\"", webhook=hook_url))
        url = running.url("/irak.html")
        cut = v.fetch([url])
        [article_id] = cut.ingest.new_ids
        stored = v.get(article_id).content
        assert site.hits["/irak.html"] == 2  # read once more, still cut
        assert stored is not None and stored.evidence["transfer"] == "possibly_cut"
        assert len(stored.paragraphs) == 2
        assert any("may be cut short" in n and "possibly_cut" in n for n in cut.notices)
        assert v.deliver_alerts().sent == 1  # Daech: "new", with the text read so far
        assert v.search("Nations unies").total == 0
        whole = v.fetch([url])  # the third request: whole
        assert whole.ingest.completed == 1 and whole.ingest.versions == 0
        assert v.deliver_alerts().sent == 1  # only Onu, whose words were cut: "new"
        current = v.get(article_id)
        assert current.content is not None and len(current.content.paragraphs) == 4
        assert current.content.evidence["transfer"] == "completed"
        assert v.store.versions(article_id) == []  # the same version
        kinds = [c.kind for c in v.store.changes(after=0, limit=100)
                 if c.article_id == article_id]
        assert "completed" in kinds and "version" not in kinds
        assert v.search("Nations unies").total == 1  # the index followed
        v.enrich()  # and enrichment: paragraph 4's Syrie
        enriched = v.get(article_id).enrichment or {}
        assert "Syrie" in {e["name"] for e in enriched.get("entities", [])}
        assert v.deliver_alerts().sent == 0  # its re-enrichment alerts nothing either
        again = v.fetch([url])  # the whole read's validators: a 304, nothing changes
        assert again.not_modified == 1 and again.ingest.read == 0
    assert updates(hooks.posts) == ["new", "new"]


def test_a_page_read_whole_that_gains_a_paragraph_is_an_update(tmp_path: Path) -> None:
    site = Site(pages={"/irak.html": Page(page(PARAGRAPHS[:3]))})
    with LocalServer(site) as running, webhook_server() as (hooks, hook_url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0,
                        fetch_delay=0) as v:
        v.save_search(SavedSearch(name="Daech", query="Daech", webhook=hook_url))
        url = running.url("/irak.html")
        [article_id] = v.fetch([url]).ingest.new_ids
        v.deliver_alerts()
        site.pages["/irak.html"] = Page(WHOLE)
        assert v.fetch([url]).ingest.versions == 1
        v.deliver_alerts()
        assert len(v.store.versions(article_id)) == 1
    assert updates(hooks.posts) == ["new", "update"]
