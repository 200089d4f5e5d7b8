"""Regression (t-reader23 R11): a record declaring "Keystone-ATS" on the agency's own site
(``keystone-sda.ch``) was shown as "keystone-sda.ch" on every page and in the CLI, while AFP
on afp.com was "AFP": the host does not spell the agency's name. An agency's own host is
shown by the agency name its articles declare (``news_agencies.tsv``); another outlet's
host is never shown by an agency's name. Real ingest, real store."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.ingest import ingest_texts
from veille.outlet_names import names_of, outlet_name
from veille.store.sqlite import SQLiteStore

TEXT = ("Deux hommes armés ont braqué vendredi une bijouterie de la rue du Rhône, à Genève, "
        "et se sont enfuis avec des montres de luxe, a indiqué la police cantonale. "
        "Aucun blessé n'est à déplorer.")


def test_an_agency_s_own_host_is_shown_by_the_agency_s_declared_name(tmp_path: Path) -> None:
    record = {"url": "https://www.keystone-sda.ch/fr/geneve-braquage-bijouterie-rue-du-rhone",
              "source": "Keystone-ATS", "title": "Genève : une bijouterie braquée",
              "text": TEXT, "published": "2026-02-06T13:20:00+01:00", "language": "fr"}
    with veille.open(tmp_path / "data") as v:
        assert isinstance(v.store, SQLiteStore)
        [article_id] = ingest_texts(v.store, [("a.jsonl", json.dumps(record).encode())]).new_ids
        source = v.store.get(article_id).source
        assert names_of(v.store, [source]).get(source, source) == "Keystone-ATS"


def test_an_outlet_s_host_is_never_shown_by_an_agency_s_name() -> None:
    assert outlet_name("lesoir.be", ["Belga", "Belga"]) == "lesoir.be"
    assert outlet_name("belganewsagency.eu", ["Belga"]) == "Belga"
