"""Plain-text rendering of articles for the terminal, and what keeps the terminal safe.

Every text veille prints comes from untrusted pages: a title can carry terminal escapes
(OSC 52 writes the clipboard, OSC 8 hides a link, CSI moves the cursor or recolours the
screen, BEL rings), a carriage return can overwrite the line before it, and bidi
overrides can reorder what follows them on the line. Every command that prints stored
text goes through :func:`one_line` (a field on a line of its own kind: id, source, title),
:func:`block` (a multi-line text) or :func:`json_text` here; ``show --raw`` strips
them only when its output is a terminal (redirected, it stays byte for byte).

What is removed (terminal only; the store keeps bidi controls, see
:func:`veille.record.strip_controls`): the C0 controls but tab and newline, DEL, the C1
controls (U+0080-U+009F; U+009B is an 8-bit CSI), the bidi embeddings, overrides and
isolates (U+202A-U+202E, U+2066-U+2069, as in the "Trojan Source" advisory,
CVE-2021-42574), and the line and paragraph separators U+2028/U+2029.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from veille.display_title import plain_title
from veille.extract.article_bound import SIZE_CUT
from veille.extract.dropped_blocks import dropped_blocks
from veille.extract.place_zones import split_zones
from veille.extract.timezones import assumed_zone_name
from veille.extract.wire import withdrawn
from veille.extract.word_salad import NOT_PROSE, unread_body
from veille.record import BY_UPDATE, DAY, REPRINT_RELATIONS, Article, Content
from veille.withdrawals import withdrawn_mark

if TYPE_CHECKING:
    from veille.collect.gone import Unpublished
    from veille.web.i18n import Translator

#: Characters a terminal may act on, and never text to show.
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                               "\u2028\u2029]")
#: Newlines and tabs: what may not appear inside one field of a line.
_LINE_BREAKERS = re.compile("[\t\n]+")
#: What JSON output escapes beyond what ``json.dumps`` does (it leaves these raw).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def utc_minute(moment: datetime, *, seconds: bool = False) -> str:
    """``moment`` (aware) as ``2026-12-01 14:07 UTC``: a time veille keeps itself (first
    seen, due, sent) is printed in UTC and says so, where an article's own time is printed
    in its own zone (newuser10 S14: "due 14:07" read as Paris time was 46 minutes off)."""
    shown = moment.astimezone(UTC) if moment.tzinfo else moment
    return shown.strftime("%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M UTC")


def block(text: str) -> str:
    """``text`` with the characters a terminal acts on removed (newlines and tabs kept)."""
    return TERMINAL_CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """``text`` as one field on one line: terminal controls removed, newlines and tabs
    turned into spaces, so a title cannot forge a line of output."""
    return _LINE_BREAKERS.sub(" ", block(text))


def title_line(title: str, lead: str = "", paragraphs: Sequence[str] = ()) -> str:
    """An article's title as one field on one line (:func:`one_line`); for one without
    a headline (empty, or blank once made one line), the first words of ``lead`` or of
    its first paragraph after the terminal's "(untitled)" / "(sans titre)", which marks
    them as no headline (:func:`veille.display_title.shown_title`, the rule of every door:
    t-final29 U4, rows alike "(untitled)" told nothing apart); the mark alone when there
    is no text either."""
    return plain_title(one_line(title), _strings(cli_language())("untitled"), one_line(lead),
                       [one_line(p) for p in paragraphs[:3]])


SOURCE_WIDTH = 20
"""The width a list line pads its source column to (a longer source pushes the title)."""
SOURCE_MAX = 40
"""The longest source a list line shows whole; a longer one is cut with "…"."""


def source_column(source: str) -> str:
    """``source`` for a list line's source column: whole up to :data:`SOURCE_MAX`
    characters (t-final25 F7: "la1ere.francetvinfo." named no site), else cut with "…"
    so that the cut shows; padded to :data:`SOURCE_WIDTH` by the caller."""
    return source if len(source) <= SOURCE_MAX else source[:SOURCE_MAX - 1] + "…"


def count_noun(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``: a count with its noun in English plural (the CLI's
    summaries speak English; ``noun`` is the singular, made plural with an ``s``)."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON (UTF-8 text kept as is), with the characters a terminal acts on
    written as ``\\uXXXX`` escapes: the same JSON value, safe to print. ``json.dumps``
    already escapes C0 controls; C1, DEL and bidi controls it leaves raw."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """``fr`` or ``en``: the terminal's message language, by the POSIX order (``LANGUAGE``,
    then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; ``fr_FR.UTF-8`` → ``fr``); ``en`` otherwise."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@lru_cache(maxsize=2)
def _strings(lang: str) -> Translator:
    """The UI's strings (web/locales), read only when a message needs them."""
    from veille.web.i18n import load_locales

    return load_locales()[lang]


def _assumed_label(content: Content) -> str:
    """" (assumed zone: Europe/Paris)" after a time read in an assumed zone (the zone
    :func:`veille.extract.timezones.assumed_zone_name` finds in ``evidence["timezone"]``),
    "" otherwise: `veille show` printed such a time as a stated one (t-final34 A5). When
    the text's places split between clocks, it says so: " (assumed zone: UTC; places
    split: America/Chicago (Chicago) / Europe/Paris (Paris))" (issue 16). It is the zone
    that is assumed, not the time the page printed (t-final51 B3: "fuseau supposé")."""
    how = str(content.evidence.get("timezone", ""))
    assumed = assumed_zone_name(how)
    if not assumed:
        return ""
    t = _strings(cli_language())
    split = split_zones(how)  # why no zone was inferred (issue 16)
    why = f"; {t('cli_places_split', zones=' / '.join(split))}" if split else ""
    return f" ({t('cli_assumed_time')}: {assumed}{why})"


def _inferred_label(content: Content) -> str:
    """" (year inferred: …)" after a publication day whose year the text did not print
    (a dispatch's "МОСКВА, 4 мар —": ``evidence["published"]`` says "year inferred",
    :func:`veille.extract.datelines.opening_dateline`; t-final58 #1), "" otherwise."""
    said = str(content.evidence.get("published", ""))
    if "year inferred" not in said:
        return ""
    if "chosen by the weekday" in said:  # "giovedì 1 dicembre" gave 2022 (t-final66 F1)
        return f" ({_strings(cli_language())('cli_year_by_weekday')})"
    return f" ({_strings(cli_language())('cli_year_inferred')})"


def published_text(content: Content, *, every_zone: bool = False,
                   zone: tzinfo | None = None) -> str:
    """``content.published`` for a terminal: ``YYYY-MM-DD HH:MM``, or the day alone when
    the source gives no time (``published_precision`` ``day``: "00:00" would be false).
    The time's zone follows it (:func:`_zone_mark`) when it is not French time's, or
    always with ``every_zone`` (a list mixing zones: :func:`article_line`); a time read in
    an assumed zone (:func:`veille.extract.timezones.assumed_zone_name` of its
    ``evidence["timezone"]``) is followed by "(fuseau supposé)" / "(assumed zone)". With
    ``zone`` (``latest --tz``), a time of day is moved to that zone, its offset beside it
    (the same instant: one clock down a list, t-final51 B2); a day stays its own."""
    if content.published is None:
        return "-"
    # a date that is the page's update time, none of publication given (t-final31 F7)
    updated = (_strings(cli_language())("cli_updated_date") + " "
               if content.evidence.get("published") == BY_UPDATE else "")
    if content.published_precision == DAY:
        return updated + content.published.strftime("%Y-%m-%d")
    # a time printed with no zone, read in an assumed one: labelled so (t-final27 F7: Le
    # Figaro's "09:30 UTC+1" read as stated in `veille latest`)
    assumed = assumed_zone_name(str(content.evidence.get("timezone", "")))
    label = f" ({_strings(cli_language())('cli_assumed_time')})" if assumed else ""
    shown = content.published.astimezone(zone) if zone is not None else content.published
    return updated + shown.strftime("%Y-%m-%d %H:%M") + _zone_mark(
        shown, always=every_zone or zone is not None) + label


def moment_text(value: datetime, precision: str) -> str:
    """A story's or a timeline row's time as :func:`published_text` prints an article's:
    the day alone for ``day``, "date unknown, first seen DAY" for ``seen`` (a time veille
    kept, newuser11 U3), else the minute in its own zone with :func:`_zone_mark`."""
    if precision == "seen":  # in the terminal's language (t-reader23 R9)
        return _strings(cli_language())("cli_date_unknown", when=f"{value:%Y-%m-%d}")
    if precision == DAY:
        return value.strftime("%Y-%m-%d")
    return value.strftime("%Y-%m-%d %H:%M") + _zone_mark(value)


def own_moment(value: datetime, precision: str) -> str:
    """A story's time as :func:`moment_text` prints it, a time of day on the clock its
    article was read on, its offset always beside it ("2026-12-02 21:40 UTC-5",
    "2026-12-03 09:12 UTC+1"): a story's list and timeline mix clocks, and each line says
    its own (t-final49b B2: a Québec "22 h 10" shown as the next day's 04:10 Paris time put
    the article on a day its own clock never gave it). The lines stay in time order."""
    if precision in ("seen", DAY) or value.utcoffset() is None:
        return moment_text(value, precision)
    return value.strftime("%Y-%m-%d %H:%M") + _zone_mark(value, always=True)


def zone_note() -> str:
    """The line that says how :func:`own_moment` gives times, in the terminal's language:
    "each time on its article's own clock, its offset beside it"."""
    return _strings(cli_language())("cli_timeline_zone")


def _zone_mark(value: datetime, *, always: bool = False) -> str:
    """`` UTC-5`` after a time given in an offset other than French time's at that instant
    (the web's rule, :meth:`veille.web.i18n.Translator.published`): the time is the
    source's own, never moved, so without the mark a New York 18:00 read as Paris 18:00
    (newuser7 P13 i). "" for French times, unless ``always`` (`` UTC+1``: in a list
    where other times carry their zone, a bare "06:10" below "06:05 UTC" read as the
    same clock, t-final25 S11), and for naive ones (no offset to show)."""
    from veille.web.i18n import DISPLAY_TZ, zone_label

    own = value.utcoffset()
    if own is None or own == value.astimezone(DISPLAY_TZ).utcoffset() and not always:
        return ""
    return " " + zone_label(own).replace("\u2212", "-")  # ASCII in a terminal


def ui_strings(lang: str | None = None) -> Translator:
    """The web UI's strings in ``lang`` (``fr``, ``en``), else in the terminal's language
    (:func:`cli_language`)."""
    return _strings(lang or cli_language())


def ui_plural(key: str, n: int) -> str:
    """The web UI's message ``key`` for the count ``n`` in the terminal's language
    (:func:`cli_language`): the CLI says a total in the UI's words ("58 histoires en
    tout" / "58 stories in all")."""
    return _strings(cli_language()).plural(key, n)


def _when(article: Article, zone: tzinfo | None = None) -> str:
    content = article.content
    if content and content.published:
        return f"{published_text(content, every_zone=True, zone=zone):<22}"
    seen = article.first_seen
    when = utc_minute(seen) if zone is None else \
        seen.astimezone(zone).strftime("%Y-%m-%d %H:%M") + _zone_mark(
            seen.astimezone(zone), always=True)
    return _strings(cli_language())("cli_date_unknown", when=when)


#: The catalog word of each kind of copy (web/locales: ``cli_relation_*``), as the
#: CLI's lists mark a copy (``veille stories ID``, ``veille latest``).
_RELATION_WORDS = {"reprint": "cli_relation_reprint", "teaser": "cli_relation_teaser",
                   "republication": "cli_relation_republication",
                   "unattributed": "cli_relation_unattributed"}


def relation_mark(relation: str) -> str:
    """What a list line adds after a copy's source: `` [reprint]``, `` [teaser]``,
    `` [republication]`` (``[reprise]``, ``[extrait]``... in a French terminal:
    :func:`cli_language`); "" for an article that copies none (``relation`` "")."""
    key = _RELATION_WORDS.get(relation)
    return f" [{_strings(cli_language())(key)}]" if key else ""


def article_line(article: Article, gone: Unpublished | None = None,
                 outlets: Mapping[str, str] | None = None) -> str:
    """One line per article: id, date, source (by its outlet name in ``outlets``:
    :func:`veille.outlet_names.outlet_names`) with :func:`relation_mark` when the article
    copies another, title; then :func:`gone_mark`."""
    return aligned([_article_cells(article, gone, outlets)])[0]


def article_lines(articles: Iterable[Article], gone: Mapping[str, Unpublished],
                  outlets: Mapping[str, str] | None = None, *, zone: tzinfo | None = None,
                  relations: Mapping[str, str] | None = None) -> list[str]:
    """:func:`article_line` of each of ``articles`` (``gone`` by URL), their date and
    source columns padded to the widest of the list, so that every title starts in one
    column (t-final33 B: a long outlet name or an "(assumed zone)" date pushed its title
    right of the others); each time in ``zone`` when given (:func:`published_text`).
    ``relations`` (article id -> relation), when given, overrides the record's: a copy
    taken out of its original's story (``veille stories detach``) is its story's own
    text, unmarked, as search and the story page show it (t-final52 B1: ``veille latest``
    kept "[reprint]" after the detach)."""
    return aligned([_article_cells(a, gone.get(a.url or ""), outlets, zone, relations)
                    for a in articles])


def _article_cells(article: Article, gone: Unpublished | None,
                   outlets: Mapping[str, str] | None, zone: tzinfo | None = None,
                   relations: Mapping[str, str] | None = None) -> list[str]:
    content = article.content
    title = title_line(content.title, content.lead, content.paragraphs) if content else \
        title_line("")
    source = one_line((outlets or {}).get(article.source, article.source)) or "-"
    relation = article.dedup.relation if article.dedup else ""
    if relations is not None:
        relation = relations.get(article.id, relation)
    # "unattributed": as the story page says a copy of or by a text without a source
    # (``relations``, veille.store.base.copy_relation; h-copies66)
    mark = relation_mark(relation if relation in REPRINT_RELATIONS or
                         relation == "unattributed" else "")
    status = withdrawn(content.evidence) if content else ""
    unread = unread_body(content.evidence) if content else ""
    return [article.id, _when(article, zone).rstrip(), source_column(source) + mark,
            f"{title}{gone_mark(gone)}{withdrawn_mark(status)}{not_prose_mark(unread)}"]


def aligned(rows: list[list[str]], widths: Sequence[int] = (0, 22, SOURCE_WIDTH)
            ) -> list[str]:
    """``rows`` of cells joined by two spaces, each cell but the last padded to the widest
    of its column in ``rows`` (at least ``widths``' of that column): a list's columns stay
    aligned whatever one row's source or date holds."""
    if not rows:
        return []
    columns = len(rows[0]) - 1
    wide = [max([widths[i] if i < len(widths) else 0, *(len(r[i]) for r in rows)])
            for i in range(columns)]
    return ["  ".join([*(r[i].ljust(wide[i]) for i in range(columns)), r[-1]])
            for r in rows]


def not_prose_mark(why: str) -> str:
    """What a list line adds for an article whose body is no prose (``why``: its
    ``evidence.not_prose``, :func:`veille.extract.word_salad.unread_body`), in the
    terminal's language: ``  [page sans texte suivi]`` / ``  [not prose]``, else "": a
    keyword dump or a list of names is listed, marked, as the web's lists mark it
    (t-check62: listed unmarked, as "1 article; 1 source")."""
    return f"  [{ui_strings()('badge_not_prose')}]" if why else ""


def gone_mark(gone: Unpublished | None) -> str:
    """What a list line adds for an article its site unpublished (``gone``:
    :func:`veille.collect.gone.unpublished`): ``  [unpublished: HTTP 410]``, else ""."""
    return f"  [unpublished: HTTP {gone.status}]" if gone is not None else ""


def article_text(article: Article, *, width: int = 88, gone: Unpublished | None = None,
                 after_text: Sequence[str] = (), outlet: str = "",
                 links: Sequence[tuple[str, str]] = ()) -> str:
    """The full article, readable in a terminal: the title, the lead (standfirst) when it
    is not already the first paragraph, the metadata, then the paragraphs, ``after_text``
    (``show``'s enrichment summary: :mod:`veille.cli.enrichment_text`) and the blocks
    extraction left out; ``gone`` when its site removed its page
    (:func:`veille.collect.gone.unpublished`), said under the metadata. With no date of
    publication, the dates the page gave and why each was refused follow "published: -"
    (``evidence["dates_rejected"]``: t-final51b B6, a dateline after the fetch time was
    said only in ``--json``). ``outlet``: the name the source is shown by in lists
    (:func:`veille.outlet_names.names_of`), printed before the stored source when they
    differ ("source: La République du Centre (larep.fr)"; t-final53b B2: ``show`` said
    "127.0.0.1" where ``latest`` said "Sud Ouest"). ``links``: more ``(label, value)``
    rows after the authors (``show``'s origin, copies, story and versions:
    :func:`veille.cli.article_links.link_meta`)."""
    content = article.content
    if content is None:
        return f"{article.id} (not extracted)"
    lines = [title_line(content.title, content.lead, content.paragraphs), ""]
    lead = " ".join(one_line(content.lead).split())
    first = " ".join(one_line(content.paragraphs[0]).split()) if content.paragraphs else ""
    # The lead apart only when it is a standfirst: a lead that is the first paragraph, or
    # its words after the dateline ("FRANKFURT, March 4 (Reuters) - …"), is printed once,
    # in the body (t-final58 #20).
    if lead and not (first == lead or first.endswith(lead)):
        lines += [textwrap.fill(lead, width=width, break_on_hyphens=False), ""]
    source = article.source or "-"
    if outlet and outlet != article.source:
        source = f"{outlet} ({source})"
    meta = [("id", article.id), ("source", source), ("url", article.url or "-"),
            ("published", content.published.isoformat()[:10] + _inferred_label(content)
             if content.published and content.published_precision == DAY
             else content.published.isoformat() + _assumed_label(content)
             if content.published else "-" + _rejected_label(content)),
            # a day-only update is a day, not an invented midnight (t-final59 #4d)
            ("updated", "-" if content.updated is None else content.updated.isoformat()[:10]
             if content.updated_precision == DAY else content.updated.isoformat()),
            ("first seen", article.first_seen.isoformat()),
            ("language", content.language or "-"),
            ("authors", ", ".join(
                f"{a} ({content.author_roles[a]})" if content.author_roles.get(a) else a
                for a in content.authors) or "-"), *links]
    lines += [f"{k:>10}: {one_line(v)}" for k, v in meta]
    unread = str((article.enrichment or {}).get("unread_language") or "")
    if unread:  # t-final36 B8: not silently empty
        t = ui_strings()
        lines.append(f"{'enrichment':>10}: "
                     + t("enrich_unread_language", language=t.language_name(unread)))
        if (article.enrichment or {}).get("dates_unread"):
            lines.append(" " * 12 + t("enrich_unread_dates"))
    # r-extract60: why a stored article has no entity, place or quote; said before
    # `veille enrich` ran too, and why it is alone in its story (t-final61 #6)
    no_prose = str((article.enrichment or {}).get(NOT_PROSE) or "") or \
        unread_body(content.evidence)
    if no_prose:
        lines.append(f"{'enrichment':>10}: {one_line(no_prose)}")
    if content.truncated:
        lines.append(" " * 12 + truncated_note(content.evidence))
    if withdrawn(content.evidence):  # a wire kill or hold (t-final60 #9)
        lines.append(f"{'withdrawn':>10}: by its agency, "
                     f"{one_line(str(content.evidence.get('pub_status')))}")
    if gone is not None:
        lines.append(f"{'unpublished':>10}: the site removed the page (HTTP {gone.status}, "
                     f"seen {gone.seen.isoformat(timespec='seconds')}): this is the copy "
                     "veille kept")
    lines.append("")
    for paragraph in content.paragraphs:
        lines.append(textwrap.fill(one_line(paragraph), width=width, break_on_hyphens=False))
        lines.append("")
    if after_text:
        lines += [*after_text, ""]
    lines += dropped_lines(content.evidence, width=width)
    return "\n".join(lines).rstrip() + "\n"


#: The most of ``evidence["truncated"]`` the truncation note of ``show`` quotes (then "…").
TRUNCATED_CHARS = 200


def truncated_note(evidence: Mapping[str, str]) -> str:
    """The note ``show`` prints under a truncated article's metadata, in parentheses: a
    cut by veille's own size bound says so, with the bound (``evidence[SIZE_CUT]``,
    :func:`~veille.extract.article_bound.mark_size_cut`: "article text cut at 999,961 of
    19,010,640 characters (no article runs past 1,000,000)"; t-final58 #13: it read "the
    page cut the article"); else what the extractor said of the cut
    (``evidence["truncated"]``: a paywall's notice, an archive's truncation, a feed's
    summary), at most :data:`TRUNCATED_CHARS` characters; else the page cut it."""
    bound = evidence.get(SIZE_CUT, "")
    if bound:
        return f"(truncated by veille's size bound, not by the page: {one_line(bound)})"
    said = " ".join(one_line(evidence.get("truncated", "")).split())
    if said:
        if len(said) > TRUNCATED_CHARS:
            said = said[:TRUNCATED_CHARS - 1] + "…"
        return f"(truncated: {said})"
    return "(truncated: the page cut the article, e.g. at a paywall)"


REJECTED_CHARS = 300
"""The most of ``evidence["dates_rejected"]`` ``show`` prints (then "…")."""


def _rejected_label(content: Content) -> str:
    """" (refused: 2041-12-14T10:15:00+01:00 (dateline): after the fetch time)" after an
    absent date of publication when the page gave dates veille refused, "" otherwise."""
    why = " ".join(one_line(str(content.evidence.get("dates_rejected") or "")).split())
    if not why:
        return ""
    if len(why) > REJECTED_CHARS:
        why = why[:REJECTED_CHARS - 1] + "…"
    return f" ({_strings(cli_language())('cli_date_rejected', why=why)})"


def dropped_lines(evidence: Mapping[str, object], *, width: int = 88) -> list[str]:
    """The blocks extraction left out (:func:`veille.extract.dropped_blocks.dropped_blocks`)
    as ``show`` prints them under the text: a heading in the terminal's language, then one
    line per block, ``- [reason] text`` (wrapped at ``width``), then how many more were left
    unlisted; [] when the evidence records none."""
    found, more = dropped_blocks(evidence)
    if not found and not more:
        return []
    t = ui_strings()
    lines = ["-" * min(width, 40), t("dropped_title"), ""]
    for item in found:
        lines.append(textwrap.fill(f"- [{t('dropped_reason_' + item.reason)}] "
                                   f"{one_line(item.text)}", width=width,
                                   subsequent_indent="  ", break_on_hyphens=False))
    if more:
        lines.append("  " + t.plural("dropped_more", more))
    return lines


def with_dropped(record: dict[str, Any], article: Article) -> dict[str, Any]:
    """``record`` (an article's JSON record) with ``dropped``: the blocks extraction left
    out, each ``{"reason", "text"}`` (:mod:`veille.extract.dropped_blocks`), and
    ``dropped_unlisted``, how many more were left unlisted (issue 14; ``show --json``);
    as is when its evidence records none (the record alone, as ``unpublished`` is added
    only for a removed page)."""
    found, more = dropped_blocks(article.content.evidence if article.content else {})
    if found or more:
        record["dropped"] = [item.to_dict() for item in found]
        record["dropped_unlisted"] = more
    return record


def display_zone(name: str) -> tzinfo | None:
    """``--tz``'s zone: ``local`` (the terminal's: ``TZ``, else the system's), an IANA
    name (``Europe/Paris``, ``UTC``), or None for "" (each time on its own clock).
    Raises :class:`~veille.errors.ArgumentError` for another value, with what to write."""
    from zoneinfo import ZoneInfo

    from veille.errors import ArgumentError
    from veille.extract.timezones import check_zone

    if not name:
        return None
    if name.strip().lower() == "local":
        return datetime.now().astimezone().tzinfo
    try:
        return ZoneInfo(check_zone(name))
    except ValueError as exc:
        what, _, near = str(exc).partition(": ")
        raise ArgumentError(what, hint=near if near.startswith("did you mean") else
                            "--tz takes local or an IANA zone name, such as "
                            "Europe/Paris, UTC, America/New_York") from exc

