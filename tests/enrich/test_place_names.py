"""The shipped names index answers as the gazetteer would (issue #13, r-perf50).

A capture with a "Name · Place · date" byline, or printing a time with no country address
(the places clock of r-pages49), built the whole gazetteer (~1.7 s of CPU) to ask about a
few names. ``veille.enrich.place_names`` answers from a shipped index of the gazetteer's
keys; it must hold exactly :attr:`Gazetteer.by_name`'s keys and what the clock reads of
each place, and must not be read once the gazetteer's source files change.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import textwrap
from importlib import resources

from veille.enrich import place_names
from veille.enrich.places import shipped


def _shipped_bytes() -> bytes:
    return resources.files("veille.enrich").joinpath("data").joinpath(
        place_names.FILE).read_bytes()


def test_the_shipped_index_is_the_gazetteers_key_for_key() -> None:
    gazetteer = shipped()
    written = gzip.decompress(_shipped_bytes()).decode("utf-8")
    expected = "\n".join(place_names.lines(gazetteer, place_names.sources_digest())) + "\n"
    assert written == expected, "run: python -m veille.enrich.place_names"
    table = place_names.index()
    assert table is not None
    assert {key for key in table if not key.startswith("=")} == set(gazetteer.by_name)
    assert {key[1:] for key in table if key.startswith("=")} == set(
        gazetteer._by_transliteration)  # noqa: SLF001


def test_every_name_gives_the_gazetteers_answers() -> None:
    gazetteer = shipped()
    other = ["Deir el-Zour", "Deir al-Zur", "el-Hasakah", "Nueva York", "Port Talbot",
             "Toowoomba", "Ferran Bono", "Faits divers", "", "Saint-Étienne", "ST. PETERSBURG"]
    for name in [*gazetteer.by_name, *other]:
        found = gazetteer.candidates(name)
        assert place_names.is_place(name) == bool(found), name


def test_an_index_of_other_sources_is_not_read() -> None:
    raw = _shipped_bytes()
    assert place_names.read(raw, place_names.sources_digest()) == place_names.index()
    assert place_names.read(raw, "0" * 32) is None


def test_bylines_leave_the_gazetteer_unbuilt() -> None:
    """In a fresh interpreter (the gazetteer is built once per process): the answers the
    unchanged tree gave (with the gazetteer built), and no gazetteer. (The places clock,
    :func:`veille.extract.place_zones.zone_by_places`, reads the index too since r-perf51:
    ``tests/extract/test_place_votes_r_perf51.py``.)"""
    code = textwrap.dedent("""
        from veille.extract.bare_byline import bare_name
        from veille.enrich import places
        print(repr(bare_name("Dan Ridley · Toowoomba · 2 Dec 2026, 16:20")),
              repr(bare_name("Nueva York · 30 nov 2026")))
        print(places.shipped.cache_info().currsize)
    """)
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ),
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "'Dan Ridley' ''",
        "0"]
