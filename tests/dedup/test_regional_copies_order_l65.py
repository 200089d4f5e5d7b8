"""Regression (t-final65 A1): two Valencia papers' copies of one EFE dispatch, Las Provincias
at 08:15 and Levante-EMV at 08:40, neither printing a zone. Both were read on Spain's assumed
clock, which may be the Canary Islands' (an hour behind), so their order was unknown and the
later copy (Levante-EMV) was made the original: the reprint arrow pointed backwards in time.
The outlets are in veille's table of outlets now (``extract/data/outlet_zones.tsv``, h-places65),
so their clock is Madrid's, one clock: 08:15 is first, in both orders of arrival. The
captures were written by the tester (shipped under ``data_l65/``). Real SQLite store, real
ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

DATA = Path(__file__).parent / "data_l65"
FIRST = "10-lasprovincias-efe.txt"
LATER = "11-levante-efe.txt"


@pytest.mark.parametrize("order", [(FIRST, LATER), (LATER, FIRST)])
def test_the_earlier_regional_copy_is_the_original(store: SQLiteStore,
                                                   order: tuple[str, str]) -> None:
    ids = {}
    for name in order:
        [ids[name]] = ingest_texts(store, [(name, (DATA / name).read_bytes())]).new_ids
    first, later = store.get(ids[FIRST]), store.get(ids[LATER])
    assert first.source == "Las Provincias" and later.source == "Levante-EMV"
    assert first.dedup is not None and later.dedup is not None
    assert (first.dedup.relation or "", first.dedup.duplicate_of) == ("", None)
    assert (later.dedup.relation, later.dedup.duplicate_of) == ("reprint", ids[FIRST])
    [summary] = store.stories(limit=5)
    assert summary.first_source == "Las Provincias"
