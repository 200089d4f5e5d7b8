"""A well-formed XML document over libxml2's default limits is refused as such, never as
"broken XML" with a hint naming ``XML_PARSE_HUGE``, a flag no user can set (t-scale19
P6: a NewsML-G2 item nested 10,000 deep)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.collect.safexml import MAX_XML_DEPTH, parse_xml
from veille.collect.wire import wire_items
from veille.errors import InputError
from veille.extract.wire import G2


def _nested_item(depth: int) -> bytes:
    body = "<div>" * depth + "<p>Le gouvernement présente sa réforme.</p>" + "</div>" * depth
    return ('<?xml version="1.0" encoding="UTF-8"?><newsItem '
            'xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:nested" version="1" '
            'standard="NewsML-G2" standardversion="2.29"><itemMeta><itemClass '
            'qcode="ninat:text"/><versionCreated>2026-11-30T10:00:00Z</versionCreated>'
            '</itemMeta><contentMeta><headline>Imbriqué</headline></contentMeta><contentSet>'
            '<inlineXML contenttype="application/xhtml+xml"><html '
            f'xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML>'
            '</contentSet></newsItem>').encode()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=MAX_XML_DEPTH, max_value=5_000))
def test_a_deeply_nested_wire_item_is_refused_as_too_deep(depth: int) -> None:
    found = list(wire_items(_nested_item(depth), media_type=G2, origin="deep.xml"))
    assert len(found) == 1 and isinstance(found[0], InputError)
    problem = found[0]
    assert problem.reason == "too-deep"
    assert f"nested deeper than {MAX_XML_DEPTH} levels; refused" in problem.one_line()
    assert "XML_PARSE_HUGE" not in problem.one_line() and "broken" not in problem.one_line()
    assert problem.hint


def test_a_nested_item_within_the_limit_is_read() -> None:
    found = list(wire_items(_nested_item(100), media_type=G2, origin="ok.xml"))
    assert len(found) == 1 and not isinstance(found[0], InputError)


def test_a_text_node_over_the_limit_names_no_parser_flag() -> None:
    data = b"<a>" + b"mot " * 2_600_000 + b"</a>"
    with pytest.raises(InputError) as info:
        parse_xml(data, origin="huge.xml")
    assert "XML_PARSE_HUGE" not in info.value.one_line()
    assert "size limits" in info.value.one_line() and info.value.reason == "xml-limit"


def test_broken_xml_is_still_broken() -> None:
    with pytest.raises(InputError) as info:
        parse_xml(b"<a></b>", origin="bad.xml")
    assert info.value.reason == "bad-xml" and "broken XML" in info.value.one_line()
