"""``bench/stories.py --mixes`` (r-rpm54): the watch that finds the first join putting two
gold clusters in one story reads veille's real clustering (no mock) and names how the
article came in."""

from __future__ import annotations

import sys
from pathlib import Path

from veille.dedup.stories import Stories, terms

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from lib.story_mixes import MixWatch, mix_lines  # noqa: E402

TEXT = ["Le tribunal correctionnel de Rouen a jugé lundi le maire de Montvillers, Bernard "
        "Vasseur, poursuivi pour favoritisme dans un marché de voirie de trois millions.",
        "Le procureur a requis deux ans avec sursis et cinq ans d'inéligibilité."]
OTHER = ["La Banque Solvane a publié mardi un bénéfice net de 412 millions d'euros pour le "
         "troisième trimestre, porté par la banque de détail.",
         "Le produit net bancaire atteint 2,1 milliards d'euros."]


def _run(docs: list[tuple[int, str, str, str, str, list[str]]]
         ) -> tuple[MixWatch, dict[str, str]]:
    state, watch = Stories(), MixWatch()
    final = {}
    for doc in docs:
        minute, doc_id, _t, _c, title, paragraphs = doc
        final[doc_id] = state.assign(doc_id, terms(title, paragraphs), minute)
        watch(state, doc)
    return watch, {d: state.story_of.get(d, s) for d, s in final.items()}


def test_a_join_of_another_cluster_is_found_with_how_it_came() -> None:
    title = "Procès de Bernard Vasseur à Rouen pour favoritisme"
    docs = [(1440, "a1", "1", "A", title, TEXT), (1500, "a2", "1", "A", title, TEXT),
            (1560, "b1", "1", "B", title, TEXT)]  # gold says b1 is another event
    watch, final = _run(docs)
    assert [m.clusters for m in watch.mixes] == [("A", "B")]
    assert watch.mixes[0].how == "b1 (arrival)"
    rows = mix_lines(watch.mixes, final, {"a1": "A", "a2": "A", "b1": "B"})
    assert rows and rows[0].startswith("| A (2) + B (1) |")


def test_stories_of_one_cluster_each_are_no_mix() -> None:
    docs = [(1440, "a1", "1", "A", "Procès de Bernard Vasseur à Rouen", TEXT),
            (1500, "b1", "2", "B", "Solvane : bénéfice en hausse", OTHER)]
    watch, final = _run(docs)
    assert watch.mixes == []
    assert mix_lines(watch.mixes, final, {"a1": "A", "b1": "B"}) == []
