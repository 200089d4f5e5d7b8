"""A version's diff marks the words that changed inside a paragraph (newuser15a W19: an
update from 42 to 57 dead struck the whole paragraph and inserted it again)."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from veille.web.version_diff import DiffBlock, Segment, diff_blocks


def unified(old: list[str], new: list[str]) -> str:
    """The store's form: one line a paragraph, no context (store.dedup_sql._diff)."""
    return "\n".join(difflib.unified_diff(old, new, "before", "after", lineterm="", n=0))


def test_a_changed_figure_is_marked_inside_its_paragraph() -> None:
    old = ["Le glissement de terrain a fait 12 morts et 80 blessés dans la vallée, selon "
           "la protection civile.", "Les secours cherchent encore des disparus."]
    new = ["Le glissement de terrain a fait 19 morts et 95 blessés dans la vallée, selon "
           "la protection civile.", "Les secours cherchent encore des disparus."]
    [block] = diff_blocks(unified(old, new))
    assert block.kind == "changed"
    assert [s.text for s in block.segments if s.kind == "del"] == ["12", "80"]
    assert [s.text for s in block.segments if s.kind == "ins"] == ["19", "95"]
    assert "".join(s.text for s in block.segments if s.kind != "ins") == old[0]
    assert "".join(s.text for s in block.segments if s.kind != "del") == new[0]


def test_unlike_paragraphs_and_added_ones_stay_whole() -> None:
    old = ["Le maire a présenté le budget.", "La séance a été levée à 22 heures."]
    new = ["Un incendie s'est déclaré dans la nuit près de la gare routière.",
           "La séance a été levée à 22 heures.", "Mise à jour : le bilan est de trois blessés."]
    blocks = diff_blocks(unified(old, new))
    assert blocks == [DiffBlock("removed", text=old[0]), DiffBlock("added", text=new[0]),
                      DiffBlock("added", text=new[2])]


def test_headers_and_garbage_are_skipped() -> None:
    assert diff_blocks("") == []
    assert diff_blocks("--- before\n+++ after\n@@ -1 +1 @@\nnot a diff line") == []
    assert diff_blocks("-seul") == [DiffBlock("removed", text="seul")]


paragraph = st.lists(st.sampled_from(["le", "maire", "42", "57", "morts", "a", "dit", "«",
                                      "»", "blessés", "l'État"]), min_size=1, max_size=30)


@given(st.lists(paragraph.map(" ".join), min_size=0, max_size=4),
       st.lists(paragraph.map(" ".join), min_size=0, max_size=4))
def test_each_side_is_rebuilt_from_the_blocks(old: list[str], new: list[str]) -> None:
    """Whatever the edit, the removed and kept text is the earlier paragraphs that changed,
    and the added and kept text the later ones: nothing is lost or invented."""
    blocks = diff_blocks(unified(old, new))
    before = [b.text if b.kind == "removed" else
              "".join(s.text for s in b.segments if s.kind != "ins")
              for b in blocks if b.kind != "added"]
    after = [b.text if b.kind == "added" else
             "".join(s.text for s in b.segments if s.kind != "del")
             for b in blocks if b.kind != "removed"]
    changed_old = [line[1:] for line in unified(old, new).splitlines()
                   if line.startswith("-") and not line.startswith("---")]
    changed_new = [line[1:] for line in unified(old, new).splitlines()
                   if line.startswith("+") and not line.startswith("+++")]
    assert sorted(before) == sorted(changed_old)
    assert sorted(after) == sorted(changed_new)
    for b in blocks:
        assert all(isinstance(s, Segment) and s.text for s in b.segments)
