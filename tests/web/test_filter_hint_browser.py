"""t-reader20 R10 in real Chromium, French and English: an ``entity:`` value that spells
no known name (``<iframe>``, ``<script>``) was offered unrelated entities ("Irak" for
``<iframe>`` on this store; "Conseil de sécurité" for ``<script>`` on the demo). The page
now reads the warning alone, the value shown as text (never markup), no suggestion; a
typo still gets its name. Skipped like the other browser tests without Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"
SUGGEST = {"fr": "vouliez-vous dire", "en": "did you mean"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("hint-browser") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        service.enrich()
    with serve(data) as live:
        yield live


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("value", ["<iframe>", "<script>alert(1)</script>"])
def test_a_value_unlike_every_name_is_offered_nothing(page: Any,  # noqa: F811
                                                     server: LiveServer, lang: str,
                                                     value: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server.url}/search?lang={lang}&q=entity:%22{value}%22")
    text = page.locator("main").inner_text()
    assert f'entity:"{value}"' in text  # shown as typed, as text
    assert SUGGEST[lang] not in text
    assert "Irak" not in text
    assert page.locator("main iframe").count() == 0 and not dialogs


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_typo_still_gets_its_name(page: Any, server: LiveServer,  # noqa: F811
                                    lang: str) -> None:
    page.goto(f"{server.url}/search?lang={lang}&q=entity:Pompo")
    text = page.locator("main").inner_text()
    assert SUGGEST[lang] in text and "Mike Pompeo" in text
