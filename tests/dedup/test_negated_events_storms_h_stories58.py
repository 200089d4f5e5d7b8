"""An event an article says did NOT happen is no coverage of it, and a named storm is one
event's key for its days (h-stories58, t-final58 items 4 and 5: a minister's terminal
inauguration "sans grève cette fois" joined the air-traffic strike's story; cyclone Fytia's
"le bilan s'alourdit à deux morts" stayed apart from its first death).
``veille.dedup.event_kinds.NEGATIONS``, ``veille.dedup.stories.STORMS``. Fixtures: own text
(``tests/fixtures/stories/negated-strike-h-stories58.jsonl``,
``named-storm-h-stories58.jsonl``, CC0, written for veille)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_arabic_areas_r_stories58 import ingested

U = "https://example.org/h-stories58-t/"


def test_negated_strike_not_the_strike(tmp_path: Path) -> None:
    got = ingested(tmp_path, "negated-strike-h-stories58.jsonl")
    assert got[U + "n1"] == got[U + "n2"]  # the strike, two days
    assert got[U + "n4"] == got[U + "n1"]  # the bridge: the minister, the port, the strike
    assert got[U + "n3"] != got[U + "n1"]  # the quay's inauguration, "sans grève"


def test_named_storm_toll_joins_other_storm_apart(tmp_path: Path) -> None:
    got = ingested(tmp_path, "named-storm-h-stories58.jsonl")
    assert got[U + "s2"] == got[U + "s1"]  # the toll rises: another town, other words
    assert got[U + "s3"] != got[U + "s1"]  # another storm, another island


def test_negation_reads_off_the_event_word() -> None:
    from veille.dedup.event_kinds import about_kinds, event_kinds

    assert "^social" not in about_kinds("Le ministre inaugure le terminal, sans grève", [])
    assert "^social" not in about_kinds("Minister opens berth with no strike this time", [])
    assert "social" not in event_kinds("Il n'y aura pas de grève mardi", [])
    assert "^social" in about_kinds("Grève des dockers à Marseille", [])
    assert "^social" in about_kinds("Sans-papiers : une grève à Lyon", [])  # "sans-papiers"


def test_storm_keys() -> None:
    from veille.dedup.storms import storm_keys

    assert storm_keys("Le cyclone Fytia a frôlé La Réunion") == {"@fytia"}
    assert storm_keys("After Storm Ciarán, and the borrasca Leandra") == {"@ciaran", "@leandra"}
    assert not storm_keys("Une tempête de neige. Dans la nuit, Storm Prediction Center")


@given(st.text(max_size=300))
def test_storm_keys_total(text: str) -> None:
    from veille.dedup.storms import STORM, storm_keys

    assert all(k.startswith(STORM) and len(k) > 3 for k in storm_keys(text))
