"""Score the outlet-name rules on outlet_names.tsv (see README.md)."""

from __future__ import annotations

import csv
from pathlib import Path

from veille.extract.record_source import names_site

try:
    from veille.outlet_names import plausibly_names_site
except ImportError:  # before q-small28
    plausibly_names_site = names_site

rows = list(csv.DictReader((Path(__file__).parent / "outlet_names.tsv").open(encoding="utf-8"),
                           delimiter="\t"))
for label, rule in (("exact (names_site)", names_site), ("plausible", plausibly_names_site)):
    said = [(rule(r["name"], r["host"]), r["gold"] == "yes", r) for r in rows]
    tp = sum(s and g for s, g, _ in said)
    fp = [r["name"] + " @ " + r["host"] for s, g, r in said if s and not g]
    fn = [r["name"] + " @ " + r["host"] for s, g, r in said if g and not s]
    print(f"{label}: recall {tp}/{tp + len(fn)}, false yes {len(fp)}/"
          f"{sum(not g for _, g, _ in said)}")
    print("  missed:", "; ".join(fn) or "-")
    print("  wrong:", "; ".join(fp) or "-")
