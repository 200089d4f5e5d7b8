"""An id-less, page-less feed item corrected *and* re-dated (or known by the digest of its
text, sharing its date with another) is a version of the item it corrects, not a second
article; a daily item under one recurring title ("Le point sur la situation") stays one
article a day (verify10, the S9 variants). Real HTTP server on 127.0.0.1, real SQLite."""

from __future__ import annotations

import json
from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.item_versions import resemblance
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
SARLAT = ("Le maire de Sarlat a inauguré samedi la nouvelle médiathèque, en présence de "
          "nombreux habitants venus découvrir les salles de lecture et l'espace numérique. "
          "Le bâtiment, rénové pendant deux ans, accueillera aussi les archives municipales "
          "et une salle d'exposition ouverte aux associations de la ville.")
BRIEF = ("La préfecture informe que la route départementale sera fermée de nuit toute la "
         "semaine prochaine pour la réfection de la chaussée entre les deux ronds-points, "
         "avec une déviation fléchée par le centre-ville pour tous les véhicules.")
OTHER = ("Le syndicat des eaux annonce une coupure mardi matin dans le quartier de la gare "
         "pour le remplacement d'une canalisation, l'eau revenant vers midi selon lui.")
MORNING = ("Les pompiers ont maîtrisé dans la nuit l'incendie de la zone artisanale ; trois "
           "entreprises ont été touchées et une quarantaine de salariés sont au chômage "
           "technique, selon la préfecture qui tiendra un point presse à midi.")
EVENING = ("La préfecture a levé en fin d'après-midi le confinement des riverains de la zone "
           "artisanale après des mesures de la qualité de l'air jugées rassurantes ; "
           "l'enquête sur l'origine du sinistre est confiée à la gendarmerie.")


def _item(title: str, text: str, when: str) -> dict[str, object]:
    return {"id": "", "title": title, "date_published": when, "content_html": f"<p>{text}</p>"}


def _feed(*items: dict[str, object]) -> Page:
    return Page(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Fil",
                            "items": list(items)}).encode(), "application/feed+json")


def test_a_corrected_item_whose_date_moved_is_a_version(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    twin = "2026-12-01T06:00:00+01:00"
    site = Site(pages={"/f.json": _feed(
        _item("Sarlat : la médiathèque", SARLAT, "2026-12-01T05:20:00+01:00"),
        _item("Voirie : travaux", BRIEF, twin), _item("Eau : coupure", OTHER, twin))})
    with LocalServer(site) as running:
        source = Source(name="fil", kind="feed", url=running.url("/f.json"))
        first = Collector(store, settings, policy=POLICY).poll([source])
        site.pages["/f.json"] = _feed(  # re-dated, retitled, its first sentence edited
            _item("Sarlat : la médiathèque (corrigé)", SARLAT.replace("samedi", "dimanche"),
                  "2026-12-01T05:50:00+01:00"),
            # one of two items sharing a date (known by its text's digest), corrected
            _item("Voirie : travaux (corrigé)", BRIEF.replace("de nuit", "de jour"), twin),
            _item("Eau : coupure", OTHER, twin))
        second = Collector(store, settings, policy=POLICY).poll([source])
        third = Collector(store, settings, policy=POLICY).poll([source])  # nothing new
    assert first.ingest.new == 3, first.ingest.errors
    assert (second.ingest.new, second.ingest.versions) == (0, 2), second.ingest.errors
    assert (third.ingest.new, third.ingest.versions) == (0, 0)
    titles = sorted(a.content.title for a in store.latest(limit=10) if a.content)
    assert titles == ["Eau : coupure", "Sarlat : la médiathèque (corrigé)",
                      "Voirie : travaux (corrigé)"]
    store.close()


def test_a_daily_item_under_one_title_is_a_new_article(tmp_path: Path) -> None:
    """Same feed, same title, a few hours apart, the earlier one gone from the feed: a new
    text is a new article. And an earlier item still listed is never corrected by a new
    one, however alike."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    title = "Le point sur la situation"
    site = Site(pages={"/f.json": _feed(_item(title, MORNING, "2026-12-01T08:00:00+01:00"))})
    with LocalServer(site) as running:
        source = Source(name="fil", kind="feed", url=running.url("/f.json"))
        first = Collector(store, settings, policy=POLICY).poll([source])
        site.pages["/f.json"] = _feed(_item(title, EVENING, "2026-12-01T18:00:00+01:00"))
        second = Collector(store, settings, policy=POLICY).poll([source])
        site.pages["/f.json"] = _feed(  # still listed: a reprise beside it is its own item
            _item(title, EVENING, "2026-12-01T18:00:00+01:00"),
            _item(title, EVENING.replace("gendarmerie", "police"),
                  "2026-12-01T20:00:00+01:00"))
        third = Collector(store, settings, policy=POLICY).poll([source])
    assert (first.ingest.new, second.ingest.new, second.ingest.versions) == (1, 1, 0)
    assert (third.ingest.new, third.ingest.versions) == (1, 0), third.ingest
    assert len(store.latest(limit=10)) == 3
    store.close()


def test_resemblance_reads_a_correction_and_not_a_new_text() -> None:
    assert resemblance(SARLAT, SARLAT.replace("samedi", "dimanche")) >= 0.5
    assert resemblance(f"Le point sur la situation {MORNING}",
                       f"Le point sur la situation {EVENING}") < 0.1
    assert resemblance("", "") == 0.0
