#!/usr/bin/env python3
"""Score veille's speakers on the h-quotes50 held-out set.

usage: python3 score.py VEILLE_CLI [--verbose]
Builds a fresh store in a temporary folder (ingest articles.jsonl, enrich, export) and
prints, over ALL gold quotes (a quote veille misses counts as not right):
  speakers right R/N, quotes found F/N, false speakers (a name where the gold has another
  speaker or none) W.
Speaker matching is t-enrich22's (folded, articles dropped, containment either way); the
name of the entity the speaker is linked to (speaker_id) is accepted too.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent


def norm(s):
    import re
    import unicodedata
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = s.replace("’", "'")
    s = re.sub(r"^(l'|le |la |les |un |une |me |m\. |mr\. |mr |mme |the |a |der |die |das |eine |ein )", "", s.strip())
    s = re.sub(r"[^a-z0-9' -]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def qnorm(s):
    import re
    import unicodedata
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "").replace("’", "'")).strip(" .,«»\"“”„»«")


def speaker_ok(got, accepted):
    g = norm(got)
    for a in accepted:
        if a is None:
            if not g:
                return True
            continue
        n = norm(a)
        if g and (g == n or (len(g) >= 4 and g in n) or (len(n) >= 4 and n in g)):
            return True
    return False


def main() -> None:
    cli = sys.argv[1]
    verbose = "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        run = lambda *a: subprocess.run([cli, "--data-dir", d, *a], check=True,  # noqa: E731
                                        capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        out = run("export", "--format", "jsonl")
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[r.get("url") or r.get("content", {}).get("url")] = r
    total = right = found = wrong = 0
    by_kind: dict[str, list[int]] = {}
    for g in gold:
        quotes = ((recs.get(g["url"]) or {}).get("enrichment") or {}).get("quotes", [])
        for gq in g["quotes"]:
            total += 1
            sn = qnorm(gq["snippet"])
            hit = next((q for q in quotes if sn in qnorm(q.get("text"))), None)
            names = {e.get("id"): e.get("name") for e in
                     ((recs.get(g["url"]) or {}).get("enrichment") or {}).get("entities", [])}
            ok = hit is not None and (speaker_ok(hit.get("speaker"), gq["speakers"]) or (
                bool(hit.get("speaker_id")) and speaker_ok(names.get(hit["speaker_id"]), gq["speakers"])))
            found += hit is not None
            right += ok
            if hit is not None and not ok and hit.get("speaker"):
                wrong += 1
            k = by_kind.setdefault(gq["kind"], [0, 0])
            k[0] += ok
            k[1] += 1
            if verbose and not ok:
                got = "MISSED" if hit is None else repr(hit.get("speaker"))
                print(f"  {g['id']} [{gq['kind']}] «{gq['snippet']}»: veille {got}, gold {gq['speakers']}")
    for kind, (r, n) in sorted(by_kind.items()):
        print(f"  {kind:28s} {r}/{n}")
    print(f"speakers right {right}/{total} = {right / total:.3f}; quotes found {found}/{total}; "
          f"false speakers {wrong}")


if __name__ == "__main__":
    main()
