"""Regressions (t-final33 #2, #4, #8, #10), through a real store and the CLI (ingest, then
``latest --json`` and ``show --json``):

- #2: a share bar after the text ("Facebook   Pinterest   WhatsApp   E-mail") was stored as
  the author ("signature after the text"): its words are share labels, never a name's;
- #4: a masthead over a menu split on separate lines ("Menu" / "Rechercher" / "Se
  connecter") was not read as the outlet when no --source was given;
- #8: bylines "Outlet  Name.", "By Name name@…" and "Reporter: Name" gave no author;
- #10: a row of link labels joined by "|" ended the body of a saved page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.capture_meta import signs_as_person
from veille.extract.chrome_lines import link_row, share_bar

BODY_FR = [
    "Un incendie a détruit dans la nuit de lundi à mardi un hangar agricole à Figeac, "
    "a-t-on appris auprès des pompiers du Lot.",
    "Une trentaine de sapeurs-pompiers ont lutté pendant quatre heures contre les flammes, "
    "qui ont aussi menacé une maison voisine.",
    "Les gendarmes ont ouvert une enquête pour déterminer l'origine du sinistre."]
BODY_EN = [
    "Council workers began clearing a landslip on the coast road near Staithes on Monday "
    "after heavy rain brought tonnes of earth onto the carriageway.",
    "The road is expected to stay closed for at least a week, North Yorkshire Council said.",
    "Diversions are in place through Hinderwell and Loftus."]

CASES = {
    # masthead over a split menu, then a share bar after the text
    "sharebar.txt": ("\n".join(["Le Courrier du Lot", "Menu", "Rechercher", "Se connecter", "",
                                "Figeac : un hangar agricole détruit par un incendie", "",
                                "Publié le 01/12/2026 à 08h20", "", *BODY_FR, "",
                                "Facebook   Pinterest   WhatsApp   E-mail"]),
                     [], "Le Courrier du Lot"),
    # the outlet's name then the journalist's
    "outlet.txt": ("\n".join(["Le Courrier du Lot", "Menu", "Rechercher", "Se connecter", "",
                              "Figeac : un hangar agricole détruit par un incendie", "",
                              "Le Courrier du Lot  Mathilde Saunier.",
                              "Publié le 01/12/2026 à 08h20", "", *BODY_FR]),
                   ["Mathilde Saunier"], "Le Courrier du Lot"),
    "email.txt": ("\n".join(["Whitby Gazette", "Search", "Sign in", "",
                             "Landslip closes coast road near Staithes", "",
                             "By Owen Prescott owen.prescott@whitbygazette.example.com",
                             "Nov 30, 2026 6:10 PM", "", *BODY_EN]),
                  ["Owen Prescott"], "Whitby Gazette"),
    "label.txt": ("\n".join(["Whitby Gazette", "Search", "Sign in", "",
                             "Landslip closes coast road near Staithes", "",
                             "Published: 30 Nov 2026 6:10pm", "", "Reporter: Gemma Holroyd",
                             "", *BODY_EN]),
                  ["Gemma Holroyd"], "Whitby Gazette"),
}
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry pier reopens | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"></head><body><article>
<h1>Ferry pier reopens after repairs</h1><p>By Nadia Osei</p>
<time datetime="2026-12-01T09:30:00+08:00">1 December 2026</time>
<p>The ferry pier at Peng Chau reopened on Tuesday after two months of repairs to its
piles, the Marine Department said.</p>
<p>Operators said services would return to their normal timetable from Wednesday.</p>
<p>Residents had used a temporary landing stage during the works.</p>
<p>Support us | Ethics &amp; Corrections | Contact</p>
</article></body></html>"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("name", [*CASES, "page.html"])
def test_capture_meta_through_the_cli(name: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    path = tmp_path / name
    path.write_text(PAGE if name == "page.html" else CASES[name][0], encoding="utf-8")
    run(capsys, "--data-dir", data, "ingest", str(path))
    rows = [json.loads(line) for line in
            run(capsys, "--data-dir", data, "latest", "--json").splitlines() if line.strip()]
    assert len(rows) == 1
    shown = json.loads(run(capsys, "--data-dir", data, "show", rows[0]["id"], "--json"))
    content = shown["content"]
    body = "\n".join([content.get("lead") or "", *content["paragraphs"]])
    if name == "page.html":
        assert content["authors"] == ["Nadia Osei"]
        assert "Corrections" not in body
        assert content["paragraphs"][-1].startswith("Residents had used")
        return
    _, authors, outlet = CASES[name]
    assert content["authors"] == authors
    assert content["site_name"] == outlet
    assert "WhatsApp" not in body and "@" not in body


def test_share_bars_and_link_rows() -> None:
    assert share_bar("Facebook Twitter WhatsApp E-mail")
    assert share_bar("Partager Facebook LinkedIn X Courriel")
    assert not share_bar("Mark Twitter")  # no share word alone makes a bar
    assert not signs_as_person("Facebook Twitter WhatsApp E-mail")
    assert link_row("Support HKFP | Policies & Ethics | Error/typo?")
    assert not link_row("Le maire a parlé. | Puis il est parti. | Fin")
    assert not link_row("PSG 2 | OM 1")
