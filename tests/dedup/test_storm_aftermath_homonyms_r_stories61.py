"""A storm's aftermath told "after the cyclone" is the storm's story, and a town written
with its country is that country's namesake (r-stories61, t-final60 #11 and #13).

- #11: a day-3 follow-up, "… promet une aide d'urgence après le cyclone Belal", stayed its
  own story: the lead's clause "après le cyclone …" is context to the aid
  (``dedup/context.py``), so the storm's name was read nowhere and the named-storm rule
  (``stories.STORMS``) never applied. Storm names are now read in the whole text.
- #13's kind: "TRIPOLI, Lebanon —" was keyed to Tripoli (Libya): the namesake table knew
  the countries only by their French names ("Liban"), so the written country was no area
  and the most populous namesake won; a brief naming only "Tripoli" then bridged the two
  cities' strikes. Countries are now known by their aliases and English names too.

Real SQLite store, real ingest; own text (``tests/fixtures/stories/
storm-aftermath-homonyms-r-stories61.jsonl``, CC0, written for veille)."""

from __future__ import annotations

from pathlib import Path

from test_arabic_areas_r_stories58 import ingested

from veille.dedup.namesakes import world_seats
from veille.dedup.stories import terms

U = "https://example.org/r-stories61-t/"
FIXTURE = "storm-aftermath-homonyms-r-stories61.jsonl"


def test_the_aid_after_the_cyclone_joins_the_cyclone(tmp_path: Path) -> None:
    got = ingested(tmp_path, FIXTURE)
    assert got[U + "c2"] == got[U + "c1"]
    assert got[U + "c3"] == got[U + "c1"]  # "une aide d'urgence après le cyclone Tavita"


def test_the_storm_key_survives_the_context_clause() -> None:
    found = terms("A Papeete, la ministre promet une aide d'urgence après le cyclone Tavita",
                  ["Deux jours après le passage du cyclone Tavita, la ministre a annoncé un "
                   "fonds d'urgence."])
    assert "@tavita" in found.headline


def test_a_town_written_with_its_country_in_english_or_spanish() -> None:
    assert world_seats("Tripoli, Lebanon: bakers strike", "TRIPOLI, Lebanon — Bakers")[0] \
        == {"seat:tripoli:lb-09"}
    assert world_seats("Tripoli, Libya: bakers strike", "TRIPOLI, Libya — Bakers")[0] \
        == {"seat:tripoli:ly-77"}
    assert world_seats("Córdoba, Argentina: paro", "CÓRDOBA, Argentina — Los choferes")[0] \
        == {"seat:cordoba:ar-05"}


def test_a_brief_does_not_bridge_two_namesake_cities(tmp_path: Path) -> None:
    got = ingested(tmp_path, FIXTURE)
    assert got[U + "t1"] != got[U + "t3"]  # Tripoli (Lebanon), Tripoli (Libya)
