"""What a copy is, said truly (h-copies66, issue 14). Real store and index, a real server
on 127.0.0.1, ``veille stories`` through the CLI's entry point.

- A copy whose outlet is unknown (a capture ingested with no source, copying a known
  outlet's text) was a "reprint" ("another outlet's copy"): it is now ``unattributed``,
  "same text, outlet unknown" / "même texte, source inconnue", counted apart from
  reprints and, like them, no independent coverage (h-copies65 report item 4).
- One agency dispatch run by three outlets: the story page, the article page and the API
  name the agency as the origin ("Dépêche AFP reprise par 3 titres" / "AFP dispatch
  carried by 3 outlets") with the first outlet to run it; the independent count stays 1
  (t-final65 C6).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

SLUICE = [
    "Le conseil communautaire du Grand Dax a voté jeudi la reconstruction de l'écluse de "
    "Saubusse, hors service depuis la crue de l'Adour en février, pour 3,6 millions d'euros.",
    "Les travaux commenceront à l'automne et dureront dix-huit mois, selon le vice-président "
    "chargé des voies d'eau, qui espère une remise en navigation à l'été 2028.",
    "Les loueurs de bateaux du bas Adour, privés de deux saisons, réclament une aide "
    "exceptionnelle ; la communauté d'agglomération promet d'étudier la demande en juin.",
    "L'État et la région Nouvelle-Aquitaine financeront chacun un tiers de l'opération, le "
    "reste étant à la charge de l'agglomération et des communes riveraines."]
DISPATCH = [
    "MENDE (AFP) - Un randonneur de 54 ans porté disparu depuis mardi sur le mont Lozère a "
    "été retrouvé vivant jeudi matin par les gendarmes du peloton de montagne, a annoncé la "
    "préfecture.",
    "L'homme, originaire de Montpellier, souffrait d'hypothermie et d'une entorse à la "
    "cheville ; il a été héliporté vers l'hôpital de Mende, selon les secours.",
    "Une soixantaine de personnes, dont des bénévoles et des maîtres-chiens, avaient "
    "participé aux recherches malgré le brouillard et des températures négatives."]
TITLE = "Mont Lozère : le randonneur disparu retrouvé vivant"


def capture(url: str, masthead: str, byline: str, stamp: str) -> bytes:
    return "\n".join([url, masthead, "Rechercher", TITLE, byline, stamp, *DISPATCH,
                      ""]).encode()


def record(paragraphs: list[str], published: str, source: str = "", url: str = "") -> bytes:
    fields = {"title": "Grand Dax : l'écluse de Saubusse sera reconstruite",
              "paragraphs": paragraphs, "published": published, "language": "fr",
              **({"source": source, "url": url} if source else {})}
    return (json.dumps(fields, ensure_ascii=False) + "\n").encode()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("copies66") / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("sud.jsonl", record(SLUICE, "2026-11-19T17:00:00+01:00",
                                             "sudouest.fr", "https://www.sudouest.fr/a/1"))])
        v.ingest_bytes([("capture.jsonl", record(SLUICE[:3], "2026-11-19T21:00:00+01:00"))])
        for name, (url, masthead, byline, stamp) in enumerate((
                ("https://www.midilibre.fr/2026/11/19/randonneur", "Midi Libre",
                 "Midi Libre avec AFP", "Publié le 19/11/2026 à 10h05"),
                ("https://www.ladepeche.fr/2026/11/19/lozere-randonneur", "La Dépêche",
                 "La Dépêche avec AFP", "Publié le 19/11/2026 à 10h40"),
                ("https://www.lepoint.fr/societe/lozere-2602", "Le Point", "Le Point avec AFP",
                 "Publié le 19/11/2026 à 11h20"))):
            v.ingest_bytes([(f"{name}.txt", capture(url, masthead, byline, stamp))])
    return data


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _story(client: httpx.Client, word: str) -> dict[str, Any]:
    [found] = [s for s in client.get("/api/v1/stories").json()["stories"]
               if word in s["title"]]
    return dict(client.get(f"/api/v1/stories/{found['id']}").json())


def test_a_copy_by_an_unknown_outlet_is_no_reprint_in_the_api(client: httpx.Client) -> None:
    """Regression: the capture's relation was ``reprint`` and the story counted 1 reprint."""
    story = _story(client, "Saubusse")
    relations = {i["source"]: i["relation"] for i in story["items"]}
    assert relations == {"sudouest.fr": "", "": "unattributed"}
    assert (story["reprints"], story["unattributed"], story["independent_sources"]) == \
        (0, 1, 1)
    copy = next(i["id"] for i in story["items"] if not i["source"])
    assert client.get(f"/api/v1/articles/{copy}").json()["relation"] == "unattributed"


def test_the_story_page_says_same_text_outlet_unknown(client: httpx.Client) -> None:
    story = _story(client, "Saubusse")
    for lang, badge, count in (("fr", "même texte, source inconnue",
                                "1 copie dont la source est inconnue"),
                               ("en", "same text, outlet unknown",
                                "1 copy whose outlet is unknown")):
        page = client.get(f"/stories/{story['id']}", params={"lang": lang}).text
        assert badge in page and count in page, lang
        assert ">reprise<" not in page and ">reprint<" not in page, lang


def test_the_cli_marks_it_so(data: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    main(["--data-dir", str(data), "stories", "--json"])
    [story] = [s for s in json.loads(capsys.readouterr().out) if "Saubusse" in s["title"]]
    assert (story["reprints"], story["unattributed"]) == (0, 1)
    main(["--data-dir", str(data), "stories", story["id"]])
    out = capsys.readouterr().out
    assert "[same text, outlet unknown]" in out and "[reprint]" not in out


def test_the_story_names_the_agency_and_the_first_outlet(client: httpx.Client) -> None:
    """Regression: the story said no agency; its copies read as one paper copying another."""
    story = _story(client, "randonneur")
    wire = story["wire"]
    assert (wire["agency"], wire["outlets"], wire["first_outlet"]) == ("AFP", 3, "Midi Libre")
    assert story["independent_sources"] == 1  # one dispatch: one piece of coverage
    # h-copies67: Midi Libre's first run is the story's first publication, so the page's
    # first line names the agency ("Dépêche AFP, reprise d'abord par Midi Libre") and the
    # wire line no longer repeats "· d'abord par Midi Libre" (was asserted here)
    assert wire["first_run"] is True
    for lang, said, first in (("fr", "Dépêche AFP reprise par 3 titres",
                               "Dépêche AFP, reprise d&#39;abord par"),
                              ("en", "AFP dispatch carried by 3 outlets",
                               "AFP dispatch, carried first by")):
        page = client.get(f"/stories/{story['id']}", params={"lang": lang}).text
        assert said in page and first in page, lang
        assert "Midi Libre</strong>" in page, lang


def test_the_article_page_and_api_say_it_too(client: httpx.Client) -> None:
    story = _story(client, "randonneur")
    copy = next(i["id"] for i in story["items"] if i["source"] == "lepoint.fr")
    detail = client.get(f"/api/v1/articles/{copy}").json()
    assert detail["story"]["wire"]["agency"] == "AFP"
    page = client.get(f"/articles/{copy}", params={"lang": "en"}).text
    assert "AFP dispatch carried by 3 outlets" in page


def test_the_originals_page_lists_it_as_same_text(client: httpx.Client) -> None:
    """Regression: the outlet's page listed the capture under its copies as a "reprint"."""
    story = _story(client, "Saubusse")
    original = next(i["id"] for i in story["items"] if i["source"] == "sudouest.fr")
    copies = client.get(f"/api/v1/articles/{original}").json()["copies"]
    assert [c["relation"] for c in copies] == ["unattributed"]
    page = client.get(f"/articles/{original}", params={"lang": "en"}).text
    assert "same text, outlet unknown" in page


def test_latest_marks_it_so(data: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    capsys.readouterr()
    main(["--data-dir", str(data), "latest"])
    [line] = [x for x in capsys.readouterr().out.splitlines() if "Saubusse" in x and
              "Sud Ouest" not in x and "sudouest" not in x]
    assert "[same text, outlet unknown]" in line and "[reprint]" not in line


def test_show_and_duplicates_say_same_text(data: Path, client: httpx.Client,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    story = _story(client, "Saubusse")
    copy = next(i["id"] for i in story["items"] if not i["source"])
    for command in ("show", "duplicates"):
        capsys.readouterr()
        assert main(["--data-dir", str(data), command, copy]) == 0
        out = capsys.readouterr().out
        assert "same text as (outlet unknown)" in out and "reprint of" not in out, command


def test_a_copy_without_source_dated_first_is_no_reprint_in_the_note(
        tmp_path: Path) -> None:
    """The note under "first published by" said "a reprint (no source)" of a capture
    stamped two minutes before the outlet's article it copies."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("sud.jsonl", record(SLUICE, "2026-11-19T17:00:00+01:00",
                                             "sudouest.fr", "https://www.sudouest.fr/a/1"))])
        v.ingest_bytes([("capture.jsonl", record(SLUICE[:3], "2026-11-19T16:58:00+01:00"))])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        story = _story(http, "Saubusse")
        assert [c["relation"] for c in story["earlier_copies"]] == ["unattributed"]
        page = http.get(f"/stories/{story['id']}", params={"lang": "en"}).text
        assert "whose it is is unknown" in page and "a reprint (" not in page
