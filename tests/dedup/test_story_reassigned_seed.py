"""An article assigned again while the story it seeded is still active (a re-clustering
of the store's window does it: p-warm30's probe, ``KeyError`` in ``Stories._best`` on the
second re-clustering of a 5,000-article store) replaces that story whole: the old story's
postings go with it, and a later article sharing only the old terms is still placed."""

from __future__ import annotations

from veille.dedup.stories import Stories


def test_a_seed_assigned_again_leaves_no_stale_posting() -> None:
    stories = Stories()
    old = {"incendie": 3.0, "entrepôt": 2.0, "brest": 2.0, "pompiers": 1.0}
    new = {"chalutier": 3.0, "guilvinec": 2.0, "port": 2.0, "marins": 1.0}
    first = stories.assign("a", old, 1000)
    assert first == "a"
    again = stories.assign("a", new, 1001)
    assert again == "a"
    for term in old:
        assert "a" not in stories.postings.get(term, set()) or \
            term in stories.active["a"].centroid
    # an article sharing only the first text's terms: read through the postings
    placed = stories.assign("b", dict(old), 1002)
    assert placed in stories.active
