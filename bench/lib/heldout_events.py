"""The builder of the held-out event sets (f-events32, f-events32b, f-events32b-council,
f-events33, r-events34): one copy, which each set's ``build.py`` calls with its articles.

An article is a tuple (gid, gold story, relation ("independent", "reprint", "followup"), of,
wave, source, published, language, title, text)."""
from __future__ import annotations

import json
from pathlib import Path


def write_set(here: Path, name: str, articles: list, hard: list, waves: int = 3) -> None:
    """Write ``wave1.jsonl``..``wave<waves>.jsonl`` and ``gold.json`` of the set ``name`` in
    ``here`` from its articles (tuples, as above) and hard negative pairs: the
    sets' one builder."""
    rows_of: dict[int, list[dict]] = {n: [] for n in range(1, waves + 1)}
    gold = {}
    for gid, story, rel, of, wave, source, published, lang, title, text in articles:
        url = f"https://example.org/{name}/{gid.lower()}"
        rows_of[wave].append({"id": gid, "title": title, "text": text, "published": published,
                              "source": source, "url": url, "language": lang})
        gold[gid] = {"story": story, "relation": rel, "of": of, "source": source, "url": url,
                     "published": published, "title": title}
    for n, rows in rows_of.items():
        with open(here / f"wave{n}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    doc = {"articles": gold, "hard_negative_pairs": hard}
    (here / "gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")


def write_pair_set(here: Path, name: str, articles: list, hard: list,
                   with_id: bool = False) -> None:
    """Write ``articles.jsonl`` and ``gold.json`` of the one-wave French story set ``name``
    (f-stories23..28, q-stories24/25) in ``here``: every article an independent one, a tuple
    (gid, gold story, source, published, title, text); ``hard`` the hard negative pairs of
    gids; ``with_id`` puts the gid in each row too."""
    rows, gold = [], {}
    for gid, story, source, published, title, text in articles:
        url = f"https://example.org/{name}/{gid.lower()}"
        row = {"id": gid} if with_id else {}
        row.update({"title": title, "text": text, "published": published, "source": source,
                    "url": url, "language": "fr"})
        rows.append(row)
        gold[gid] = {"story": story, "relation": "independent", "of": None, "source": source,
                     "url": url, "published": published, "title": title}
    doc = {"articles": gold, "stories": {s: s for s in sorted({g["story"] for g in gold.values()})},
           "hard_negative_pairs": hard, "first_published": {}}
    with open(here / "articles.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    (here / "gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")
