"""Speaker checks shared by the held-out quote sets (f-speakers33, h-quotes50).

A set folder holds ``articles.jsonl`` (records to ingest) and ``gold.json`` (per article its
url and quotes: snippet, accepted speakers, kind). :func:`score` builds a fresh store in a
temporary folder (ingest, enrich, export) and prints, over ALL gold quotes (a missed quote
counts as not right): speakers right R/N, quotes found F/N, false speakers W (a name where
the gold has another speaker or none). Speaker matching is t-enrich22's: folded, articles
dropped, containment either way.
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import tempfile
import unicodedata


def norm(s: str | None) -> str:
    """A speaker name folded for matching: ASCII, lower case, leading article or title dropped."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = s.replace("’", "'")
    s = re.sub(r"^(l'|le |la |les |un |une |me |m\. |mr\. |mr |mme |the |a "
               r"|der |die |das |eine |ein )", "", s.strip())
    s = re.sub(r"[^a-z0-9' -]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def qnorm(s: str | None) -> str:
    """A quote snippet with its spaces, apostrophes and outer marks normalised."""
    folded = unicodedata.normalize("NFKC", s or "").replace("’", "'")
    return re.sub(r"\s+", " ", folded).strip(" .,«»\"“”„»«")  # noqa: B005 (a set of marks)


def speaker_ok(got: str | None, accepted: list[str | None]) -> bool:
    """True when ``got`` matches one accepted name (``None`` accepts no speaker)."""
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


def score(here: pathlib.Path, argv: list[str], accept_linked_name: bool = False) -> None:
    """Build a store from ``here/articles.jsonl`` with the CLI ``argv[0]`` and print the figures.

    ``accept_linked_name``: a quote whose ``speaker`` misses is still right when the name of
    the entity its ``speaker_id`` links to matches (h-quotes50's rule; f-speakers33 keeps
    the stricter one so its figures stay comparable).
    """
    cli = argv[0]
    verbose = "--verbose" in argv
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        run = lambda *a: subprocess.run([cli, "--data-dir", d, *a], check=True,  # noqa: E731
                                        capture_output=True, text=True).stdout
        run("ingest", str(here / "articles.jsonl"))
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
                accept_linked_name and bool(hit.get("speaker_id"))
                and speaker_ok(names.get(hit["speaker_id"]), gq["speakers"])))
            found += hit is not None
            right += ok
            if hit is not None and not ok and hit.get("speaker"):
                wrong += 1
            k = by_kind.setdefault(gq["kind"], [0, 0])
            k[0] += ok
            k[1] += 1
            if verbose and not ok:
                got = "MISSED" if hit is None else repr(hit.get("speaker"))
                print(f"  {g['id']} [{gq['kind']}] «{gq['snippet']}»: veille {got}, "
                      f"gold {gq['speakers']}")
    for kind, (r, n) in sorted(by_kind.items()):
        print(f"  {kind:28s} {r}/{n}")
    print(f"speakers right {right}/{total} = {right / total:.3f}; quotes found {found}/{total}; "
          f"false speakers {wrong}")
