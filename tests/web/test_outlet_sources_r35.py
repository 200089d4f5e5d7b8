"""r-sources35 (t-final33 #13 and B): outlets named and selected by their name, one outlet
one source, and the lists that show them.

- a capture whose masthead is followed by a skip link ("Skip to main content  Search  Sign
  in") had no outlet;
- a host whose declared name shortens into its domain by initials and words
  (``nytimes.com`` "The New York Times", ``hongkongfp.com`` "Hong Kong Free Press HKFP")
  was shown as its host, and ``source:"Hong Kong Free Press"`` found nothing;
- an outlet by name ("The Clarion Post", a capture) and by host (``clarionpost.co.uk``)
  were two rows of ``/api/v1/sources``, and ``source:clarionpost.co.uk`` missed the capture;
- ``latest`` lost its columns on a long outlet name; ``saved show`` named outlets by host;
  a saved ``source:`` name matched less than search; ``alerts status`` wrote to the store
  and its rows named neither the saved search nor the article;
- the search page showed an assumed time without its label.

A real store and index (the CLI in process), the app on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main
from veille.extract.masthead import masthead_name
from veille.outlet_groups import outlet_groups
from veille.outlet_names import plausibly_names_site, spells_host, without_abbreviation

CAPTURE = """The Clarion Post
Skip to main content  Search  Sign in
News  Sport  Business  Opinion

Harbour bridge in Kelmouth shut after lorry strikes parapet

By Ruth Ellery
Published 2 December 2026, 10:20

The Kelmouth harbour bridge was shut to all traffic on Wednesday morning after a lorry struck
its parapet, Kelmouth council said, and engineers were called to inspect the damage.

Drivers were diverted through the town centre, where queues built up for most of the
morning. Buses on routes 4 and 9 were also diverted, the operator said.

"We will not reopen the bridge until we are sure it is safe," a council spokesman said.
"""

CLARION_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kelmouth harbour bridge to reopen on Friday after inspection</title>
<meta property="og:site_name" content="The Clarion Post">
<link rel="canonical" href="https://www.clarionpost.co.uk/news/kelmouth-bridge-reopen">
<meta property="article:published_time" content="2026-12-03T16:00:00+00:00">
</head><body><article>
<h1>Kelmouth harbour bridge to reopen on Friday after inspection</h1>
<p>The Kelmouth harbour bridge will reopen to cars on Friday after engineers found the damage
caused by a lorry on Wednesday was limited to the parapet, Kelmouth council said.</p>
<p>Heavy goods vehicles will stay diverted through the town centre until repairs to the
parapet are finished in January, the council added.</p>
</article></body></html>
"""


def _nydn(slug: str, title: str, first: str, day: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="New York Daily News NYDN">
<link rel="canonical" href="https://www.nydailynews.com/2026/12/{day}/{slug}/">
<meta property="article:published_time" content="2026-12-{day}T08:30:00-05:00">
</head><body><article>
<h1>{title}</h1>
<p>{first}</p>
<p>Service on the line was suspended for most of the morning rush, and shuttle buses ran
between the affected stations, officials from the transit authority said.</p>
</article></body></html>
"""


NYDN_1 = _nydn("subway-signal-fire", "Signal fire snarls Queens subway commute",
               "A fire in a signal room near Jackson Heights snarled the Queens subway "
               "commute on Wednesday, the Metropolitan Transportation Authority said.", "02")
NYDN_2 = _nydn("queens-signals-restored", "Queens subway signals restored after fire",
               "Signals damaged by a fire near Jackson Heights were repaired overnight and "
               "Queens subway service ran normally on Thursday, transit officials said.", "03")


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--data-dir", str(data), *args])
    said = capsys.readouterr()
    return status, said.out, said.err


@pytest.mark.parametrize(("name", "host"), [
    ("The New York Times", "nytimes.com"),
    ("Los Angeles Times", "latimes.com"),
    ("Hong Kong Free Press HKFP", "hongkongfp.com"),
    ("The New Zealand Herald", "nzherald.co.nz"),  # a two-label public suffix
    ("Sydney Morning Herald SMH", "smh.com.au"),
    ("New York Daily News NYDN", "nydailynews.com"),
])
def test_initials_and_words_name_their_host(name: str, host: str) -> None:
    assert plausibly_names_site(name, host)


@pytest.mark.parametrize(("name", "host"), [
    ("New York Post", "nytimes.com"),  # "times" not spelt
    ("The New Yorker", "nytimes.com"),
    ("Los Angeles Daily News", "latimes.com"),
    ("los angeles times", "latimes.com"),  # initials are capitals' only
    ("Yahoo News", "ynet.co.il"),
])
def test_other_outlets_do_not(name: str, host: str) -> None:
    assert not plausibly_names_site(name, host)


def test_a_name_its_host_spells_by_initials_is_one_outlet_in_a_story() -> None:
    groups = outlet_groups(["Los Angeles Times", "latimes.com", "Hong Kong Free Press HKFP",
                            "hongkongfp.com", "Le Monde diplomatique", "lemonde.fr",
                            "New York Post", "nytimes.com"])
    assert sorted(sorted(g) for g in groups if len(g) > 1) == [
        ["Hong Kong Free Press HKFP", "hongkongfp.com"], ["Los Angeles Times", "latimes.com"]]
    assert not spells_host("Le Monde diplomatique", "lemonde.fr")  # a word more: no


def test_a_trailing_abbreviation_is_dropped_only_when_it_abbreviates() -> None:
    assert without_abbreviation("Hong Kong Free Press HKFP") == "Hong Kong Free Press"
    assert without_abbreviation("The Sydney Morning Herald SMH") == "The Sydney Morning Herald"
    assert without_abbreviation("France Bleu Isère") == ""
    assert without_abbreviation("Radio Free Europe RFI") == ""
    assert without_abbreviation("BBC News") == ""


@pytest.mark.parametrize("skip", ["Skip to main content  Search  Sign in", "Skip to content",
                                  "Aller au contenu principal  Se connecter"])
def test_a_masthead_over_a_skip_link_and_a_menu(skip: str) -> None:
    blocks = ["The Clarion Post", skip, "Search  Account", "Headline of the day here"]
    kinds = ["other", "other", "other", "other"]
    assert masthead_name(blocks, kinds, 3) == "The Clarion Post"
    # a kicker over two short lines that are no menu is still no masthead
    assert masthead_name(["The Clarion Post", "Kelmouth", "Bridges", "Headline"], kinds,
                         3) == ""


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("r35")
    data = root / "data"
    files = {"clarion.txt": CAPTURE, "clarion.html": CLARION_PAGE, "nydn1.html": NYDN_1}
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    assert main(["--data-dir", str(data), "ingest", *(str(root / n) for n in files)]) == 0
    return data


def test_latest_names_the_outlets_in_aligned_columns(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(data, capsys, "latest")
    assert status == 0
    lines = out.splitlines()
    starts = {line.index(title) for line in lines for title in (
        "Harbour bridge in Kelmouth", "Kelmouth harbour bridge to reopen", "Signal fire snarls")
        if title in line}
    assert len(lines) == 3 and len(starts) == 1, out
    [capture] = [line for line in lines if "Harbour bridge" in line]
    [nydn] = [line for line in lines if "Signal fire" in line]
    assert "The Clarion Post" in capture and "(assumed zone)" in capture
    assert "New York Daily News NYDN" in nydn and "nydailynews.com" not in nydn


def test_source_selects_an_outlet_by_its_name_and_its_host(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(data, capsys, "search", 'source:"New York Daily News"')
    assert status == 0 and "Signal fire snarls" in out
    status, out, _err = run(data, capsys, "search", "source:clarionpost.co.uk")
    assert status == 0 and "Harbour bridge in Kelmouth" in out and "to reopen" in out, out
    status, out, _err = run(data, capsys, "search", 'source:"The Clarion Post"')
    assert status == 0 and "Harbour bridge in Kelmouth" in out and "to reopen" in out, out


def test_saved_searches_and_alerts_name_and_select_outlets(
        data: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(data, capsys, "saved", "add", "subway", 'source:"New York Daily News"',
               "--email", "desk@example.org")[0] == 0
    page = tmp_path / "nydn2.html"
    page.write_text(NYDN_2, encoding="utf-8")
    assert run(data, capsys, "ingest", str(page))[0] == 0
    assert run(data, capsys, "alerts", "send")[0] == 0  # matches; no SMTP: stays queued
    store = data / "veille.sqlite3"
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    status, out, _err = run(data, capsys, "alerts", "status")
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before  # a status only reads
    assert status == 0
    [row] = [line for line in out.splitlines() if "/email\t" in line]
    assert "“subway”" in row and "Queens subway signals restored after fire" in row, out
    status, out, _err = run(data, capsys, "saved", "show", "subway", "--keep-new")
    assert status == 0 and "New York Daily News NYDN" in out and "nydailynews.com" not in out
    status, out, _err = run(data, capsys, "saved", "show", "subway", "--json", "--keep-new")
    shown = json.loads(out)
    assert {m["outlet"] for m in shown["matches"]} == {"New York Daily News NYDN"}
    assert shown["unchecked"] == 0


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def test_one_outlet_is_one_source_on_the_api(client: httpx.Client) -> None:
    sources = client.get("/api/v1/sources").json()["sources"]
    clarion = [s for s in sources if "clarion" in s["source"].lower()]
    assert clarion == [{"source": "clarionpost.co.uk", "articles": 2,
                        "latest": clarion[0]["latest"]}], sources


def test_the_search_list_labels_an_assumed_time(client: httpx.Client) -> None:
    page = client.get("/search", params={"q": "Kelmouth", "all": 1}).text
    rows = page.split('<li class="item"')[1:]
    [capture] = [r for r in rows if "Harbour bridge in" in r]  # the query word is marked
    [page_row] = [r for r in rows if "to reopen" in r]
    assert 'class="assumed-time"' in capture
    assert 'class="assumed-time"' not in page_row
    hits = client.get("/api/v1/search", params={"q": "Kelmouth"}).json()["hits"]
    assert {h["title"][:7]: bool(h["published_zone_assumed"]) for h in hits} == {
        "Harbour": True, "Kelmout": False}
