"""Held-out set of h-copies65: one outlet's own follow-ups, republications and updates,
and other outlets' copies, in fr/es/it/en (texts written for this set, `stories.json`).

Each case ingests a day-1 article, then a second text, into a fresh SQLite store through
the real ingest (``ingest_texts``: JSON Lines records), and reads the second's stored
relation. Expected:

- ``follow3`` / ``follow2``: the same outlet's day-2 article, a new lead and two or three
  new paragraphs reusing three or two background paragraphs of day 1: no copy ("");
- ``follow2_unknown``: the same with no source on either text: no copy ("");
- ``repub``: the same outlet's text again (new headline, new lead, the rest kept):
  ``republication``;
- ``update_unknown``: the same with no source on either text: anything but ``reprint``
  (another outlet is not known to have reprinted it);
- ``reprint_cut`` / ``reprint_added``: another outlet's copy (a paragraph cut, or one
  paragraph of its own added): ``reprint``.

Run: VEILLE_SHARED_DIR=/work/shared PYTHONPATH=src python bench/data/heldout/h-copies65/score.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

HERE = Path(__file__).parent
HOSTS = {"fr": ("ouest-france.fr", "lemonde.fr"), "es": ("levante-emv.com", "elpais.com"),
         "it": ("lastampa.it", "corriere.it"), "en": ("yorkshirepost.co.uk", "theguardian.com")}


def _record(url: str | None, source: str, title: str, paragraphs: list[str], published: str,
            language: str) -> bytes:
    fields: dict[str, Any] = {"title": title, "paragraphs": paragraphs,
                              "published": published, "language": language}
    if url:
        fields["url"] = url
    if source:
        fields["source"] = source
    return (json.dumps(fields, ensure_ascii=False) + "\n").encode()


def cases(lang: str, s: dict[str, Any]) -> list[tuple[str, str, bytes, bytes]]:
    own, other = HOSTS[lang]
    d1, new = s["day1"], s["new"]
    t1, t2 = s["title1"], s["title2"]
    day1 = "2026-07-13T08:00:00+02:00"
    later = "2026-07-13T13:00:00+02:00"
    day2 = "2026-07-14T09:00:00+02:00"

    def first(source: bool) -> bytes:
        return _record(f"https://www.{own}/a/1.html" if source else None,
                       own if source else "", t1, d1, day1, lang)

    def second(source: str, n: int, title: str, paras: list[str], when: str) -> bytes:
        return _record(f"https://www.{source}/a/{n}.html" if source else None, source,
                       title, paras, when, lang)

    return [
        ("follow3", "", first(True), second(own, 2, t2, [*new, d1[2], d1[3]], day2)),
        ("follow2", "", first(True), second(own, 3, t2, [new[0], new[1], *d1[2:]], day2)),
        ("follow2_unknown", "", first(False),
         second("", 0, t2, [new[0], new[1], *d1[2:]], day2)),
        ("repub", "republication", first(True),
         second(own, 4, t1 + " (mise à jour)", [s["lead2"], *d1[1:]], later)),
        ("update_unknown", "!reprint", first(False),
         second("", 0, t1 + " (2)", [s["lead2"], *d1[1:]], later)),
        ("reprint_cut", "reprint", first(True), second(other, 5, t1, d1[:4], later)),
        ("reprint_added", "reprint", first(True),
         second(other, 6, t1, [*d1, new[2]], later)),
    ]


def run(lang: str, name: str, a: bytes, b: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "store.sqlite")
        try:
            ingest_texts(store, [("a.jsonl", a)])
            (new_id,) = ingest_texts(store, [("b.jsonl", b)]).new_ids
            dedup = store.get(new_id).dedup
            return (dedup.relation if dedup else "") or ""
        finally:
            store.close()


def main() -> int:
    stories = json.loads((HERE / "stories.json").read_text("utf-8"))
    good = total = 0
    for lang, story in stories.items():
        for name, expected, a, b in cases(lang, story):
            got = run(lang, name, a, b)
            ok = got != "reprint" if expected == "!reprint" else got == expected
            good += ok
            total += 1
            print(f"{'ok ' if ok else 'BAD'} {lang} {name:16} expected {expected or '-':14} "
                  f"got {got or '-'}")
    print(f"score {good}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
