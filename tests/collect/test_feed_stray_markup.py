"""A stray ``<`` or misnested tag in one feed item loses nothing (newuser6 M21).

A bare ``<`` in a title ("L'objectif < 1,5 °C") used to make libxml2's recovery drop that
item and every item after it, and the broken item was reported as "no link". The safe XML
entry point now escapes a ``<`` that opens no markup and balances misnested tags
(:class:`veille.collect.safexml._Repair`), and a refused item names its number and title.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.feeds import parse_listing

FEED_URL = "http://news.example/feed"


def feed(kind: str, titles: list[str], bodies: list[str] | None = None) -> bytes:
    """A feed of ``kind`` (rss20, rss10, atom) whose titles and summaries are written raw."""
    bodies = bodies or ["" for _ in titles]
    if kind == "atom":
        items = "".join(f"<entry><title>{t}</title><link href='http://news.example/{i}'/>"
                        f"<id>urn:{i}</id><summary>{b}</summary></entry>"
                        for i, (t, b) in enumerate(zip(titles, bodies, strict=True)))
        return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                + f'<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{items}'
                  f'</feed>'.encode())
    items = "".join(f"<item><title>{t}</title><link>http://news.example/{i}</link>"
                    f"<description>{b}</description></item>"
                    for i, (t, b) in enumerate(zip(titles, bodies, strict=True)))
    if kind == "rss10":
        return ('<?xml version="1.0"?><rdf:RDF xmlns:rdf='
                '"http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
                f'<channel><title>F</title></channel>{items}</rdf:RDF>').encode()
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}'
            f'</channel></rss>').encode()


def urls(kind: str, titles: list[str], bodies: list[str] | None = None) -> list[str]:
    return [e.url for e in parse_listing(feed(kind, titles, bodies), url=FEED_URL).entries]


def test_a_bare_less_than_in_one_title_keeps_every_item() -> None:
    titles = ["Grève à la SNCF", "COP31 : L'objectif < 1,5 °C s'éloigne", "Toulouse"]
    for kind in ("rss20", "rss10", "atom"):
        listing = parse_listing(feed(kind, titles), url=FEED_URL)
        assert [e.title for e in listing.entries] == titles, kind
        assert listing.rejected_count == 0


def test_misnested_tags_in_one_item_keep_every_item_and_its_link() -> None:
    for broken in ("a<b>x", "a</b>x", "a<b c='1'", "a</title", "<3", "a<!x", "x<?y"):
        for kind in ("rss20", "rss10", "atom"):
            assert urls(kind, ["one", broken, "three"]) == [
                f"http://news.example/{i}" for i in range(3)], (kind, broken)


def test_a_refused_item_names_its_number_and_title() -> None:
    data = (b'<rss version="2.0"><channel><item><title>ok</title><link>http://n.example/1'
            b'</link></item><item><title>Sans lien</title></item></channel></rss>')
    listing = parse_listing(data, url=FEED_URL)
    assert len(listing.entries) == 1
    message = listing.rejected[0].one_line()
    assert 'item 2 "Sans lien": no link' in message


_TEXT = st.text(alphabet=st.sampled_from(list("abcé 12,;#>/=\"'-°")), max_size=20)


@given(kind=st.sampled_from(["rss20", "rss10", "atom"]),
       texts=st.lists(_TEXT, min_size=2, max_size=5),
       which=st.integers(min_value=0, max_value=4), field=st.sampled_from(["title", "body"]),
       stray=st.sampled_from(["<", "&", "</", "<a>", "&x"]), at=st.integers(0, 20))
def test_a_stray_character_in_one_item_never_loses_an_item(
        kind: str, texts: list[str], which: int, field: str, stray: str, at: int) -> None:
    """Property: one stray ``<``, ``&`` or unclosed tag written raw into one item's text
    (an otherwise valid feed) loses no item, that item included."""
    titles = [escape(t) for t in texts]
    bodies = list(titles)
    which %= len(texts)
    target = titles if field == "title" else bodies
    text = target[which]
    target[which] = text[:at] + stray + text[at:]
    assert urls(kind, titles, bodies) == [f"http://news.example/{i}"
                                          for i in range(len(texts))]


def test_a_refused_json_feed_item_names_its_number_and_title() -> None:
    data = (b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
            b'{"id": "1", "url": "http://n.example/1", "title": "ok"},'
            b'{"id": "2", "title": "Sans lien"}]}')
    listing = parse_listing(data, url=FEED_URL)
    assert len(listing.entries) == 1
    assert 'item 2 "Sans lien": no link' in listing.rejected[0].one_line()
