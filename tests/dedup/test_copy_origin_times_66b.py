"""Regression (t-final66 F6): three outlets carry one EFE dispatch, Levante-EMV at 08:35,
Las Provincias at 09:02, El Periòdic at 10:15, none printing a zone. Levante-EMV and Las
Provincias were read on Madrid's clock from veille's table of outlets, El Periòdic from its
language; yet each time spanned Spain's every clock, the Canaries' an hour behind included,
so the three were "in no known order", Levante-EMV (which states an update) became the
reprint of a later copy, which one depending on the order of arrival, and the story said
"first published by Las Provincias or Levante-EMV (publication order unknown)".

An outlet's home clock from the table is one clock (``extract.timezones.HOME_ASSUMED``), and a
country's islands on another clock count only for an outlet naming them
(``extract.timezones.outlying_clocks``). The captures are the tester's (``data_66b/``). Real
SQLite store, real ingest, every order of arrival."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from veille.dedup.published_order import NO_SLACK, zone_slack
from veille.extract.timezones import home_said, outlet_zones
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

DATA = Path(__file__).parent / "data_66b"
COPIES = {"levante_carlet.txt": "levante-emv.com", "lasprovincias_carlet.txt": "lasprovincias.es",
          "elperiodic_carlet.txt": "elperiodic.com"}
EARLIEST = "levante_carlet.txt"


@pytest.mark.parametrize("order", list(itertools.permutations(COPIES)))
def test_the_earliest_copy_is_the_original_in_every_order(store: SQLiteStore,
                                                          order: tuple[str, ...]) -> None:
    ids = {}
    for name in order:
        [ids[name]] = ingest_texts(store, [(name, (DATA / name).read_bytes())],
                                   source=COPIES[name]).new_ids
    first = store.get(ids[EARLIEST])
    assert first is not None and first.dedup is not None
    assert (first.dedup.relation or "", first.dedup.duplicate_of) == ("", None)
    for name in COPIES.keys() - {EARLIEST}:
        copy = store.get(ids[name])
        assert copy is not None and copy.dedup is not None
        assert (copy.dedup.relation, copy.dedup.duplicate_of) == ("reprint", ids[EARLIEST])
    [summary] = store.stories(limit=5)
    assert summary.first_source == "levante-emv.com"
    assert summary.first_tied == ()


def test_a_time_on_the_outlets_home_clock_has_no_slack() -> None:
    at = datetime(2026, 3, 14, 8, 35, tzinfo=ZoneInfo("Europe/Madrid"))
    how = home_said("Europe/Madrid", "levante-emv.com")
    assert zone_slack(at, how, "time", "levante-emv.com Levante-EMV") == NO_SLACK


def test_spain_s_islands_count_only_for_an_outlet_naming_them() -> None:
    at = datetime(2026, 3, 14, 10, 15, tzinfo=ZoneInfo("Europe/Madrid"))
    assert zone_slack(at, "assumed (Europe/Madrid)", "time", "elperiodic.com") == NO_SLACK
    assert zone_slack(at, "assumed (Europe/Madrid)", "time", "Diario de Tenerife") == \
        (timedelta(0), timedelta(hours=1))
    assert "Atlantic/Canary" not in {z.key for z in outlet_zones("Europe/Madrid", "abc.es")}
    assert "Atlantic/Canary" in {z.key for z in outlet_zones("Europe/Madrid", None)}
    # a time assumed on the islands' clock still has the mainland's among its siblings
    assert "Europe/Madrid" in {z.key for z in outlet_zones("Atlantic/Canary", "x.es")}
    assert "Atlantic/Azores" not in {z.key for z in outlet_zones("Europe/Lisbon", "jn.pt")}
