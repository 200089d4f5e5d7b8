"""What a page prints above its headline, and printed times in every order (t-final32 #4, #6).

#4: a logo ``<h1>`` over an article headed by an ``<h2>`` ("SCMP"), and a kicker ending in
a dot ("U.S.") above the ``<h1>``, became the lead and the first paragraph: the kicker
rule was read for ``<h1>`` headlines only and took "U.S." for a sentence, and the masthead's
text was never kept out of the body.

#6: a time printed before its date ("11:30pm, 3 Mar 2026 HKT", "6:42 PM PST, March 3,
2026"), a German "17.45 Uhr MEZ" and a dotted "7.15pm" kept only the day; MEZ/MESZ were no
zones; an update printed with its zone left the evidence saying the zone was assumed; an
ambiguous IST with nothing to resolve it was read as UTC with no word of it.

Every case is ingested with the CLI into a real store and read back with ``export``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.dates import find_dates

BODY = """<p>The harbour authority closed the eastern pier on Monday after a crane collapsed
onto the quay during high winds, injuring two dock workers.</p>
<p>Inspectors were expected on site on Tuesday, a spokeswoman for the authority said.</p>"""


def _ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str,
            source: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", source, str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    content: dict[str, object] = json.loads(line)["content"]
    return content


HEADERS = {
    "logo h1 over an article h2": (
        '<h1 class="logo">PORTNEWS</h1><article><h2>{headline}</h2>'
        '<div class="date">Published 9 March 2026</div>{body}</article>', "PORTNEWS"),
    "logo h1 in a logo box, no article": (
        '<div class="header-logo"><h1>Port Weekly</h1></div><div class="content">'
        '<h2 class="entry-title">{headline}</h2><p class="entry-meta">9 March 2026</p>'
        '{body}</div>', "Port Weekly"),
    "kicker ending in a dot": (
        '<header><a href="/"><img alt="Port Weekly" src="l.png"></a></header><main>'
        '<div class="kicker">U.K.</div><h1 class="headline">{headline}</h1>'
        '<p class="byline">By Tom Hale</p>{body}</main>', "U.K."),
    "kicker above a wrapped h1": (
        '<article><p class="eyebrow"><a href="/ports">Ports</a></p>'
        '<div class="headline-box"><h1>{headline}</h1></div>{body}</article>', "Ports"),
}


@pytest.mark.parametrize("case", sorted(HEADERS))
def test_what_is_printed_above_the_headline_is_neither_lead_nor_paragraph(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    headline = "Crane collapse closes eastern pier at Felixstowe"
    shape, label = HEADERS[case]
    page = ('<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
            "<title>Port Weekly</title></head><body>"
            + shape.format(headline=headline, body=BODY) + "</body></html>")
    content = _ingest(tmp_path, capsys, "pier.html", page, "portweekly.co.uk")
    paragraphs = content["paragraphs"]
    assert isinstance(paragraphs, list)
    assert content["title"] == headline
    assert paragraphs[0].startswith("The harbour authority closed"), paragraphs
    assert str(content["lead"]).startswith("The harbour authority closed")
    assert label not in paragraphs


def test_a_sentence_above_the_headline_is_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only what is no prose goes: a sentence set above the headline may be the article's."""
    sentence = ("Two dock workers were taken to hospital after a crane fell onto the quay "
                "at Felixstowe on Monday.")
    page = ('<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
            "<title>Port Weekly</title></head><body><article>"
            f'<p>{sentence}</p><h2>Crane collapse closes eastern pier</h2>{BODY}'
            "</article></body></html>")
    content = _ingest(tmp_path, capsys, "pier.html", page, "portweekly.co.uk")
    assert sentence in list(content["paragraphs"])  # type: ignore[call-overload]


def _utc(value: object) -> str:
    return datetime.fromisoformat(str(value)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def _page(line: str, lang: str, tag: str = "p") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            "<title>Crane collapse closes eastern pier - Port Weekly</title></head><body>"
            f"<article><h1>Crane collapse closes eastern pier</h1>"
            f'<{tag} class="date">{line}</{tag}>{BODY}</article></body></html>')


#: (printed line, page language, source, tag, published UTC, zone given)
TIMES = [
    ("Published: 10:50pm, 6 Apr 2026 HKT", "en", "harbourpost.com", "div",
     "2026-04-06T14:50", True),
    ("06.04.2026, 9.10 Uhr MESZ", "de", "hafenblatt.de", "time", "2026-04-06T07:10", True),
    ("Veröffentlicht am 06.02.2026, 21.35 Uhr MEZ", "de", "hafenblatt.de", "p",
     "2026-02-06T20:35", True),
    ("Last updated 6.05pm BST, 6 April 2026", "en-GB", "portweekly.co.uk", "p",
     "2026-04-06T17:05", True),
    ("Published 7:20 PM IST, 6 April 2026", "en-IN", "portnews.in", "p",
     "2026-04-06T13:50", True),
    ("Mon Apr 6 2026 - 19:20 IST", "en-IE", "portnews.ie", "p", "2026-04-06T18:20", True),
    ("Mon Apr 6 2026 - 19:20 IST", "en", "portnews.com", "p", "2026-04-06T19:20", False),
]


@pytest.mark.parametrize(("line", "lang", "source", "tag", "want", "given"), TIMES)
def test_printed_times_in_every_order_keep_time_and_zone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, lang: str,
        source: str, tag: str, want: str, given: bool) -> None:
    content = _ingest(tmp_path, capsys, "pier.html", _page(line, lang, tag), source)
    assert content["published_precision"] == "time", content
    assert _utc(content["published"]) == want
    how = str(content["evidence"]["timezone"])  # type: ignore[index]
    assert how.startswith("assumed") is not given, how
    if not given:  # IST with nothing to resolve it: local time, and the evidence says why
        assert "IST printed" in how


def test_a_capture_updated_time_before_its_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """AP's "Updated 5:12 PM PDT, April 6, 2026": the update time dates the capture."""
    text = ("Pacific Wire\nCrane collapse closes Oakland pier\n"
            "Updated 5:12 PM PDT, April 6, 2026\n"
            "OAKLAND, Calif. (PW) — A crane collapsed onto a pier at the Port of Oakland on "
            "Monday, injuring two dock workers, port officials said.\n"
            "Inspectors were expected on Tuesday.\n")
    content = _ingest(tmp_path, capsys, "pier.txt", text, "pacificwire.com")
    assert _utc(content["updated"]) == "2026-04-07T00:12"
    assert _utc(content["published"]) == "2026-04-07T00:12"
    assert not str(content["evidence"]["timezone"]).startswith("assumed")  # type: ignore[index]


def test_an_update_printed_with_its_zone_gives_the_page_zone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A day from the URL, an update "à 16:40 CEST": the zone is the page's, not assumed."""
    page = _page("Mis à jour le 06/07/2026 à 16:40 CEST", "fr").replace(
        "<head>", '<head><link rel="canonical" '
        'href="https://www.leportail.fr/ports/2026/07/06/grue-effondree">')
    content = _ingest(tmp_path, capsys, "grue.html", page, "leportail.fr")
    assert _utc(content["updated"]) == "2026-07-06T14:40"
    assert str(content["evidence"]["timezone"]).startswith("given by the page")  # type: ignore[index]


def test_a_time_belongs_to_the_date_before_it_and_a_bare_number_is_no_time() -> None:
    """"3 mars 2026 à 10:00, 4 mars 2026": 10:00 is the first date's, the second has no
    time; "Route 29, 3 March 2026": 29 is no hour."""
    first, second = find_dates("le 3 mars 2026 à 10:00, 4 mars 2026")
    assert (first.value.hour, first.has_time, second.has_time) == (10, True, False)
    [only] = find_dates("closed Route 29, 3 March 2026")
    assert not only.has_time


def test_the_zone_table_holds_every_abbreviation_the_tz_database_writes() -> None:
    """The abbreviations are a closed class, the tz database's (pinned tzdata): each one
    its zones write in 2026 is in the table with one of its offsets, or is ambiguous with
    no default (IST), or left out on purpose (Samoa's SST, written informally for
    Singapore), or the Chamorro "ChST" the date patterns read in its own case."""
    from zoneinfo import ZoneInfo

    from veille.extract.timezones import AMBIGUOUS_ONLY, ZONE_ABBREVIATIONS, _zone_tab

    written: dict[str, set[float]] = {}
    for _, name in _zone_tab():
        for month in (1, 7):
            local = datetime(2026, month, 15, 12, tzinfo=UTC).astimezone(ZoneInfo(name))
            abbreviation, offset = local.tzname() or "", local.utcoffset()
            if abbreviation[:1].isalpha() and offset is not None:
                written.setdefault(abbreviation, set()).add(offset.total_seconds() / 3600)
    assert written, "tzdata's zone.tab was not read"
    for abbreviation, offsets in written.items():
        if abbreviation in AMBIGUOUS_ONLY | {"SST", "ChST"}:
            continue
        assert ZONE_ABBREVIATIONS.get(abbreviation.upper()) in offsets, abbreviation
