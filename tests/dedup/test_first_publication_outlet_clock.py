"""Regression (t-final27 F7): "first published by AFP or lefigaro.fr … publication order
unknown" while every list ordered Le Figaro's 09:30 second, after AFP's 09:12+01:00.

Le Figaro's capture prints "Publié le 01/12/2026 à 09:30" with no zone: veille reads it in
the zone assumed for a French page (Europe/Paris) and says so ("heure supposée"). The rule
of t-final25 F7 spread every zone-less French time over every clock France prints (Tahiti
−10 … Wallis +12), so a Paris daily's 09:30 could have been Wallis's, before AFP. The clocks
that count are the ones *that outlet* may print
(:func:`veille.extract.timezones.outlet_zones`): Paris's for a Paris daily; a territory's
too for an outlet that names it (an address under ``/martinique/``) or names itself as the
overseas press (``la1ere.francetvinfo.fr``). Real SQLite store, real ingest of the tester's
inputs (tests/fixtures/final27)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import FIXTURES

from veille.dedup.published_order import NO_SLACK, outlet_text, zone_slack
from veille.extract.timezones import outlet_zones
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

INPUTS = FIXTURES / "final27"


def ingest(store: SQLiteStore, name: str, source: str | None = None) -> str:
    [found] = ingest_texts(store, [(name, (INPUTS / name).read_bytes())],
                           source=source).new_ids
    return found


@pytest.mark.parametrize("figaro_first", [True, False])
def test_a_paris_daily_assumed_time_after_the_dispatch_is_second(
        store: SQLiteStore, figaro_first: bool) -> None:
    """AFP first, alone, in both orders of arrival; Le Figaro its reprint, 18 minutes
    later by Paris's clock, the one a Paris daily prints."""
    if figaro_first:
        figaro = ingest(store, "02-lefigaro-capture.txt", "lefigaro.fr")
        afp = ingest(store, "01-afp-incendie.ninjs.json")
    else:
        afp = ingest(store, "01-afp-incendie.ninjs.json")
        figaro = ingest(store, "02-lefigaro-capture.txt", "lefigaro.fr")
    capture = store.get(figaro).content
    assert capture is not None and capture.evidence["timezone"].startswith("assumed")
    [summary] = store.stories(limit=5)
    assert summary.first_source == store.get(afp).source
    assert summary.first_tied == ()
    assert summary.first_precision == "time"
    assert summary.first == datetime.fromisoformat("2026-12-01T09:12:00+01:00")


def test_an_overseas_outlet_keeps_its_clocks() -> None:
    """The outlet decides which of France's clocks count: none but Paris for a Paris
    daily, a territory named in the address, all of them for the overseas press."""
    when = datetime(2026, 12, 1, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    how = "assumed (Europe/Paris)"
    assert zone_slack(when, how, None, outlet_text("lefigaro.fr")) == NO_SLACK
    assert zone_slack(when, how, None, "") == NO_SLACK
    martinique = zone_slack(when, how, None, outlet_text(
        "la-premiere.example", "https://la-premiere.example/martinique/marche.html"))
    assert martinique == (timedelta(0), timedelta(hours=5))  # 09:30 at −04:00
    reunion = zone_slack(when, how, None, outlet_text("la1ere.francetvinfo.fr"))
    assert reunion[0] >= timedelta(hours=3) and reunion[1] >= timedelta(hours=11)
    assert zone_slack(when, how) == reunion  # an outlet unknown: every clock
    assert {z.key for z in outlet_zones("Europe/Paris", "Nouvelle-Calédonie 1ère")} >= {
        "Pacific/Noumea", "Indian/Reunion"}
    assert {z.key for z in outlet_zones(
        "Europe/Paris", "actu.fr https://actu.fr/nouvellecaledonie/pont.html")} == {
        "Europe/Paris", "Pacific/Noumea"}


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)),
       st.sampled_from(["lefigaro.fr", "www.leparisien.fr https://www.leparisien.fr/x.html",
                        "Le Monde lemonde.fr", "ouest-france.fr"]))
def test_a_mainland_outlet_has_no_slack(wall: datetime, outlet: str) -> None:
    """A zone-less time of an outlet that names no territory is read on its assumed
    clock alone (an assumption the pages label)."""
    when = wall.replace(tzinfo=ZoneInfo("Europe/Paris"))
    assert zone_slack(when, "assumed from the domain .fr (Europe/Paris)", None,
                      outlet) == NO_SLACK
