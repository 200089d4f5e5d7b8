"""A NewsML-G2 body read within the article bound, parsed incrementally (issue 13):
``veille.collect.safexml.parse_xml_within`` and ``veille.extract.wire.extract_newsml``."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from veille.collect.safexml import parse_xml, parse_xml_within
from veille.extract.article_bound import MAX_ARTICLE_CHARS
from veille.extract.wire import G2_BODY_CHARS, extract_newsml

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = [escape(draw(_TEXT))]
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        tag = draw(st.sampled_from(["p", "b", "div", "br"]))
        inner = "" if tag == "br" else draw(_markup(depth + 1))
        parts.append(f"<{tag}>{inner}</{tag}>{escape(draw(_TEXT))}")
    return "".join(parts)


def _doc(body: str) -> bytes:
    return (f'<item><meta>m<!-- c --></meta><inlineXML>{body}</inlineXML><after>a</after>'
            f'</item>').encode()


@settings(max_examples=300, deadline=None)
@given(_markup())
def test_under_its_limit_the_tree_is_the_whole_parse(body: str) -> None:
    data = _doc(body)
    root, kept, read = parse_xml_within(data, origin="x", texts=frozenset({"inlineXML"}),
                                        limit=10**9)
    assert etree.tostring(root) == etree.tostring(parse_xml(data, origin="x"))
    assert kept == read


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT.filter(bool), min_size=1, max_size=40), st.integers(0, 60))
def test_past_its_limit_a_flat_body_keeps_its_first_paragraphs(paragraphs: list[str],
                                                              limit: int) -> None:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    root, kept, read = parse_xml_within(_doc(body), origin="x",
                                        texts=frozenset({"inlineXML"}), limit=limit)
    texts = [p.text for p in root.iter("p")]
    assert texts == paragraphs[:len(texts)]
    assert root.findtext("after") == "a" and root.findtext("meta") == "m"
    full = sum(map(len, paragraphs)) + len(paragraphs) - 1
    assert read == full
    assert (kept < read) == (len(texts) < len(paragraphs))
    # what is kept: the paragraphs up to the limit, and the one that crossed it
    assert sum(map(len, texts[:-1])) + len(texts) - 2 <= limit


def test_a_huge_newsml_body_is_read_within_the_bound_and_said() -> None:
    paragraph = "Le conseil municipal a voté le budget de la ville après un long débat. " * 4
    n = 3 * G2_BODY_CHARS // len(paragraph)
    body = "".join(f"<p>{paragraph}</p>" for _ in range(n))
    item = ('<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns='
            '"http://iptc.org/std/nar/2006-10-01/" guid="urn:t:1" version="1" '
            'standard="NewsML-G2" xml:lang="fr"><itemMeta><itemClass qcode="ninat:text"/>'
            '<versionCreated>2024-03-12T14:05:00+01:00</versionCreated></itemMeta>'
            '<contentMeta><headline>Un budget voté</headline></contentMeta><contentSet>'
            '<inlineXML contenttype="application/xhtml+xml"><html xmlns='
            f'"http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML>'
            '</contentSet></newsItem>').encode()
    content = extract_newsml(item, origin="big.xml")
    assert content.title == "Un budget voté"
    assert MAX_ARTICLE_CHARS < sum(map(len, content.paragraphs)) <= G2_BODY_CHARS + len(paragraph)
    assert "NewsML-G2 body read up to" in content.evidence["input"]
    assert f"of its {n * len(paragraph):,} characters" in content.evidence["input"]


_ITEM = ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:t:2">'
         '<catalogRef href="x"/><itemMeta><title>T</title><itemClass qcode="ninat:{kind}"/>'
         '<pubStatus qcode="stat:usable"/></itemMeta><contentSet><inlineXML><p>Texte</p>'
         '{rest}</inlineXML></contentSet></newsItem>')


def test_a_single_item_is_split_as_its_whole_tree_says() -> None:
    from veille.collect.safexml import parse_xml
    from veille.errors import InputError
    from veille.extract.wire import _item_class, split_newsml

    for kind in ("text", "picture", "composite"):
        data = _ITEM.format(kind=kind, rest="<p>Suite</p>" * 1000).encode()
        items, sent = split_newsml(data, origin="a.xml")
        assert items == [("a.xml", data, _item_class(parse_xml(data, origin="a.xml")))]
        assert items[0][2] == f"ninat:{kind}" and sent == ""
    # a mismatched tag is repaired before parsing (safexml.prepare_xml), as before
    repaired = _ITEM.format(kind="text", rest="<p>Suite</b>").encode()
    assert split_newsml(repaired, origin="b.xml")[0][0][2] == "ninat:text"
    with pytest.raises(InputError) as info:
        split_newsml(b"<newsItem><itemMeta>", origin="c.xml")
    assert info.value.reason == "bad-xml"


def _split_from_tree(data: bytes) -> tuple[str, str]:
    """The root's name and item class as the whole tree gives them (the code before)."""
    from veille.extract.wire import _item_class

    root = parse_xml(data, origin="o")
    return root.tag.rsplit("}", 1)[-1], _item_class(root)


@pytest.mark.parametrize("data", [
    b'<newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta></newsItem>trailing',
    b'<?xml version="1.0"?><!DOCTYPE newsItem SYSTEM "x.dtd"><!-- c --><?pi x?><newsItem>'
    b'<itemMeta><itemClass qcode="ninat:text"/></itemMeta></newsItem>',
    b'<newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta><itemMeta><itemClass '
    b'qcode="ninat:picture"/></itemMeta></newsItem>',
    b'<newsItem><contentSet/><itemMeta><itemClass uri="http://cv.iptc.org/newscodes/ninature'
    b'/picture"/></itemMeta></newsItem>',
    b'<newsItem><a><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></a></newsItem>',
    b'\xff\xfe' + '<newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta></newsItem>'
    .encode("utf-16-le"),
    b'<newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta>&eacute; &amp; & '
    b'</newsItem>',
    b'<newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta><p>x</p></newsItem',
    b'<newsItem xmlns:a="u"><a:itemMeta><itemClass qcode="ninat:text"/></a:itemMeta>'
    b'</newsItem>',
    b"   ",
])
def test_the_incremental_split_reads_what_the_tree_reads(data: bytes) -> None:
    from veille.extract.wire import _single_item

    assert _answer(lambda: _single_item(data, origin="o")) == \
        _answer(lambda: _split_from_tree(data))


def _answer(read: Callable[[], object]) -> object:
    """What ``read`` returns, or the reason and message of the input error it raises."""
    from veille.errors import InputError

    try:
        return read()
    except InputError as exc:
        return (exc.reason, str(exc))


def _message_from_tree(data: bytes) -> object:
    """A ``newsMessage``'s items as its whole tree gives them (the code before)."""
    from veille.collect.safexml import local, text_of
    from veille.extract import wire

    root = parse_xml(data, origin="o")
    sent = wire._when(text_of(root.find("{*}header/{*}sent")))
    items = list(root.iter(*(f"{{*}}{name}" for name in wire.G2_ITEMS)))
    return ([(f"o#{n}", etree.tostring(item, encoding="utf-8", xml_declaration=True),
              local(item.tag) if local(item.tag) in wire.OTHER_ITEMS
              else wire._item_class(item)) for n, item in enumerate(items, start=1)],
            sent.isoformat() if sent else "")


_G2 = "http://iptc.org/std/nar/2006-10-01/"


@pytest.mark.parametrize("data", [
    (f'<newsMessage xmlns="{_G2}"><header><x/></header><header><sent>2024-01-01T10:00:00'
     '+01:00</sent></header>\n <itemSet>\n  <newsItem guid="a"><itemMeta><itemClass '
     'qcode="ninat:text"/></itemMeta><contentSet><inlineXML><p>a</p></inlineXML>'
     '</contentSet></newsItem>\n  tail <!-- c --> more\n  <packageItem guid="p"><newsItem '
     'guid="in"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem> t2 '
     '</packageItem>\n<conceptItem/></itemSet>\n<newsItem guid="z"/></newsMessage>\n'
     ).encode(),
    b"<newsMessage><itemSet/></newsMessage>",
    b"<newsMessage><itemSet><newsItem></itemSet></newsMessage>",
    (f'<newsMessage xmlns="{_G2}" xmlns:x="u"><header><sent>2024-01-01</sent></header>'
     + "".join(f'<x:newsItem guid="{n}"><x:itemMeta><x:itemClass qcode="ninat:text"/>'
               f'</x:itemMeta></x:newsItem>\n' for n in range(50))
     + "</newsMessage>").encode(),
])
def test_a_message_split_incrementally_gives_the_items_its_tree_gives(data: bytes) -> None:
    from veille.extract.wire import split_newsml

    assert _answer(lambda: split_newsml(data, origin="o")) == \
        _answer(lambda: _message_from_tree(data))
