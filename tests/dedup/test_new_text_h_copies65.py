"""The share of new text of one text against another (:mod:`veille.dedup.new_text`,
h-copies65): a property test of the measure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.new_text import NEW_TEXT_SHARE, adds_new_text, new_share

_PARAGRAPHS = st.lists(st.text(alphabet="abcdé fghij\n", min_size=0, max_size=60), max_size=6)


@settings(max_examples=200, deadline=None)
@given(_PARAGRAPHS, _PARAGRAPHS)
def test_new_share_is_a_share(new: list[str], old: list[str]) -> None:
    share = new_share(new, old)
    assert 0.0 <= share <= 1.0
    assert new_share(new, new) == 0.0
    assert new_share(new, [*old, *new]) == 0.0
    assert adds_new_text(new, old) == (share >= NEW_TEXT_SHARE)


def test_a_new_lead_over_kept_paragraphs_is_under_the_bar() -> None:
    kept = ["Les élèves seront répartis entre deux collèges voisins, à vingt kilomètres.",
            "Les parents avaient déjà manifesté deux fois devant l'hôtel du département.",
            "Construit en 1968, le collège accueillait 610 élèves il y a dix ans."]
    lead = "Le conseil départemental a voté lundi la fermeture du collège."
    assert not adds_new_text([lead, *kept], ["Un autre début de texte ici.", *kept])
    assert adds_new_text([lead, "Une deuxième phrase toute neuve sur les blocages du matin.",
                          *kept[:1]], kept)
