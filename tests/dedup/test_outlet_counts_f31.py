"""The counts of :mod:`veille.outlet_groups` every door uses (t-final30 F3, U7): "N other
sources" is the story's count less one, a story's source lines are its groups, and an
alert's new sources are new groups. Property tests over generated source names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.outlet_groups import (
    editions_label,
    grouped_sources,
    new_outlets,
    other_outlets,
    outlet_groups,
)

NETWORK = ["France 3 Bretagne", "France 3 Pays de la Loire", "Ouest-France",
           "letelegramme.fr", "www.lemonde.fr", "lemonde.fr", ""]
names = st.lists(st.sampled_from(NETWORK + ["Le Monde", "France 3", "a.example"]),
                 max_size=8)


def test_france_3_editions_are_one_of_the_others() -> None:
    story = ["Ouest-France", "France 3 Bretagne", "France 3 Pays de la Loire",
             "letelegramme.fr"]
    assert other_outlets(story, "Ouest-France") == 2
    assert other_outlets(story, "France 3 Bretagne") == 2
    assert other_outlets(story, "") == 3


@given(names, st.sampled_from(NETWORK))
def test_other_outlets_is_the_count_less_ones_own(sources: list[str], own: str) -> None:
    total = len(outlet_groups([*sources, own]))
    assert other_outlets(sources, own) == total - (1 if own else 0)


@given(st.dictionaries(st.sampled_from(NETWORK), st.integers(1, 9)))
def test_the_lines_are_the_groups(counts: dict[str, int]) -> None:
    lines = grouped_sources(counts)
    assert sorted(s for line in lines for s in line) == sorted(counts)
    assert len(lines) == len(outlet_groups(counts)) + (1 if "" in counts else 0)
    totals = [sum(counts[s] for s in line) for line in lines]
    assert totals == sorted(totals, reverse=True)


@given(names, names)
def test_new_outlets_are_new_groups(before: list[str], fresh: list[str]) -> None:
    found = new_outlets(before, fresh)
    groups = outlet_groups([*before, *fresh])
    touched = {g for g in groups if g & set(fresh) and not g & set(before)}
    assert len(found) == len(touched)
    assert all(s in fresh and s for s in found)


def test_an_editions_line_names_the_masthead_once() -> None:
    assert editions_label(["France 3 Bretagne", "France 3 Pays de la Loire"]) == \
        "France 3 (Bretagne, Pays de la Loire)"
    assert editions_label(["France Bleu", "France Bleu Isère"]) == "France Bleu (Isère)"
    assert editions_label(["Le Monde", "lemonde.fr"]) == "Le Monde, lemonde.fr"
    assert editions_label(["Le Monde"]) == "Le Monde"
