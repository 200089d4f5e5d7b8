"""A stand-alone IPTC NITF 3.x document (``<nitf>``), read into ``Content``.

NITF (News Industry Text Format, IPTC) is the article markup older wires still send as
files of their own: ``head/title`` and ``head/docdata`` (``doc-id/@id-string``, the
item's identifier; ``date.issue/@norm``, its issue time in ISO 8601, basic or extended),
and ``body`` with ``body.head`` (``hedline/hl1``, the headline; ``byline``; ``abstract``)
and ``body.content`` (the paragraphs, sieved as any wire body is:
:func:`veille.extract.html.fragment_body.sieved_paragraphs`). Pure: bytes in, content
out (newuser16b C10: a NITF file was refused as "not a NewsML-G2 news item").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from veille.collect.safexml import local, parse_xml, text_of
from veille.errors import InputError
from veille.extract.html.fragment_body import Dropped, record_dropped, sieved_paragraphs
from veille.extract.language import detect_language, language_of_tag
from veille.extract.wire import _people, _with_dateline, first_of_each, naive_zone
from veille.record import Content

NITF = "application/nitf+xml"
"""The media type veille records for a stand-alone NITF document."""

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?")


def nitf_time(text: str, zone: tzinfo = UTC) -> datetime | None:
    """A NITF ``norm`` time ("20261201T130000Z", "20261201T130000+0100", or extended ISO
    8601); one without an offset is read in ``zone`` (NITF 3.x's ``date.issue`` is "in ISO
    8601 format"; a time without a zone names none: the caller assumes one and says so,
    t-final67 F8); None when unreadable."""
    text = text.strip()
    basic = _BASIC.fullmatch(text)
    if basic is not None:
        year, month, day, hour, minute, second, offset = basic.groups()
        offset = "" if offset is None else "+00:00" if offset == "Z" else \
            f"{offset[:3]}:{offset[3:]}"
        text = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{offset}"
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=zone)


def zone_given(text: str) -> bool:
    """Whether a NITF ``norm`` time writes its offset (``Z``, ``+0100``, ``+01:00``)."""
    return bool(_GIVEN.search(text.strip()))


_GIVEN = re.compile(r"(?:[Zz]|[+-]\d{2}:?\d{2})$")


def extract_nitf(data: bytes, *, origin: str) -> Content:
    """One NITF document: its headline (``hl1``, else ``head/title``), byline, abstract
    (the lead), paragraphs, issue time and identifier (the guid: every version of one
    ``doc-id`` is one article). Raises :class:`InputError` when the root is no ``nitf``."""
    root = parse_xml(data, origin=origin)
    if local(root.tag) != "nitf":
        raise InputError(f"<{local(root.tag)}> is not a NITF document", origin=origin,
                         reason="unsupported", hint="a NITF document's root is <nitf>")
    nodes = first_of_each(root)
    content = nodes.get("body.content")
    left_out: Dropped = []
    paragraphs = sieved_paragraphs(content, left_out) if content is not None else []
    title = text_of(nodes.get("hl1")) or text_of(nodes.get("title"))
    body = nodes.get("body")
    lang = str(root.get(XML_LANG) or (body.get(XML_LANG) if body is not None else "") or "")
    language = language_of_tag(lang) or detect_language(" ".join(paragraphs))
    evidence = {"format": "NITF"}
    record_dropped(left_out, evidence)
    issue = nodes.get("date.issue")
    norm = str(issue.get("norm") or "") if issue is not None else ""
    zone: tzinfo = UTC
    if norm and not zone_given(norm):  # read on an assumed clock, and said (t-final67 F8)
        zone, how = naive_zone("", lang or language, "\n".join([title, *paragraphs]))
        if how:
            evidence["timezone"] = how
    published = nitf_time(norm, zone) if norm else None
    if norm and published is None:
        evidence["dates_rejected"] = f"{norm[:100]} (date.issue): not a date veille reads"
    doc_id = nodes.get("doc-id")
    guid = str(doc_id.get("id-string") or "") if doc_id is not None else ""
    byline = text_of(nodes.get("byline"))
    return _with_dateline(Content(
        title=title, lead=text_of(nodes.get("abstract")), paragraphs=paragraphs,
        authors=_people([byline] if byline else [], evidence), published=published,
        updated=None, language=language, extractor="nitf", guid=guid.strip(),
        evidence=evidence), zone, None)
