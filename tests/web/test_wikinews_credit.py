"""The footer credits Wikinews only where the store holds Wikinews articles, and says so by
what the store holds, not as "the demo corpus" (t-reader19 R16: "Données du corpus de
démonstration : Wikinews" ended every page of a store that was no demo). Real stores and
server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_kit import records_data_dir, serve

OWN = {"url": "https://quotidien.example/conseil", "language": "fr",
       "title": "Le conseil municipal vote le budget",
       "published": "2026-11-30T09:00:00+00:00",
       "text": "Le conseil municipal a voté le budget de la ville pour l'année prochaine."}
WIKI = {**OWN, "url": "https://fr.wikinews.org/wiki/Budget", "source": "fr.wikinews.org",
        "title": "Le conseil vote son budget annuel"}


@pytest.mark.parametrize(("records", "credited"), [([OWN], False), ([OWN, WIKI], True)])
@pytest.mark.parametrize(("lang", "credit"), [
    ("fr", "Contient des articles de Wikinews (CC BY 2.5)."),
    ("en", "Holds articles from Wikinews (CC BY 2.5).")])
def test_the_credit_follows_what_the_store_holds(tmp_path: Path, records: list[dict[str, str]],
                                                 credited: bool, lang: str,
                                                 credit: str) -> None:
    data = records_data_dir(tmp_path, records)
    with serve(data) as live:
        page = httpx.get(f"{live.url}/", params={"lang": lang}, timeout=30).text
    footer = page.split('<footer class="site">')[1]
    assert (credit in footer) == credited
    assert "Wikinews" not in footer or credited
    assert "démonstration" not in footer and "Demo corpus" not in footer
