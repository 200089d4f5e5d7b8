"""An article's text with its enrichment marked up: entities (linked to their page),
places (linked to theirs), dates mentioned (their resolved value in ``datetime`` and a
tooltip) and quotes (with their speaker written after them).

All text is untrusted. The markup is built from the enrichment's character offsets over
the *plain* text: each segment between two offsets is escaped on its own and the tags
around it are made here with escaped attribute values; nothing is ever replaced inside
HTML. Offsets refer to the text the enrichment stages read
(:func:`veille.enrich.stage.enrich_text`: title, the standfirst the enrichment records
as read, and paragraphs, joined by blank lines); a
span that does not fall inside one block, or whose text no longer matches (the article
was extracted again since), is left unmarked. Kinds differ by more than colour: the
underline style, the tooltip and, for a quote, the speaker's name in the text
(WCAG 1.4.1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from veille.enrich.date_month_parts import MONTH_PARTS
from veille.enrich.dates import GRANULARITIES
from veille.enrich.places import OVERSEAS_COUNTRIES
from veille.enrich.text import fold
from veille.web.direction import text_dir
from veille.web.queries import place_area

OPENING = "«\"“‘'"
CLOSING = "»\"”’'"
SPACES = " \u00a0\u202f"
LABELS = ("PER", "ORG", "LOC", "MISC")
MAX_SPANS = 2000
"""Spans marked per article at most (bounded work on hostile input)."""


@dataclass(frozen=True, slots=True)
class Span:
    """``[start, end)`` of a block, wrapped in ``open``…``close``; ``nested_open``…
    ``nested_close`` wrap it inside another mention's link (a place inside an
    organisation's name: links do not nest), empty when it is never shown nested."""

    start: int
    end: int
    open: str
    close: str
    nested_open: str = ""
    nested_close: str = ""


@dataclass(frozen=True, slots=True)
class Marked:
    """The title, standfirst and paragraphs as HTML (None: a block had nothing to mark;
    ``standfirst`` empty when the enrichment read none)."""

    title: Markup
    paragraphs: list[Markup]
    marked: int
    standfirst: Markup = Markup("")
    #: The kinds of marks shown ("entity", "place", "date", "quote"): the page's legend
    #: explains these only (a Portuguese text, its dates unread, has no date marked; the
    #: legend said how dates are marked all the same: t-final49b B6).
    kinds: frozenset[str] = frozenset()


#: Each kind of mark and the HTML that opens it.
_KIND_OPENINGS = (("entity", '<a class="mention entity'), ("place", 'class="mention place'),
                  ("date", '<time class="mention date"'), ("quote", '<span class="quote"'))


def _href(kind: str, entity_id: str) -> str:
    return f"/{kind}/{quote(entity_id, safe='')}"


def _datetime(value: str, granularity: str) -> str:
    """A valid HTML ``datetime`` for a resolved date (a month is ``YYYY-MM``)."""
    if granularity == "month":
        return value[:7]
    if granularity == "year":
        return value[:4]
    return value[:10]


class _Blocks:
    """The blocks of the enriched text with their global offsets."""

    def __init__(self, blocks: Sequence[str]) -> None:
        self.texts = list(blocks)
        self.starts: list[int] = []
        at = 0
        for text in self.texts:
            self.starts.append(at)
            at += len(text) + 2

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """``(block, local start, local end)`` when ``[start, end)`` is inside a block."""
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
            return None
        for n, (base, text) in enumerate(zip(self.starts, self.texts, strict=True)):
            if base <= start and end <= base + len(text):
                return n, start - base, end - base
        return None


def _attrs(**values: str) -> str:
    return "".join(f' {name.rstrip("_")}="{escape(value)}"' for name, value in values.items())


def _where(place_id: str, country: str, t: Callable[..., str]) -> str:
    """Where a place is, for its tooltip: its French département's name and its country's
    name in the reader's language ("Loire-Atlantique, France"), never bare codes (the
    tooltip said "52, FR": a region's INSEE code). The country is left out when it is
    the area: an overseas département or collectivity is its own ISO territory
    (:data:`~veille.enrich.places.OVERSEAS_COUNTRIES`), so "La Réunion", never "La
    Réunion, La Réunion" or "La Réunion, Réunion" (t-enrich19 E17)."""
    area, code = place_area(place_id, country)
    territory = getattr(t, "territory", None)
    country_name = territory(code) if callable(territory) and code else code
    if area and (code in OVERSEAS_COUNTRIES or fold(country_name) == fold(area)):
        country_name = ""
    return ", ".join(v for v in (area, country_name) if v)


def _shown_name(t: Callable[..., str], entity_id: str, name: str) -> str:
    """``name`` in the reader's language (:meth:`veille.web.i18n.Translator.name`): the
    tooltip of "Allemagne" says "Germany" on an English page (f-reader20 R14)."""
    in_language = getattr(t, "name", None)
    return str(in_language(entity_id, name)) if callable(in_language) else name


def _shown_date(t: Callable[..., str], value: str, granularity: str, unit: str = "",
                part: str = "") -> str:
    """A resolved date (ISO 8601) in the reader's language, as the page's list of dates
    writes it (:meth:`veille.web.i18n.Translator.mentioned`: "lundi 30 novembre 2026", not
    "2026-11-30": f-reader20 R14)."""
    in_language = getattr(t, "mentioned", None)
    return str(in_language(value, granularity, unit, month_part(part))) \
        if callable(in_language) else value


def mark_up(title: str, paragraphs: Sequence[str], enrichment: dict[str, Any],
            t: Callable[..., str]) -> Marked:
    """The title and paragraphs with the spans of ``enrichment`` marked (see the module
    docstring); ``t`` translates the tooltips' words. The standfirst the enrichment read
    (its ``standfirst``: t-final25 S4) is a block between the title and the paragraphs,
    marked as :attr:`Marked.standfirst`; an enrichment written before it was read has
    none, and its offsets count the paragraphs right after the title."""
    kept = [p for p in paragraphs if p]
    lead = str(enrichment.get("standfirst") or "")
    blocks = _Blocks(([title] if title else []) + ([lead] if lead else []) + kept)
    inner: list[list[Span]] = [[] for _ in blocks.texts]
    outer: list[list[Span]] = [[] for _ in blocks.texts]
    places = {str(p.get("id")): p for p in enrichment.get("places") or []}

    def add(into: list[list[Span]], start: Any, end: Any, expected: str | None,
            open_: str, close: str, nested: str = "") -> None:
        where = blocks.locate(start, end)
        if where is None:
            return
        n, s, e = where
        if expected is not None and blocks.texts[n][s:e] != expected:
            return
        if sum(map(len, inner)) + sum(map(len, outer)) < MAX_SPANS:
            into[n].append(Span(s, e, open_, close, nested, "</span>" if nested else ""))

    for entity in enrichment.get("entities") or []:
        entity_id, label = str(entity.get("id", "")), str(entity.get("label", "MISC"))
        label = label if label in LABELS else "MISC"
        name = _shown_name(t, entity_id, str(entity.get("name", "")))
        nested = ""
        if entity_id in places:
            place = places[entity_id]
            where = _where(entity_id, str(place.get("country") or ""), t)
            tip = _attrs(title=t("mark_place", name=name, where=where))
            open_ = f'<a class="mention place"{_attrs(href=_href("places", entity_id))}{tip}>'
            nested = f'<span class="mention place nested"{tip}>'
        else:
            kind = t("enrich_label_" + label)
            open_ = (f'<a class="mention entity label-{label}"'
                     f'{_attrs(href=_href("entities", entity_id))}'
                     f'{_attrs(title=t("mark_entity", name=name, kind=kind))}>')
        for mention in entity.get("mentions") or []:
            if isinstance(mention, list | tuple) and len(mention) == 3:
                add(inner, mention[0], mention[1], str(mention[2]), open_, "</a>", nested)
    for date in enrichment.get("dates") or []:
        value, granularity = str(date.get("value", "")), str(date.get("granularity", ""))
        unit, until = str(date.get("unit") or ""), str(date.get("until") or "")
        part = month_part(date.get("part"))
        shown = _shown_date(t, value, granularity, unit, part)
        if until and not part:  # a range ("du 3 au 5 décembre") names both ends, as the
            # dates list does; a month's part ("fin février") is named by its words
            joint = f" {t('date_or')} " if granularity == "either" else " – "
            shown += joint + _shown_date(t, until, granularity, unit)
        tooltip = t("mark_date", value=shown,
                    granularity=t("granularity_" + granularity)
                    if granularity in GRANULARITIES else granularity)
        if date.get("date_is_first_seen"):  # an undated article's "lundi" (t-final24 S6)
            tooltip = f"{tooltip} — {t('date_first_seen')}"
        add(inner, date.get("start"), date.get("end"), str(date.get("text", "")),
            f'<time class="mention date"{_attrs(datetime=_datetime(value, granularity))}'
            f'{_attrs(title=tooltip)}>', "</time>")
    for q in enrichment.get("quotes") or []:
        _add_quote(q, blocks, outer, t, headline=bool(title))
    rendered = [_render(text, _clean(outer[n]), _clean(inner[n]), _nested(inner[n]))
                for n, text in enumerate(blocks.texts)]
    count = sum(map(len, inner)) + sum(map(len, outer))
    title_html = rendered.pop(0) if title else Markup("")
    lead_html = rendered.pop(0) if lead else Markup("")
    kinds = frozenset(kind for kind, opening in _KIND_OPENINGS
                      if any(opening in html for html in (title_html, lead_html, *rendered)))
    by_text = iter(rendered)
    return Marked(title_html, [next(by_text) if p else Markup("") for p in paragraphs], count,
                  lead_html, kinds)


def _ui_attributes(t: Callable[..., str]) -> str:
    """`` lang="fr" dir="ltr"``: the page's own language and direction, for a label of
    the page placed inside an article's text ("(dit par X)" in an Arabic paragraph read
    "(X dit par" with ``dir="auto"``, which took the name's direction: t-final67 R3);
    ``dir="auto"`` alone when ``t`` tells no language."""
    language = getattr(t, "lang", "")
    if not isinstance(language, str) or not language:
        return ' dir="auto"'
    return _attrs(lang=language, dir=text_dir(language))


def _add_quote(q: dict[str, Any], blocks: _Blocks, outer: list[list[Span]],
               t: Callable[..., str], *, headline: bool = False) -> None:
    """Mark the quote ``q`` in its blocks, its speaker after its last part: "(dit par X)",
    in an isolate of the page's language and direction, the name in ``<bdi>`` (in an
    Arabic paragraph it read "(X dit par)", t-final63 #15, and with ``dir="auto"``
    "(X dit par" again, t-final67 R3). A quote in the headline (block 0 when
    ``headline``) keeps its tooltip and gets no label: the headline read "« … » (dit par
    (auteur inconnu)) : le président…" (t-final63 #3)."""
    parts = q.get("parts") or [[q.get("start"), q.get("end")]]
    speaker, speaker_id = str(q.get("speaker", "")), str(q.get("speaker_id", ""))
    if speaker and not speaker_id:
        speaker = as_written(speaker, q.get("speaker_span"), blocks)
    # the name isolated in its own direction: a link is (style.css), a text in <bdi>
    who = Markup(f"<bdi>{escape(speaker or t('enrich_unknown_speaker'))}</bdi>")
    if speaker and speaker_id:
        who = Markup(f'<a{_attrs(href=_href("entities", speaker_id))}>{escape(speaker)}</a>')
    label = t("mark_quote", speaker=speaker or t("enrich_unknown_speaker"))
    located = [blocks.locate(p[0], p[1]) for p in parts
               if isinstance(p, list | tuple) and len(p) == 2]
    for i, where in enumerate(located):
        if where is None:
            continue
        n, s, e = where
        text = blocks.texts[n]
        s, e = _with_marks(text, s, e)
        last = i == len(located) - 1 and not (headline and n == 0)
        tail = (f'</span> <span class="speaker"{_ui_attributes(t)}>'
                f'({escape(t("mark_said_by"))} {who})</span>' if last else "</span>")
        outer[n].append(Span(s, e, f'<span class="quote"{_attrs(title=label)}>', tail))


_DETERMINER = re.compile(
    r"(?:(?<![\w'’])(?:le|la|les|un|une|des|sa|son|ses|leur|leurs|ce|cet|cette|ces|notre|"
    r"the|a|an|its|their|his|her)[ \u00a0]+|(?<![\w'’])l['’])$", re.IGNORECASE)
"""The determiner a description is written with, right before it ("la sexagénaire",
"l'élu", "the bank")."""


def as_written(speaker: str, span: Any, blocks: _Blocks) -> str:
    """A speaker described rather than named (no entity: "sexagénaire") with the
    determiner the text writes before it, "le sexagénaire", "l'élu" (t-enrich25 E13: the
    page said "(dit par sexagénaire)"); ``speaker`` itself when the span is not where the
    text says it, or has no determiner before it."""
    if not isinstance(span, list | tuple) or len(span) != 2:
        return speaker
    where = blocks.locate(span[0], span[1])
    if where is None:
        return speaker
    n, s, e = where
    text = blocks.texts[n]
    if text[s:e] != speaker:
        return speaker
    found = _DETERMINER.search(text[max(0, s - 12):s])
    return f"{found.group(0).replace(chr(0xa0), ' ')}{speaker}" if found else speaker


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to its quotation marks (and the spaces inside them), and to the
    comma or stop an English quote closes on inside its marks ("… hills," she told AFP:
    t-enrich25 E13, the speaker note landed inside the quotation marks)."""
    s = start
    while s > 0 and text[s - 1] in SPACES:
        s -= 1
    if s > 0 and text[s - 1] in OPENING:
        start = s - 1
    e = end
    while e < len(text) and text[e] in SPACES:
        e += 1
    if e + 1 < len(text) and text[e] in ",.;:!?" and text[e + 1] in CLOSING:
        e += 1
    if e < len(text) and text[e] in CLOSING:
        end = e + 1
    return start, end


def _clean(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans in order (the longest first at a start; later overlaps are
    dropped)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda x: (x.start, -x.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _nested(spans: list[Span]) -> list[Span]:
    """The spans that :func:`_clean` drops but that lie strictly inside one it keeps and
    can be shown there (``nested_open``: a place in an organisation's name, "Nantes" in
    "CHU de Nantes", newuser8 Q2), in order, without overlaps."""
    kept = _clean(spans)
    inside = [span for span in spans if span.nested_open and span not in kept and any(
        k.start <= span.start and span.end <= k.end and (k.start, k.end) != (span.start,
                                                                             span.end)
        for k in kept)]
    return _clean(inside)


def _render(text: str, outer: list[Span], inner: list[Span],
            nested: Sequence[Span] = ()) -> Markup:
    """``text`` escaped segment by segment, ``inner`` spans nested in ``outer`` ones (an
    inner span crossing an outer edge is left out), and ``nested`` spans inside the inner
    span that holds them, with their ``nested_open`` tag."""
    inner = [s for s in inner
             if all(s.end <= o.start or s.start >= o.end or o.start <= s.start and s.end <= o.end
                    for o in outer)]
    out: list[str] = []

    def within(a: int, b: int) -> str:
        parts, at = [], a
        for span in nested:
            if span.start >= a and span.end <= b:
                parts.append(str(escape(text[at:span.start])))
                parts.append(span.nested_open + str(escape(text[span.start:span.end]))
                             + span.nested_close)
                at = span.end
        parts.append(str(escape(text[at:b])))
        return "".join(parts)

    def plain(a: int, b: int) -> None:
        at = a
        for span in inner:
            if span.start >= a and span.end <= b:
                out.append(str(escape(text[at:span.start])))
                out.append(span.open + within(span.start, span.end) + span.close)
                at = span.end
        out.append(str(escape(text[at:b])))

    at = 0
    for span in outer:
        plain(at, span.start)
        out.append(span.open)
        plain(span.start, span.end)
        out.append(span.close)
        at = span.end
    plain(at, len(text))
    return Markup("".join(out))


@dataclass(frozen=True, slots=True)
class MentionedDateLine:
    """One line of an article page's "dates mentioned": a date and every wording of it."""

    value: str
    granularity: str
    texts: list[str]
    weekday_ok: bool
    until: str = ""
    """A range's last day (ISO), '' for one date ("du 12 au 23 mai", issue 16)."""
    first_seen: bool = False
    """Counted from the day veille first saw an article with no publication date
    ("lundi" of an undated capture: ``date_is_first_seen``, t-final24 S6), not known."""
    unit: str = ""
    """A vague count's unit's granularity (:attr:`veille.enrich.dates.MentionedDate.unit`)."""
    part: str = ""
    """A month's part (``start``, ``mid``, ``end``: :mod:`veille.enrich.date_month_parts`),
    '' for a whole month and any other date."""


def month_part(part: object) -> str:
    """``part`` when it is a month's part (:data:`MONTH_PARTS`), else '' (a part of the
    day, "evening", is not shown in the dates list)."""
    return part if isinstance(part, str) and part in MONTH_PARTS else ""


def mentioned_dates(enrichment: dict[str, Any]) -> list[MentionedDateLine]:
    """The article's dates mentioned, one line per date (or range) and granularity in the
    order they first appear, with each distinct wording once (newuser15a W11: "mardi 8
    décembre" in the headline and again in the first paragraph was two lines)."""
    lines: dict[tuple[str, str, str], MentionedDateLine] = {}
    for found in enrichment.get("dates") or []:
        value, granularity = str(found.get("value", "")), str(found.get("granularity", ""))
        until = str(found.get("until") or "")
        key = (value, granularity, until)
        line = lines.setdefault(key, MentionedDateLine(value, granularity, [], True, until,
                                                       unit=str(found.get("unit") or ""),
                                                       part=month_part(found.get("part"))))
        text = str(found.get("text", ""))
        if text and text.casefold() not in {t.casefold() for t in line.texts}:
            line.texts.append(text)
        if found.get("weekday_ok") is False or found.get("date_is_first_seen"):
            lines[key] = replace(line, weekday_ok=line.weekday_ok and
                                 found.get("weekday_ok") is not False,
                                 first_seen=line.first_seen or
                                 bool(found.get("date_is_first_seen")))
    return list(lines.values())
