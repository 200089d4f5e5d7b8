"""Articles given as JSON records (one line of a JSON Lines file).

Field names vary between exporters, so each field accepts its common spellings:
``text``/``body``/``content``/``paragraphs``, ``published``/``date``/``datePublished``,
``authors``/``author``, and so on (the full list: docs/collect.md, "JSON records"). HTML
in a record (an ``html``/``body_html`` field, or a ``text`` or ``title`` that is markup:
:func:`veille.extract.html.fragment.looks_like_html`) is read by the HTML rules. Unknown
fields are ignored here; the raw line stays in the store, so nothing is lost.
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import Any

from veille.collect.urls import safe_url
from veille.errors import ExtractionError, InputError
from veille.extract.bylines import people_and_credits, plain_name
from veille.extract.datelines import opening_dateline, without_opening
from veille.extract.dates import FoundDate, before_fetch, publication, unix_time
from veille.extract.disclosures import disclosed, with_headline
from veille.extract.encoding import decode_bytes
from veille.extract.html.fragment import html_paragraphs, html_text, looks_like_html
from veille.extract.html.fragment_body import Dropped, record_dropped, sieved_html
from veille.extract.json_bound import MAX_RECORD_BYTES, bounded_json_text
from veille.extract.jsondepth import too_deep
from veille.extract.language import (
    declared_tag,
    detect_language,
    language_of_tag,
    tag_or_code,
)
from veille.extract.place_zones import zone_or_places
from veille.extract.timezones import keep_locale, page_zone
from veille.record import DAY, TIME, Content, utcnow

MAX_PARAGRAPHS = 2000
"""Paragraphs a record's body keeps (the first ones); a longer body is cut there and the
cut said in ``evidence["input"]`` (:func:`paragraphs_cut`; t-enrich23 E20: it was silent)."""


def paragraphs_cut(paragraphs: list[str], evidence: dict[str, str]) -> list[str]:
    """The first :data:`MAX_PARAGRAPHS` of ``paragraphs``; a cut is said in ``evidence``'s
    ``"input"`` entry (one line: what was kept of how many, and why)."""
    if len(paragraphs) <= MAX_PARAGRAPHS:
        return paragraphs
    note = (f"record body cut at {MAX_PARAGRAPHS:,} of {len(paragraphs):,} paragraphs "
            f"(no record keeps more than {MAX_PARAGRAPHS:,})")
    earlier = evidence.get("input")
    evidence["input"] = f"{earlier}; {note}" if earlier else note
    return paragraphs[:MAX_PARAGRAPHS]


def _first(record: dict[str, Any], *keys: str) -> Any:
    return _first_field(record, *keys)[1]


def _first_field(record: dict[str, Any], *keys: str) -> tuple[str, Any]:
    """The first of ``keys`` that ``record`` fills, with its value (``("", None)``: none)."""
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return key, value
    return "", None


#: The evidence key naming each date field of a record that was not used, one line each
#: joined by "; " (``field "date" '2026-02-30T10:00:00+01:00': no date veille reads``): the
#: ingest summary prints it as a note (t-final25 S16: such dates were dropped silently).
DATES_UNUSED = "dates_unused"


def _as_text_list(value: Any) -> list[str]:
    """A text field as paragraphs: a list is one paragraph per item; a string is split on
    blank lines (else on line breaks), or read as HTML when it is markup
    (:func:`~veille.extract.html.fragment.looks_like_html`: ``<p>…</p><p>…</p>``, while
    "a < b" or "<3" stay text)."""
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, str):
        if looks_like_html(value):
            return html_paragraphs(value)
        blocks = value.split("\n\n") if "\n\n" in value else value.split("\n")
        return [" ".join(b.split()) for b in blocks if b.strip()]
    return []


#: Fields that hold the body as HTML, read by the HTML rules whatever they look like.
HTML_FIELDS = ("html", "body_html", "content_html", "bodyHtml")
#: Fields that hold the body as text (or as markup, sniffed), in the order they are tried.
TEXT_FIELDS = ("paragraphs", "text", "body", "content", "articleBody", "maintext")


def _body(record: dict[str, Any], dropped: Dropped) -> list[str]:
    """The record's paragraphs: a ``paragraphs`` list first, then an HTML field
    (:data:`HTML_FIELDS`, sieved as a wire item's HTML body is:
    :func:`~veille.extract.html.fragment_body.sieved_html`, what it leaves out going to
    ``dropped``; r-extract54: a record's share line and newsletter prompt stayed in its
    text), then the first text field (:data:`TEXT_FIELDS`)."""
    if isinstance(record.get("paragraphs"), list) and record["paragraphs"]:
        return _as_text_list(record["paragraphs"])
    markup = _first(record, *HTML_FIELDS)
    if isinstance(markup, str) and markup.strip():
        found = sieved_html(markup, dropped)
        if found:
            return found
    return _as_text_list(_first(record, *TEXT_FIELDS))


def _line_text(value: Any) -> str:
    """A one-line field (title, lead) as text: markup ("Budget : <b>le Sénat</b>") is
    read as HTML, its tags dropped and entities decoded."""
    text = str(value or "").strip()
    return html_text(text) if looks_like_html(text) else text


def _author_values(value: Any) -> list[str]:
    """A record's author field as written: a string, a list of names or of objects with a
    ``name``, or one such object."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        names = []
        for item in value:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
        return names
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return [value["name"]]
    return []


def _authors(value: Any, site: str, evidence: dict[str, str]) -> list[str]:
    """A record's authors read as an HTML page's author fields are
    (:func:`veille.extract.bylines.people_and_credits`): "Jean Dupont et Marie Curie" is
    two people, "Le Monde avec AFP" no one with AFP credited (``evidence["credit"]``), a
    name in capitals gets its case back; ";" separates names as "," does."""
    # markup read first (:func:`plain_name`): the ";" of "&lt;b&gt;" separates no names
    names = [n.strip() for v in _author_values(value) for n in plain_name(v).split(";")
             if n.strip()]
    people, credits = people_and_credits(names, site)
    if credits:
        evidence["credit"] = ", ".join(credits)
    return people


def _record_date(field: tuple[str, Any], zone: tzinfo, key: str, evidence: dict[str, str],
                 fetched_at: datetime | None) -> FoundDate | None:
    """A record's date field: a date as text (read as every printed date is, a time with no
    zone in the language's zone, whatever its spelling: docs/record.md), or a Unix time in
    seconds or milliseconds (:func:`veille.extract.dates.unix_time`). A value that is no
    date veille reads, or one after the fetch time, is named in ``evidence``, under ``key``
    and under :data:`DATES_UNUSED` with the record's own field name (``field``: its name
    and value)."""
    name, value = field
    if value in (None, "", []):
        return None
    stamp = unix_time(value)
    found: FoundDate | None
    if stamp is not None:
        found = FoundDate(stamp, 0, 0, False, True, True)
    elif isinstance(value, str):
        found = publication(value, default_zone=zone)
    else:
        found = None
    if found is None:
        evidence[key] = f"record {key} {str(value)[:80]!r} is no date veille reads; not used"
        _unused(evidence, name, value, "no date veille reads (an impossible day, or a form "
                "it does not know)")
        return None
    if before_fetch(found.value, fetched_at, where=f"record {key}", evidence=evidence,
                    zone_given=found.zone_given) is None:
        evidence[key] = f"record {key} is after the fetch time; not used"
        _unused(evidence, name, value, "after the time it was read (a date to come)")
        return None
    return found


def _unused(evidence: dict[str, str], name: str, value: Any, why: str) -> None:
    line = f"field {name!r} {str(value)[:80]!r}: {why}"
    earlier = evidence.get(DATES_UNUSED)
    evidence[DATES_UNUSED] = f"{earlier}; {line}" if earlier else line


#: The paragraphs of a record's text searched for a dateline: the first, or the second
#: after an intro or standfirst (Wikinews: the summary, then "21 septembre 2012, France.
#: - ..."). Not further: a later paragraph's dateline is a background's ("Rappel des
#: faits. / 14 juillet 2016, Nice. - ...", verify13 V4).
DATELINE_PARAGRAPHS = 2


def _text_dateline(paragraphs: list[str], zone: tzinfo, evidence: dict[str, str],
                   fetched_at: datetime | None) -> FoundDate | None:
    """The date of a dateline opening one of a record's first paragraphs, when the record
    gives no date field: its text says when it was written, as a page's dateline does
    (``extract/datelines.py``; the demo's Wikinews record "21 septembre 2012, France. -
    Selon une étude..." was "date unknown"). Only a date with its year counts: a record
    may be an archive read years later, and a year-less date would be resolved against the
    reading time. A date after the fetch time is not used (:func:`before_fetch`)."""
    now = fetched_at or utcnow()
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        dateline = opening_dateline(paragraph, zone=zone, now=now)
        if dateline is None or dateline.found.year_inferred or dateline.found.relative:
            continue
        found = dateline.found
        if before_fetch(found.value, fetched_at, where="the text's dateline",
                        evidence=evidence, zone_given=found.zone_given) is None:
            return None
        evidence["published"] = "dateline of the record's text (no date field)"
        return found
    return None


def parse_record_line(line: bytes | str, *, origin: str = "") -> dict[str, Any]:
    """Parse one JSON Lines line into a dict, or raise a one-line :class:`InputError`
    (:func:`read_record_line` without its note)."""
    return read_record_line(line, origin=origin)[0]


def read_record_line(line: bytes | str, *, origin: str = "") -> tuple[dict[str, Any], str]:
    """Parse one JSON Lines line into a dict, or raise a one-line :class:`InputError`; with
    what was cut of it before parsing, for ``evidence["input"]`` ("" when nothing was).

    Bytes are decoded like any text input (BOM, cp1252 or latin-1 given as UTF-8, mojibake),
    so a JSON Lines file written in a legacy code page reads as well as a UTF-8 one. A line
    over :data:`~veille.extract.json_bound.MAX_RECORD_BYTES` has its texts cut to the
    article bound first (:func:`~veille.extract.json_bound.bounded_json_text`: its parse
    then costs what a bounded article's does).
    """
    long_line = len(line) > MAX_RECORD_BYTES
    if isinstance(line, bytes):
        line = decode_bytes(line, origin=origin).text
    note = ""
    if long_line:
        line, note = bounded_json_text(line, origin=origin)
    try:
        record = json.loads(line)
    except RecursionError:
        raise too_deep("JSON line", origin=origin) from None
    except ValueError as exc:
        raise InputError(f"broken JSON line ({exc})", origin=origin, reason="bad-json",
                         hint="fix the line or remove it; the other lines were read") from None
    if not isinstance(record, dict):
        raise InputError("JSON line is not an object", origin=origin, reason="bad-json",
                         hint="each line must be a JSON object with at least title and text")
    return record, note


def _unwrap_export(record: dict[str, Any]) -> dict[str, Any]:
    """A line of ``veille export`` keeps its fields in a ``content`` object; lift them up,
    so that veille reads its own export back (to move a store, or merge two)."""
    content = record.get("content")
    if not isinstance(content, dict):
        return record
    # the line's own "source" is the store's name of the outlet (exported_source), not
    # the page's site name, which the content object keeps
    lifted = {k: v for k, v in record.items() if k not in ("content", "source")}
    lifted.update({k: v for k, v in content.items() if v not in (None, "", [])})
    return lifted


def exported_source(record: dict[str, Any]) -> str:
    """The source a line of ``veille export`` names (its top-level ``source`` beside its
    ``content`` object: the outlet's name in the store it came from, which may be a
    registered source's ``--name``), else "". Read back, the article keeps it rather than
    its URL's host (newuser13b M10: every article of a moved store changed outlet, and
    the saved searches' ``source:`` filters lost them). A record of another tool names its
    outlet in ``source`` too, but as a site name (:func:`record_to_content`)."""
    source = record.get("source")
    if not isinstance(record.get("content"), dict) or not isinstance(source, str):
        return ""
    return " ".join(source.split())[:200]


def record_to_content(record: dict[str, Any], *, origin: str = "",
                      fetched_at: datetime | None = None) -> Content:
    """Map a JSON article record onto :class:`Content`. ``fetched_at`` (when the record was
    read) bounds its dates as an HTML page's are (:func:`veille.extract.dates.before_fetch`);
    the ``language`` tag is read case-insensitively, its primary subtag kept ("FR", "fr-FR"
    -> "fr": BCP 47 tags are case-insensitive, RFC 5646 section 2.1.1). A time without an
    offset is read in the zone of the tag's region, then of the URL's country or outlet, then
    of the record's outlet name (``source``), then of the places its text names, then of the
    language (:func:`veille.extract.place_zones.zone_or_places`, as for an HTML page), and a tag
    with a region is kept in ``evidence["locale"]``."""
    exported = isinstance(record.get("content"), dict)
    record = _unwrap_export(record)
    title = _line_text(_first(record, "title", "headline", "name"))
    left_out: Dropped = []
    paragraphs = _body(record, left_out)
    if not title and not paragraphs:
        raise ExtractionError("record has neither title nor text", origin=origin,
                              reason="no-text", hint="give each record a title and a text")
    tag = declared_tag(_first(record, "language", "lang", "inLanguage"))
    lang = language_of_tag(tag) or detect_language(" ".join([title, *paragraphs[:4]]))
    tag = tag_or_code(tag, lang)  # "spa", "Deutsch": the code; "es_ES" keeps its region
    url = safe_url(_first(record, "url", "link", "canonical_url"))  # checked: issue #11
    evidence: dict[str, str] = {}
    record_dropped(left_out, evidence)
    paragraphs = paragraphs_cut(paragraphs, evidence)
    site = str(_first(record, "source", "site", "site_name", "sitename") or "")
    # the tag's region, the URL's country or outlet, the record's outlet name, then the
    # places its text names (one rule with pages and wire items: extract/place_zones.py)
    zone, zone_how = zone_or_places(
        *page_zone([tag.strip() or lang] if tag.strip() or lang else [], url,
                   names=(site,) if site else ()),
        "\n".join([title, *paragraphs]), lang)
    keep_locale(tag, lang, evidence)
    published = _record_date(
        _first_field(record, "published", "date", "datePublished", "date_publish", "pubDate"),
        zone, "published", evidence, fetched_at)
    updated = _record_date(_first_field(record, "updated", "modified", "dateModified",
                                        "date_modify"), zone, "updated", evidence, fetched_at)
    if published is None and "published" not in evidence:
        published = _text_dateline(paragraphs, zone, evidence, fetched_at)
    if published is not None:
        evidence["timezone"] = ("given by the record" if published.zone_given
                                else zone_how)
    day_only = published is not None and not published.has_time
    if exported and published is not None:
        day_only = day_only or _exported_day_only(record, evidence)
    # A correction note in the text, or a correction printed as its own item ("Erratum :
    # …" over "Contrairement à ce que nous avons écrit…"; t-final49 A8), as pages get it.
    notes = with_headline(disclosed(paragraphs[:3] + paragraphs[-2:]), title, paragraphs)
    if notes and "disclosure" not in evidence:
        evidence["disclosure"] = notes
    return Content(
        title=title,
        lead=_line_text(_first(record, "lead", "description", "summary", "standfirst"))
        or (without_opening(paragraphs[0], zone=zone, now=fetched_at or utcnow())
            if paragraphs else ""),
        paragraphs=paragraphs,
        authors=_authors(_first(record, "authors", "author", "byline"), site, evidence),
        published=published.value if published else None,
        published_precision=DAY if day_only else TIME,
        updated=updated.value if updated else None,
        updated_precision=TIME if updated is None or updated.has_time else DAY,
        language=lang,
        site_name=site,
        url=url,
        extractor="json-record",
        evidence=evidence,
        **_wire_fields(record, evidence),
    )


def _exported_day_only(record: dict[str, Any], evidence: dict[str, str]) -> bool:
    """Whether a line of ``veille export`` (its ``content`` lifted: :func:`_unwrap_export`)
    says its publication is a day alone, and keep in ``evidence`` how its store read the
    zone and the dates. The export writes a day as midnight with an offset
    ("2026-03-01T00:00:00+08:00") beside ``published_precision: day``, and its evidence
    says when the zone was assumed; read back as a time, the day became "00:00 UTC",
    every "(assumed time)" mark was lost, and a story moved a day (t-final32 #2)."""
    given = record.get("evidence")
    if isinstance(given, dict) and isinstance(given.get("timezone"), str):
        evidence["timezone"] = given["timezone"][:500]
    # how its store read the dates, too: a content dated by its update alone says so
    # (BY_UPDATE), which the displays' "updated" mark reads; read back without it, the
    # mark was lost and published = updated looked like a publication (t-final35 B3)
    if isinstance(given, dict):
        for key in ("published", "updated"):
            if isinstance(given.get(key), str) and key not in evidence:
                evidence[key] = given[key][:500]
    return record.get("published_precision") == DAY


#: Evidence a record of ``veille export`` carries over when read back: what the source
#: said that no other field keeps (an agency's credit, an embargo, a locale, a kill).
_KEPT_EVIDENCE = ("credit", "embargoed", "locale", "pub_status")


def _wire_fields(record: dict[str, Any], evidence: dict[str, str]) -> dict[str, Any]:
    """A wire item's identity read back from a record (a line of ``veille export``): its
    ``guid`` (so the article keeps its id, and the item's next version is a version of it),
    ``version``, ``subjects`` and ``urgency``, and the evidence of :data:`_KEPT_EVIDENCE`
    (newuser12 W32: all were dropped, and a later version became a second article)."""
    out: dict[str, Any] = {}
    guid = record.get("guid")
    if isinstance(guid, str) and guid.strip():
        out["guid"] = guid.strip()[:500]
    for key in ("version", "urgency"):
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
            out[key] = value
    subjects = record.get("subjects")
    if isinstance(subjects, list):
        out["subjects"] = [str(s)[:200] for s in subjects[:100] if isinstance(s, str) and s]
    given = record.get("evidence")
    if isinstance(given, dict):
        for key in _KEPT_EVIDENCE:
            if isinstance(given.get(key), str) and key not in evidence:
                evidence[key] = given[key][:500]
    return out
