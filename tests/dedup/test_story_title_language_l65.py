"""Regression (t-final65 C3): a story told by three Valencia outlets in Spanish and by
Reuters in English was titled by Reuters' English headline, the newest own article. A
story is titled in the language most of its members are in: of those, the newest own
article's headline (``dedup/representative.main_language``). The captures were written by
the tester (``data_l65/``); Reuters' report is put in the Spanish story by a user's join,
as the tester's larger store joined it. Real SQLite store, real ingest."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.representative import in_language, main_language
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore
from veille.story_edits import join

DATA = Path(__file__).parent / "data_l65"
SPANISH = ("10-lasprovincias-efe.txt", "11-levante-efe.txt", "12-apunt-efe.txt")
ENGLISH = "19-reuters-valencia.txt"


def test_the_story_is_titled_in_its_main_language(store: SQLiteStore) -> None:
    ids = {name: ingest_texts(store, [(name, (DATA / name).read_bytes())]).new_ids[0]
           for name in (*SPANISH, ENGLISH)}
    join(store, ids[ENGLISH], ids[SPANISH[0]])
    stories = store.stories(limit=5)
    [story] = [s for s in stories if s.articles == 4]
    assert story.title.startswith("Una DANA deja más de 200 litros")
    reuters = store.get(ids[ENGLISH])
    assert reuters.content.title is not None and reuters.content.title.startswith("Spain's")


def test_no_main_language_on_a_tie() -> None:
    assert main_language({"es": 2, "en": 2}) == ""
    assert main_language({"es-ES": 1, "es": 1, "en": 1}) == "es"
    assert main_language({"": 5}) == ""


@given(st.lists(st.sampled_from(["fr", "es", "en", "it", ""]), min_size=1, max_size=12))
def test_kept_items_are_in_the_main_language_or_all(languages: list[str]) -> None:
    counts: dict[str, int] = {}
    for code in languages:
        counts[code] = counts.get(code, 0) + 1
    main = main_language(counts)
    kept = in_language(list(enumerate(languages)), lambda item: item[1], main)
    assert kept
    if main:
        assert all(code == main for _, code in kept)
        assert len(kept) == counts[main]
    else:
        assert len(kept) == len(languages)
