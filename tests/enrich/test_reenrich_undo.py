"""Re-enrichment is a function of the stored texts and the alias table in force, not of
the enrichment stored before it (t-enrich19 E7: an alias added, applied, removed and
re-enrichment run again left the merged entity in place)."""

from __future__ import annotations

from pathlib import Path

from veille.enrich import aliases
from veille.enrich.aliases import Alias
from veille.enrich.defaults import default_resources
from veille.enrich.stage import Resources
from veille.enrich.view import follow, reenrich
from veille.service import Veille
from veille.settings import Settings

from .test_enrich16 import _mislabelling, _page

NAME = "Ilona Varnhagen"
SAID = f"au retour de {NAME} en championnat"


def _resources(data_dir: Path) -> Resources:
    """The data directory's table in force, and a model that calls the name MISC (as
    spaCy called "Mason Greenwood")."""
    base = default_resources(data_dir)
    return Resources(base.aliases, base.gazetteer, lambda language: _mislabelling(NAME, SAID))


def _ids(v: Veille) -> set[str]:
    return {str(e["id"]) for a in v.store.latest()
            for e in (a.enrichment or {}).get("entities") or []}


def test_removing_an_alias_and_reenriching_gives_back_the_first_result(
        tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Veille(Settings(data_dir=data_dir)) as v:
        v.ingest_bytes([("a.html", _page(
            "Football : le club respire",
            f"<p>Le club s'est imposé dimanche grâce {SAID}. Les supporteurs ont applaudi "
            "longuement à la fin du match.</p>", lang="fr"))], source="example.fr")
        follow(v.store, _resources(data_dir))
        before = _ids(v)
        assert f"misc:{NAME.lower().replace(' ', '-')}" in before
        aliases.add(data_dir, Alias(NAME, "per:ilona-varnhagen", "PER", NAME))
        reenrich(v.store, _resources(data_dir))
        assert "per:ilona-varnhagen" in _ids(v)
        assert aliases.remove(data_dir, NAME) == 1
        reenrich(v.store, _resources(data_dir))
        assert _ids(v) == before
        assert v.store.entity("per:ilona-varnhagen") is None


def test_reenrich_does_not_depend_on_the_order_of_the_store(tmp_path: Path) -> None:
    """The article where the model calls the name MISC comes first in the store; the one
    that names the person comes after: re-enrichment still gives both the person, as the
    store's old entities did before (newuser15a W17 kept, without reading them)."""
    data_dir = tmp_path / "data"
    with Veille(Settings(data_dir=data_dir)) as v:
        for n, body in enumerate([f"Le club s'est imposé dimanche grâce {SAID}.",
                                  f"L'attaquante {NAME} a signé un nouveau contrat."]):
            v.ingest_bytes([(f"a{n}.html", _page(
                f"Football : le club respire, épisode {n}",
                f"<p>{body} Les supporteurs ont applaudi longuement à la fin du match.</p>",
                lang="fr", day=20 + n))], source="example.fr")
        reenrich(v.store, _resources(data_dir))
        person = v.store.entity("per:ilona-varnhagen")
        assert person is not None and person.articles == 2
        assert v.store.entity("misc:ilona-varnhagen") is None
