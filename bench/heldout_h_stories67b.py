"""Held-out check of h-stories67b (issue 14, t-final67 F1): pairs of articles on the same
kind of event, the same day, in two countries (most in two languages) must never share a
story. Prints the pairs that do, in two settings: each pair alone, and every pair in one
state (the document frequencies of a collection). Run:
``PYTHONPATH=src .venv/bin/python bench/heldout_h_stories67b.py``."""

from __future__ import annotations

import inspect
import json
from datetime import date
from pathlib import Path

from veille.dedup.stories import Stories, terms

DATA = Path(__file__).parent / "data" / "heldout" / "h-stories67b" / "apart.json"
DAY = date(2026, 12, 2)
MINUTE = 29_000_000


def _assign(stories: Stories, aid: str, lang: str, title: str, paras: list[str],
            minute: int) -> str:
    counts = terms(title, paras, DAY, lang)
    if "language" in inspect.signature(stories.assign).parameters:
        return stories.assign(aid, counts, minute, language=lang)  # type: ignore[call-arg]
    return stories.assign(aid, counts, minute)


def main() -> None:
    pairs = json.loads(DATA.read_text(encoding="utf-8"))
    alone = []
    for i, pair in enumerate(pairs):
        st = Stories()
        a = _assign(st, f"a{i}", *pair["a"], MINUTE)
        b = _assign(st, f"b{i}", *pair["b"], MINUTE + 60)
        if st.story_of[f"a{i}"] == st.story_of[f"b{i}"] or a == b:
            alone.append(pair["name"])
    st = Stories()
    for i, pair in enumerate(pairs):
        _assign(st, f"a{i}", *pair["a"], MINUTE + i)
    for i, pair in enumerate(pairs):
        _assign(st, f"b{i}", *pair["b"], MINUTE + 60 + i)
    st.take_moved()
    together = [p["name"] for i, p in enumerate(pairs)
                if st.story_of[f"a{i}"] == st.story_of[f"b{i}"]]
    mixed: dict[str, set[str]] = {}
    lang = {f"{k}{i}": p[k][0] for i, p in enumerate(pairs) for k in "ab"}
    for aid, sid in st.story_of.items():
        mixed.setdefault(sid, set()).add(aid)
    tongues = [sorted(m) for m in mixed.values() if len({lang[a] for a in m}) > 1]
    print(f"pairs: {len(pairs)}")
    print(f"wrongly one story, each pair alone: {len(alone)} {alone}")
    print(f"wrongly one story, all pairs in one state: {len(together)} {together}")
    print(f"stories mixing languages, all pairs in one state: {len(tongues)} {tongues}")
    print("stories of 2+ articles:", sorted(sorted(m) for m in mixed.values() if len(m) > 1))


if __name__ == "__main__":
    main()
