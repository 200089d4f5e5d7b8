"""A search that leaves out reprints (the default) leaves out a copy only when its original
(or a copy already alerted) matches the same query: a reprint whose matching words are its
own (a local paragraph added to an agency dispatch) alerts, as search finds it; words of the
common text alert on the original only (docs/monitoring.md)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import veille
from veille.ingest import ingest_texts
from veille.monitor.alerts import INDEX_GRACE
from veille.record import utcnow
from veille.service import Veille
from veille.store.base import SavedSearch

DISPATCH = [
    "Un incendie s'est déclaré mardi soir dans une usine chimique de la zone portuaire, "
    "selon la préfecture, qui a demandé aux riverains de rester chez eux.",
    "Le préfet a indiqué qu'aucune victime n'était à déplorer à ce stade et que les "
    "mesures de la qualité de l'air ne montraient pas de danger immédiat.",
    "Une centaine de pompiers ont été mobilisés toute la nuit pour circonscrire le feu, "
    "qui a touché un entrepôt de produits d'entretien et de solvants.",
    "L'exploitant du site, classé Seveso seuil haut, a annoncé l'ouverture d'une enquête "
    "interne pour déterminer l'origine du sinistre.",
]

LOCAL = ("À l'hôpital du Belvédère, le directeur a déclenché le plan blanc par précaution "
         "et rappelé une partie du personnel en congé.")


def page(host: str, paragraphs: list[str], title: str) -> tuple[str, bytes]:
    record = {"title": title, "url": f"https://{host}/incendie", "source": host,
              "text": "\n\n".join(paragraphs)}
    return f"{host}.jsonl", json.dumps(record, ensure_ascii=False).encode()


ORIGINAL = page("agence.example", DISPATCH, "Incendie dans une usine chimique du port")
LOCAL_COPY = page("locale.example", [*DISPATCH[:2], LOCAL, *DISPATCH[2:]],
                  "Incendie au port : plan blanc à l'hôpital")
OTHER_LOCAL = ("Les visites sont suspendues jusqu'à nouvel ordre au centre hospitalier du "
               "Belvédère, où plusieurs riverains ont été examinés.")
OTHER_LOCAL_COPY = page("voisine.example", [*DISPATCH, OTHER_LOCAL],
                        "Incendie : l'hôpital en plan blanc")


def saved(v: Veille) -> tuple[SavedSearch, SavedSearch]:
    return (v.save_search(SavedSearch(name="hôpital", query="Belvédère")),
            v.save_search(SavedSearch(name="préfet", query="Seveso")))


def matched(v: Veille, search: SavedSearch) -> list[str]:
    return sorted(v.store.get(m.article_id).source for m in v.store.matches(search.id))


def assert_reprint(v: Veille, host: str = "locale.example") -> None:
    articles = {a.source: a for a in v.latest(10)}
    dedup = articles[host].dedup
    assert dedup is not None and dedup.relation == "reprint"
    assert dedup.duplicate_of == articles["agence.example"].id


def test_a_reprint_alerts_on_its_own_words_not_on_the_common_text(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        local, common = saved(v)
        v.ingest_bytes([ORIGINAL])
        v.ingest_bytes([LOCAL_COPY])
        assert_reprint(v)
        assert [h.id for h in v.search("Belvédère").hits] == [
            a.id for a in v.latest(10) if a.source == "locale.example"]
        assert matched(v, local) == ["locale.example"]
        assert matched(v, common) == ["agence.example"]


def test_the_same_in_one_chunk(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        local, common = saved(v)
        v.ingest_bytes([ORIGINAL, LOCAL_COPY])
        assert_reprint(v)
        assert matched(v, local) == ["locale.example"]
        assert matched(v, common) == ["agence.example"]


def test_a_second_copy_with_the_same_words_is_collapsed(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        local, _common = saved(v)
        every = v.save_search(SavedSearch(name="tout", query="Belvédère", collapse=False))
        v.ingest_bytes([ORIGINAL])
        v.ingest_bytes([LOCAL_COPY])
        v.ingest_bytes([OTHER_LOCAL_COPY])
        assert_reprint(v, "voisine.example")
        assert matched(v, local) == ["locale.example"]
        assert matched(v, every) == ["locale.example", "voisine.example"]


def test_the_same_on_a_scratch_index_with_the_original_from_the_store(
        tmp_path: Path) -> None:
    """A copy stored by a writer that does not index is matched on a scratch index, which
    gets its stored original too."""
    with veille.open(tmp_path / "data") as v:
        local, common = saved(v)
        v.ingest_bytes([ORIGINAL])
        ingest_texts(v.store, [LOCAL_COPY])
        assert_reprint(v)
        old = (utcnow() - INDEX_GRACE - timedelta(seconds=1)).isoformat()
        v.store.conn.execute("UPDATE changes SET at = ?", (old,))
        v.deliver_alerts()
        assert v.store.change_seq() > v.keeper.applied_seq()  # not on the live index
        assert matched(v, local) == ["locale.example"]
        assert matched(v, common) == ["agence.example"]
