"""What veille dropped and what a user corrected, shown by the reader (issue 14, r-ux51).

- A text capture's blocks left out (search box, "Dernières Infos", cookie and share
  notices, a teaser repeating the lead, "Lire aussi"), before the headline and after the
  text too, are listed with their reason: ``veille show``, ``show --json``, the API's
  article and the article page (fr, en; also in real headless Chromium).
- ``veille edit ID --source X`` and ``POST /api/v1/articles/{id}/source`` (the write API's
  token) change a stored article's source everywhere (show, search, a story's sources),
  keep its raw input, record who and when, and survive ``veille reextract``.
- The stories list and the story page say a clock was assumed ("heure de Paris,
  supposée"), as the article page does; a date range's tooltip names both ends.

Real SQLite stores and indexes built by the real ``veille`` command, a real uvicorn server
on 127.0.0.1. Texts written for these tests (CC0)."""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import TOKEN, serve

from capture_kit import out, run_veille

CHROME_ABOVE = ["Rechercher", "Menu", "Dernières Infos",
                "Nous utilisons des cookies pour améliorer votre expérience. Accepter"]
CHROME_BELOW = ["Partager sur Facebook", "Partager sur X",
                "Lire aussi : Les prix de l'énergie en hausse cet hiver"]
LEAD = ("Les cheminots de la région appellent à la grève du 3 au 5 décembre, et la direction "
        "prévoit un trafic très perturbé sur les lignes de Bretagne.")
BODY = [LEAD[:-1] + ", selon un communiqué publié mardi soir.",
        "À Rennes, seuls deux TER sur cinq circuleront jeudi, a indiqué la région, qui "
        "conseille aux usagers de reporter leurs déplacements non essentiels.",
        "Les négociations salariales doivent reprendre lundi au ministère des Transports, "
        "selon une source syndicale citée par plusieurs médias régionaux."]
CAPTURE = "\n".join([*CHROME_ABOVE,
                     "Grève des TER bretons : trafic perturbé du 3 au 5 décembre", "",
                     "Par Soazig Le Bihan", "Publié le 2 décembre 2026 à 18h30", "",
                     LEAD, "", "\n\n".join(BODY), "", *CHROME_BELOW]) + "\n"
PLAIN = ("Inondations : le Gard en vigilance rouge jusqu'à jeudi\n\n"
         "Publié le 1 décembre 2026 à 07h15\n\n"
         "Météo-France a placé le Gard en vigilance rouge pluie-inondation jusqu'à jeudi "
         "matin, après des cumuls de plus de deux cents millimètres relevés dans les "
         "Cévennes.\n\nLes écoles du département resteront fermées mardi et mercredi, a "
         "annoncé la préfecture, qui demande aux habitants d'éviter tout déplacement.\n")
AUTH = {"authorization": f"Bearer {TOKEN}"}


def _veille(data: Path, *args: str) -> str:
    done = run_veille(list(args), data_dir=data)
    assert done.returncode == 0, done.stderr.decode()
    return out(done)


def _ids(data: Path) -> list[str]:
    return [json.loads(x)["id"] for x in _veille(data, "latest", "--json").splitlines()
            if x.startswith("{")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("reader-evidence")
    (root / "greve.txt").write_text(CAPTURE, "utf-8")
    data = root / "data"
    _veille(data, "ingest", str(root / "greve.txt"))
    _veille(data, "enrich")
    return data, _ids(data)[0]


def test_the_evidence_is_bounded() -> None:
    from veille.extract.dropped_blocks import (  # new in r-ux51: the others run on main
        DROPPED_MAX_CHARS,
        MAX_DROPPED,
        dropped_blocks,
        dropped_evidence,
    )

    found, more = dropped_blocks({"dropped": dropped_evidence(
        [(f"bloc {i} " + "x" * 400, "link") for i in range(MAX_DROPPED + 5)])})
    assert len(found) == MAX_DROPPED and more == 5
    assert all(len(item.text) <= DROPPED_MAX_CHARS for item in found)  # r-extract53
    assert found[0].reason == "link" and found[0].text.startswith("bloc 0 ")
    assert dropped_blocks({}) == ([], 0)


def test_show_and_its_json_list_what_was_left_out(store: tuple[Path, str]) -> None:
    data, article = store
    record = json.loads(_veille(data, "show", article, "--json"))
    body = "\n".join(record["content"]["paragraphs"])
    assert all(p in body for p in BODY)
    listed = {d["text"]: d["reason"] for d in record["dropped"]}
    for line in [*CHROME_ABOVE, *CHROME_BELOW]:
        assert line not in body
        assert any(line in text for text in listed), line
    assert all(listed.values()) and record["dropped_unlisted"] == 0
    # the teaser repeating the lead is said, with its reason
    assert any(reason == "teaser" and text.startswith(LEAD[:60])
               for text, reason in listed.items())
    # the notices are notices, the links links (reasons, not one word for all)
    assert listed["Partager sur Facebook"] == "notice" and listed["Dernières Infos"] == "link"
    text = run_veille(["show", article], data_dir=data, env={"LANG": "fr_FR.UTF-8"})
    shown = out(text)
    assert "Écarté par l'extraction" in shown
    assert "- [avis (cookies, abonnement, partage)] Partager sur Facebook" in shown
    assert "- [lien ou menu] Dernières Infos" in shown


def test_the_api_and_the_page_list_what_was_left_out(store: tuple[Path, str]) -> None:
    data, article = store
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        api = http.get(f"/api/v1/articles/{article}").json()
        assert {"reason": "notice", "text": "Partager sur X"} in api["dropped"]
        for lang, title, reason in (("fr", "Écarté par l'extraction", "lien ou menu"),
                                    ("en", "Left out by extraction", "link or menu")):
            page = http.get(f"/articles/{article}", params={"lang": lang}).text
            section = re.search(r'<section[^>]*class="evidence dropped".*?</section>', page,
                                re.DOTALL)
            assert section, lang
            shown = html.unescape(section.group(0))
            assert title in shown and reason in shown
            for line in ("Rechercher", "Dernières Infos", "Partager sur Facebook"):
                assert f">{line}</q>" in shown, line
        # a date range's tooltip names both ends (it showed the 3rd only)
        tips = re.findall(r'<time class="mention date"[^>]*title="([^"]*)"', page)
        assert any("December 3" in tip and "December 5" in tip for tip in tips) or any(
            "3 December" in tip and "5 December" in tip for tip in tips), tips
        fr = http.get(f"/articles/{article}", params={"lang": "fr"}).text
        tips = re.findall(r'<time class="mention date"[^>]*title="([^"]*)"', fr)
        assert any("3 décembre" in tip and "5 décembre" in tip for tip in tips), tips


def test_stories_say_an_assumed_clock(store: tuple[Path, str]) -> None:
    data, article = store
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        for lang, word in (("fr", "supposé"), ("en", "assumed")):
            # the words the article page says it in ("heure d'Europe centrale, supposée")
            said = re.findall(r'<span class="assumed-time">([^<]*)</span>', http.get(
                f"/articles/{article}", params={"lang": lang}).text)
            assert said and word in said[0]
            listed = http.get("/stories", params={"lang": lang}).text
            assert f'<span class="assumed-time">{said[0]}</span>' in listed, lang
        story = http.get(f"/api/v1/articles/{article}").json()["story"]["id"]
        assert http.get(f"/api/v1/stories/{story}").json()["last_zone_assumed"] == \
            "Europe/Paris"
        # the story page says it on the timeline's row (and "first published by" line)
        page = http.get(f"/stories/{story}", params={"lang": "fr"}).text
        assert "supposé" in page


def test_the_cli_edits_a_source(tmp_path: Path) -> None:
    (tmp_path / "gard.txt").write_text(PLAIN, "utf-8")
    data = tmp_path / "data"
    _veille(data, "ingest", str(tmp_path / "gard.txt"))
    article = _ids(data)[0]
    raw = _veille(data, "show", article, "--raw")
    assert json.loads(_veille(data, "show", article, "--json"))["source"] == ""
    done = json.loads(_veille(data, "edit", article[:8], "--source", "lapresse.ca", "--json"))
    assert done["source"] == "lapresse.ca" and done["was"] == "" and done["by"]
    record = json.loads(_veille(data, "show", article, "--json"))
    assert record["source"] == "lapresse.ca"
    assert record["ext"]["source_edit"]["at"] == done["at"]
    # the clock follows the outlet: a .ca site's printed time is Montréal's
    assert record["content"]["published"].endswith("-05:00")
    assert _veille(data, "show", article, "--raw") == raw
    assert "lapresse.ca" in _veille(data, "search", "source:lapresse.ca", "--json")
    _veille(data, "reextract")
    again = json.loads(_veille(data, "show", article, "--json"))
    assert again["source"] == "lapresse.ca" and again["content"]["published"].endswith("-05:00")
    refused = run_veille(["edit", article, "--source", "lapresse.ca"], data_dir=data)
    assert refused.returncode != 0 and "already" in refused.stderr.decode()
    bad = run_veille(["edit", article, "--source", "https://x.fr/a"], data_dir=data)
    assert bad.returncode != 0 and "address" in bad.stderr.decode()


@pytest.fixture
def two_outlets(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """One story in two records, the second one's source wrongly the first's."""
    text = ("Le conseil municipal de Quimper a voté jeudi soir la gratuité des bus le "
            "samedi à partir de janvier, une mesure chiffrée à 400 000 euros par an par "
            "la majorité. L'opposition a dénoncé un coût mal financé et demandé un audit.")
    records = [{"url": f"https://www.{host}/quimper/bus-gratuits", "source": source,
                "title": "Quimper : les bus gratuits le samedi", "text": text,
                "published": f"2026-12-03T{hour}:00:00+01:00"}
               for host, source, hour in (("letelegramme-exemple.fr", "Le Télégramme", "20"),
                                          ("ouest-exemple.fr", "Le Télégramme", "21"))]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    "utf-8")
    data = tmp_path / "data"
    _veille(data, "ingest", str(path))
    ids = {json.loads(x)["url"]: json.loads(x)["id"]
           for x in _veille(data, "latest", "--json").splitlines() if x.startswith("{")}
    yield data, ids


def test_the_api_edits_a_source_and_the_story_counts_follow(
        two_outlets: tuple[Path, dict[str, str]]) -> None:
    data, ids = two_outlets
    wrong = ids["https://www.ouest-exemple.fr/quimper/bus-gratuits"]
    with serve(data, api_token=TOKEN) as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        story = http.get(f"/api/v1/articles/{wrong}").json()["story"]
        assert story and story["sources"] == 1
        path = f"/api/v1/articles/{wrong}/source"
        assert http.post(path, json={"source": "Ouest Exemple"}).status_code == 401
        done = http.post(path, json={"source": "Ouest Exemple"}, headers=AUTH)
        assert done.status_code == 200, done.text
        assert done.json()["by"] == "api" and done.json()["was"] == "Le Télégramme"
        assert http.get(f"/api/v1/articles/{wrong}").json()["source"] == "Ouest Exemple"
        assert http.get(f"/api/v1/articles/{wrong}").json()["story"]["sources"] == 2
        hits = http.get("/api/v1/search", params={"q": 'source:"Ouest Exemple"'}).json()
        assert [h["id"] for h in hits["hits"]] == [wrong]
        again = http.post(path, json={"source": "Ouest Exemple"}, headers=AUTH)
        assert again.status_code == 409
        assert http.post("/api/v1/articles/0000000000000000/source", headers=AUTH,
                         json={"source": "x.fr"}).status_code == 404
        assert http.post(path, headers=AUTH, json={"source": "http://"}).status_code == 422


CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")


def test_the_page_shows_the_list_in_a_browser(store: tuple[Path, str]) -> None:
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is absent")
    sync_api: Any = pytest.importorskip("playwright.sync_api")
    data, article = store
    with serve(data) as server, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--headless", "--no-sandbox",
                                                   "--disable-gpu"])
        try:
            page = browser.new_page(locale="fr-FR")
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{server.url}/articles/{article}")
            summary = page.locator("section.dropped summary")
            assert "Écarté par l'extraction" in summary.inner_text()
            assert not page.locator("section.dropped li").first.is_visible()
            summary.click()
            items = page.locator("section.dropped li").all_inner_texts()
            assert any("Dernières Infos" in i and "lien ou menu" in i for i in items), items
            assert errors == []
        finally:
            browser.close()
