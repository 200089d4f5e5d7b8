"""Which rpm2 gold clusters veille splits or mixes for one seed (bench/stories.py's "veille"
row): ``python bench/stories_seed_split_66.py [SEED]`` (default 8; VEILLE_SHARED_DIR set,
bench/ on the path). One block per split cluster (each piece: its size, the other clusters it
holds, its articles' days, its first title), then the stories mixing clusters. Brief
h-stories66 item 3."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

import stories as bench


def main(seed: int) -> None:
    """Print the split and mixed gold clusters of ``seed``."""
    docs = bench.load_rpm2(seed)
    pred = bench.clusterer(**bench.VARIANTS["veille"])(docs)
    gold: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[bench.Doc]] = defaultdict(list)
    for doc, story in zip(docs, pred, strict=True):
        gold[doc[3]][story] += 1
        members[story].append(doc)
    print("stories", len(set(pred)), "gold", len(gold))
    for cluster, pieces in sorted(gold.items()):
        if len(pieces) < 2:
            continue
        print(f"SPLIT {cluster}: {dict(pieces)}")
        for story in pieces:
            own = [d for d in members[story] if d[3] == cluster]
            others = Counter(d[3] for d in members[story] if d[3] != cluster)
            days = [d[0] // 1440 for d in own]
            print(f"   {story[:12]} n={len(own)} mixed={dict(others)} day={days} :: "
                  f"{own[0][4][:90]}")
    for story, docs_of in members.items():
        clusters = Counter(d[3] for d in docs_of)
        if len(clusters) > 1:
            print("MIXED", story[:12], dict(clusters))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
