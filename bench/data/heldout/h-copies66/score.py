"""Held-out set of h-copies66 (issue 14): what a copy is, said truly.

U: copies where an outlet is unknown (no source on one side or both) must not be called a
   "reprint" (another outlet's copy): relation ``unattributed``; two known outlets stay
   ``reprint`` (guard). fr/es/it/en.
W: one agency dispatch run by three outlets: the story API names the agency as the origin
   (``wire.agency``), the outlets carrying it (3) and the first; independent count 1.
T: two different press releases on one template are no copies; one release run by two
   outlets is a copy (en/fr/es).

Texts written for this set (not copies of reported cases). Run:
  VEILLE_SHARED_DIR=/work/shared PYTHONPATH=src:tests:tests/web python bench/data/heldout/h-copies66/score.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import httpx
from web_kit import serve

import veille

HERE = Path(__file__).parent
CASES = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))


def record(title: str, paragraphs: list[str], published: str, language: str,
           source: str = "", url: str = "") -> bytes:
    fields = {"title": title, "paragraphs": paragraphs, "published": published,
              "language": language, **({"source": source} if source else {}),
              **({"url": url} if url else {})}
    return (json.dumps(fields, ensure_ascii=False) + "\n").encode()


def capture(url: str, masthead: str, title: str, byline: str, stamp: str,
            paragraphs: list[str]) -> bytes:
    return "\n".join([url, masthead, "Rechercher", title, byline, stamp, *paragraphs,
                      ""]).encode()


def relations(data: Path, ids: list[str]) -> list[str]:
    from veille.store.base import relations_of
    with veille.open(data) as v:
        found = relations_of(v.store, ids)
    return [found[i] for i in ids]


def ingest(data: Path, items: list[tuple[str, bytes]]) -> list[str]:
    out = []
    with veille.open(data) as v:
        for name, body in items:
            out += list(v.ingest_bytes([(name, body)]).new_ids)
    return out


def score_u(case: dict, root: Path) -> tuple[bool, str]:
    data = root / case["name"]
    items = [(f"{n}.jsonl", record(**r)) for n, r in enumerate(case["records"])]
    ids = ingest(data, items)
    got = relations(data, ids)[1:]
    return got == case["expect"], f"{got}"


def score_w(case: dict, root: Path) -> tuple[bool, str]:
    data = root / case["name"]
    items = [(f"{n}.txt", capture(c["url"], c["masthead"], case["title"], c["byline"],
                                  c["stamp"], case["paragraphs"]))
             for n, c in enumerate(case["outlets"])]
    ingest(data, items)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        stories = [s for s in http.get("/api/v1/stories").json()["stories"]
                   if s["articles"] > 1]
        if len(stories) != 1:
            return False, f"{len(stories)} stories"
        story = http.get(f"/api/v1/stories/{stories[0]['id']}").json()
        page = http.get(f"/stories/{story['id']}", params={"lang": case["lang"]}).text
    wire = story.get("wire") or {}
    said = case["said"] in page
    ok = (wire.get("agency") == case["agency"] and wire.get("outlets") == len(case["outlets"])
          and wire.get("first_outlet") == case["first"]
          and story["independent_sources"] == 1 and said)
    return ok, (f"wire={wire} independent={story['independent_sources']} "
                f"page-says={said}")


def score_t(case: dict, root: Path) -> tuple[bool, str]:
    data = root / case["name"]
    items = [(f"{n}.jsonl", record(**r)) for n, r in enumerate(case["records"])]
    ids = ingest(data, items)
    with veille.open(data) as v:
        rel = [(v.store.get(i).dedup.relation or "") for i in ids[1:]]
    got = ["copy" if r else "" for r in rel]
    return got == case["expect"], f"{rel}"


def main() -> int:
    total = passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for case in CASES:
            scorer = {"U": score_u, "W": score_w, "T": score_t}[case["name"][0]]
            try:
                ok, said = scorer(case, root)
            except Exception as exc:  # noqa: BLE001 - a scorer reports, never stops
                ok, said = False, f"error {exc!r}"
            total += 1
            passed += ok
            print(f"{'PASS' if ok else 'FAIL'} {case['name']}: {said}")
    print(f"{passed}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
