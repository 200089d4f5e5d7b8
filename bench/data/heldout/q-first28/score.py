"""Score veille on the q-first28 held-out set (README.md). Run from a worktree:
PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/q-first28/score.py"""
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

HERE = Path(__file__).parent
gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
cases = defaultdict(list)
for line in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines():
    row = json.loads(line)
    cases[row["case"]].append(row)
right = 0
for case, rows in cases.items():
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "store.db")
        ids = {}
        for row in rows:
            summary = ingest_texts(store, [(row["name"], row["body"].encode())],
                                   source=row["source"])
            [ids[row["name"]]] = summary.new_ids
        name_of = {v: k for k, v in ids.items()}
        source_of = {store.get(i).source: n for n, i in ids.items()}
        roots = [n for n, i in ids.items() if not (store.get(i).dedup.relation or "")]
        filed = {n: name_of.get(store.get(i).dedup.duplicate_of or "", "")
                 for n, i in ids.items() if n not in roots}
        stories = store.stories(limit=10)
        store.close()
    want = gold[case]
    got_first = source_of.get(stories[0].first_source, stories[0].first_source) \
        if len(stories) == 1 else f"{len(stories)} stories"
    got_tied = sorted(source_of.get(s, s) for s in stories[0].first_tied) if stories else []
    ok = roots == [want["original"]] and all(v == want["original"] for v in filed.values()) \
        and got_first == want["first"] and got_tied == sorted(want["tied"])
    right += ok
    print(f"{'ok ' if ok else 'BAD'} {case}: originals {roots} copies {filed} "
          f"first {got_first} tied {got_tied}")
print(f"{right}/{len(cases)} cases right")
sys.exit(0)
