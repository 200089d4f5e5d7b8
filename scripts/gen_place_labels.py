"""Write ``src/veille/enrich/data/place_labels.json.gz``: the names several places of the
shipped gazetteer bear, with what a label ``Name (Area)`` of each is checked against
(:func:`veille.enrich.place_labels.label_table`). ``veille search 'place:"Saint-Denis
(Seine-Saint-Denis)"'`` reads it instead of building the gazetteer (t-final27 F9).
Run after any change to the gazetteer's data: ``python scripts/gen_place_labels.py``;
``tests/search/test_place_label_table.py`` fails while the table is stale."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from veille.enrich.place_labels import LABEL_TABLE, label_table
from veille.enrich.places import shipped

TARGET = Path(__file__).resolve().parent.parent / "src/veille/enrich/data" / LABEL_TABLE


def main() -> None:
    text = json.dumps(label_table(shipped()), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    TARGET.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
