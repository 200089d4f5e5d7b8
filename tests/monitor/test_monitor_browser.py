"""Monitoring in real headless Chromium (Debian's ``chromium`` via Playwright): log in, save
a search, see "new since your last visit", open the attention chart, download the CSV, add a
source, log out. Screenshots go to ``docs/screenshots/``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import ROOT, LiveServer, build_data_dir, serve  # noqa: E402

from veille.store.sqlite import SQLiteStore  # noqa: E402
from veille.web.auth import hash_password  # noqa: E402

CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"
TOKEN = "browser-token-0123456789"
PASSWORD = "un mot de passe solide"

if not Path(CHROMIUM).is_file():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium, or `make test`)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = build_data_dir(tmp_path_factory.mktemp("monitor-browser"))
    store = SQLiteStore.open(data / "veille.sqlite3")
    store.set_password_hash("ana", hash_password(PASSWORD))
    store.close()
    with serve(data, api_token=TOKEN) as server:
        yield server


@pytest.fixture
def page(live: LiveServer) -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS,
                                             headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      locale="fr-FR", accept_downloads=True)
        opened = context.new_page()
        opened.set_default_timeout(15_000)
        problems: list[str] = []
        opened.on("pageerror", lambda e: problems.append(str(e)))
        yield opened
        context.close()
        browser.close()
        assert problems == []


def test_monitoring_journey(page: Any, live: LiveServer, tmp_path: Path) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(f"{live.url}/login?next=/saved")
    page.get_by_label("Nom").fill("ana")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/saved")

    page.goto(f"{live.url}/search?q=coalition")
    page.get_by_role("link", name="Enregistrer cette recherche").click()
    page.wait_for_url("**/saved?q=coalition")
    page.get_by_label("Nom").fill("Coalition")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/saved/*")
    assert "0 nouveau depuis votre dernière visite" in page.locator("#saved-new").inner_text()

    record = {"title": "La coalition se réunit à Paris", "url": "https://exemple.fr/coalition",
              "text": "Les ministres de la coalition se réunissent à Paris pour faire le "
                      "point sur les opérations.\n\nUn communiqué commun est attendu."}
    posted = httpx.post(f"{live.url}/api/v1/articles", content=json.dumps(record).encode(),
                        headers={"Authorization": f"Bearer {TOKEN}",
                                 "Content-Type": "application/json"})
    assert posted.status_code == 201
    page.goto(f"{live.url}/saved")
    assert "1 nouveau depuis votre dernière visite" in page.content()
    page.screenshot(path=str(SCREENSHOTS / "saved-fr.png"), full_page=True)
    page.get_by_role("link", name="Coalition").click()
    page.wait_for_load_state()  # content() mid-navigation read '' once under load (m35)
    assert "La coalition se réunit à Paris" in page.content()
    assert page.locator(".badge").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "saved-search-fr.png"), full_page=True)

    page.goto(f"{live.url}/attention?q=coalition&q=Irak&interval=month")
    chart = page.locator("svg[role=img]")
    assert chart.is_visible()
    assert page.locator("table.attention-table tbody tr").count() > 2
    page.screenshot(path=str(SCREENSHOTS / "attention-fr.png"), full_page=True)

    page.goto(f"{live.url}/search?q=coalition")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger en CSV").click()
    saved_csv = tmp_path / "export.csv"
    download_info.value.save_as(saved_csv)
    text = saved_csv.read_text("utf-8")
    assert text.startswith("id,title,source,published,url,language,story,relation,snippet")
    assert "La coalition se réunit à Paris" in text

    page.goto(f"{live.url}/manage/sources")
    page.get_by_label("URL").fill("https://journal.example/rss.xml")
    page.get_by_label("Nom d'usage").fill("Le Journal")
    page.get_by_label("Groupe").select_option("regional")
    page.get_by_role("button", name="Ajouter").click()
    page.wait_for_url("**/manage/sources")
    assert "Le Journal" in page.content()
    page.screenshot(path=str(SCREENSHOTS / "sources-fr.png"), full_page=True)

    # The menu of every page logs out (newuser11 U14); /login has its own button too.
    page.get_by_role("button", name="Se déconnecter (ana)").click()
    page.wait_for_url(f"{live.url}/")
    page.goto(f"{live.url}/saved")
    assert page.get_by_role("button", name="Enregistrer").count() == 0
    assert "Se connecter pour ajouter ou modifier" in page.content()
