"""One query of the page serves the metadata and the body walk (issue 13): what it gives
each is what their own queries gave, whatever elements match both."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from veille.extract.html import dating, standfirst
from veille.extract.html.sources import _WANTED, MAX_HEADINGS, MAX_TIMES, page_nodes
from veille.extract.html.walk import HOLDER_TAGS, page_paragraphs

#: The metadata's own selectors before the headings and times joined the query.
_METADATA = _WANTED.replace("h1, h2,", "h1,").replace("time,", "time[datetime],")

# Elements that match the metadata's selectors, the walk's, or both: a <p> or an <li>
# with an itemprop, an <li> holding a block, or neither; in any nesting.
_PIECES = ["<p>", "</p>", "<p itemprop='author'>", "<p itemprop='articleBody'>", "<li>",
           "</li>", "<li itemprop='author'>", "<li itemprop='headline'>", "<td itemprop='image'>",
           "<table><tr><td>", "</td></tr></table>", "<dd>", "<dt itemprop='description'>",
           "<div>", "</div>", "<ul>", "</ul>", "<h1>", "</h1>", "<h2>", "<meta itemprop='author'"
           " content='M'>", "<time datetime='2024-01-02'>", "<article>", "<main>", "<summary>",
           "<caption>", "<button>", "<svg>", "</svg>", "<blockquote>", "text ", "<select>",
           "<h2 itemprop='headline'>", "</h2>", "<h1 itemprop='headline'>", "<time>", "</time>",
           "<time itemprop='datePublished'>", "<time datetime='2024' itemprop='dateModified'>"]


def _reference(tree: LexborHTMLParser) -> tuple[list[list[int]], int, set[int]]:
    """What the two queries gave before they were one: the microdata lists (of the
    metadata's own query), the paragraphs' characters and the holders (of the walk's)."""
    microdata: dict[str, list[int]] = {}
    for node in tree.css(_METADATA):
        prop = node.attributes.get("itemprop") or ""
        if prop in ("headline", "datePublished", "dateModified", "articleSection",
                    "description", "image", "author"):
            same = microdata.setdefault(prop, [])
            if len(same) < 5:
                same.append(node.mem_id)
    body = tree.body
    assert body is not None
    paragraphs = page_paragraphs(body)
    return ([microdata.get(p, []) for p in sorted(microdata)], paragraphs.chars,
            paragraphs.holders)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_one_query_gives_each_reader_its_own(pieces: list[str]) -> None:
    tree = LexborHTMLParser("<html><head></head><body>" + "".join(pieces) + "</body></html>")
    nodes = page_nodes(tree)
    microdata, chars, holders = _reference(tree)
    found = {p: [n.mem_id for n in v] for p, v in nodes.microdata.items() if v}
    assert [found[p] for p in sorted(found)] == microdata
    assert nodes.paragraphs.chars == chars
    assert nodes.paragraphs.holders == holders
    # The metadata's lists, as its own query gave them (an element once per selector).
    own = tree.css(_METADATA)
    assert [n.mem_id for n in nodes.h1] == [n.mem_id for n in own if n.tag == "h1"][:20]
    assert [n.mem_id for n in nodes.times] == [
        n.mem_id for n in own if n.tag == "time" and "datetime" in n.attributes][:10]
    # The headings and times the standfirst and the dating scope asked their own queries.
    assert [n.mem_id for n in nodes.headings] == [
        n.mem_id for n in tree.css("h1, h2")][:MAX_HEADINGS]
    assert [n.mem_id for n in nodes.all_times] == [n.mem_id for n in tree.css("time")][:MAX_TIMES]


def test_the_lists_cover_what_their_readers_read() -> None:
    assert MAX_HEADINGS >= standfirst.MAX_HEADINGS and MAX_HEADINGS >= 10
    assert MAX_TIMES >= dating.MAX_TIMES


def test_an_item_that_is_a_paragraph_or_a_holder_counts_once() -> None:
    tree = LexborHTMLParser(
        "<html><body><p itemprop='articleBody'>abc</p><ul><li itemprop='author'><p>de</p>"
        "</li><li itemprop='author'>Ann</li><li><div>f</div></li></ul></body></html>")
    nodes = page_nodes(tree)
    items = tree.css("li")
    assert nodes.paragraphs.chars == 5  # "abc" and "de", each once
    assert nodes.paragraphs.holders == {items[0].mem_id, items[2].mem_id}
    assert [n.mem_id for n in nodes.microdata["author"]] == [items[0].mem_id, items[1].mem_id]
    assert all(n.tag in HOLDER_TAGS for n in items)
