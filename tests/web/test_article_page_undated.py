"""Regression (newuser17b X19): the page of an undated article read "Publié le date
inconnue" ("Published date unknown"): the label of a date followed by no date. It now reads
"Date de publication inconnue" / "Publication date unknown". Real store and server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

RECORD = {"url": "https://sans-date.example/conseil", "title": "Le conseil vote le budget",
          "language": "fr",
          "text": "Le conseil municipal a voté lundi soir le budget de la ville pour l'année "
                  "prochaine, en hausse de trois pour cent, malgré l'opposition."}


@pytest.mark.parametrize(("lang", "label", "value", "wrong"), [
    ("fr", "Date de publication", "inconnue", "Publié le"),
    ("en", "Publication date", "unknown", "Published")])
def test_an_undated_article_page_names_no_publication_day(
        tmp_path: Path, lang: str, label: str, value: str, wrong: str) -> None:
    data, path = tmp_path / "data", tmp_path / "undated.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    with veille.open(data) as v:
        (article_id,) = [a.id for a in v.store.iter_articles()]
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(f"/articles/{article_id}", params={"lang": lang}).text
    facts = page[page.index("<dl class=\"facts\">"):page.index("</dl>")]
    assert f"<dt>{label}</dt><dd class=\"undated\">{value}</dd>" in facts
    assert f"<dt>{wrong}</dt>" not in facts
