#!/usr/bin/env python3
"""Bench the kind veille gives a name and the place it resolves (issue 16, f-entities19):
each sentence of a TSV (sentence, name, gold label, gold place) enriched alone through the
real pipeline.

Gold label: PER, ORG, LOC or MISC, the label of the entity whose mention covers the
name's first occurrence; ``FAC`` is a venue ("la salle Pleyel"): any label but PER. Gold
place: the country code of the place resolved from that entity, or ``-`` for none (a
company, a venue, a person). A row is right when both are.

Sets: ``bench/data/entity-kinds-heldout-fr.tsv`` (held out: written before the fixes it
measures) and ``bench/data/entity-kinds-dev-fr.tsv`` (in-sample: the testers' faults and
the variants the fixes were tuned on).

Usage::

    .venv/bin/python bench/entity_kinds.py            # both sets: score and misses
    .venv/bin/python bench/entity_kinds.py FILE.tsv   # one set
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from veille.enrich.defaults import default_resources  # noqa: E402
from veille.enrich.stage import pipeline  # noqa: E402
from veille.pipeline.pipeline import Pipeline  # noqa: E402
from veille.record import Article, Content, RawInput  # noqa: E402

SETS = (ROOT / "bench" / "data" / "entity-kinds-heldout-fr.tsv",
        ROOT / "bench" / "data" / "entity-kinds-dev-fr.tsv")
TITLE = "Actualité"


def reading(run: Pipeline, sentence: str, name: str) -> tuple[str, str]:
    """(label, place country or ``-``) of the entity covering ``name`` in ``sentence``;
    ``("none", "-")`` when no entity covers it."""
    article = Article(raw=RawInput(data=sentence.encode(), origin="bench",
                                   media_type="text/plain", source="example.fr"),
                      content=Content(title=TITLE, paragraphs=[sentence],
                                      published=datetime(2026, 12, 2, 10, tzinfo=UTC),
                                      language="fr"))
    outcome = run.run_one(article)
    assert outcome.article is not None and outcome.article.enrichment is not None
    enrichment = outcome.article.enrichment
    start = len(TITLE) + 2 + sentence.index(name)
    for entity in enrichment["entities"]:
        if any(m[0] <= start < m[1] for m in entity["mentions"]):
            places = [p for p in enrichment["places"] if p.get("entity_id") == entity["id"]]
            return entity["label"], (places[0]["country"] or "?") if places else "-"
    return "none", "-"


def right(gold_label: str, gold_place: str, label: str, place: str) -> bool:
    """Whether a reading matches the gold (``FAC``: any label but PER and none)."""
    if gold_label == "FAC":
        return label not in ("PER", "none") and place == gold_place
    return label == gold_label and place == gold_place


def bench(run: Pipeline, path: Path) -> tuple[int, int]:
    """Rows right and rows of the set at ``path``; prints its misses."""
    ok = total = 0
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, name, gold_label, gold_place = line.split("\t")
        label, place = reading(run, sentence, name)
        total += 1
        if right(gold_label, gold_place, label, place):
            ok += 1
        else:
            print(f"  miss {name!r}: gold {gold_label}/{gold_place}, got {label}/{place}"
                  f" — {sentence}")
    return ok, total


def main() -> int:
    run = pipeline(default_resources(None))
    paths = [Path(p) for p in sys.argv[1:]] or [p for p in SETS if p.is_file()]
    for path in paths:
        ok, total = bench(run, path)
        print(f"{path.name}: {ok}/{total} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
