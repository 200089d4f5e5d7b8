"""Wire formats: IPTC NewsML-G2 news items and ninjs documents, read into ``Content``.

Agencies identify an item by a ``guid`` (NewsML-G2) or ``uri`` (ninjs) that stays the same
across its versions, and number the versions. Both are kept (``Content.guid``,
``Content.version``) with the headline, the body, the subjects and the urgency; the
article id derives from the guid (:func:`wire_article_id`), so a later version of an item
lands on the same article and the store keeps the chain of versions instead of a duplicate.
This module is pure: bytes in, content out.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

from lxml import etree

from veille.collect.safexml import (
    iter_elements,
    local,
    parse_xml_within,
    prepare_xml,
    text_of,
)
from veille.collect.urls import safe_url
from veille.errors import ExtractionError, InputError
from veille.extract.agencies import Agency, agency_named, agency_of_host
from veille.extract.article_bound import MAX_ARTICLE_CHARS
from veille.extract.bylines import people_of
from veille.extract.datelines import opening_of
from veille.extract.dates import before_fetch
from veille.extract.html.fragment import looks_like_html
from veille.extract.html.fragment_body import (
    Dropped,
    record_dropped,
    sieved_html,
    sieved_paragraphs,
)
from veille.extract.jsondepth import too_deep
from veille.extract.language import (
    declared_tag,
    detect_language,
    language_of_tag,
    tag_or_code,
)
from veille.extract.place_zones import zone_or_places
from veille.extract.timezones import keep_locale, page_zone
from veille.record import DAY, TIME, Content

G2 = "application/vnd.iptc.g2.newsitem+xml"
NINJS = "application/ninjs+json"


def wire_article_id(guid: str) -> str:
    """The article id of every version of one wire item: a hash of its guid."""
    return hashlib.sha256(("guid:" + guid.strip()).encode("utf-8")).hexdigest()[:16]


_HOST = re.compile(r"(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")


def source_from_guid(guid: str) -> str:
    """The agency's host in a wire item's guid, lower case, without ``www.``; else empty:
    ``urn:newsml:acmenews.com:2016...`` (the NewsML URN namespace), ``tag:reuters.com,
    2026:newsml_…`` (a tag URI, RFC 4151: its authority before the comma, as Reuters and
    AP write guids), ``urn:belga.be:…`` (a URN whose first part is a host)."""
    parts = guid.strip().split(":")
    scheme = parts[0].lower()
    if len(parts) > 2 and scheme == "urn" and parts[1].lower() == "newsml":
        host = parts[2]
    elif len(parts) > 1 and scheme == "tag":
        host = parts[1].split(",")[0].rpartition("@")[2]
    elif len(parts) > 2 and scheme == "urn":
        host = parts[1]
    else:
        return ""
    host = host.lower().removeprefix("www.")
    return host if _HOST.fullmatch(host) else ""


def _guid_agency(guid: str) -> Agency | None:
    """The agency a guid names without a host: a URN whose namespace is an agency's name
    (``urn:efe:…``, ``urn:xinhua:…``, ``urn:aa:…``; a URN namespace is case-insensitive,
    RFC 8141), or an http(s) URI on one of its hosts (``http://example.ap.org/ninjs/…``)."""
    parts = guid.strip().split(":")
    scheme = parts[0].lower()
    if len(parts) > 2 and scheme == "urn":
        return agency_named(parts[1], any_case=True)
    if scheme in ("http", "https") and len(parts) > 1:
        host = parts[1].removeprefix("//").split("/")[0].rpartition("@")[2]
        return agency_of_host(host) if _HOST.fullmatch(host) else None
    return None


def wire_source(guid: str, *names: str) -> str:
    """A wire item's source: one name per agency, its first host in the agency table
    (``extract/data/news_agencies.tsv``: "afp.com", "reuters.com", "efe.com"), whichever
    part of the item names it; else the host its guid gives (:func:`source_from_guid`);
    else "". In this order: the guid's host (``urn:newsml:afp.com:…``,
    ``tag:reuters.com,…``), the guid's URN namespace or http host (:func:`_guid_agency`),
    then ``names`` in the order given (a provider's name or literal, "BELGA",
    "reuters.com"; a credit line, "AFP"; the first agency of a credit list, "Associated
    Press, AFP"). A name that is no known agency gives nothing: nothing is guessed."""
    host = source_from_guid(guid)
    if host:
        owner = agency_of_host(host)
        return owner.source if owner is not None else host
    named = _guid_agency(guid)
    if named is not None:
        return named.source
    for name in names:
        for part in name.split(",")[:MAX_CREDITS]:
            part = part.strip()
            agency = agency_named(part) or (agency_of_host(part.lower().removeprefix("www."))
                                            if _HOST.fullmatch(part) else None)
            if agency is not None:
                return agency.source
    return ""


#: The parts of a credit list looked at for the item's agency.
MAX_CREDITS = 8


def _provider(node: etree._Element | None) -> str:
    """A NewsML-G2 ``provider``'s name: its ``literal`` ("reuters.com"), its ``name``, else
    its qcode's code ("nprov:AFP" → "AFP")."""
    if node is None:
        return ""
    return (node.get("literal") or text_of(node.find("{*}name"))
            or node.get("qcode", "").split(":")[-1]).strip()


def _when(text: str, zone: tzinfo = UTC) -> datetime | None:
    """An ISO 8601 time; one without an offset is read in ``zone``."""
    if not text.strip():
        return None
    day = _DAY_ONLY.fullmatch(text.strip())
    if day is not None:  # a DateOptTime without a time: midnight of that day, in its zone
        text = day.group(1) + "T00:00:00" + (day.group(2) or "")
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=zone)


_DAY_ONLY = re.compile(r"(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:?\d{2})?")
"""A date without a time of day, with or without a zone ("2026-12-01", "2026-12-01+01:00",
"2026-12-01Z": XML Schema's xs:date, which NewsML-G2's DateOptTime allows): Python read
"2026-12-01+01:00" as one o'clock (verify12 X10)."""


def naive_zone(sent: str, language: str, text: str = "") -> tuple[tzinfo, str]:
    """(zone, how) of a wire item's times written without an offset: the offset of the
    envelope's ``sent`` when it has one (the agency wrote both on one clock, ``how`` ""),
    else the zone of the item's language tag, its region first (``fr-CA``:
    America/Toronto; :func:`veille.extract.timezones.page_zone`), and when that is only the
    language's zone, the places the item's ``text`` names (Lomé, Togo: Africa/Lome;
    :func:`veille.extract.place_zones.zone_or_places`, as for every other input)."""
    try:
        envelope = datetime.fromisoformat(sent.strip().replace("Z", "+00:00")) if sent else None
    except ValueError:
        envelope = None
    offset = envelope.utcoffset() if envelope is not None else None
    zone, how = page_zone([language]) if language.strip() else (
        UTC, "assumed UTC (no locale, country or language with one zone)")
    placed = zone_or_places(zone, how, text, language) if text else (zone, how)
    if envelope is not None and offset is not None:
        return timezone(offset), _envelope_said(envelope, offset, placed[0])
    return placed


def _envelope_said(sent: datetime, offset: timedelta, guess: tzinfo) -> str:
    """What ``evidence["timezone"]`` says of a wire item's zone-less times read at the
    offset of the envelope's ``sent`` (the agency's clock, a guess all the same: t-final67
    F8, "+01:00 ... with no (assumed zone)"), naming a tz database zone so that every
    output marks the time as assumed (:func:`veille.extract.timezones.assumed_zone_name`):
    the language's or places' zone ``guess`` when it has that offset at ``sent``, else
    ``Etc/GMT±N`` for a whole hour, else the offset alone."""
    shown = _offset_text(offset)
    said = f"assumed from the message's <sent> offset {shown}"
    if guess.utcoffset(sent.replace(tzinfo=None)) == offset and str(guess) != "UTC":
        return f"{said} ({guess})"
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if not offset:
        return f"{said} (UTC)"
    if not rest:
        return f"{said} (Etc/GMT{-hours:+d})"
    return said


def _offset_text(offset: timedelta) -> str:
    """``+01:00`` for an offset of one hour."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _naive_said(evidence: dict[str, str], how: str, published: str) -> None:
    """Say in ``evidence["timezone"]`` that a wire item's publication time, written without
    an offset, was read on the clock of the places it names (``how``, "" for none)."""
    text = published.partition("=")[2].strip()
    if how and text and not _OFFSET.search(text):
        evidence["timezone"] = how


_OFFSET = re.compile(r"(?:[Zz]|[+-]\d{2}:?\d{2})$")


def _people(names: list[str], evidence: dict[str, str]) -> list[str]:
    """People among a wire item's bylines or creators ("By MARIA GONZALEZ Associated
    Press", a ``<creator>`` "AFP"); agencies go to ``evidence["credit"]``
    (docs/record.md), newsrooms and job titles are dropped."""
    people, credits = people_of(names)
    if credits:
        evidence["credit"] = ", ".join(dict.fromkeys(credits))
    kept: dict[str, str] = {}  # a byline and a creator's name may name one person
    for person in people:
        kept.setdefault(person.casefold(), person)
    return list(kept.values())


#: The largest version or urgency number read from a wire item: a signed 32-bit integer,
#: far above any real version count (AFP and AP items rarely pass a few dozen), and well
#: inside what SQLite and PostgreSQL store as an integer. A larger value is no version.
MAX_WIRE_INT = 2**31 - 1


def _int(value: object) -> int | None:
    """``value`` as a non-negative integer at most :data:`MAX_WIRE_INT`, or None (not a
    number, negative, or too large to be a version: ``"99999999999999999999999"``)."""
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or len(text.lstrip("0")) > 10:
        return None
    number = int(text)
    return number if number <= MAX_WIRE_INT else None


def wire_number(value: object, name: str, evidence: dict[str, str]) -> int | None:
    """A wire item's version or urgency (:func:`_int`); a value given that is no such
    number ("abc", "-1", "99999999999999999999999") is named in
    ``evidence["values_rejected"]`` with what it is read as, never changed without a word
    (newuser16b C21: ``version="abc"`` became version 0 silently)."""
    number = _int(value)
    if number is None and value is not None and str(value).strip():
        read_as = "version 0: any numbered version replaces it" if name == "version" \
            else "no urgency"
        line = (f"{name} {_shown(value)}: not a whole number from 0 to {MAX_WIRE_INT} "
                f"(read as {read_as})")
        earlier = evidence.get("values_rejected")
        evidence["values_rejected"] = f"{earlier}; {line}" if earlier else line
    return number


def _dated(evidence: dict[str, str], fetched_at: datetime | None, embargo: str, zone: tzinfo,
           **fields: str) -> dict[str, datetime | None]:
    """A wire item's times (``published=``, ``updated=``: each the text of the field it
    came from, as ``"firstCreated=2026-..."``), each kept only when it is not after the
    fetch time (:func:`veille.extract.dates.before_fetch`: an item "created" a year ahead
    is a scheduled time or a typo, and would top every list of latest news). The item's
    embargo (ninjs ``embargoed``, NewsML-G2 ``itemMeta/embargoed``) is kept in
    ``evidence["embargoed"]``, flagged when it was still running at the fetch."""
    out: dict[str, datetime | None] = {}
    for key, spec in fields.items():
        name, _, text = spec.partition("=")
        when = _when(text, zone)
        if when is None and text.strip():
            unread_wire_date(evidence, text, name)
        out[key] = before_fetch(when, fetched_at, where=name, evidence=evidence)
    until = _when(embargo, zone)
    if until is not None:
        running = fetched_at is not None and until > fetched_at
        evidence["embargoed"] = until.isoformat() + (
            " (still under embargo when read: not to be published before)" if running else "")
    elif embargo.strip():  # named, never dropped silently (newuser12 W23)
        evidence["embargoed"] = (f"{_shown(embargo)}: not a date veille reads (the embargo "
                                 "is unknown)")
    return out


def _shown(value: object) -> str:
    """A value as evidence quotes it: on one line, at most 100 characters."""
    text = " ".join(str(value).split())
    return text[:100] + "…" if len(text) > 100 else text


def unread_wire_date(evidence: dict[str, str], value: object, name: str) -> None:
    """Name a wire date that is no ISO 8601 time (``"not a date"``, a Unix time where
    NewsML-G2 and ninjs write ISO 8601) in ``evidence["dates_rejected"]``, with its field,
    as refused dates are everywhere (newuser12 W23: dropped without a word)."""
    line = f"{_shown(value)} ({name}): not a date veille reads (ISO 8601 expected)"
    earlier = evidence.get("dates_rejected")
    evidence["dates_rejected"] = f"{earlier}; {line}" if earlier else line


def _precision(published: datetime | None, spec: str) -> str:
    """``day`` when the publication (or update) time came from a date without a time of day (a
    NewsML-G2 DateOptTime, a ninjs date: "2026-12-01"), else ``time`` (docs/record.md
    ``published_precision``: shown as the day alone, never "00:00": newuser12 W27)."""
    text = spec.partition("=")[2].strip()
    return DAY if published is not None and _DAY_ONLY.fullmatch(text) else TIME


def _field(nodes: dict[str, Any], *names: str) -> str:
    """``"name=text"`` of the first of ``names`` the item gives, "" when none."""
    for name in names:
        text = text_of(nodes.get(name))
        if text:
            return f"{name}={text}"
    return ""


def first_of_each(root: etree._Element) -> dict[str, Any]:
    """The first element of each local name under ``root`` (itself included), in document
    order: the elements a wire item has once (``versionCreated``, ``body.content``)."""
    nodes: dict[str, Any] = {}
    for node in root.iter():
        if isinstance(node.tag, str):
            nodes.setdefault(local(node.tag), node)
    return nodes


#: A NewsML-G2 item's body is read up to this many characters of text: twice the article
#: bound, so that the paragraphs the sieve keeps reach it (:func:`extract_newsml`).
G2_BODY_CHARS = 2 * MAX_ARTICLE_CHARS
_G2_BODIES = frozenset({"inlineXML", "inlineData"})


def extract_newsml(data: bytes, *, origin: str, sent: str = "",
                   fetched_at: datetime | None = None) -> Content:
    """One NewsML-G2 ``newsItem`` (a ``newsMessage`` is split into items when collected).

    ``sent`` is the envelope's ``header/sent`` (ISO 8601, empty when none): a time of the
    item written without an offset is read in its offset (:func:`naive_zone`).
    ``fetched_at`` bounds its times (:func:`_dated`). The item is parsed incrementally,
    its body (``inlineXML``, ``inlineData``) read up to :data:`G2_BODY_CHARS` characters
    of text (:func:`~veille.collect.safexml.parse_xml_within`: memory bounded whatever
    the item's size), a cut said in ``evidence["input"]``."""
    root, kept, read = parse_xml_within(data, origin=origin, texts=_G2_BODIES,
                                        limit=G2_BODY_CHARS)
    if local(root.tag) != "newsItem":
        raise InputError(f"NewsML-G2 <{local(root.tag)}> is not a news item", origin=origin,
                         reason="not-news", hint="only newsItem documents carry articles")
    nodes = first_of_each(root)
    guid = root.get("guid", "")
    lang = root.get(XML_LANG, "")
    language_node = nodes.get("language")
    if language_node is not None:
        lang = language_node.get("tag", lang)
    headline = _main_headline(root, lang)
    left_out: Dropped = []
    paragraphs = _g2_body(nodes, origin, left_out)
    if paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    subjects = [_named(s, lang) or s.get("qcode", "")
                for s in root.iter("{*}subject") if s.getparent() is not None
                and local(s.getparent().tag) == "contentMeta"]
    # The byline (``<by>``, "a natural-language statement about the creator"), then each
    # creator by its name or its ``literal`` (NewsML-G2 2.29, Flex1PartyPropType: "AFP" is
    # often ``<creator literal="AFP"/>``); a ``<contributor>`` modified the content and is
    # no author (newuser8 Q11: the byline and the literal creator were both ignored).
    # NITF bodies carry their byline in ``body.head/byline`` (newuser12 W28).
    # A creator whose role credits a picture, video or graphic (``role="crol:photographer"``)
    # is no author of the text (t-final60 #6: a photographer was listed as an author).
    creators = [text_of(b) for b in root.iter("{*}by")] + \
        [text_of(b) for b in root.iter("{*}byline")] + \
        [text_of(c.find("{*}name")) or c.get("literal", "") for c in root.iter("{*}creator")
         if not any(word in (c.get("role") or "").lower() for word in _NOT_WRITERS)]
    language = language_of_tag(lang) or detect_language(" ".join(paragraphs))
    lang = tag_or_code(lang, language)
    zone, zone_how = naive_zone(sent, lang or language, "\n".join([headline, *paragraphs]))
    provider = nodes.get("provider")
    evidence = {"format": "NewsML-G2"}
    record_dropped(left_out, evidence)
    if kept < read:
        evidence["input"] = (f"NewsML-G2 body read up to {kept:,} of its {read:,} "
                             f"characters of text (no article runs past "
                             f"{MAX_ARTICLE_CHARS:,})")
    keep_locale(lang, language, evidence)
    if not headline:  # NewsML-G2 2.x: itemMeta/title, "a short natural-language name"
        headline = _in_language(root.findall("{*}itemMeta/{*}title"), lang)
        if headline:
            evidence["title"] = "itemMeta/title (the item has no headline)"
    g2_notes(root, evidence)
    credit = text_of(nodes.get("creditline"))
    if credit and "credit" not in evidence:
        evidence["credit"] = credit[:200]  # "AFP", "Belga": the agency credited
    status = root.find("{*}itemMeta/{*}pubStatus")
    pub_status(evidence, (status.get("qcode") or status.get("uri")) if status is not None
               else "")
    published_field = _field(nodes, "firstCreated", "contentCreated", "versionCreated")
    _naive_said(evidence, zone_how, published_field)
    updated_field = _field(nodes, "versionCreated")
    times = _dated(evidence, fetched_at, text_of(nodes.get("embargoed")), zone,
                   published=published_field, updated=updated_field)
    return _with_dateline(Content(
        title=headline, lead=_g2_description(root, lang),
        paragraphs=paragraphs, authors=_people([c for c in creators if c], evidence),
        published=times["published"], updated=times["updated"],
        published_precision=_precision(times["published"], published_field),
        updated_precision=_precision(times["updated"], updated_field),
        language=language,
        site_name=_provider(provider),
        extractor="newsml-g2", guid=guid,
        version=wire_number(root.get("version"), "version", evidence) or 0,
        subjects=[s for s in subjects if s],
        urgency=wire_number(text_of(nodes.get("urgency")), "urgency", evidence),
        evidence=evidence), zone, fetched_at)


def _with_dateline(content: Content, zone: tzinfo, fetched_at: datetime | None) -> Content:
    """``content`` read for the dateline opening its body ("MADRID, 1 dic (EFE).- ",
    "SEATTLE (AP) — ", "新华社北京12月1日电（记者王伟）": :func:`~veille.extract.datelines.
    opening_of`), as pages and captures are: with no description, the lead is the first
    paragraph without it; its agency is the credit when the item credits none, its
    reporters the authors when the item names none. ``content`` itself, changed."""
    first = content.paragraphs[0] if content.paragraphs else ""
    found = opening_of(first, zone=zone, now=fetched_at or datetime.now(UTC)) if first else None
    if not content.lead:
        rest = first[found.end:].strip() if found is not None else ""
        content.lead = rest or first
    if found is not None and found.credit and "credit" not in content.evidence:
        content.evidence["credit"] = found.credit
    if found is not None and found.authors and not content.authors:
        content.authors = list(found.authors)
        content.evidence["authors"] = "the agency's dateline opening the text"
    return content


def _g2_body(nodes: dict[str, Any], origin: str, dropped: Dropped) -> list[str]:
    """A NewsML-G2 item's paragraphs: its ``inlineXML`` (XHTML or NITF), else its
    ``inlineData`` (plain text, the element NewsML-G2 gives non-XML content: text-only
    wires send paragraphs parted by blank lines). Raises :class:`ExtractionError` when the
    text is only referenced (``remoteContent``), which veille does not fetch: the message
    names where it is. What the sieve leaves out goes to ``dropped``."""
    body = nodes.get("inlineXML")
    if body is not None:
        return sieved_paragraphs(body, dropped)
    data = nodes.get("inlineData")
    if data is not None:
        text = "".join(data.itertext())
        return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)
                if block.strip()]
    remote = nodes.get("remoteContent")
    if remote is not None:
        where = safe_url(remote.get("href")) or remote.get("href", "")[:200]
        raise ExtractionError(f"the item's text is not in the file: it is referenced at "
                              f"{where or 'a remote address'} (remoteContent)",
                              origin=origin, reason="remote-content",
                              hint="veille does not fetch a wire item's remote content; "
                                   "ingest the text file it names, or ask the provider "
                                   "for items with inline content")
    return []


#: What a withdrawn item's status means (IPTC NewsCodes "Publishing Status", ``stat:``):
#: kept in ``evidence.pub_status``; ``usable`` says nothing.
PUB_STATUS = {"canceled": "canceled: the provider withdrew the item, not to be used any more",
              "withheld": "withheld: not to be used until further notice from the provider"}


def pub_status(evidence: dict[str, str], code: object) -> None:
    """Keep a wire item's publishing status in ``evidence["pub_status"]`` when it is not
    usable (NewsML-G2 ``itemMeta/pubStatus`` qcode ``stat:canceled``, ninjs ``pubstatus``
    "canceled"): a kill or a hold must never read as news (newuser12 W1, W3)."""
    value = _code(str(code or ""))
    value = "canceled" if value == "cancelled" else value
    if value in PUB_STATUS:
        evidence["pub_status"] = PUB_STATUS[value]


def withdrawn(evidence: dict[str, Any] | None) -> str:
    """``canceled`` or ``withheld`` when an article's latest wire version says so, else ""."""
    status = str((evidence or {}).get("pub_status") or "")
    return status.split(":")[0] if status.split(":")[0] in PUB_STATUS else ""


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang_of(node: etree._Element) -> str:
    """The ``xml:lang`` in force on ``node`` (its own, else its nearest ancestor's), lower
    case primary subtag ("fr" for ``fr-BE``); "" when none is declared."""
    here: etree._Element | None = node
    while here is not None:
        tag = str(here.get(XML_LANG) or "")
        if tag:
            return tag.strip().lower().replace("_", "-").split("-")[0]
        here = here.getparent()
    return ""


def _in_language(nodes: list[etree._Element], lang: str) -> str:
    """The text of the node of ``nodes`` written in the item's language ``lang`` (a BCP 47
    tag, matched by its primary subtag: NewsML-G2 repeats a name, a headline or a
    description once per ``xml:lang``), else the first whose language is the item's
    default (no ``xml:lang`` of its own), else the first; "" when there is none."""
    want = lang.strip().lower().replace("_", "-").split("-")[0]
    texts = [(n, text_of(n)) for n in nodes]
    texts = [(n, t) for n, t in texts if t]
    if not texts:
        return ""
    return next((t for n, t in texts if want and _lang_of(n) == want),
                next((t for n, t in texts if not n.get(XML_LANG)), texts[0][1]))


def _named(concept: etree._Element, lang: str) -> str:
    """A concept's name (a ``subject``'s, a ``located``'s) in the item's language
    (:func:`_in_language`): a French item's ``<name xml:lang="en">Lyons</name><name
    xml:lang="fr">Lyon</name>`` is "Lyon" (newuser16b C1: the first name won)."""
    return _in_language(concept.findall("{*}name"), lang)


def _role_code(node: etree._Element) -> str:
    """A node's ``role`` qcode's code, lower case ("drol:caption" → "caption")."""
    return _code(node.get("role") or "") if (node.get("role") or "").strip() else ""


def _main_headline(root: etree._Element, lang: str = "") -> str:
    """The item's headline: of several ``contentMeta/headline`` elements, those whose
    ``role`` is the main one (IPTC headline roles, ``hld:main``; a role ending in
    ``main``), else those without a role, else all (``hld:short`` and ``hld:sub`` are a
    short form and a subheading, not the headline); of these, the one in the item's
    language (:func:`_in_language`)."""
    found = [h for h in root.iter("{*}headline")
             if h.getparent() is not None and local(h.getparent().tag) == "contentMeta"] \
        or list(root.iter("{*}headline"))
    roles = [_role_code(h) for h in found]
    chosen = [h for h, r in zip(found, roles, strict=True) if r == "main"] \
        or [h for h, r in zip(found, roles, strict=True) if not r] or found
    return _in_language(chosen, lang)


#: ``description`` roles that are the item's lead (IPTC Description Role NewsCodes,
#: ``drol:``, cv.iptc.org/newscodes/descriptionrole: "summary", the abstract; some
#: providers write "abstract" or "teaser"). A description with another role
#: (``drol:caption``, "a caption for a visual"; ``drol:alternative``; ``drol:cityline``…)
#: is never the lead.
LEAD_ROLES = ("summary", "abstract", "teaser", "lead", "standfirst")


def _g2_description(root: etree._Element, lang: str) -> str:
    """A NewsML-G2 item's lead: its ``contentMeta/description`` whose role is a summary
    (:data:`LEAD_ROLES`, in that order), else one without a role, in the item's language
    (:func:`_in_language`); "" when there is none (the lead is then the first paragraph).
    newuser16b C1: the first description won, a photo caption became the lead."""
    found = [d for d in root.iter("{*}description")
             if d.getparent() is not None and local(d.getparent().tag) == "contentMeta"]
    roles = [_role_code(d) for d in found]
    for role in LEAD_ROLES:
        chosen = [d for d, r in zip(found, roles, strict=True) if r == role]
        if chosen:
            return _in_language(chosen, lang)
    return _in_language([d for d, r in zip(found, roles, strict=True) if not r], lang)


#: Most characters of an editorial note kept in ``evidence["ed_note"]``.
MAX_ED_NOTE = 500


def keep_ed_note(evidence: dict[str, str], note: str, *, correction: bool = False) -> None:
    """Keep a wire item's note to editors (NewsML-G2 ``edNote``, ninjs ``ednote``: "what
    was corrected", "embargo lifted", on one line, at most :data:`MAX_ED_NOTE`
    characters) in ``evidence["ed_note"]``, and mark a correction (NewsML-G2 ``signal``
    ``sig:correction``; a note that says it corrects) as ``evidence["disclosure"]``
    ``corrected``, the word docs/record.md gives correction notes of pages (newuser16b C9:
    both were dropped, a correction said nothing of what it corrected)."""
    text = " ".join(note.split())
    if text:
        earlier = evidence.get("ed_note")
        text = f"{earlier}; {text}" if earlier else text
        evidence["ed_note"] = text[:MAX_ED_NOTE] + ("…" if len(text) > MAX_ED_NOTE else "")
    if correction:
        notes = [n for n in evidence.get("disclosure", "").split(", ") if n]
        if "corrected" not in notes:
            evidence["disclosure"] = ", ".join([*notes, "corrected"])


def g2_notes(root: etree._Element, evidence: dict[str, str]) -> None:
    """A NewsML-G2 item's ``itemMeta/edNote`` elements and its ``sig:correction`` signal
    (IPTC Signal NewsCodes, ``signal`` qcode or URI ending in ``correction``), kept by
    :func:`keep_ed_note`."""
    meta = root.find("{*}itemMeta")
    if meta is None:
        return
    correction = any(_code(s.get("qcode") or s.get("uri") or "") == "correction"
                     for s in meta.findall("{*}signal"))
    note = "; ".join(t for t in (text_of(n) for n in meta.findall("{*}edNote")) if t)
    if note or correction:
        keep_ed_note(evidence, note, correction=correction)


def _field_of(doc: dict[str, Any], name: str) -> Any:
    """``doc[name]`` whatever the case of the key: ninjs 1.x and 2.x write their keys in
    lower case (``contenttype``, ``versioncreated``), ninjs 3.x in camel case
    (``contentType``, ``versionCreated``)."""
    if name in doc:
        return doc[name]
    return next((value for key, value in doc.items()
                 if isinstance(key, str) and key.lower() == name.lower()), None)


def _ninjs_text(doc: dict[str, Any], singular: str, plural: str,
                roles: tuple[str, ...] = ("main", "text", "html"), *, lead: bool = False) -> str:
    """A ninjs text field: ``singular`` when it is a string (1.x ``headline``), else the
    ``value`` of the ``plural`` entry (2.x/3.x ``headlines``) whose ``role`` is the first
    of ``roles`` found (an entry without a role counts as ``main``), else the first entry;
    with ``lead``, an entry whose role is no lead role (a ``caption``) is never taken
    (newuser16b C1: a picture's caption became the lead)."""
    if isinstance(doc.get(singular), str):
        return str(doc[singular])
    values = doc.get(plural)
    if isinstance(values, str):  # a list written as its one value: read, not dropped
        return values
    entries = [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []
    for role in roles:
        for value in entries:
            if _code(str(value.get("role") or "main")) == role:
                return str(value.get("value", ""))
    if entries and not lead:
        return str(entries[0].get("value", ""))
    return ""


def _text_paragraphs(text: str) -> list[str]:
    return [p for p in (" ".join(b.split()) for b in text.split("\n")) if p]


#: ``bodies`` roles that name the article's text (ninjs 2.x/3.x leave roles to the
#: provider; a body without a role is the body, as the schema's "simple body" says).
_MAIN_ROLES = frozenset({"", "main", "body", "text", "html", "full"})


def _ninjs_body_entry(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The ``bodies`` entry that is the article: the first with a main role and a string
    ``value``, else the first with a string ``value``."""
    bodies = doc.get("bodies")
    entries = [b for b in bodies if isinstance(b, dict) and isinstance(b.get("value"), str)
               ] if isinstance(bodies, list) else []
    return next((b for b in entries if str(b.get("role") or "").strip().lower()
                 in _MAIN_ROLES), entries[0] if entries else None)


def _ninjs_body(doc: dict[str, Any], dropped: Dropped | None = None) -> list[str]:
    """A ninjs body as paragraphs. ninjs 1.x ``body_html``/``body_xhtml`` and a 2.x/3.x
    ``bodies`` entry whose ``contenttype``/``contentType`` is an HTML, XHTML or XML
    (NITF) media type are read as HTML and sieved as a page's article is
    (:func:`veille.extract.html.fragment_body.sieved_html`),
    as is an entry with no media type whose value is markup
    (:func:`~veille.extract.html.fragment.looks_like_html`); ``body_text`` and a
    ``text/plain`` body give one paragraph per line. What the sieve leaves out goes to
    ``dropped`` when given."""
    for key in ("body_html", "body_xhtml", "body_nitf"):  # AP's ninjs: NITF markup
        if isinstance(doc.get(key), str):
            return sieved_html(doc[key], dropped)
    if isinstance(doc.get("body_text"), str):
        return _text_paragraphs(doc["body_text"])
    body = _ninjs_body_entry(doc)
    if body is None:
        return []
    value = str(body["value"])
    media = str(_field_of(body, "contenttype") or "").strip().lower()
    if ("html" in media or "xml" in media or str(body.get("role")) == "html"
            or (not media and looks_like_html(value))):
        return sieved_html(value, dropped)
    return _text_paragraphs(value)


#: Byline roles that name no author of the text: a ninjs item's photographer, camera or
#: graphics credit is kept off ``authors`` (IPTC NewsCodes "creator role" covers these).
_NOT_WRITERS = ("photo", "video", "camera", "graphic", "illustrat", "editor")
_CREDIT_BYLINE = re.compile(r"(?i)\s*(?:photos?|vid[eé]o|graphics?|infographie|"
                            r"illustration)s?\s*(?:by\b|par\b|:)")
"""A byline that credits a picture, video or graphic: "Photo by X", "Photo : X"."""
#: At most this many byline values are read from one item.
MAX_BYLINES = 20


def _byline_values(value: Any, depth: int = 0) -> list[str]:
    """Byline strings from any ninjs byline shape: a string (1.x ``byline``, 2.x/3.x
    ``by``), an object (``{"byline": …, "role": …}``, ``{"name": …}``, ``{"by": …}``,
    ``{"value": …}``, ``{"literal": …}``) or a list of these; an object whose ``role``
    names a photographer, camera or graphics is skipped."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict) and depth < 3:
        # AP's ninjs writes the role in "parametric" ("PHOTOGRAPHER"); a byline that
        # says so itself ("Photo by …", "Photo : …") is no writer's either.
        role = " ".join(str(value.get(key) or "") for key in ("role", "rel", "parametric")
                        ).lower()
        if any(word in role for word in _NOT_WRITERS) or _CREDIT_BYLINE.match(
                str(value.get("by") or value.get("byline") or "")):
            return []
        for key in ("byline", "by", "name", "value", "literal"):
            found = _byline_values(value.get(key), depth + 1)
            if found:
                return found
        return []
    if isinstance(value, list) and depth < 3:
        return [v for item in value[:MAX_BYLINES] for v in _byline_values(item, depth + 1)]
    return []


def _ninjs_bylines(doc: dict[str, Any]) -> list[str]:
    """Every byline of a ninjs item, in the order ``by``, ``byline``, ``bylines`` (1.x
    ``byline``; 2.x/3.x ``by``; the ``bylines`` array agencies such as AP send), each
    once, at most :data:`MAX_BYLINES`."""
    found: list[str] = []
    for key in ("by", "byline", "bylines"):
        for value in _byline_values(_field_of(doc, key)):
            if value.strip() not in found:
                found.append(value.strip())
    return found[:MAX_BYLINES]


def extract_ninjs(data: bytes, *, origin: str, fetched_at: datetime | None = None) -> Content:
    """One ninjs document (versions 1.x to 3.x: ``headline``/``headlines``,
    ``body_*``/``bodies`` (:func:`_ninjs_body`), ``subject``/``subjects``, the bylines of
    :func:`_ninjs_bylines` read by the shared byline rules, agencies credited).
    ``fetched_at`` bounds its times (:func:`_dated`)."""
    try:
        doc = json.loads(data)
    except RecursionError:
        raise too_deep("ninjs JSON", origin=origin) from None
    except ValueError as exc:
        raise InputError(f"broken ninjs JSON ({exc})", origin=origin, reason="bad-json",
                         hint="fix the file") from None
    if not isinstance(doc, dict):
        raise ExtractionError("ninjs document is not an object", origin=origin,
                              reason="bad-ninjs", hint="one ninjs item per document")
    subjects = doc.get("subjects") or doc.get("subject") or []
    subjects = subjects if isinstance(subjects, list) else []
    names = [str(s.get("name") or s.get("code") or s.get("uri") or "")
             for s in subjects if isinstance(s, dict)]
    guid = str(doc.get("uri") or doc.get("guid") or "")
    left_out: Dropped = []
    paragraphs = _ninjs_body(doc, left_out)
    associated = None if paragraphs else _associated_text(doc)
    if associated is not None:  # a composite whose text is one of its associations
        paragraphs = _ninjs_body(associated, left_out)
    tag = declared_tag(doc.get("language") or (associated or {}).get("language"))
    language = language_of_tag(tag) or detect_language(" ".join(paragraphs))
    tag = tag_or_code(tag, language)
    zone, zone_how = naive_zone("", tag or language, "\n".join(
        [_ninjs_text(doc, "headline", "headlines"), *paragraphs]))
    evidence = {"format": "ninjs"}
    record_dropped(left_out, evidence)
    keep_locale(tag, language, evidence)
    pub_status(evidence, _field_of(doc, "pubstatus"))
    if associated is not None:
        evidence["body"] = "the text item of its associations (a composite)"
    note = _field_of(doc, "ednote")
    if isinstance(note, str) and note.strip():
        keep_ed_note(evidence, note)
    given = {key: f"{key}={doc[key]}" for key in ("firstcreated", "firstCreated",
                                                  "versioncreated", "versionCreated")
             if isinstance(doc.get(key), str) and doc[key].strip()}
    for key in ("firstcreated", "firstCreated", "versioncreated", "versionCreated"):
        if doc.get(key) not in (None, "") and not isinstance(doc.get(key), str):
            unread_wire_date(evidence, doc[key], key)  # a number, a list: no date
    published_field = next(iter(given.values()), "")
    _naive_said(evidence, zone_how, published_field)
    updated_field = given.get("versioncreated") or given.get("versionCreated") or ""
    times = _dated(evidence, fetched_at, str(doc.get("embargoed") or ""), zone,
                   published=published_field, updated=updated_field)
    return _with_dateline(Content(
        title=_ninjs_text(doc, "headline", "headlines"),
        lead=_ninjs_text(doc, "description_text", "descriptions",
                         ("main", "text", "html", *LEAD_ROLES), lead=True)[:2000],
        paragraphs=paragraphs, authors=_people(_ninjs_bylines(doc), evidence),
        published=times["published"], updated=times["updated"],
        published_precision=_precision(times["published"], published_field),
        updated_precision=_precision(times["updated"], updated_field),
        language=language,
        site_name=str(doc.get("copyrightholder") or doc.get("copyrightHolder") or ""),
        url=_ninjs_page(doc), extractor="ninjs", guid=guid,
        version=wire_number(doc.get("version"), "version", evidence) or 0,
        subjects=[n for n in names if n],
        urgency=wire_number(doc.get("urgency"), "urgency", evidence),
        evidence=evidence), zone, fetched_at)


#: How deep associations are searched for a composite's text (an association may be a
#: composite itself); the associations looked at, at most.
MAX_ASSOCIATION_DEPTH = 3
MAX_ASSOCIATIONS = 100


def _associations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """A ninjs item's associated items, in order: ninjs 1.x ``associations`` is an object
    of named items, 2.x/3.x an array of items (each with its ``name``)."""
    found = _field_of(doc, "associations")
    values = list(found.values()) if isinstance(found, dict) else \
        found if isinstance(found, list) else []
    return [v for v in values[:MAX_ASSOCIATIONS] if isinstance(v, dict)]


def _associated_text(doc: dict[str, Any], depth: int = 0) -> dict[str, Any] | None:
    """The associated item that holds a ninjs composite's text (ninjs 1.x-3.x: a
    ``composite`` packs its text and pictures as ``associations``): the first association
    of ``type`` text (or with no type) that has a body, searched depth first in nested
    composites; None when there is none."""
    if depth >= MAX_ASSOCIATION_DEPTH:
        return None
    for item in _associations(doc):
        kind = str(item.get("type") or "").strip().lower()
        if is_text_class(kind) and kind != "composite" and _ninjs_body(item):
            return item
        if kind == "composite":
            inner = _associated_text(item, depth + 1)
            if inner is not None:
                return inner
    return None


#: ``links`` relations that point at the item's web page (ninjs 2.x/3.x; IANA link
#: relations).
_PAGE_RELATIONS = frozenset({"canonical", "alternate", "related-page", "irel:seeAlso"})


def _ninjs_page(doc: dict[str, Any]) -> str | None:
    """The item's web page from ninjs ``links`` (an entry with a page relation or an HTML
    media type), or None. The ``uri`` is the item's identifier (IPTC ninjs: "the
    identifier for this ninjs object"), kept as the guid, never taken for its page."""
    links = doc.get("links")
    for link in links if isinstance(links, list) else []:
        if not isinstance(link, dict):
            continue
        mimetype = str(link.get("mimetype") or link.get("contenttype") or "")
        if str(link.get("rel", "")) in _PAGE_RELATIONS or "html" in mimetype:
            page = safe_url(link.get("href"))
            if page:
                return page
    return None


#: Item classes that carry an article's text: IPTC NewsItem Nature codes (``ninat:``,
#: cv.iptc.org/newscodes/ninature) ``text`` and ``composite`` (a text with its pictures),
#: and ninjs ``type`` ``text`` / ``composite``; "" is an item that says nothing, read as
#: text. ``picture``, ``graphic``, ``video``, ``audio``, ``animated`` and ``interactive``
#: items carry no prose and are skipped, not failed.
TEXT_CLASSES = frozenset({"", "text", "composite", "ninat:text", "ninat:composite"})


def is_text_class(kind: str) -> bool:
    """Whether an item class names a text item, by its code whatever the scheme alias a
    provider declares for the IPTC NewsItem Nature scheme (Reuters writes ``icls:text``,
    others ``ninat:text``; a QCode is "alias:code", NewsML-G2 2.29 § 6.4)."""
    return kind in TEXT_CLASSES or _code(kind) in ("text", "composite")


def _code(qcode_or_uri: str) -> str:
    """A concept's code, lower case: after the scheme alias of a QCode ("stat:canceled")
    or the last segment of its URI ("http://cv.iptc.org/newscodes/pubstatus/canceled"):
    NewsML-G2 lets either name a concept (its ``qcode`` or ``uri`` attribute)."""
    return re.split(r"[:/#]", qcode_or_uri.strip().lower().rstrip("/"))[-1]


def _item_class(item: etree._Element) -> str:
    """A NewsML-G2 item's ``itemMeta/itemClass`` qcode (or URI), lower case ("" when
    none)."""
    node = item.find("{*}itemMeta/{*}itemClass")
    if node is None:
        return ""
    return (node.get("qcode") or node.get("uri") or "").strip().lower()


def ninjs_class(data: bytes) -> str:
    """A ninjs document's ``type`` (ninjs 1.x-3.x: "text", "picture", "video"...), lower
    case; "" when it has none or is not a JSON object (extraction then says why)."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return ""
    kind = doc.get("type") if isinstance(doc, dict) else None
    return kind.strip().lower() if isinstance(kind, str) else ""


#: The NewsML-G2 items that are no news item, by root element (NewsML-G2 2.29 § 2: the
#: "G2 items"), each with the words the ingest summary counts it under: a package lists
#: other items, a concept or knowledge item describes concepts (people, places, a
#: vocabulary), a planning item announces coverage. None carries an article's text.
OTHER_ITEMS = {"packageItem": "package item", "conceptItem": "concept item",
               "knowledgeItem": "knowledge item", "planningItem": "planning item"}

G2_ITEMS = ("newsItem", *OTHER_ITEMS)
"""The root elements of every G2 item, the news item first."""


def _single_item(data: bytes, *, origin: str, prepared: bool = False) -> tuple[str, str]:
    """The root element's local name of a NewsML-G2 file and, for an item, its item class
    (:func:`_item_class`), read incrementally: each element is emptied once read, so a
    single item of any size is checked (the whole document parsed, as strictly as
    :func:`~veille.collect.safexml.parse_xml` parses) without building its tree. A
    ``newsMessage`` stops the reading at its root (:func:`_message_items` splits it).
    ``prepared``: ``data`` is :func:`~veille.collect.safexml.prepare_xml`'s output.
    Raises :class:`InputError` as :func:`~veille.collect.safexml.parse_xml` does."""
    name = kind = ""
    root: etree._Element | None = None
    in_meta = read_meta = False  # inside the item's (first) itemMeta; past it
    for event, element in iter_elements(data, origin=origin, strict=True,
                                        prepared=prepared):
        if root is None:
            root, name = element, local(element.tag)
            if name == "newsMessage":
                return name, ""
            continue
        parent = element.getparent()
        at_meta = parent is root and not read_meta and local(element.tag) == "itemMeta"
        if event == "start":
            in_meta = in_meta or at_meta
            continue
        if at_meta:
            kind, in_meta, read_meta = _item_class(root), False, True
        if parent is not None and not in_meta:
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del parent[0]
    if root is None:
        raise InputError("empty XML document", origin=origin, reason="bad-xml",
                         hint="the document holds no element")
    return name, kind


def split_newsml(data: bytes, *, origin: str) -> tuple[list[tuple[str, bytes, str]], str]:
    """The items of a NewsML-G2 file (itself, or each item of a ``newsMessage``, in
    document order), each with its item class (:func:`_item_class`) when it is a
    ``newsItem``, else with the element's name (``packageItem``, ``conceptItem``,
    ``knowledgeItem``, ``planningItem``: :data:`OTHER_ITEMS`), so that every item of the
    input is counted (newuser12 W14); and the envelope's ``header/sent`` date (ISO 8601,
    empty when there is none), which dates an item that carries no date of its own."""
    prepared = prepare_xml(data, origin=origin)
    name, kind = _single_item(prepared, origin=origin, prepared=True)
    if name != "newsMessage":
        return [(origin, data, name if name in OTHER_ITEMS else kind)], ""
    return _message_items(prepared, origin=origin)


def _serialised(item: etree._Element, order: int) -> tuple[int, bytes, str]:
    """(``order``, the item as bytes, its class: :func:`split_newsml`'s)."""
    kind = local(item.tag)
    return (order, etree.tostring(item, encoding="utf-8", xml_declaration=True),
            kind if kind in OTHER_ITEMS else _item_class(item))


def _child_of_root(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.getparent() is None


def _message_items(data: bytes, *, origin: str
                   ) -> tuple[list[tuple[str, bytes, str]], str]:
    """:func:`split_newsml` of a ``newsMessage`` (``data``: :func:`~veille.collect.
    safexml.prepare_xml`'s output), read incrementally: each item is
    serialised (with its tail, as :func:`lxml.etree.tostring` writes an element) once the
    next event shows its tail read, then taken out of the tree, so the message's tree never
    holds more than one item (and the items nested in it, kept for it); numbered in
    document order, an item before the items it holds."""
    found: list[tuple[int, bytes, str]] = []
    opened: dict[etree._Element, int] = {}  # an open or pending item -> its order
    starts = 0
    pending: list[tuple[etree._Element, bool]] = []  # ended items, whether outermost
    sent: datetime | None = None
    header_read = False
    names = tuple(f"{{*}}{name}" for name in (*G2_ITEMS, "header"))
    for event, element in iter_elements(data, origin=origin, strict=True, tags=names,
                                        prepared=True):
        for item, outermost in pending:  # their tails are read: serialise them
            found.append(_serialised(item, opened.pop(item)))
            parent = item.getparent()
            if outermost and parent is not None:
                parent.remove(item)
        pending.clear()
        name = local(element.tag)
        if name in G2_ITEMS:
            if event == "start":
                opened[element], starts = starts, starts + 1
            else:
                pending.append((element, not any(
                    local(a.tag) in G2_ITEMS for a in element.iterancestors())))
        elif event == "end" and not header_read and _child_of_root(element):
            node = element.find("{*}sent")
            if node is not None:  # as ``root.find("{*}header/{*}sent")`` reads it
                sent, header_read = _when(text_of(node)), True
    # the last items, whose tails the root's end closed
    found.extend(_serialised(item, opened.pop(item)) for item, _ in pending)
    found.sort(key=lambda entry: entry[0])
    return ([(f"{origin}#{n}", item, kind) for n, (_, item, kind) in enumerate(found, start=1)],
            sent.isoformat() if sent else "")
