"""What enrichment found in one article, as ``veille show`` prints it under the text.

Issue 14 (t-final51 B6, t-final51b B4): the text ``show`` printed no entities, places,
dates mentioned or quotes; the user needed ``--json`` (hundreds of lines) or the web page.
This is a short summary of the record's ``enrichment`` (the keys
:mod:`veille.enrich` writes: ``entities``, ``places``, ``dates``, ``quotes``), bounded:
at most :data:`MAX_NAMES` names of each entity kind, :data:`MAX_ROWS` places, dates and
quotes (then how many more), a quote cut at :data:`QUOTE_CHARS` characters. Its labels are
the web UI's (web/locales), in the terminal's language.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from veille.cli.render import one_line, ui_strings
from veille.enrich.date_month_parts import MONTH_PARTS
from veille.enrich.quote_marks import quoted
from veille.record import Article

MAX_NAMES = 8
"""The most names of one entity kind listed (the most mentioned first)."""
MAX_ROWS = 8
"""The most places, dates mentioned and quotes listed, each."""
QUOTE_CHARS = 160
"""The longest quote shown whole; a longer one is cut with "…"."""
_KINDS = ("PER", "ORG", "LOC", "MISC")


def enrichment_lines(article: Article, *, width: int = 88) -> list[str]:
    """The summary lines (a rule, a heading, then one block per kind of finding), or one
    line saying enrichment has not run yet; [] for an article enrichment left empty. An
    article whose language no name model reads (``show`` says so above the text) lists
    what the tables and rules found all the same (t-final54 A7: Markus Söder, Passau and
    his quote were in ``--json`` and the text said nothing of them)."""
    found = article.enrichment
    t = ui_strings()
    if found is None:
        return ["-" * min(width, 40), t("cli_enrich_pending")]
    published = article.content.published if article.content else None
    lines: list[str] = [
        *_entities(found.get("entities") or [], width),
        *_places(found.get("places") or []),
        *_dates(found.get("dates") or [], published.date() if published else None),
        *_quotes(found.get("quotes") or [], width)]
    if not lines:
        return []
    return ["-" * min(width, 40), t("cli_enrich_title"), "", *lines]


def _more(shown: int, total: int) -> list[str]:
    return ["    " + ui_strings().plural("cli_enrich_more", total - shown)] \
        if total > shown else []


def _entities(entities: Sequence[Mapping[str, Any]], width: int) -> list[str]:
    t = ui_strings()
    lines: list[str] = []
    for kind in _KINDS:
        named = sorted((e for e in entities if e.get("label") == kind),
                       key=lambda e: -int(e.get("count") or 0))
        if not named:
            continue
        names = ", ".join(one_line(t.name(str(e.get("id") or ""), str(e.get("name", ""))))
                          for e in named[:MAX_NAMES])
        extra = f" (+{len(named) - MAX_NAMES})" if len(named) > MAX_NAMES else ""
        lines.append(textwrap.fill(f"{t('entities_kind_' + kind)}{t('colon')} {names}{extra}",
                                   width=width, initial_indent="  ",
                                   subsequent_indent="    ", break_on_hyphens=False))
    return lines


def _places(places: Sequence[Mapping[str, Any]]) -> list[str]:
    if not places:
        return []
    t = ui_strings()
    lines = [f"  {t('places_title')}{t('colon')}"]
    for place in places[:MAX_ROWS]:
        where = ", ".join(one_line(str(place.get(k) or "")) for k in ("kind", "country")
                          if place.get(k))
        said = one_line(str(place.get("mentioned_as") or ""))
        # the reader's language: "Germany" for Allemagne in English (t-final52 A18); the
        # article's own words stay after it ("Londres" in a French article)
        name = one_line(t.name(str(place.get("id") or ""), str(place.get("name", ""))))
        as_said = f" {quoted(said, t.lang)}" if said and said != name else ""
        lines.append(f"    - {name} ({where}){as_said}" if where else f"    - {name}{as_said}")
    return lines + _more(min(len(places), MAX_ROWS), len(places))


def _dates(dates: Sequence[Mapping[str, Any]], published: date | None) -> list[str]:
    if not dates:
        return []
    t = ui_strings()
    lines = [f"  {t('enrich_dates')}{t('colon')}"]
    dates = distinct_dates(dates)
    shown = shown_dates(dates)
    for found in shown:
        value = one_line(str(found.get("value", "")))
        granularity = str(found.get("granularity") or "")
        part = str(found.get("part") or "")
        label = t("month_part_" + part) if granularity == "month" and part in MONTH_PARTS \
            else t("granularity_" + granularity) if granularity else ""
        until = one_line(str(found.get("until") or ""))
        when = _ahead_or_past(value, str(found.get("tense") or ""), published, until,
                              granularity)
        said = one_line(str(found.get("text", "")))
        detail = ", ".join(x for x in (label, when) if x)
        semicolon = t("list_semicolon")  # " ; " in French (t-final62)
        if found.get("weekday_ok") is False:  # the web page's note (t-final59 #4c)
            detail = semicolon.join(x for x in (detail, t.weekday_note(value, [said])) if x)
        if found.get("date_is_first_seen"):  # the web page's note (t-final58 #1)
            detail = semicolon.join(x for x in (detail, t("date_first_seen")) if x)
        lines.append(f"    - {value}" + (f" – {until}" if until else "")
                     + (f" ({detail})" if detail else "")
                     + (f" {quoted(said, t.lang)}" if said else ""))
    return lines + _more(len(shown), len(dates))


def flagged_date(found: Mapping[str, Any]) -> bool:
    """Whether a date mentioned carries a warning the reader must see: its weekday does
    not match the day (``weekday_ok`` false) or it was counted from the day veille first
    saw the article (``date_is_first_seen``), the flags the web page marks
    (:mod:`veille.web.enrich_markup`)."""
    return found.get("weekday_ok") is False or bool(found.get("date_is_first_seen"))


def distinct_dates(dates: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``dates`` with a wording said again with the same value (the headline's "fino a
    maggio" and the body's, t-check63 #8) once, at its first place, flagged when any of its
    mentions is (:func:`flagged_date`). The record keeps each mention (its place in the
    text is what the web page marks), and the web page lists each wording once
    (:func:`veille.web.enrich_markup.mentioned_dates`)."""
    first: dict[tuple[str, ...], int] = {}
    for i, found in enumerate(dates):
        key = tuple(str(found.get(k) or "") for k in ("value", "granularity", "until"))
        key += (" ".join(str(found.get("text") or "").casefold().split()),)
        at = first.setdefault(key, i)
        if at != i and flagged_date(found) and not flagged_date(dates[at]):
            first[key] = i  # the flagged mention stands for the wording
    return [dates[i] for i in sorted(first.values())]


def shown_dates(dates: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The dates mentioned ``show`` lists, in the record's order: every flagged one
    (:func:`flagged_date`), then the first others up to :data:`MAX_ROWS` in all (t-final59:
    Ouest-France's wrong weekday was the 12th of 14 dates, cut with "and 6 more" and seen
    only in ``--json``)."""
    flagged = {i for i, found in enumerate(dates) if flagged_date(found)}
    room = max(0, MAX_ROWS - len(flagged))
    kept = flagged | set([i for i in range(len(dates)) if i not in flagged][:room])
    return [dates[i] for i in sorted(kept)]


#: The months a span of each granularity lasts from its first day (a week and a weekend
#: in days: :data:`_SPAN_DAYS`); a season is three months (its ``value`` is its first month).
_SPAN_MONTHS = {"year": 12, "quarter": 3, "season": 3, "month": 1}
_SPAN_DAYS = {"week": 7, "weekend": 2}


def span_end(first: date, granularity: str) -> date:
    """The last day of the span of ``granularity`` starting on ``first`` (the year of
    "en 2026" ends on 31 December, the month of "en mars" on its last day, the week of
    "cette semaine" six days on); ``first`` itself for a day or any other granularity."""
    if granularity in _SPAN_DAYS:
        return first + timedelta(days=_SPAN_DAYS[granularity] - 1)
    months = _SPAN_MONTHS.get(granularity)
    if months is None:
        return first
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1) - timedelta(days=1)


def _ahead_or_past(value: str, tense: str, published: date | None, until: str = "",
                   granularity: str = "") -> str:
    """"ahead" / "past" / "same day" against the publication day when there is one (the
    value's first day: a month "2027-06" is ahead of a May article); "under way" when the
    publication day is within a span (``until`` its last day: "fin janvier" in an article
    of 25 January), or within the year, quarter, season, month, week or weekend a date of
    that ``granularity`` names, from its first day ("en 2026", "cette année" in an article
    of March 2026: the year in progress, not past; t-final58 #14; :func:`span_end`); else
    the tense enrichment read ("future", "past"), else ""."""
    t = ui_strings()
    day: date | None
    last: date | None
    try:
        day = date.fromisoformat(value[:10])
        last = date.fromisoformat(until[:10]) if until else day
    except ValueError:
        day = last = None
    if published is not None and day is not None and last is not None and \
            day < published <= last:
        return t("cli_enrich_under_way")
    if published is not None and day is not None and not until and \
            day <= published <= span_end(day, granularity) and span_end(day, granularity) > day:
        return t("cli_enrich_under_way")
    if published is not None and day is not None:
        key = "ahead" if day > published else "past" if day < published else "same_day"
        return t("cli_enrich_" + key)
    if tense in ("future", "past"):
        return t("cli_enrich_" + ("ahead" if tense == "future" else "past"))
    return ""


def _quotes(quotes: Sequence[Mapping[str, Any]], width: int) -> list[str]:
    if not quotes:
        return []
    t = ui_strings()
    lines = [f"  {t('enrich_quotes')}{t('colon')}"]
    for quote in quotes[:MAX_ROWS]:
        text = " ".join(one_line(str(quote.get("text", ""))).split())
        if len(text) > QUOTE_CHARS:
            text = text[:QUOTE_CHARS - 1].rstrip() + "…"
        speaker = one_line(str(quote.get("speaker") or "")) or t("enrich_unknown_speaker")
        lines.append(textwrap.fill(f"- {speaker}{t('colon')} « {text} »", width=width,
                                   initial_indent="    ", subsequent_indent="      ",
                                   break_on_hyphens=False))
    return lines + _more(min(len(quotes), MAX_ROWS), len(quotes))
