"""The shipped data files' rows read once while the story terms build their tables
(issue #13, r-captures59: ``gazetteer.tsv`` was read twelve times, ``communes.tsv.gz``
decompressed six times, ``minor_towns.tsv.gz`` three, on the first article's terms).

Checked: a first article's story terms, in a fresh interpreter, read each shipped file at
most once (counted at the file system: ``Path.read_text``/``read_bytes``); every table
built from shared rows equals the table built from rows read afresh; inside a block the
rows are one list, dropped when the last block ends; outside a block each call reads.
Fixture: an invented French article (CC0).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from veille.dedup import (
    areas,
    areas_abroad,
    estates,
    namesakes,
    regions_abroad,
    specifics,
    stated_places,
)
from veille.enrich import shipped_rows

BUILDERS = (areas._commune_regions, areas._named_areas, areas_abroad._tables,
            areas_abroad._division_names, estates._gazetteer_names, specifics._communes,
            specifics._all_communes, specifics._pays, specifics._departments,
            specifics._town_departments, stated_places._points, stated_places._french,
            namesakes._world, namesakes._minor_towns, regions_abroad._french_places,
            regions_abroad.region_countries, regions_abroad._abroad_cities)
"""The table builders that read their rows through :func:`shipped_rows.rows`."""


def _built() -> list[object]:
    for build in BUILDERS:
        build.cache_clear()
    return [build() for build in BUILDERS]


def test_tables_from_shared_rows_equal_tables_read_afresh() -> None:
    afresh = _built()
    with shipped_rows.sharing():
        shared = _built()
    assert shared == afresh
    _built()  # leave the caches as a plain build fills them


def test_rows_are_one_list_inside_a_block_and_dropped_after() -> None:
    outside = shipped_rows.rows("gazetteer.tsv")
    assert shipped_rows.rows("gazetteer.tsv") is not outside  # read again
    with shipped_rows.sharing():
        first = shipped_rows.rows("gazetteer.tsv")
        with shipped_rows.sharing():
            assert shipped_rows.rows("gazetteer.tsv") is first
        assert shipped_rows.rows("gazetteer.tsv") is first  # an inner block ended only
    assert shipped_rows._kept == {}
    assert first == outside
    assert all(isinstance(cells, list) and "\t" not in "".join(cells) for cells in first)


def test_a_first_article_reads_each_shipped_file_once() -> None:
    """A fresh interpreter computes one article's story terms; every file of
    ``enrich/data`` the readers' tables come from is read once at most."""
    script = (
        "import collections, pathlib, sys\n"
        "from datetime import date\n"
        "reads = collections.Counter()\n"
        "for method in ('read_text', 'read_bytes'):\n"
        "    original = getattr(pathlib.Path, method)\n"
        "    def counted(self, *a, _original=original, **k):\n"
        "        if self.parent.name == 'data' and self.parent.parent.name == 'enrich':\n"
        "            reads[self.name] += 1\n"
        "        return _original(self, *a, **k)\n"
        "    setattr(pathlib.Path, method, counted)\n"
        "from veille.dedup.stories import terms\n"
        "terms(sys.argv[1], [sys.argv[2]], date(2026, 3, 10))\n"
        "print(dict(reads))\n")
    title = "Incendie dans une scierie de Saint-Flour : deux salariés intoxiqués"
    body = ("Un incendie s'est déclaré mardi dans une scierie de Saint-Flour (Cantal), près "
            "d'Aurillac. Le maire, Hélène Castagnac, s'est rendue sur place, comme le préfet "
            "venu de Clermont-Ferrand. À Londres et à Montréal, rien de tel.")
    done = subprocess.run([sys.executable, "-c", script, title, body], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    reads = eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 (a dict we printed)
    assert reads.get("gazetteer.tsv", 0) >= 1  # the tables were built here
    assert {name: n for name, n in reads.items() if n > 1} == {}


class _Forgetful(dict[str, list[list[str]]]):
    """A row store that keeps nothing: every :func:`shipped_rows.rows` call reads."""

    def setdefault(self, key: str, default: list[list[str]] | None = None) -> list[list[str]]:
        assert default is not None
        return default


def test_story_terms_unchanged_by_sharing(monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.dedup.stories import terms

    title = "Floods force hundreds from homes in Shrewsbury as River Severn peaks"
    body = ["Hundreds of residents were evacuated in Shrewsbury on Wednesday night, "
            "Shropshire Council said. Crews from Telford and Ludlow helped."]
    with_rows = _built(), terms(title, body, date(2026, 2, 12))
    monkeypatch.setattr(shipped_rows, "_kept", _Forgetful())
    afresh = _built(), terms(title, body, date(2026, 2, 12))
    assert afresh == with_rows
