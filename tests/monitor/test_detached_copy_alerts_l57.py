"""A copy taken out of its original's story by hand is an article of its own: a search
that leaves out reprints (the default), which left it out while it was a copy, announces it
once the edit is made (t-final56 B3, t-final56b A1: a fire in Colmar stored as a "reprint"
of one in Lanester was detached, and its alert never came). A story edit changes no text:
a search that announced the article already gets nothing more, and an undo followed by a
new detach announces nothing twice."""

from __future__ import annotations

from pathlib import Path

import veille
from monitor.test_reprint_own_words_alerts import LOCAL_COPY, ORIGINAL, assert_reprint
from veille.service import Veille
from veille.store.base import SavedSearch


def sources(v: Veille, search: SavedSearch) -> list[str]:
    return sorted(v.store.get(m.article_id).source for m in v.store.matches(search.id))


def copy_id(v: Veille) -> str:
    return next(a.id for a in v.latest(10) if a.source == "locale.example")


def test_a_detached_copy_alerts_once(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        collapsed = v.save_search(SavedSearch(name="seveso", query="Seveso"))
        every = v.save_search(SavedSearch(name="tout", query="Seveso", collapse=False))
        v.ingest_bytes([ORIGINAL])
        v.ingest_bytes([LOCAL_COPY])
        assert_reprint(v)
        v.match_alerts()
        assert sources(v, collapsed) == ["agence.example"]
        assert sources(v, every) == ["agence.example", "locale.example"]

        v.detach_article(copy_id(v))
        v.match_alerts()
        assert sources(v, collapsed) == ["agence.example", "locale.example"]
        kinds = sorted(m.kind for m in v.store.matches(collapsed.id))
        assert kinds == ["new", "new"]
        # the search that listed reprints had announced it already: no second alert
        assert len(v.store.matches(every.id)) == 2

        v.undo_story_override(copy_id(v))
        v.match_alerts()
        v.detach_article(copy_id(v))
        v.match_alerts()
        assert len(v.store.matches(collapsed.id)) == 2
        assert len(v.store.matches(every.id)) == 2
