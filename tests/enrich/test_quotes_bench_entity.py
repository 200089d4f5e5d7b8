"""bench/quotes.py's speaker column by entity: the gold speaker resolves to the entities its
annotated mentions name, never to one in their complement (sentences written here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from veille.enrich.quotes import find_quotes


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "quotes.py"
    spec = importlib.util.spec_from_file_location("bench_quotes_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXT = ("Les soutiens de Marie Lenoir se disent confiants. « Nous gagnerons », a dit "
        "M. Pierre Vidal, maire de Lille.")
ENTITIES: list[dict[str, object]] = [
    {"id": "per:marie-lenoir", "name": "Marie Lenoir", "label": "PER",
     "mentions": [[TEXT.index("Marie"), TEXT.index("Marie") + 12]]},
    {"id": "per:pierre-vidal", "name": "Pierre Vidal", "label": "PER",
     "mentions": [[TEXT.index("Pierre"), TEXT.index("Pierre") + 12]]},
]


def test_gold_mention_resolves_to_its_entity_not_its_complement() -> None:
    bench = _bench()
    soutiens = (TEXT.index("soutiens"), TEXT.index("soutiens") + len("soutiens de Marie Lenoir"))
    assert bench._gold_ids(TEXT, ENTITIES, ["soutiens de Marie Lenoir"], [soutiens]) == set()
    vidal = (TEXT.index("M. Pierre"), TEXT.index("M. Pierre") + len("M. Pierre Vidal"))
    assert bench._gold_ids(TEXT, ENTITIES, ["M. Pierre Vidal"], [vidal]) == {"per:pierre-vidal"}
    assert bench._gold_ids(TEXT, ENTITIES, ["Pierre Vidal"], []) == {"per:pierre-vidal"}


def test_predicted_speaker_is_linked_like_the_stage() -> None:
    bench = _bench()
    quotes = find_quotes(TEXT)
    bench._linked(quotes, TEXT, ENTITIES)
    assert [q.speaker_id for q in quotes] == ["per:pierre-vidal"]
