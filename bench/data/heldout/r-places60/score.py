#!/usr/bin/env python3
"""Score the r-places60 held-out set: python score.py VEILLE_CLI [--verbose].

Two parts, one line per check, then ``total: K/N``:

- places (``articles.jsonl``, ``gold.json``, written by ``build.py``): ingested, enriched
  and exported in a temporary store by bench/lib/entity_checks.py; h-t49b's "place" and
  "noplace" checks.
- dates (``inputs/`` and ``cases.json``): each file's modification time (the capture time)
  set to 2026-03-05 12:00 UTC, ingested with its ``--source`` into a new store, enriched;
  a case checks either ``mention``/``value_ok``/``weekday_ok`` (the first enrichment date
  whose text holds ``mention`` has a value starting with one of ``value_ok`` and that
  ``weekday_ok``), ``updated`` (``content.updated`` starts with that day and keeps day
  precision: ``updated_precision`` "day", or no clock time), or ``show_line``/``show_has``
  /``show_lacks`` (the line of ``veille show`` holding ``show_line`` holds ``show_has``
  and not ``show_lacks``; UI in English).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import _answers  # noqa: E402

CAPTURED = datetime(2026, 3, 5, 12, 0, tzinfo=UTC).timestamp()


def judge(check: list, enrichment: dict) -> tuple[bool, object]:
    """h-t49b's "place" and "noplace" checks, comparing names case-folded but in their own
    script (h-t49b's ``fold`` keeps ASCII letters only: every Arabic or Cyrillic name
    folds to "" there, and any place of that script would match)."""
    found = enrichment.get("places", [])
    name = check[1].casefold()
    if check[0] == "noplace":
        bad = [p for p in found if (p.get("mentioned_as") or "").casefold() == name
               and p.get("country") != check[2]]
        return not bad, [(p.get("id"), p.get("country")) for p in bad]
    hit = [p for p in found if name in ((p.get("mentioned_as") or "").casefold(),
                                        (p.get("name") or "").casefold())]
    return any(p.get(check[2]) == check[3] for p in hit), \
        [(p.get("id"), p.get(check[2])) for p in hit]


def places(cli: str) -> list[tuple[bool, str, object]]:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    records, _, _ = _answers(cli, HERE, gold)
    out = []
    for g in gold:
        enrichment = (records.get(g["url"]) or {}).get("enrichment") or {}
        for check in g["checks"]:
            ok, got = judge(check, enrichment)
            out.append((ok, f"{check[0]:8} {g['url'].rsplit('/', 1)[1]} {check[1:]}", got))
    return out


def dates(cli: str) -> list[tuple[bool, str, object]]:
    cases = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "VEILLE_DATA_DIR": f"{tmp}/data", "VEILLE_LANG": "en",
               "LANGUAGE": "en", "LANG": "C.UTF-8"}
        shutil.copytree(HERE / "inputs", f"{tmp}/in")
        for name, source in {c["file"]: c["source"] for c in cases}.items():
            os.utime(f"{tmp}/in/{name}", (CAPTURED, CAPTURED))
            subprocess.run([cli, "ingest", f"{tmp}/in/{name}", "--source", source], env=env,
                           capture_output=True, check=False)
        subprocess.run([cli, "enrich"], env=env, capture_output=True, check=False)
        exported = subprocess.run([cli, "export"], env=env, capture_output=True,
                                  text=True).stdout
        records: dict[str, dict] = {}
        for line in exported.splitlines():
            if line.strip():
                r = json.loads(line)
                records.setdefault(Path(r["raw"]["origin"]).name.split("#")[0], r)
        shown: dict[str, str] = {}
        for case in cases:
            r = records.get(case["file"])
            got: object = "not stored"
            ok = False
            if r is not None:
                c = r["content"]
                if "updated" in case:
                    got, prec = c.get("updated"), c.get("updated_precision")
                    ok = bool(got) and str(got).startswith(case["updated"]) and (
                        prec == "day" or "T" not in str(got))
                    got = f"{got} ({prec})"
                elif "mention" in case:
                    found = (r.get("enrichment") or {}).get("dates") or []
                    hit = next((d for d in found if case["mention"] in d.get("text", "")), None)
                    got = hit and (hit.get("text"), hit.get("value"), hit.get("weekday_ok"))
                    ok = hit is not None and any(str(hit.get("value")).startswith(w)
                                                 for w in case["value_ok"]) and \
                        hit.get("weekday_ok", True) is case["weekday_ok"]
                else:
                    if r["id"] not in shown:
                        shown[r["id"]] = subprocess.run([cli, "show", r["id"]], env=env,
                                                        capture_output=True, text=True).stdout
                    lines = [x for x in shown[r["id"]].splitlines() if case["show_line"] in x]
                    got = lines[0].strip() if lines else "no such line"
                    ok = bool(lines) and case["show_has"] in lines[0] and not (
                        case.get("show_lacks") and case["show_lacks"] in lines[0])
            want = {k: v for k, v in case.items() if k not in ("file", "source", "kind")}
            out.append((ok, f"{case['kind']:20} {case['file']:18} want {want}", got))
    return out


def main() -> None:
    cli = sys.argv[1] if len(sys.argv) > 1 else "veille"
    results = places(cli) + dates(cli)
    for ok, what, got in results:
        print(f"{'ok  ' if ok else 'FAIL'} {what} got {got!r}")
    print(f"total: {sum(ok for ok, _, _ in results)}/{len(results)}")


if __name__ == "__main__":
    main()
