"""Feed items whose links differ only by tracking parameters are one article (t-final67
F2, F2b): franceinfo's ``…tivoli_123.html`` and ``…tivoli_123.html?xtor=RSS-1`` with the
same text, El País's ``?utm_source=twitter``, and an Atom entry at ``#xtor=RSS-3`` were
stored as two or three articles, the copies called "republications by the same source",
their quotes counted as reprints, and the stored URLs kept the tracking parameters. A
fragment that names a part of a page (a live blog's ``#post-2``) still names its own item.

Our own feed files, ``ingest_paths`` into a real SQLite store; a property test of
:func:`veille.collect.urls.identity_url`."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.urls import comparable_url, identity_url
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PAGE = "https://www.info.example/faits-divers/marseille-immeuble-tivoli_123.html"
TEXT = ("<p>Un immeuble de trois étages s'est partiellement effondré mardi matin rue de "
        "Tivoli, dans le 5e arrondissement de Marseille, faisant deux blessés légers, selon "
        "les marins-pompiers.</p><p>« Nous avons évacué les immeubles voisins par "
        "précaution », a déclaré le maire de Marseille, Benoît Payan, sur place.</p>")


def _item(link: str, title: str, guid: str, when: str, text: str = TEXT) -> str:
    return (f"<item><title>{title}</title><link>{link}</link><guid isPermaLink='false'>"
            f"{guid}</guid><pubDate>{when}</pubDate><content:encoded><![CDATA[{text}]]>"
            "</content:encoded></item>")


def _rss(*items: str) -> str:
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content="
            "'http://purl.org/rss/1.0/modules/content/'><channel><title>Info</title>"
            "<link>https://www.info.example/</link><language>fr-FR</language>"
            + "".join(items) + "</channel></rss>")


def _atom(link: str) -> str:
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'"
            " xml:lang='fr'><title>Info</title><id>urn:info</id>"
            "<updated>2026-12-01T05:05:00Z</updated><entry><title>Marseille : un immeuble "
            "s'effondre rue de Tivoli</title><id>urn:info:123</id>"
            f"<link rel='alternate' href='{link.replace('&', '&amp;')}'/>"
            "<updated>2026-12-01T05:05:00Z</updated>"
            f"<content type='html'>{TEXT.replace('&', '&amp;').replace('<', '&lt;')}"
            "</content></entry></feed>")


def _ingest(tmp_path: Path, files: dict[str, str]) -> SQLiteStore:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    for name, body in files.items():
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        done = ingest_paths(store, [path], settings=settings)
        assert not done.errors, done.errors
    return store


def test_tracking_variants_of_one_link_are_one_article(tmp_path: Path) -> None:
    store = _ingest(tmp_path, {
        "info.rss": _rss(
            _item(PAGE, "Marseille : un immeuble s'effondre rue de Tivoli", "ftv-123",
                  "Tue, 01 Dec 2026 06:05:00 +0100"),
            _item(PAGE + "?xtor=RSS-1", "Marseille : un immeuble s'effondre rue de Tivoli",
                  "ftv-123-bis", "Tue, 01 Dec 2026 06:05:00 +0100"),
            _item(PAGE + "?utm_source=twitter&amp;utm_medium=social",
                  "Marseille : un immeuble s'effondre rue de Tivoli", "ftv-123-ter",
                  "Tue, 01 Dec 2026 06:05:00 +0100")),
        "info.atom": _atom(PAGE + "#xtor=RSS-3")})
    try:
        articles = store.latest(limit=10)
        assert [a.url for a in articles] == [PAGE]
    finally:
        store.close()


def test_a_live_blogs_posts_keep_their_anchors(tmp_path: Path) -> None:
    first = "<p>La séance s'ouvre à l'Assemblée nationale sur le budget de la Sécurité sociale.</p>"
    second = ("<p>Le gouvernement engage sa responsabilité avec le 49.3, annonce la Première "
              "ministre dans l'hémicycle.</p>")
    blog = "https://www.info.example/politique/direct-budget.html"
    store = _ingest(tmp_path, {"direct.rss": _rss(
        _item(blog + "#post-1", "Budget : la séance s'ouvre", "p1",
              "Tue, 01 Dec 2026 15:00:00 +0100", first),
        _item(blog + "#post-2", "Budget : le 49.3 engagé", "p2",
              "Tue, 01 Dec 2026 16:00:00 +0100", second))})
    try:
        urls = sorted(a.url or "" for a in store.latest(limit=10))
        assert urls == [blog + "#post-1", blog + "#post-2"]
    finally:
        store.close()


PARAMS = st.sampled_from(["utm_source=x", "utm_medium=rss", "xtor=RSS-1", "fbclid=abc",
                          "id=7", "page=2", "q=a%20b"])


@given(st.lists(PARAMS, max_size=4), st.sampled_from(["", "post-2", "xtor=RSS-3",
                                                       "utm_source=x&utm_medium=y"]))
def test_identity_keeps_what_names_the_page(params: list[str], fragment: str) -> None:
    url = PAGE + ("?" + "&".join(params) if params else "") + ("#" + fragment if fragment else "")
    clean = identity_url(url)
    assert comparable_url(clean) == comparable_url(url)
    assert identity_url(clean) == clean
    kept = [p for p in params if not p.startswith(("utm_", "xtor", "fbclid"))]
    assert clean.split("#")[0] == PAGE + ("?" + "&".join(kept) if kept else "")
    assert clean.endswith("#post-2") == (fragment == "post-2")
