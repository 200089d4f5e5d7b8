"""A follow-up stays in its story whatever versions of the story's articles are stored
(issue 14, t-final65 A3; :data:`veille.dedup.version_terms.EVENT_DAYS_OF_VERSIONS`).

Ouest-France's dispatch (``01``) and Le Monde's day-2 report (``05``) were one story; with
Ouest-France's update of its own article stored too (``04``), two: the update's lead dates
the flood on another day than the first text's, an article with versions kept only the
day keys both versions read (none), and Le Monde's report lost the thread to the event's
day that lifts the time fade. The same pages, in any order, with or without the update and
with unrelated articles in the store, give the same partition of the shared articles.

Inputs: the tester's pages of t-final65 (``tests/fixtures/t-final65``, written for the
test campaign: invented events), ingested as files into a real SQLite store.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from veille.dedup.event_days import BACK, DAY, FRESH, REFERRED
from veille.dedup.stories import Terms
from veille.dedup.version_terms import held_terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t-final65"
FIRST = "01-ouestfrance-afp.txt"
UPDATE = "04-ouestfrance-afp-update.txt"
DAY2 = "05-lemonde-day2.txt"
OTHER = "06-ledauphine-otherevent.txt"  # another event of the same town (a warehouse fire)
ABROAD = "10-lasprovincias-efe.txt"  # an unrelated story in another language


TITLES = {FIRST: "Inondations à Valence", DAY2: "au lendemain de la crue",
          OTHER: "un incendie détruit un entrepôt", ABROAD: "Una DANA"}
"""Words of each article's headline (the update's is Ouest-France's article's too)."""


def _partition(tmp_path: Path, files: Sequence[str], batches: Sequence[int]) -> dict[str, str]:
    """Fixture name -> story id, the files ingested in ``batches`` (sizes) in order."""
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        at = 0
        for size in batches:
            ingest_texts(store, [(name, (FIXTURES / name).read_bytes())
                                 for name in files[at:at + size]])
            at += size
        got: dict[str, str] = {}
        for article in store.iter_articles():
            assert article.content is not None and article.dedup is not None
            assert article.dedup.story_id
            for name, words in TITLES.items():
                if words in article.content.title:
                    assert name not in got, "one article per fixture (the update a version)"
                    got[name] = article.dedup.story_id
        got[UPDATE] = got[FIRST]
        return got
    finally:
        store.close()


@pytest.mark.parametrize(("files", "batches"), [
    ((FIRST, DAY2, OTHER), (3,)),
    ((FIRST, UPDATE, DAY2, OTHER), (4,)),  # t-final65 A3: 2 stories
    ((FIRST, UPDATE, DAY2, OTHER), (1, 1, 1, 1)),
    ((DAY2, UPDATE, OTHER, FIRST), (1, 1, 1, 1)),
    ((FIRST, DAY2, UPDATE, OTHER), (2, 2)),
    ((ABROAD, OTHER, FIRST, DAY2, UPDATE), (2, 1, 2)),
])
def test_a_follow_up_keeps_its_story_whatever_versions_are_stored(
        tmp_path: Path, files: tuple[str, ...], batches: tuple[int, ...]) -> None:
    """Regression (t-final65 A3): with the update stored, Le Monde's day-2 report was a
    story of its own."""
    got = _partition(tmp_path, files, batches)
    assert got[FIRST] == got[DAY2] != got[OTHER], got
    if ABROAD in got:
        assert got[ABROAD] not in (got[FIRST], got[OTHER]), got


def test_the_days_any_version_reads_are_held() -> None:
    """Words, names, kinds and sub-places stay those every version gives (t-final29 F2);
    the day keys (lead and text) are every version's."""
    first = Terms({"crue": 3.0, "valence": 4.0}, names=frozenset({"valence"}),
                  kinds=frozenset({"disaster"}),
                  places=frozenset({"town:valence", DAY + "2026-12-02", BACK}),
                  mentions=frozenset({"town:valence", DAY + "2026-12-02"}))
    update = Terms({"crue": 2.0, "valence": 4.0, "polygone": 2.0},
                   names=frozenset({"valence", "polygone"}),
                   kinds=frozenset({"disaster", "crime"}),
                   places=frozenset({"town:valence", "polygone", DAY + "2026-12-01", FRESH}),
                   mentions=frozenset({"town:valence", "polygone", DAY + "2026-12-01",
                                       REFERRED + "2026-11-30"}))
    held = held_terms(update, [first])
    assert dict(held) == {"crue": 2.0, "valence": 4.0}
    assert held.kinds == {"disaster"}
    assert held.places == {"town:valence", DAY + "2026-12-02", DAY + "2026-12-01", BACK, FRESH}
    assert held.mentions == {"town:valence", DAY + "2026-12-02", DAY + "2026-12-01",
                             REFERRED + "2026-11-30"}
    assert held_terms(update, []) == update
