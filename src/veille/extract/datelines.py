"""The dateline opening an article's first paragraph: "PARIS, 12 mars (AFP) - ...",
"ROUEN, 30 nov 2026 (AFP) - ...", "22 mai 2012. - ...".

One rule for HTML pages (:mod:`veille.extract.html.dating`) and text captures
(:mod:`veille.extract.text_capture`): a date starting within the first
:data:`MAX_START` characters, then an optional place or hour after a comma, an optional
credit in parentheses, and a dash (the agency dispatch form, AFP's *Manuel de l'agence*:
"LIEU, date (AFP) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from veille.extract.bylines import is_agency
from veille.extract.dates import FoundDate, dateline_without_year, find_dates
from veille.extract.wire_datelines import WireDateline, credit_after_date, wire_dateline

#: What ends a dateline that opens a paragraph: a dash, after an optional "(AFP)" (and the
#: dot of EFE's "(EFE).-").
DATELINE_END = re.compile(r"(?:,\s*[^\W\d][^.,;:()]{0,30})?\W{0,2}\s*"
                          r"(?:\((?P<credit>[^()]{1,30})\)\.?\s*)?[-–—]\s")
#: The dash :data:`DATELINE_END` ends with: a text without one opens with no dateline, and
#: the date search (the costly part) is skipped (most paragraphs hold no such dash).
_DASH = re.compile(r"[-–—]\s")
#: A dateline's date starts this close to the paragraph's start (characters).
MAX_START = 40
#: Only this much of a paragraph is searched (characters): a dateline is short.
MAX_CHARS = 120


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: its date, the agency it credits ("AFP", or ''), and ``end``, the offset
    in the paragraph where the article's own text starts (after the dash)."""

    found: FoundDate
    credit: str
    end: int


#: An agency's dateline without a date, the commonest web form of a dispatch: "BRUXELLES
#: (Belga) - ...", "GENÈVE (Keystone-ATS) - ...", "Bruxelles, 1er déc (BELGA) - ...",
#: "(Belga) ...": a place of one to four capitalised words (and what a comma adds after it,
#: a day or an hour), the credit in parentheses, and a dash (none needed after a credit
#: opening the text). Only an agency's name counts as the credit (:func:`is_agency`).
_PLACE = (r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*"
          r"(?:[\s\-](?:(?:de|du|des|la|le|sur|en)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,3}")
UNDATED_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}(?:\s*,\s*[^()\n]{{1,30}}?)?\s*\((?P<credit>[^()]{{1,30}})\)\s*[-–—]\s"
    rf"|\((?P<alone>[^()]{{1,30}})\)\s*(?:[-–—]\s*)?(?=[A-ZÀ-ÖØ-Þ«\"]))")


#: The dateline every agency writes, whoever it is: a place in capitals (one to five words,
#: hyphens and apostrophes inside: "NYON", "SAINT-LUC-DE-VINCENNES", "LA CHAUX-DE-FONDS"),
#: an optional qualifier in parentheses ("SAINT-DENIS (La Réunion)"), an optional short date
#: ("19/10", "1er décembre 2026", ", 2 déc."), an optional credit in parentheses, then a dash
#: and a space before a sentence's capital: Belga's "BRUXELLES 19/10 (Belga) - ",
#: Keystone-ATS's "NYON - ", La Presse Canadienne's "SAINT-LUC-DE-VINCENNES — ", Reuters'
#: and AP's "LONDRES (Reuters) - "
#: (AFP's *Manuel de l'agence* form, "LIEU, date (AFP) -", is the same shape). A credit
#: after the dash ("MONTRÉAL — La Presse Canadienne — ") is read by :func:`wire_dateline`.
_CAPS_WORD = (r"[A-ZÀ-ÖØ-Þ]{2,}(?:['’\-][A-ZÀ-ÖØ-Þ]+)*"
              r"|[A-ZÀ-ÖØ-Þ]['’][A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]+)*")
_SHORT_DATE = (r"\d{1,2}(?:er)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?"
               r"|\s+[^\W\d]{3,10}\.?(?:\s+\d{4})?)")
CAPS_DATELINE = re.compile(
    rf"^\s*(?P<place>(?:{_CAPS_WORD})(?:\s+(?:{_CAPS_WORD})){{0,4}})"
    rf"(?:\s*\((?P<qualifier>[^()\d]{{2,30}})\))?"
    rf"(?:\s*,?\s+{_SHORT_DATE}|\s*,\s*{_SHORT_DATE})?"
    rf"(?:\s*\((?P<credit>[^()]{{1,30}})\)\.?)?\s*[-–—]\s+(?=[A-ZÀ-ÖØ-Þ«\"“]|\d)")
#: Words in capitals that open a paragraph as a kicker, not a place: "VIDÉO - ", "INFO
#: OUEST-FRANCE - ", "EXCLUSIF - ". With no date and no agency credit, a paragraph opening on
#: one of them keeps it (:func:`caps_dateline`).
KICKERS = frozenset({
    "ALERTE", "ANALYSE", "AUDIO", "BREAKING", "CARTE", "CHRONIQUE", "DÉCRYPTAGE", "DIRECT",
    "DOCUMENT", "ÉDITO", "ÉDITORIAL", "ENQUÊTE", "ENTRETIEN", "EXCLUSIF", "EXCLUSIVITÉ",
    "FLASH", "INFO", "INFOGRAPHIE", "INTERVIEW", "LIVE", "OPINION", "PHOTO", "PHOTOS",
    "PODCAST", "PORTRAIT", "RÉCIT", "REPORTAGE", "TÉMOIGNAGE", "TÉMOIGNAGES", "TRIBUNE",
    "UPDATE", "URGENT", "VIDÉO", "VIDÉOS", "VIDEO"})


def caps_dateline(text: str) -> WireDateline | None:
    """The dateline in capitals opening ``text`` (:data:`CAPS_DATELINE`), with the agency it
    credits in parentheses ("" when none or when the parentheses name no agency:
    :func:`is_agency`), or None. A place alone (no date, no credit) that is a kicker word
    (:data:`KICKERS`: "VIDÉO - ") is none; nor is a dash with nothing after it, nor one
    before a lower-case word ("SNCF - la grève": an acronym in a sentence)."""
    match = CAPS_DATELINE.match(text[:MAX_CHARS])
    if match is None or not text[match.end():].strip():
        return None
    # "NYON (ATS) - ": the only parentheses are the credit's, not a region's
    credit = (match.group("credit") or match.group("qualifier") or "").strip()
    dated = match.group(0).find("(") >= 0 or any(ch.isdigit() for ch in match.group(0))
    if not dated and match.group("place").split()[0].split("-")[0] in KICKERS:
        return None
    if not is_agency(credit) and match.group("credit"):
        credit = (match.group("qualifier") or "").strip()
    return WireDateline(credit if is_agency(credit) else "", (), match.end())


def undated_opening(text: str) -> WireDateline | None:
    """The agency's dateline without a date opening ``text``: an agency's own form in its
    language (:func:`~veille.extract.wire_datelines.wire_dateline`: "新华社北京12月1日电
    （记者王伟）", "(서울=연합뉴스) 김민수 기자 =", "МОСКВА, 1 декабря. /ТАСС/.", "MADRID, 1 dic
    (EFE).-"), else :data:`UNDATED_DATELINE` ("BRUXELLES (Belga) - ..."), else a place in
    capitals with or without a date or a credit (:func:`caps_dateline`: "NYON - ",
    "BRUXELLES 19/10 (Belga) - "; t-reader24 R6: only AFP's left the lead), or None."""
    found = wire_dateline(text)
    if found is not None:
        return found
    match = UNDATED_DATELINE.match(text[:MAX_CHARS])
    if match is not None:
        credit = (match.group("credit") or match.group("alone") or "").strip()
        if is_agency(credit):
            return WireDateline(credit, (), match.end())
    return caps_dateline(text)


def opening_credit(text: str) -> str:
    """The agency credited by a dateline without a date opening ``text`` ("BRUXELLES
    (Belga) - Le gouvernement..." gives "Belga", "新华社北京12月1日电..." "新华社"), or ""
    (:func:`undated_opening`)."""
    found = undated_opening(text)
    return found.credit if found is not None else ""


def opening_of(text: str, *, zone: tzinfo, now: datetime) -> WireDateline | None:
    """The dateline opening ``text``, dated (:func:`opening_dateline`) or not
    (:func:`undated_opening`), as its credit, its reporters and the offset where the
    paragraph's own text starts; None when none opens it."""
    dated = opening_dateline(text, zone=zone, now=now)
    undated = undated_opening(text)
    if dated is not None and (undated is None or undated.end < dated.end):
        return WireDateline(dated.credit, (), dated.end)
    return undated  # an agency's own form, as long, names its reporters


_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # a dateline's date is not read for its credit


def dateline_credit(text: str) -> tuple[str, int] | None:
    """The agency a dateline opening ``text`` credits, dated or not ("LYON (AFP) - ",
    "GENÈVE, 2 déc (Reuters) – ", "新华社北京12月1日电"), and its offset in ``text`` (-1
    when the agency's own form is not written as such); None when no dateline naming an
    agency opens it (:func:`opening_of`; its date is not resolved)."""
    found = opening_of(text, zone=UTC, now=_ANY_TIME)
    if found is None or not found.credit:
        return None
    return found.credit, text.rfind(found.credit, 0, found.end)


def opens_dispatch(text: str) -> bool:
    """Whether a dateline, dated or not, opens ``text`` (:func:`opening_of`: "Madrid, 4 dic
    (EFE).- …", "BRUXELLES (Belga) - …", "(ANSA) - ROMA, 3 MAR - …"): the paragraph
    that opens an agency's dispatch, under its headline and its deck. Its date is not
    resolved."""
    return opening_of(text, zone=UTC, now=_ANY_TIME) is not None


def without_opening(text: str, *, zone: tzinfo, now: datetime) -> str:
    """``text`` without the dateline opening it (:func:`opening_of`): the lead a paragraph
    gives ("BRUXELLES (Belga) - Le gouvernement..." gives "Le gouvernement..."); ``text``
    itself when no dateline opens it or nothing follows one."""
    found = opening_of(text, zone=zone, now=now)
    rest = text[found.end:].strip() if found is not None else ""
    return rest or text


def opening_dateline(text: str, *, zone: tzinfo, now: datetime) -> Dateline | None:
    """The dateline opening ``text`` (a paragraph), or None. A time without a zone is read
    in ``zone``; a relative or year-less date is resolved against ``now`` (aware).

    A dispatch of the day prints no year ("PARIS, 4 mars (AFP) -", "MADRID, 4 mar
    (EFE).-", "WASHINGTON, March 4 (Reuters) -", "МОСКВА, 4 мар — РИА Новости.",
    "САМАРА, 20 января. /ТАСС/."): when no dated dateline opens ``text``, a day and month
    opening one (followed by :data:`DATELINE_END`, or inside an agency's own form,
    :func:`~veille.extract.wire_datelines.wire_dateline`) is read in the most recent year
    that puts it on or before the day after ``now``'s (``found.year_inferred``,
    :func:`~veille.extract.dates.dateline_without_year`; t-final58 #1). A day/month in
    figures ("BRUXELLES 19/10 (Belga) -") counts only with an agency's credit. When an
    agency's own form ends after the dash ("— РИА Новости, Иван Петров."), the text starts
    after it."""
    head = text[:MAX_CHARS]
    wire = wire_dateline(text) if _DASH.search(head) or "/" in head else None
    if not _DASH.search(head) and wire is None and not (
            "/" in head and _OPENS_WITH_DAY.match(head)):
        return None
    # a place qualified in brackets ("Puerto Lumbre (Territoires palestiniens), ") puts
    # the date further
    reach = MAX_START + QUALIFIER_CHARS if _QUALIFIED_PLACE.match(head) else MAX_START
    for found in find_dates(head, default_zone=zone, now=now):
        credited = _credited_alone(head, found)
        if credited is not None:
            return credited
        end = DATELINE_END.match(head, found.end) if found.start <= reach else None
        if end:
            return _dateline(found, end, wire)
    for found in dateline_without_year(head, zone=zone, now=now):
        if found.start > reach:
            break
        credited = _credited_alone(head, found)
        if credited is not None:
            return credited
        end = DATELINE_END.match(head, found.end)
        inside = wire is not None and found.end <= wire.end
        if (end is None and not inside) or not _PLACE_BEFORE.fullmatch(head, 0, found.start):
            continue
        credit = (end.group("credit") or "").strip() if end else ""
        if _FIGURES.match(head, found.start) and not is_agency(credit) and not (
                inside and wire is not None and wire.credit):
            continue  # "Top 14/12 - ": figures alone are no dateline's date
        if end is None and wire is not None:
            return Dateline(found, wire.credit, wire.end)
        if end is not None:
            return _dateline(found, end, wire)
    return None


#: A paragraph opening with a day's number or a month's name and a number ("4 mars",
#: "March 4": a dateline with no place opens so): with a slash near, a dateline with no
#: dash may open it (TASS's "2 апреля. /ТАСС/."), so its dates are searched.
_OPENS_WITH_DAY = re.compile(r"\s*(?:\d|[^\W\d_]{3,12}\.?\s+\d)")


def _credited_alone(head: str, found: FoundDate) -> Dateline | None:
    """The dateline of ``found`` when nothing but spaces comes before it in ``head`` and an
    agency's credit follows it (:func:`~veille.extract.wire_datelines.credit_after_date`):
    a dispatch whose dateline has no place, "4 mars (AFP) - ", "4 de marzo (EFE).- ",
    "4. März (dpa) - ", "March 4 (Reuters) - ", "4 марта — РИА Новости. ", "2 апреля.
    /ТАСС/. " (r-extract59); None otherwise (a date opening a sentence, an events list's
    "4 avril - 12 mai", a bracket naming no agency)."""
    if head[:found.start].strip():
        return None
    credit = credit_after_date(head, found.end)
    return None if credit is None else Dateline(found, credit.credit, credit.end)


#: A place's qualifier in brackets: its country, region or province, a name (a capital
#: first, or a letter of a script without case), no figure (a date is none, "(nacional)"
#: a sentence's aside).
_QUALIFIER = r"\((?=[^\W\d_a-zà-ÿ])[^()\n\d]{2,30}\)"
#: Characters a qualifier adds, at most, to how far a dateline's date may start
#: (:data:`MAX_START`).
QUALIFIER_CHARS = 32
#: A place and its qualifier, then a comma, opening a paragraph ("Saint-Denis (Francia), ").
_QUALIFIED_PLACE = re.compile(rf"\s*[^\W\d_][^,،\n\d()]{{0,40}}{_QUALIFIER}\s*[,،]")
#: What opens a dateline before its year-less date: a place and a comma ("PARIS, ",
#: "القاهرة، "), the place maybe qualified in brackets by its country, region or province
#: ("Saint-Denis (Francia), ", "BEYROUTH (Liban), ", "ALMENDRAL (BADAJOZ), ": the agencies'
#: form for a place abroad or a small town, EFE's, AFP's and Europa Press's style;
#: t-check62 #2), maybe after the agency's credit ("(ANSA) - ROMA, "), or a place in
#: capitals ("BRUXELLES 19/10"); not a sentence's words ("Dès le 4 mars - et jusqu'au…").
_PLACE_BEFORE = re.compile(
    r"\s*(?:\([^()\n]{1,30}\)\s*[-–—]\s*)?"
    rf"(?:[^\W\d_][^,،\n\d()]{{0,40}}(?:{_QUALIFIER}\s*)?[,،]"
    r"|[^\W\d_a-zà-ÿ][^\W\da-zà-ÿ]{1,30}(?:[ \-][^\W\da-zà-ÿ]{2,30}){0,3})\s*")
#: A day/month in figures ("19/10"), not a month's name.
_FIGURES = re.compile(r"\d{1,2}[/.]\d")


def _dateline(found: FoundDate, end: re.Match[str], wire: WireDateline | None) -> Dateline:
    """The dateline of ``found`` ended by ``end`` (:data:`DATELINE_END`): its agency's
    credit in parentheses; an agency's own form ending further (RIA Novosti's "— РИА
    Новости."), its credit and end instead."""
    credit = (end.group("credit") or "").strip()
    if wire is not None and wire.credit and wire.end >= end.end():
        return Dateline(found, wire.credit, wire.end)
    return Dateline(found, credit if is_agency(credit) else "", end.end())
