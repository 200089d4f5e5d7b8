"""/places showed two rows both labelled "Wales (United Kingdom)": the nation and a
village in England, namesakes of one country with no département to tell them apart
(t-final52 B3). Each label now says its kind when the area alone repeats."""

from __future__ import annotations

from pathlib import Path

from veille.store.base import PlaceSummary
from veille.store.sqlite import SQLiteStore
from veille.web.enrich_api import namesake_labels
from veille.web.i18n import load_locales


def _place(place_id: str, kind: str) -> PlaceSummary:
    return PlaceSummary(id=place_id, name="Wales", kind=kind, country="GB", admin1="",
                        lat=None, lon=None, articles=1, mentions=1)


def test_namesakes_of_one_country_are_told_apart_by_kind(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "store.db")
    try:
        places = [_place("iso3166-2:GB-WLS", "region"), _place("geonames:2634894", "city")]
        labels = namesake_labels(store, load_locales()["en"], places)
        assert len(set(labels.values())) == 2, labels
        assert labels["iso3166-2:GB-WLS"].endswith(", region)"), labels
        assert labels["geonames:2634894"].endswith(", city)"), labels
        # French names the nation "Pays de Galles" (the alias table's French name,
        # t-final58 #17): the names tell the two apart, no kind is needed
        labels = namesake_labels(store, load_locales()["fr"], places)
        assert labels["iso3166-2:GB-WLS"].startswith("Pays de Galles"), labels
        assert len(set(labels.values())) == 2, labels
    finally:
        store.close()
