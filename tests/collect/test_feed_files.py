"""Saved feeds given to ``veille ingest`` (t-final24 F1): an RSS or Atom file was read as one
plain-text capture, so the feed became a single article made of its markup (``<![CDATA[``,
escaped ``&lt;p&gt;``), titled after its first item, "source -", and its other items were
lost without a word, with exit 0; in a folder, ``.rss``/``.atom`` files were passed over
("read 0"). Now each item that carries its text is one article, with the feed's date,
authors and language, and what cannot be stored is a counted one-line error.

Our own feeds, a real SQLite store (``ingest_paths``), and a property test of the reader.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from veille.collect.feed_files import feed_file_items, listing_kind
from veille.errors import InputError
from veille.ingest import ingest_paths
from veille.record import LISTING_SUMMARY_HINT, RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

ITEMS = [
    ("Retraites : l'examen au Sénat repoussé au 6 février",
     "https://www.info.example/politique/retraites-senat.html", "Tue, 01 Dec 2026 18:20:00 +0100",
     "Sophie Martin", "Le Premier ministre a annoncé mardi que l'examen de la réforme au Sénat "
     "était repoussé au 6 février, pour laisser le temps au dialogue social."),
    ("Budget : le Sénat adopte la partie recettes",
     "https://www.info.example/politique/budget-senat.html", "Wed, 02 Dec 2026 00:05:00 +0100",
     "Thomas Leroy", "Le Sénat a adopté dans la nuit de mardi à mercredi la partie recettes du "
     "projet de loi de finances, par 190 voix contre 120."),
    ("Ligue 1 : Lens battu à domicile", "https://www.info.example/sport/lens.html",
     "Wed, 02 Dec 2026 23:10:00 +0100", "", "Le RC Lens s'est incliné 2-1 mercredi soir à "
     "Bollaert, après avoir mené au score jusqu'à la 70e minute."),
]


def rss(items: list[tuple[str, str, str, str, str]], *, with_text: bool = True,
        description: bool = True) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
        + (f"<dc:creator>{author}</dc:creator>" if author else "")
        + (f"<description>{text[:40]}</description>" if description else "")
        + (f"<content:encoded><![CDATA[<p>{text}</p><p>Suite de l'article.</p>]]>"
           "</content:encoded>" if with_text else "")
        + "</item>" for title, link, date, author, text in items)
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
            "xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            f"<title>Info</title><language>fr</language>{body}</channel></rss>\n")


def atom(items: list[tuple[str, str, str, str, str]]) -> str:
    body = "".join(
        f"<entry><title>{title}</title><link href='{link}'/><id>{link}</id>"
        "<published>2026-12-02T08:30:00+01:00</published>"
        f"<content type='html'>&lt;p&gt;{text}&lt;/p&gt;</content></entry>"
        for title, link, _date, _author, text in items)
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
            f"xml:lang='fr'><title>Info</title>{body}</feed>")


def exported(store: SQLiteStore) -> dict[str, dict[str, object]]:
    return {str(article.content.title): {"url": article.url, "source": article.source,
                                        "published": article.content.published,
                                        "authors": list(article.content.authors),
                                        "text": " ".join(article.content.paragraphs)}
            for article in store.iter_articles()}


def test_an_rss_file_gives_one_article_per_item(store: SQLiteStore, settings: Settings,
                                                tmp_path: Path) -> None:
    path = tmp_path / "politique.rss"
    path.write_text(rss(ITEMS), "utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed) == (3, 3, 0), done.errors
    articles = exported(store)
    assert set(articles) == {title for title, *_ in ITEMS}
    first = articles[ITEMS[0][0]]
    assert first["url"] == ITEMS[0][1] and first["source"] == "info.example"
    assert first["authors"] == ["Sophie Martin"]
    assert str(first["published"]) == "2026-12-01 18:20:00+01:00"
    assert "CDATA" not in str(first["text"]) and "<p>" not in str(first["text"])
    assert "repoussé au 6 février" in str(first["text"])
    again = ingest_paths(store, [path], settings=settings)
    assert (again.new, again.duplicate) == (0, 3)


def test_atom_and_json_feed_files_and_a_folder_of_them(store: SQLiteStore, settings: Settings,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "bretagne.atom").write_text(atom(ITEMS[:2]), "utf-8")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Info", "items": [
        {"id": "1", "url": ITEMS[2][1], "title": ITEMS[2][0], "content_text": ITEMS[2][4],
         "date_published": "2026-12-02T23:10:00+01:00"}]}
    (folder / "sport.json").write_text(json.dumps(feed), "utf-8")
    done = ingest_paths(store, [folder], settings=settings)
    assert (done.read, done.new, done.failed) == (3, 3, 0), done.errors
    text = exported(store)[ITEMS[0][0]]["text"]
    assert "&lt;" not in str(text) and "<p>" not in str(text)


def test_what_a_feed_file_cannot_give_is_a_counted_error(store: SQLiteStore, settings: Settings,
                                                         tmp_path: Path) -> None:
    links = tmp_path / "links.rss"
    links.write_text(rss(ITEMS[:2], with_text=False, description=False), "utf-8")
    whole = rss(ITEMS)
    cut = tmp_path / "cut.rss"
    cut.write_text(whole[:whole.index("Suite de l'article", whole.index(ITEMS[1][4]))], "utf-8")
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/"
                       "sitemap/0.9'><url><loc>https://www.info.example/a.html</loc></url>"
                       "</urlset>", "utf-8")
    done = ingest_paths(store, [links, cut, sitemap], settings=settings)
    lines = [problem.one_line() for problem in done.problems]
    assert all("\n" not in line for line in lines)
    assert sum("gives a link and no text" in line and "sources add" in line
               for line in lines) == 2
    assert any("cut short" in line for line in lines)
    assert any("sitemap" in line and "sources add" in line for line in lines)
    # the cut file's first item is whole and stored; the one the cut runs through is not
    assert set(exported(store)) == {ITEMS[0][0]}
    assert done.new == 1


def test_a_cut_through_an_items_title_keeps_every_whole_item(tmp_path: Path) -> None:
    """Regression (t-final25 F3): a file cut inside its third item's title stored only the
    first item: the cut item, left with no link, was refused as "no link", and the whole
    second item was dropped as the one the cut ran through. Now the two whole items are
    stored and one line names the cut item."""
    whole = rss(ITEMS)
    data = whole[:whole.index(ITEMS[2][0]) + 8].encode()
    out = list(feed_file_items(data, kind=listing_kind(data), origin="cut.rss", source=None))
    stored = [item.url for item in out if isinstance(item, RawInput)]
    errors = [item.one_line() for item in out if isinstance(item, InputError)]
    assert stored == [ITEMS[0][1], ITEMS[1][1]]
    assert len(errors) == 1 and "inside item 3" in errors[0], errors


def test_a_cut_between_items_keeps_them_all(tmp_path: Path) -> None:
    whole = rss(ITEMS)
    data = whole[:whole.index("<item>", whole.index(ITEMS[1][0]))].encode()
    out = list(feed_file_items(data, kind=listing_kind(data), origin="cut.rss", source=None))
    assert [item.url for item in out if isinstance(item, RawInput)] == [ITEMS[0][1], ITEMS[1][1]]
    assert [item.one_line() for item in out if isinstance(item, InputError)][0].count(
        "after item 2") == 1


_WORDS = st.text(alphabet=st.sampled_from("abcdéèçà ÉLMN'«»<>&"), min_size=1, max_size=60)


@hsettings(max_examples=60, deadline=None)
@given(texts=st.lists(_WORDS, min_size=1, max_size=5), cut=st.integers(min_value=0),
       whole=st.booleans())
def test_a_feed_file_never_yields_a_partial_item(texts: list[str], cut: int,
                                                 whole: bool) -> None:
    """Whatever the items' text and wherever the file is cut, the reader yields raw inputs
    and one-line errors only, every stored item holds one item's whole text, and a whole
    feed stores every item."""
    from html import escape

    items = [(f"Titre {n}", f"https://www.info.example/{n}.html",
              "Tue, 01 Dec 2026 18:20:00 +0100", "", escape(text) + f" fin{n}")
             for n, text in enumerate(texts)]
    data = rss(items).encode()
    if not whole:
        data = data[:cut % len(data)]
    kind = listing_kind(data)
    if not kind:
        return
    out = list(feed_file_items(data, kind=kind, origin="feed.rss", source=None))
    stored = [item for item in out if isinstance(item, RawInput)]
    assert all(isinstance(item, RawInput | InputError) for item in out)
    assert all("\n" not in item.one_line() for item in out if isinstance(item, InputError))
    for raw in stored:
        number = int(raw.url.rsplit("/", 1)[1].split(".")[0]) if raw.url else -1
        assert f"fin{number}</p><p>Suite de l'article.</p>" in raw.data.decode()
    if whole:
        assert len(stored) == len(items)
    else:  # every item closed before the cut is stored (t-final25 F3: one was dropped)
        assert len(stored) == data.count(b"</item>")


def descriptions(items: list[tuple[str, str, str, str, str]], extra: str = "") -> str:
    """An RSS 2.0 file whose items carry their text in ``description`` only (no
    ``content:encoded``): ``extra`` goes in each item."""
    body = "".join(f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                   f"<description>{text}</description>{extra}</item>"
                   for title, link, date, _author, text in items)
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
            "xmlns:media='http://search.yahoo.com/mrss/'><channel><title>Info</title>"
            f"<language>fr</language>{body}</channel></rss>\n")


LONG = ("Le conseil régional a voté jeudi un plan de rénovation des lycées de Bretagne. " * 9
        + "Les travaux commenceront à la rentrée prochaine.")


def test_an_rss_file_with_descriptions_only_gives_one_article_per_item(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    """f-outlet27: an RSS file whose items have text only in ``<description>`` was
    refused whole ("gives a link and no text"). Each item is now an article whose text is
    its description, with a note; a short one is marked as a summary (``truncated``), a
    long one is not, and a Media RSS caption is never the text."""
    long_item = ("Lycées : un plan de rénovation voté", "https://www.info.example/lycees.html",
                 "Thu, 03 Dec 2026 10:00:00 +0100", "", f"&lt;p&gt;{LONG}&lt;/p&gt;")
    path = tmp_path / "resumes.xml"
    path.write_text(descriptions([*ITEMS, long_item],
                                 "<media:description>Photo AFP</media:description>"), "utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed) == (4, 4, 0), done.errors
    articles = {a.content.title: a for a in store.iter_articles() if a.content}
    first = articles[ITEMS[0][0]].content
    assert first is not None and " ".join(first.paragraphs) == ITEMS[0][4]
    assert first.truncated and "RSS description" in first.evidence["truncated"]
    assert "RSS description" in first.evidence["body"]
    assert str(first.published) == "2026-12-01 18:20:00+01:00"
    assert articles[ITEMS[0][0]].url == ITEMS[0][1]
    whole = articles[long_item[0]].content
    assert whole is not None and not whole.truncated and "Photo AFP" not in whole.paragraphs
    assert "RSS description" in whole.evidence[LISTING_SUMMARY_HINT]
    assert len(done.notes) == 4
    assert all("stored from the feed's RSS description alone" in n for n in done.notes)
    assert sum("marked as a summary" in n for n in done.notes) == 3


def test_atom_and_json_feed_summaries_only_are_read_so_too(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    entries = "".join(
        f"<entry><title>{title}</title><link href='{link}'/><id>{link}</id>"
        f"<published>2026-12-02T08:30:00+01:00</published><summary>{text} (...)</summary>"
        "</entry>" for title, link, _date, _author, text in ITEMS[:2])
    (tmp_path / "a.atom").write_text(
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
        f"xml:lang='fr'><title>Info</title>{entries}</feed>", "utf-8")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Info", "items": [
        {"id": "1", "url": ITEMS[2][1], "title": ITEMS[2][0], "summary": ITEMS[2][4],
         "date_published": "2026-12-02T23:10:00+01:00"}]}
    (tmp_path / "b.json").write_text(json.dumps(feed), "utf-8")
    done = ingest_paths(store, [tmp_path / "a.atom", tmp_path / "b.json"], settings=settings)
    assert (done.read, done.new, done.failed) == (3, 3, 0), done.errors
    marked = {a.content.title: a.content.evidence.get("truncated", "")
              for a in store.iter_articles() if a.content}
    assert "Atom summary" in marked[ITEMS[0][0]] and "JSON Feed summary" in marked[ITEMS[2][0]]


@hsettings(max_examples=60, deadline=None)
@given(texts=st.lists(_WORDS, min_size=1, max_size=4))
def test_a_description_is_read_as_its_text_whatever_it_holds(texts: list[str]) -> None:
    """Whatever a description holds (markup characters, entities), each item is one raw
    input or one one-line error, and a stored one carries the summary hint."""
    from html import escape

    items = [(f"Titre {n}", f"https://www.info.example/{n}.html",
              "Tue, 01 Dec 2026 18:20:00 +0100", "", escape(text))
             for n, text in enumerate(texts)]
    data = descriptions(items).encode()
    out = list(feed_file_items(data, kind=listing_kind(data), origin="f.rss", source=None))
    assert len(out) == len(items)
    for item in out:
        if isinstance(item, RawInput):
            assert item.hints[LISTING_SUMMARY_HINT] == "RSS description"
        else:
            assert isinstance(item, InputError) and "\n" not in item.one_line()
