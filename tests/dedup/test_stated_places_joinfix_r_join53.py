"""The stated-places rule (r-join53) is a veto of its own: its keys move no other rule.

r-join53's first version put the stated places (``at:`` keys) among an article's sub-places,
where other rules read them: a shared stated town counted as agreement on the event (no time
fade, :meth:`Stories._specifics_agree`), as a follow-up's back-reference
(:meth:`Stories._dated_back`), and made a lead "placed", so the sub-places vetoes ran where
they had not. Two events in one town joined (tests/dedup/test_story_dated_followups.py,
tests/dedup/test_story_snowball.py). And the rule parted France's communes that the towns
rule (:func:`veille.dedup.specifics.towns`) leaves together: a town in the department the
other side names (tests/dedup/test_story_participants.py), and with the towns rule switched
off. Texts written for veille (CC0).
"""

from __future__ import annotations

from veille.dedup import stated_places
from veille.dedup.stories import _placed, terms


def test_a_stated_place_alone_does_not_place_a_lead() -> None:
    """The sub-places rule compares no stated place: a lead holding only those is unplaced."""
    lead = terms("Fire at a house in Leeds", ["Crews were called to a house in Leeds."]).places
    assert any(k.startswith(stated_places.AT) for k in lead)
    assert not _placed(frozenset(k for k in lead if k.startswith(stated_places.AT)))
    assert _placed(frozenset({"town:leeds"}))


def test_the_story_rule_leaves_france_s_communes_to_the_towns_rule() -> None:
    """Lorient and Pontivy are 45 km apart: the copy rule parts them, the story rule leaves
    them to the towns rule (which joins a town in the department the other side names); two
    towns abroad are still parted."""
    ours, theirs = {"at:lorient"}, {"at:pontivy"}
    assert stated_places.apart(ours, ours, theirs, theirs)
    assert not stated_places.apart(ours, ours, theirs, theirs, communes=False)
    leeds, bristol = {"at:leeds"}, {"at:bristol"}
    assert stated_places.apart(leeds, leeds, bristol, bristol, communes=False)

