#!/usr/bin/env python3
"""Score veille on the r-search52 set: one outlet under several names (domain, masthead,
case and accents) for ``source:`` and the source facet, and French nouns in -er that
Snowball stems as another noun (boucher/bouche, rocher/roche, verger/verge), both backends.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/records.jsonl (18 articles) into fresh stores (bench/lib/heldout_search.py);
each query of gold.json is right when the set of articles it returns is exactly the gold
set. Then, on a SQLite + tantivy store, one line per outlet of the set: right when the
source facet of ``*`` counts it once with all its articles ("facets right F/3").
"""
import pathlib
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
IN = HERE / "inputs"
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_search import score  # noqa: E402

OUTLETS = {"Le Monde": 2, "El País": 3, "Der Spiegel": 2}
"""An outlet of the set → its articles (Le Monde diplomatique is another outlet)."""


def load(v) -> None:  # type: ignore[no-untyped-def]
    v.ingest(IN / "records.jsonl")
    v.sync()


def facets() -> None:
    import veille
    from veille.enrich.text import fold

    with tempfile.TemporaryDirectory() as d:
        with veille.open(pathlib.Path(d)) as v:
            load(v)
            got = v.search("*", per_page=1, facets=True).facets.get("source", [])
    right = 0
    for outlet, count in OUTLETS.items():
        key = fold(outlet.split()[-1])
        rows = [(f.value, f.count) for f in got if key in fold(f.value).replace(" ", "")
                and "diplo" not in fold(f.value)]
        ok = len(rows) == 1 and rows[0][1] == count
        right += ok
        print(f"  facet {'ok   ' if ok else 'WRONG'} {outlet}: {rows}")
    print(f"facets right {right}/{len(OUTLETS)}")


if __name__ == "__main__":
    score(HERE / "gold.json", load, "rsearch52")
    facets()
