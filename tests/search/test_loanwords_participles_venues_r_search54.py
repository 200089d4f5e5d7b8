"""French search recall (issue 16; t-final53b A9, B5; r-search53's open faults), on both
backends:

- an English noun French writes with its English plural ("ses newsletters locales",
  "deux traders", "ses followers") meets its singular: Snowball French strips the
  singular's ``-er`` as an infinitive and keeps the plural's, and the lexicon's tables
  list the noun without its plural, so ``newsletter`` found nothing;
- a letter opening a hyphenated word (``e-mail``) is one word written joined too:
  ``email`` finds "e-mails";
- a verb in ``-er`` whose participle folds onto another noun's form finds it (``porter``
  finds "porté", "portés"; ``placer`` "placé"), and the accented participle does not find
  the noun (``porté`` does not find "la porte"); the noun's spelling finds the participle
  typed without its accent, never the verb's other forms (``porte`` does not find
  "porter"); ``boucher`` and ``bouche`` stay apart;
- ``place:`` does not find a local facility's name ("au gymnase de Bellevue"), and still
  finds the towns and the natural regions the articles name.

On 167b92aa each query below but the controls failed. Real SQLite store + tantivy index,
and real PostgreSQL store + index where its server binaries are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends_kit import keys_found, searched_store
from veille.index.analysis import (
    EXACT,
    exact_spelling,
    joined_forms,
    query_collision_forms,
    singular_of,
)
from veille.index.base import facility_named

RECORDS = [
    ("newsl", "Le journal lance ses newsletters locales", "Dépêche newsl du jour."),
    ("traders", "Deux traders suspendus par la banque", "Dépêche traders du jour."),
    ("mails", "Des e-mails piégés visent les mairies", "Dépêche mails du jour."),
    ("door", "La porte du gymnase fracturée", "Dépêche door du jour."),
    ("carried", "Un alpiniste porté disparu", "Ses deux cordées, portés disparus eux aussi, "
     "sont rentrées. Dépêche carried du jour."),
    ("suspect", "Le suspect placé en garde à vue", "Dépêche suspect du jour."),
    ("complaint", "Porter plainte en ligne", "Dépêche complaint du jour."),
    ("square", "Une place rénovée au centre-ville", "Dépêche square du jour."),
    ("mouth", "Une bouche d'incendie arrachée", "Dépêche mouth du jour."),
    ("gym", "Sinistrés relogés", "À Guéret, les familles dorment au gymnase de Bellevue, "
     "a indiqué la préfecture de la Creuse. Dépêche gym du jour."),
    ("vercors", "Randonnée fermée", "Les sentiers du massif du Vercors sont fermés par "
     "la neige. Dépêche vercors du jour."),
]


def _write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for _key, title, text in RECORDS:
            f.write(json.dumps({"title": title, "text": text, "language": "fr",
                                "published": "2026-12-04T10:00:00+01:00", "url": None,
                                "source": "exemple-veille.fr"}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"r_search54_{request.param}")
    with searched_store(request.param, root, _write(root / "in.jsonl"), "r_search54",
                        enrich=True) as v:
        yield v


def found(v: Any, query: str) -> set[str]:
    return keys_found(v, query, (key for key, *_ in RECORDS))


@pytest.mark.parametrize(("query", "expected"), [
    ("newsletter", {"newsl"}), ("newsletters", {"newsl"}), ("trader", {"traders"}),
    ("email", {"mails"}), ("e-mail", {"mails"}), ("mail", {"mails"}),
    ("porter", {"carried", "complaint"}), ("porté", {"carried", "complaint"}),
    ("portés", {"carried", "complaint"}), ("placer", {"suspect"}), ("placé", {"suspect"}),
    # typed without its accent, a participle may be meant ("porte" for "porté"), never the
    # verb's other forms ("porter")
    ("porte", {"door", "carried"}), ("portes", {"door", "carried"}),
    ("place", {"square", "suspect"}), ("bouche", {"mouth"}), ("boucher", set()),
    ("place:Bellevue", set()), ("place:Guéret", {"gym"}), ("place:Vercors", {"vercors"}),
])
def test_query_finds_exactly(store: Any, query: str, expected: set[str]) -> None:
    assert found(store, query) == expected


def test_rules() -> None:
    assert singular_of("newsletters") == "newsletter"
    assert singular_of("divers") is None and singular_of("univers") is None
    assert joined_forms("des e-mails, a-t-il dit") == ["emails"]
    assert exact_spelling("Un alpiniste PORTÉ disparu, la porte, il a porté") == \
        "Un alpiniste porte0301 disparu, la porte, il a porte0301"
    assert exact_spelling("Il est né, Orsay est cité") == "Il est né, Orsay est cité"
    exact = EXACT.build().analyze
    door, carried = (query_collision_forms(w, exact) or () for w in ("porte", "porté"))
    assert door[-2:] == ("porte0301", "porte0301s")
    assert "porte" not in carried and "porte0301" in carried
    text = "Elles dorment au gymnase de Bellevue, près de Bellevue."
    gym = text.index("Bellevue")
    town = text.rindex("Bellevue")
    assert facility_named({"mentions": [[gym, gym + 8, "Bellevue"]]}, text)
    assert not facility_named({"mentions": [[gym, gym + 8, "Bellevue"],
                                            [town, town + 8, "Bellevue"]]}, text)
    assert not facility_named({"mentions": [[0, 8, "Bellevue"]]}, text)  # offsets stale
