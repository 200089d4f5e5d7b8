"""Authors and dates of a text capture, from the blocks around its headline and body.

Bylines give the authors (person names only), datelines the published and updated times,
with JSON-LD as the fallback for each. The headline and standfirst are chosen in
:mod:`~veille.extract.capture_head`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from typing import Any

from veille.extract import textshape as ts
from veille.extract.bare_byline import byline_before_date, known_given_name
from veille.extract.bylines import (
    byline_after_date,
    byline_part,
    closing_signatures,
    is_person,
    json_ld_authors,
    organisation_credits,
    people_and_credits,
    plain_byline,
    split_byline,
    unmarked,
)
from veille.extract.chrome_lines import share_bar
from veille.extract.dated_byline import dated_byline_names
from veille.extract.dateline_credit import dateline_credits
from veille.extract.dateline_lines import line_dateline
from veille.extract.datelines import opening_dateline, opening_of
from veille.extract.dates import (
    FoundDate,
    after_fetch,
    day_only,
    find_dates,
    published_and_updated,
    relative_dateline,
    unread_zone_note,
    weekday_days,
)
from veille.extract.furniture_title import furniture_reason, heading_words
from veille.extract.weekday_year import agreeing_year, agreeing_years, year_note

_SUFFIX_SPLIT = re.compile(r"\s+[-|–—·>»/]\s+")
_SITE_CLOCK = re.compile(
    r"(?i)\b(?:(?:dernière\s+)?mise\s+à\s+jour|mis\s+à\s+jour|actualisé|(?:last\s+)?updated?)"
    r"\s+(?:du|de\s+la|de\s+l['’]|of\s+the|of)\s*(?:site|page\s+d['’]accueil|accueil|"
    r"homepage|home\s*page|website)\b|"
    r"\b(?:site|website|homepage)\s+(?:mis\s+à\s+jour|actualisé|(?:last\s+)?updated)\b")
"""The site's own clock ("Dernière mise à jour du site : 1er décembre 2026 à 14h32",
"Site mis à jour à 14h32", "Homepage last updated 2:32 PM"): when the site as a whole,
not the article, was last changed. Its date is no dateline."""


@dataclass(slots=True)
class CaptureMeta:
    """Authors and dates found around the body, and where each came from."""

    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    published_has_time: bool = True
    """False when the dateline gives only the day ("12 mars 2024")."""
    updated_has_time: bool = True
    """False when the update line gives only the day ("Updated Feb 4, 2026")."""


def _ld_values(json_ld: list[dict[str, Any]], key: str) -> list[str]:
    values: list[str] = []
    for obj in json_ld:
        value = obj.get(key)
        if isinstance(value, str):
            values.append(value)
    return values


def parse_byline(text: str) -> list[str]:
    """Person names from "Par Marie Dupont et Jean Martin" or "By John Smith, Reuters"
    (agencies and publishers left out: :func:`~veille.extract.bylines.split_byline`)."""
    return split_byline(text)[0]


def _ld_authors(json_ld: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(people, credits) of the JSON-LD objects' ``author`` values."""
    names: list[str] = []
    organisations: list[str] = []
    for obj in json_ld:
        people, orgs = json_ld_authors(obj.get("author"))
        names.extend(people)
        organisations.extend(orgs)
    people, credits = people_and_credits(names)
    return people, list(dict.fromkeys(credits + organisation_credits(organisations)))


def _dateline_evidence(found: FoundDate) -> str:
    if found.order:  # "01-12-26": which of day and month came first, and why
        return f"dateline ({found.order})"
    if found.relative:
        return "relative dateline"
    if found.year_inferred and found.weekday_note:
        return f"dateline without a year (year inferred: {found.weekday_note})"
    if found.year_inferred:
        return ("dateline without a year (year inferred: the most recent such day up to a "
                "day after the masthead's date or the fetch)")
    return "dateline"


def year_by_weekdays(meta: CaptureMeta, text: str) -> None:
    """Give ``meta``'s publication, whose year its dateline did not print ("(ANSA) -
    FIRENZE, 30 NOV -", evidence "year inferred"), the one year among the few before the
    inferred one that the weekdays ``text`` (the body) writes with a day and a month
    agree with ("giovedì 1 dicembre": 2022), and say so in ``evidence["published"]``;
    unchanged when the inferred year agrees, when none or several do, or when the text
    writes no weekday with a day (:func:`veille.extract.weekday_year.agreeing_year`,
    t-final66 F1). The update, when on the same inferred year, moves with it."""
    published = meta.published
    said = meta.evidence.get("published", "")
    if published is None or "year inferred" not in said or "chosen by the weekday" in said:
        return
    mentions = weekday_days(text)
    year = agreeing_year(published.month, published.day, published.year, mentions)
    if year is None:
        return
    shift = published.year - year
    meta.published = published.replace(year=year)
    meta.evidence["published"] = said.replace(
        "the most recent such day up to a day after the masthead's date or the fetch",
        year_note(year, mentions, agreeing_years(published.month, published.day,
                                                 published.year, mentions)))
    if meta.updated is not None and meta.updated.year == published.year:
        try:
            meta.updated = meta.updated.replace(year=meta.updated.year - shift)
        except ValueError:  # 29 February
            meta.updated = None
            meta.evidence.pop("updated", None)


def _masthead_day(blocks: list[str], zone: tzinfo, reference: datetime) -> datetime | None:
    """The end of the day a masthead above the headline prints with its year ("Mardi 1
    décembre 2026"), not after ``reference``: the reference for a dateline without a year
    under it (a capture saved or copied long after the page was shown); None without one."""
    for block in blocks:
        for found in find_dates(block, default_zone=zone):
            if not found.year_inferred and not after_fetch(found.value, reference,
                                                           zone_given=found.zone_given):
                local = found.value.astimezone(zone)
                return local.replace(hour=23, minute=59, second=0)
    return None


def _clock_continued(day_line: tuple[str, FoundDate], block: str, zone: tzinfo,
                     reference: datetime, years: datetime | None) -> FoundDate | None:
    """The day-only date of ``day_line`` (its line, its date) with the time that ``block``
    prints alone on the next line ("8:41 AM GMT+1"), or None when ``block`` is no such
    time: the two lines read as one give the same day, now with a time."""
    line, day = day_line
    if len(block) > 40:
        return None
    joined = f"{line} {block}"
    for found in find_dates(joined, default_zone=zone, now=reference, year_reference=years):
        if (found.start <= day.start < found.end and found.end > len(line)
                and found.has_time and found.published == day.published):
            return found
    return None


def _dateline_dates(meta_blocks: list[str], zone: tzinfo, reference: datetime,
                    above_headline: int = 0
                    ) -> tuple[FoundDate | None, FoundDate | None, list[str]]:
    """(publication, update, refused dates) among the datelines of ``meta_blocks``.

    The publication is the first date labelled as one ("Publié aujourd'hui à 10:32"),
    else the first unlabelled date: a site's masthead prints today's date above the
    headline ("Mardi 1 décembre 2026"), which is no dateline when a labelled one follows
    (newuser11 T9). A day-only publication takes the time of a later unlabelled date of
    the same day. A bare update time on a line of its own ("Publié à 22:47" / "Modifié à
    23:10", RTS's and Radio-Canada's layout) is read as the publication's line continued
    (newuser11 T11). The unlabelled dates of the first ``above_headline`` blocks, above
    the headline, are the masthead's (the day the page was shown) as soon as a labelled
    date, a publication or an update, follows: "Mardi 1 décembre 2026" above the headline
    and only "Mis à jour il y a 3 heures" under it date no publication, since the article
    may be days old (verify11a V14). They are set aside too when any date follows under
    the headline, a relative one included: "Mardi 1 décembre 2026" above the headline is
    the day the page was shown, "Hier à 18h30" under it the article's (newuser13a h2 C1)."""
    labelled: FoundDate | None = None
    plain: list[FoundDate] = []
    updated: FoundDate | None = None
    rejected: list[str] = []
    published_line = ""
    masthead: list[FoundDate] = []
    years = _masthead_day(meta_blocks[:above_headline], zone, reference)
    day_line: tuple[str, FoundDate] | None = None  # the last line dated to the day only
    for at, block in enumerate(meta_blocks):
        if _SITE_CLOCK.search(block):
            rejected.append(f"{' '.join(block.split())[:80]!r}: the site's clock, not the "
                            "article's")
            continue
        found_here = [f for f in find_dates(block, default_zone=zone, now=reference,
                                            year_reference=years)
                      if relative_dateline(block, f)]
        if not found_here and day_line is not None and any(c.isdigit() for c in block):
            # Its time on the next line ("December 2, 2026" / "8:41 AM GMT+1", Reuters'
            # layout copied): the line continued (newuser17b X12).
            timed = _clock_continued(day_line, block, zone, reference, years)
            if timed is not None:
                old = day_line[1]
                if labelled is old:
                    labelled = timed
                plain = [timed if f is old else f for f in plain]
                masthead = [timed if f is old else f for f in masthead]
                day_line = None
                continue
        if not found_here and any(c.isdigit() for c in block):
            # "FIRENZE, 30 NOV" alone under the headline: read as the dateline opening a
            # first paragraph is, its year inferred (t-check66 F2)
            whole = line_dateline(block, zone=zone, now=years or reference)
            found_here = [whole.found] if whole is not None else []
        day_line = next(((block, f) for f in reversed(found_here) if not f.has_time
                         and not f.updated), None)
        if not found_here and published_line and any(c.isdigit() for c in block):
            joined = f"{published_line} {block}"
            found_here = [f for f in find_dates(joined, default_zone=zone, now=reference,
                                                year_reference=years)
                          if f.updated and f.start > len(published_line)]
        for found in found_here:
            if after_fetch(found.value, reference, zone_given=found.zone_given):
                rejected.append(f"{found.value.isoformat()} (dateline): after the fetch time")
            elif found.updated:
                updated = found
            elif found.published and labelled is None:
                labelled, published_line = found, block
            elif not found.published:
                plain.append(found)
                if at < above_headline:
                    masthead.append(found)
                published_line = published_line or block
    below = any(all(f is not m for m in masthead) for f in plain)
    if (labelled or updated or below) and masthead:
        plain = [f for f in plain if all(f is not m for m in masthead)]
    published = labelled or (plain[0] if plain else None)
    if published is not None and published.has_time and \
            any(published is m for m in masthead):
        # A masthead's date alone: its day is the day the page was shown, its clock the
        # moment it was shown, not the article's (f-dates27)
        local = published.value.astimezone(zone) if published.zone_given else published.value
        rejected.append(f"{local.strftime('%H:%M')} (the masthead's clock above the "
                        "headline): the time the page was shown, not the article's")
        published = replace(published, value=local.replace(hour=0, minute=0, second=0,
                                                            microsecond=0), has_time=False)
    if published is not None and not published.has_time:
        day = published.value.date()
        published = next((f for f in plain if f.has_time and f.value.date() == day
                          and all(f is not m for m in masthead)), published)
    return published, updated, rejected


def print_header(block: str, blocks: Collection[str]) -> bool:
    """Whether ``block`` is a browser's print header: the moment of printing, then the
    page's title, which the page prints again as its headline ("01/12/2026 23:05    Crise
    du logement étudiant : …", Firefox's and Chrome's header of a page printed to PDF or
    text; newuser13a h2 C3). ``blocks`` holds the capture's folded blocks
    (:func:`~veille.extract.textshape.fold`). Its date is when the reader printed the
    page, no dateline."""
    words = block.split()
    if len(block) > 400 or len(words) < 4 or not any(c.isdigit() for c in words[0]):
        return False
    return any(ts.fold(" ".join(words[cut:])) in blocks
               for cut in range(1, min(PRINT_HEADER_WORDS, len(words) - 2) + 1)
               if any(c.isdigit() for c in words[cut - 1]))


#: The time of printing before the title in a print header is at most this many words
#: ("01/12/2026 23:05", "1/12/26, 23:05", "Le 01/12/2026 à 23:05").
PRINT_HEADER_WORDS = 5


def byline_and_dates(meta_blocks: list[str], json_ld: list[dict[str, Any]], *,
                     zone: tzinfo, now: datetime | None = None,
                     above_headline: int = 0, bare_names: Sequence[str] = (),
                     page_blocks: Collection[str] = ()) -> CaptureMeta:
    """Authors from bylines, dates from datelines; JSON-LD fills what the text lacks.
    ``bare_names`` are the names of bylines printed without "Par"/"By" near the headline
    (:func:`~veille.extract.bare_byline.bare_bylines`): the authors when neither a byline
    nor JSON-LD names any. The first ``above_headline`` of ``meta_blocks`` are printed
    above the headline (a masthead's date: :func:`_dateline_dates`); a print header
    repeating one of ``page_blocks`` (folded) after the time of printing dates nothing
    (:func:`print_header`).

    ``now`` is the fetch time (aware; the current time when None): relative datelines
    ("Publié hier à 18h30, mis à jour il y a 2 heures") are resolved against it on the
    calendar of ``zone``, and a date after it (beyond the clock skew of
    :func:`~veille.extract.dates.after_fetch`) is refused and kept in ``evidence``.
    """
    meta = CaptureMeta()
    credits: list[str] = []
    for line in meta_blocks:
        line = unmarked(line)  # "Par [11]X", "Par **X**", "Par [X](url)"
        # "OLJ / Par X, le ...", "Publié le ... | Par X": the byline part of the line.
        block = dated_byline_names(line, page_blocks, ts.fold) or byline_part(line) or line
        if not ts.is_byline(block):
            block = byline_after_date(line) or block  # "Publié le … à 13:47 par X"
        if ts.is_byline(block):
            # "Reporter: X", "By X x@…", "Outlet  X." read as "By X"
            people, agencies = split_byline(plain_byline(block) or block)
            meta.authors.extend(a for a in people if a not in meta.authors)
            credits.extend(a for a in agencies if a not in credits)
        else:  # "Par X Publié le …", "X - 01/12/2026 à 07h45"
            meta.authors.extend(a for a in byline_before_date(line) if a not in meta.authors)
            # "14/03/2026 - 10:15 - EFE", "22 avril 2026 à 08h40 (AFP)" (h-copies67)
            credits.extend(a for a in dateline_credits(line) if a not in credits)
    if meta.authors:
        meta.evidence["authors"] = "byline"
    else:
        meta.authors, ld_credits = _ld_authors(json_ld)
        credits.extend(c for c in ld_credits if c not in credits)
        if meta.authors:
            meta.evidence["authors"] = "JSON-LD"
        elif bare_names:
            meta.authors = list(bare_names)
            meta.evidence["authors"] = "bare name line near the headline"
    if credits:  # the record has no field for them: docs/record.md
        meta.evidence["credit"] = ", ".join(credits)
    reference = now or datetime.now(UTC)
    printed = [i for i, block in enumerate(meta_blocks) if print_header(block, page_blocks)]
    published, updated, rejected = _dateline_dates(
        [b for i, b in enumerate(meta_blocks) if i not in printed], zone, reference,
        above_headline - sum(1 for i in printed if i < above_headline))
    if published is not None:
        meta.published = published.value
        meta.published_has_time = published.has_time
        meta.evidence["published"] = _dateline_evidence(published)
    else:
        for value in _ld_values(json_ld, "datePublished"):
            meta.published, _ = published_and_updated(value, default_zone=zone)
            meta.published_has_time = not day_only(value)
            if meta.published is not None and after_fetch(meta.published, reference):
                rejected.append(f"{meta.published.isoformat()} (JSON-LD): after the fetch time")
                meta.published = None
                continue
            meta.evidence["published"] = "JSON-LD"
            break
    if updated is not None:
        meta.updated = updated.value
        meta.updated_has_time = updated.has_time
        if published is not None and published.zone_given and not updated.zone_given:
            # The capture gave its zone with the publication ("8 h 15 HNE"): the update is
            # on the same clock (newuser11 T15).
            given = published.value.tzinfo
            meta.updated = (updated.value.astimezone(given) if updated.relative
                            else updated.value.replace(tzinfo=given))
        meta.evidence["updated"] = _dateline_evidence(updated)
    by_update = (published is not None and updated is not None and meta.published is not None
                 and meta.updated is not None and not published.zone_given
                 and updated.zone_given and not updated.relative)
    if (by_update and published is not None and meta.published is not None
            and meta.updated is not None):
        # "Dec 2, 2026 Updated Dec 2, 2026 6:15 PM CST": the capture prints one clock, named
        # with its update; its publication is on it too, not on the zone assumed
        # (t-final33 B: "CST" printed, "assumed (UTC)" said; as HTML pages, t-final32 #6).
        clock = meta.updated.tzinfo
        meta.published = (meta.published.astimezone(clock) if published.relative
                          else meta.published.replace(tzinfo=clock))
    if meta.published and meta.updated and meta.updated < meta.published:
        meta.updated = None
        meta.evidence.pop("updated", None)
        by_update = False
    dated = published or updated
    if dated is not None:
        meta.evidence["timezone"] = (
            "given by the capture" if dated.zone_given
            else f"given by the capture (with the update time: {updated_zone(meta.updated)})"
            if by_update else f"assumed ({zone})" + unread_zone_note(dated.zone_unread))
    if rejected:
        meta.evidence["dates_rejected"] = "; ".join(rejected)
    return meta


def updated_zone(value: datetime | None) -> str:
    """The zone of an update time as said in evidence: its tz database name, else its
    offset ("UTC-06:00")."""
    if value is None or value.tzinfo is None:
        return "?"
    return getattr(value.tzinfo, "key", "") or value.tzname() or str(value.utcoffset())


def add_credits(meta: CaptureMeta, agencies: list[str]) -> None:
    """``agencies`` added to ``meta.evidence["credit"]``, each once."""
    credits = [c for c in meta.evidence.get("credit", "").split(", ") if c]
    credits.extend(a for a in agencies if a not in credits)
    if credits:
        meta.evidence["credit"] = ", ".join(credits)


def read_signature(meta: CaptureMeta, after_body: list[str]) -> None:
    """Credit ``meta`` with the agency of a closing signature ("ats/jpr", "sjaq avec ats")
    among the blocks ``after_body`` (:func:`~veille.extract.bylines.closing_signatures`):
    RTS signs its rewritten dispatches so, below a score table or a list of results."""
    add_credits(meta, closing_signatures(after_body))


def signs_as_person(line: str) -> bool:
    """Whether a name-shaped line after the text (:func:`read_end_signature`) names a
    person rather than heading the page's next box: it is no furniture by its shape
    (:func:`~veille.extract.furniture_title.furniture_reason`: a navigation or section
    label, a notice), and its first word is a known given name
    (:func:`~veille.extract.bare_byline.known_given_name`, the evidence a bare byline near
    the headline needs) or none of its words is a word of the page's navigation and box
    headings (:func:`~veille.extract.furniture_title.heading_words`: "Top Stories",
    "Related Topics", "Dernières Actualités", "Latest Headlines"). t-final32 #5: "Related
    Topics", two capitalised words over the BBC's topic tags, was the article's author: a
    footer heading has a person's name's shape, never a person's name's words."""
    if furniture_reason(line) or share_bar(line):
        return False  # "Facebook Twitter WhatsApp E-mail": a share bar (t-final33 #2)
    return known_given_name(line.split()[0]) or not heading_words(line)


def read_end_signature(meta: CaptureMeta, block: str, body: list[str]) -> None:
    """The author of an article signed at its end, the journalist's name alone on the
    line right after the last paragraph, before the page's boxes ("Adama Sawadogo" then
    "Articles similaires": the house style of L'Observateur Paalga, Sidwaya, Le Faso and
    many African papers; newuser17b X10): two to four capitalised words a person's name
    is made of (:func:`~veille.extract.bylines.is_person`) and no heading's
    (:func:`signs_as_person`), no digit, no sentence end, a
    surname the text does not name (a name the text talks about is its subject). The
    caller checks that no paragraph of prose follows."""
    line = " ".join(block.split())
    words = line.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in line) or ts.ends_sentence(line):
        return
    people, agencies = split_byline(line)
    if agencies or people != [line] or not is_person(line) or not signs_as_person(line):
        return
    surname = ts.fold(words[-1])
    if any(surname in ts.fold(p).split() for p in body):
        return
    meta.authors = [line]
    meta.evidence["authors"] = "signature after the text"


#: The agency's dateline opens one of the text's first paragraphs (a standfirst may come
#: first), as in HTML pages (:data:`veille.extract.html.DATELINE_PARAGRAPHS`).
DATELINE_PARAGRAPHS = 3


def read_opening_credit(meta: CaptureMeta, paragraphs: list[str], *, zone: tzinfo,
                        now: datetime | None = None) -> None:
    """Credit ``meta`` with the agency of the dateline opening one of the first
    :data:`DATELINE_PARAGRAPHS` ``paragraphs``, dated ("BRUXELLES, 1er décembre 2026
    (Belga) - ...") or not ("GENÈVE (Keystone-ATS) - ...", "新华社北京12月1日电（记者王伟）",
    :func:`~veille.extract.datelines.opening_of`); the reporters such a dateline names are
    the authors when no byline gave any."""
    reference = now or datetime.now(UTC)
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        found = opening_of(paragraph, zone=zone, now=reference)
        if found is not None and found.credit:
            add_credits(meta, [found.credit])
            if found.authors and not meta.authors:
                meta.authors = list(found.authors)
                meta.evidence["authors"] = "the agency's dateline opening the text"
            return


def read_dateline(meta: CaptureMeta, paragraph: str, *, zone: tzinfo,
                  now: datetime | None = None) -> int:
    """Date and credit ``meta`` from the dateline opening the body's first ``paragraph``
    ("ROUEN, 30 nov 2026 (AFP) - ..."), by the rule HTML pages follow
    (:func:`veille.extract.datelines.opening_dateline`): the published date when the blocks
    around the headline gave none (day precision unless the dateline has a time), its
    agency in ``evidence["credit"]``. Returns the offset where the paragraph's own text
    starts after the dateline, 0 when there is none."""
    reference = now or datetime.now(UTC)
    dateline = opening_dateline(paragraph, zone=zone, now=reference)
    if dateline is None:
        return 0
    credits = [c for c in meta.evidence.get("credit", "").split(", ") if c]
    if dateline.credit and dateline.credit not in credits:
        meta.evidence["credit"] = ", ".join([*credits, dateline.credit])
    found = dateline.found
    if meta.published is None:
        if after_fetch(found.value, reference, zone_given=found.zone_given):
            rejected = meta.evidence.get("dates_rejected", "")
            meta.evidence["dates_rejected"] = "; ".join(filter(None, [
                rejected, f"{found.value.isoformat()} (first paragraph's dateline): after "
                          "the fetch time"]))
        else:
            meta.published, meta.published_has_time = found.value, found.has_time
            meta.evidence["published"] = _dateline_evidence(found) + " opening the first paragraph"
            meta.evidence.setdefault("timezone", "given by the capture" if found.zone_given
                                     else f"assumed ({zone})"
                                     + unread_zone_note(found.zone_unread))
    return dateline.end
