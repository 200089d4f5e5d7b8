"""Parse untrusted XML (feeds, sitemaps, wire files) without entity expansion.

A feed can declare entities that read local files (XXE) or expand a few hundred bytes into
gigabytes (billion laughs). No news document needs a declared entity, so any document that
declares one is refused with a clear error before it reaches a parser that might expand it;
the parser itself also runs with entities unresolved, no network, no DTD loading and the
default size limits (``huge_tree`` off).
"""

from __future__ import annotations

import re

from lxml import etree

from veille.errors import InputError

_DECLARES_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_PROLOG_LIMIT = 64 * 1024


def _parser(*, recover: bool = False) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, recover=recover)


def refuse_entities(data: bytes, *, origin: str) -> None:
    """Raise :class:`InputError` (reason ``unsafe-xml``) when the document declares entities.

    Declarations may only stand in the DOCTYPE, before the root element; we look in the
    whole document anyway, which costs one scan and cannot be fooled by a long prolog.
    """
    if _DECLARES_ENTITY.search(data):
        raise InputError("XML declares entities (an XXE or billion-laughs document); refused",
                         origin=origin, reason="unsafe-xml",
                         hint="news feeds never need declared entities; check the source")


def parse_xml(data: bytes, *, origin: str, recover: bool = False) -> etree._Element:
    """The root element of ``data``, or :class:`InputError` saying why not."""
    refuse_entities(data, origin=origin)
    try:
        root = etree.fromstring(data, parser=_parser(recover=recover))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"broken XML ({exc})", origin=origin, reason="bad-xml",
                         hint="the document is not well-formed XML") from None
    if root is None:
        raise InputError("empty XML document", origin=origin, reason="bad-xml",
                         hint="the document holds no element")
    return root


def local(tag: object) -> str:
    """An element's name without its namespace (``{ns}item`` -> ``item``)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element: etree._Element | None) -> str:
    """All the text inside an element, whitespace-normalised."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())
