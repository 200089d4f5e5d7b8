"""The places clock answers from the shipped names index, without the gazetteer (issue #13,
r-perf51).

A capture printing a time with no address is read on the clock of the places it names
(:func:`veille.extract.place_zones.zone_by_places`, r-zones50). Its vote read kinds,
populations and points of the gazetteer's places, so a one-file ``veille ingest`` built the
whole gazetteer (~1.5 s of CPU, ~100 MB) for it. The names index
(``veille/enrich/data/place_name_index.tsv.gz``) now holds what the vote reads; these tests
check that it answers as the gazetteer does, name for name and vote for vote, that it is
not read once its source files change, and that the vote leaves the gazetteer unbuilt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from veille.enrich import place_names
from veille.enrich.places import shipped
from veille.extract import place_zones

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    ("Tram drivers in Helsinki voted on Tuesday to strike.", "en", ""),
    ("Broken Arrow officials met Tulsa County commissioners in Tulsa on Monday.", "en", ""),
    ("Le maire de Grenoble a reçu celui de Lyon, puis s'est rendu à Grenoble.", "fr",
     "Europe/Paris"),
    ("Des élus de Montréal et de Québec ont rencontré ceux de Laval.", "fr", "Europe/Paris"),
    ("Des élus du Texas, de Houston et de Dallas ont voté.", "fr", "Europe/Paris"),
    ("Ipswich and Logan councils met in Brisbane, then in Toowoomba.", "en", ""),
    ("El alcalde de Godoy Cruz y el de Luján de Cuyo se reunieron en Mendoza.", "es",
     "Europe/Madrid"),
    ("Fighting near Deir Ez-Zor and Al-Hasakah; Al-Jazeera said Raqqa was calm.", "en", ""),
    ("Officials in Monterrey and Guadalajara met in Monterrey.", "es", "Europe/Madrid"),
    ("The WA Premier spoke in Perth, then in Fremantle.", "en", ""),
    ("Florence Nightingale visited London's hospitals.", "en", ""),
]


def _cases() -> list[tuple[str, str, str]]:
    """The texts above and the held-out zone sets' and r-perf50's captures (in the repo)."""
    out = list(TEXTS)
    for pattern in ("bench/data/heldout/*zones*/cases/*", "bench/data/heldout/r-perf50/captures/*"):
        for path in sorted(ROOT.glob(pattern)):
            text = path.read_text("utf-8", errors="replace")
            out.extend((text, language, assumed) for language, assumed in (
                ("", ""), ("en", ""), ("fr", "Europe/Paris"), ("es", "Europe/Madrid")))
    return out


def test_every_name_gives_the_gazetteers_voting_places() -> None:
    gazetteer = shipped()
    names = place_zones._Names(gazetteer)  # noqa: SLF001 (the two answerers compared)
    for key in gazetteer.by_name:
        found = place_names.places(key)
        assert found is not None, key
        want = [place_names.Spot(p.kind, p.country,
                                 p.id if p.id.startswith("iso3166-2:") else "", p.admin1,
                                 p.lat, p.lon, p.population) for p in names.voting(key)]
        assert list(found[0]) == want, key
        clocks = {place_zones._clock(p) for p in names.others(key)}  # noqa: SLF001
        assert {place_zones._clock(p) for p in found[1]} == clocks, key  # noqa: SLF001


def test_names_no_key_holds() -> None:
    assert place_names.places("Faits divers") == ((), ())
    assert place_names.places("=deir al zur") == ((), ())  # no transliteration key by name
    # an Arabic name the gazetteer finds by its transliteration: the index cannot tell
    assert place_names.places("Deir el-Zour") is None or shipped().candidates("Deir el-Zour")


def test_the_vote_is_the_gazetteers() -> None:
    gazetteer = shipped()
    cases = _cases()
    assert len(cases) > 40
    zones = 0
    for text, language, assumed in cases:
        want = place_zones._vote(text, language, assumed,  # noqa: SLF001
                                 place_zones._Names(gazetteer))[:3]  # noqa: SLF001
        assert place_zones.places_vote(text, language, assumed) == want, text[:80]
        zones += bool(want[0])
    assert zones >= 10  # the cases do move clocks


def test_an_index_of_other_sources_or_filter_is_not_read(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    raw = (ROOT / "src/veille/enrich/data" / place_names.FILE).read_bytes()
    digest = place_names.sources_digest()
    assert place_names.read(raw, digest) is not None
    monkeypatch.setattr(place_names, "MIN_COMMUNE", place_names.MIN_COMMUNE + 1)
    assert place_names.sources_digest() != digest  # the index's own filter counts
    assert place_names.read(raw, place_names.sources_digest()) is None


def test_an_outdated_index_sends_the_vote_to_the_gazetteer(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    text, language, assumed = TEXTS[1]
    want = place_zones.zone_by_places(text, language, assumed)
    assert want[0] == "America/Chicago"
    monkeypatch.setattr(place_names, "index", lambda: None)
    place_names.places.cache_clear()
    try:
        assert place_zones.zone_by_places(text, language, assumed) == want
    finally:
        place_names.places.cache_clear()


def test_the_places_clock_leaves_the_gazetteer_unbuilt() -> None:
    """In a fresh interpreter (the gazetteer is built once per process): the answers of
    the gazetteer's vote, and no gazetteer."""
    code = textwrap.dedent("""
        from veille.extract.place_zones import zone_by_places
        from veille.enrich import places
        print(zone_by_places("Broken Arrow officials met Tulsa County commissioners in"
                             " Tulsa on Monday.", "en", ""))
        print(zone_by_places("Tram drivers in Helsinki voted on Tuesday.", "en", ""))
        print(places.shipped.cache_info().currsize)
    """)
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ),
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "('America/Chicago', ['Broken Arrow', 'Tulsa'])",
        "('Europe/Helsinki', ['Helsinki'])",
        "0"]
