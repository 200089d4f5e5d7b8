#!/usr/bin/env python3
"""Score the r-when53 held-out set (issue 16: parts of a month, day parts in ranges, the
English "open an inquiry into Saturday's …", places in Cyrillic, islands, a place's label in
the reader's language).

usage: PYTHONPATH=<worktree>/src python3 score.py /work/vbin-NAME [--verbose]
Prints one line per check (``ok`` or ``WRONG``, what veille said, what was wanted), the
total by kind, then the grand total. Dates (dates.json) are read with
``veille.enrich.dates.find_dates``: a case is right when the first mention holding
``mention`` has the wanted ``value`` and ``tense`` and, when the case gives them,
``granularity``, ``part`` and ``until``. Places (articles.jsonl, gold.json) are ingested,
enriched and exported by the CLI given (bench/lib/entity_checks.py); "place" and "noplace"
are h-t49b's checks; ``["label", mentioned_as, lang, name]``: the place mentioned as
``mentioned_as`` is named ``name`` to a reader of ``lang`` (the CLI run with
``LANGUAGE=lang``, its ``show`` output holding the name).
"""
import inspect
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import fold, peer_judge  # noqa: E402

from veille.enrich.dates import find_dates  # noqa: E402

OPTIONAL = ("granularity", "part", "until")
_peer_judge = peer_judge(HERE)


def date_check(case: dict, with_language: bool) -> tuple[bool, object]:
    mentions = find_dates(case["text"], date.fromisoformat(case["published"]),
                          **({"language": case["lang"]} if with_language else {}))
    hit = next((d for d in mentions if case["mention"] in d.text), None)
    if hit is None:
        return False, "MISSED"
    got = {"value": hit.value, "tense": hit.tense, "granularity": hit.granularity,
           "part": getattr(hit, "part", ""), "until": hit.until, "text": hit.text}
    ok = (hit.value, hit.tense) == (case["value"], case["tense"]) and all(
        got[k] == case[k] for k in OPTIONAL if k in case)
    return ok, got


def judge(check, enrichment, quote_lines, named):
    if check[0] == "label":
        hit = [p for p in enrichment.get("places", [])
               if fold(p.get("mentioned_as")) == fold(check[1])]
        shown = enrichment.get("_shown", {}).get(check[2], "")
        return bool(hit) and f"{check[3]} (" in shown or f"- {check[3]}\n" in shown, \
            [(p.get("id"), p.get("name")) for p in hit]
    return _peer_judge(check, enrichment, quote_lines, named)


def main() -> None:
    args = sys.argv[1:]
    cli, verbose = args[0], "--verbose" in args
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with_language = "language" in inspect.signature(find_dates).parameters
    for case in json.loads((HERE / "dates.json").read_text(encoding="utf-8")):
        ok, got = date_check(case, with_language)
        right[case["kind"]] += ok
        total[case["kind"]] += 1
        wanted = {k: case[k] for k in ("value", "tense", *OPTIONAL) if k in case}
        print(case["id"], case["lang"], "ok" if ok else "WRONG", got,
              "" if ok and not verbose else f"want {wanted}")
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    records, quote_lines, named = _answers(cli, gold)
    for g in gold:
        enrichment = (records.get(g["url"]) or {}).get("enrichment") or {}
        for check in g["checks"]:
            ok, got = judge(check, enrichment, quote_lines, named)
            kind = "place-" + check[0]
            right[kind] += ok
            total[kind] += 1
            print(g["url"].rsplit("/", 1)[1], check, "ok" if ok else "WRONG", got)
    print("by kind:", ", ".join(f"{k} {right[k]}/{total[k]}" for k in sorted(total)))
    print(f"{sum(right.values())}/{sum(total.values())}")


def _answers(cli: str, gold: list) -> tuple[dict, list, dict]:
    """entity_checks' answers, plus each article's ``show`` output per reader language."""
    import os
    import subprocess
    import tempfile

    langs = sorted({c[2] for g in gold for c in g["checks"] if c[0] == "label"})
    with tempfile.TemporaryDirectory() as d:
        def run(*a: str, lang: str = "") -> str:
            env = dict(os.environ, **({"LANGUAGE": lang, "LC_ALL": "", "LANG": ""} if lang else {}))
            return subprocess.run([cli, "--data-dir", d, *a], check=True, env=env,
                                  capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        records = {}
        for line in run("export", "--format", "jsonl").splitlines():
            rec = json.loads(line)
            records[rec.get("url") or rec.get("content", {}).get("url")] = rec
        for rec in records.values():
            extra = rec.setdefault("enrichment", {}) or {}
            rec["enrichment"] = extra
            if not any(c[0] == "label" for g in gold if g["url"] == rec.get("url")
                       for c in g["checks"]):
                continue
            extra["_shown"] = {lang: run("show", str(rec.get("id")), lang=lang)
                               for lang in langs}
    return records, [], {}


if __name__ == "__main__":
    main()
