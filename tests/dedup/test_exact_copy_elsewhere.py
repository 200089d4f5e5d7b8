"""Another outlet's verbatim copy of a dispatch is a publication of its own (newuser6 M14).

An outlet that runs an agency text word for word has its own URL, headline and time: it
was kept only as an "exact copy" link (table ``duplicates``), so it was in no export, no
search and no alert while the story counted it. It is now a ``reprint`` article (similarity
1.0) of the original, like a lightly edited copy; only the same input read again stays a
link, so a resumed ingest adds nothing (docs/dedup.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import veille
from veille.cli.main import main
from veille.store.base import SavedSearch

BODY = [
    "Un glissement de terrain a coupé dimanche matin la route départementale qui relie "
    "les deux vallées du massif, selon la préfecture, qui déconseille tout déplacement.",
    "Aucun véhicule n'a été emporté, mais une dizaine de hameaux sont isolés et le "
    "ravitaillement sera assuré par hélicoptère à partir de lundi, a précisé le préfet.",
    "Les géologues du département doivent inspecter le versant dans la journée pour "
    "évaluer le risque de nouvelles coulées après les pluies de la semaine.",
]


def capture(host: str, title: str, when: str) -> tuple[str, bytes]:
    """A page of ``host`` carrying ``BODY`` word for word under its own headline."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f'<html lang="fr"><head><title>{title}</title>'
            f'<link rel="canonical" href="https://{host}/regions/eboulement-route-coupee">'
            f'<meta property="article:published_time" content="{when}"></head>'
            f"<body><nav>{host} · Accueil · Régions</nav><article><h1>{title}</h1>{paras}"
            f"</article><footer>© {host}</footer></body></html>")
    return f"{host}.html", html.encode()


AGENCY = capture("agence.example", "Un éboulement coupe une route de montagne",
                 "2026-03-08T08:30:00+01:00")
OUTLET = capture("quotidien.example", "Route coupée : dix hameaux isolés par un éboulement",
                 "2026-03-08T09:50:00+01:00")


def test_a_verbatim_copy_by_another_outlet_is_its_own_reprint_article(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        watch = v.save_search(SavedSearch(name="éboulement", query="hameaux",
                                          collapse=False))
        assert v.ingest_bytes([AGENCY]).new == 1
        second = v.ingest_bytes([OUTLET])
        assert (second.new, second.duplicate) == (1, 0)
        v.sync(wait=30)
        copy = {a.source: a for a in v.latest(10)}
        original, reprint = copy["agence.example"], copy["quotidien.example"]
        assert reprint.dedup is not None
        assert (reprint.dedup.relation, reprint.dedup.duplicate_of,
                reprint.dedup.similarity) == ("reprint", original.id, 1.0)
        assert reprint.url == "https://quotidien.example/regions/eboulement-route-coupee"
        assert reprint.content is not None and reprint.content.published is not None
        assert reprint.content.published.isoformat() == "2026-03-08T09:50:00+01:00"
        assert [lk.relation for lk in v.store.links(original.id)] == ["reprint"]
        hits = v.search("source:quotidien.example").hits
        assert [(h.id, h.title) for h in hits] == [
            (reprint.id, "Route coupée : dix hameaux isolés par un éboulement")]
        v.match_alerts()
        assert sorted(v.store.get(m.article_id).source for m in v.store.matches(watch.id)) \
            == ["agence.example", "quotidien.example"]
        story = original.dedup.story_id if original.dedup else None
        assert story and reprint.dedup.story_id == story
    assert main(["--data-dir", str(data), "export", "--format", "csv", "--story", story]) == 0
    rows = capsys.readouterr().out
    assert "Route coupée : dix hameaux isolés par un éboulement" in rows
    assert "https://quotidien.example/regions/eboulement-route-coupee" in rows
    assert "Un éboulement coupe une route de montagne" in rows


def test_the_same_file_twice_is_one_article(tmp_path: Path) -> None:
    """An interrupted or repeated run resumes without duplicates."""
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([AGENCY]).new == 1
        again = v.ingest_bytes([AGENCY])
        assert (again.new, again.duplicate) == (0, 1)
        v.ingest_bytes([OUTLET])
        assert v.ingest_bytes([OUTLET, AGENCY]).new == 0
        assert sorted(a.source for a in v.latest(10)) == ["agence.example",
                                                          "quotidien.example"]


def test_the_same_text_resaved_without_a_url_stays_a_link(tmp_path: Path) -> None:
    """The same source's text captured twice (other chrome, no URL of its own) is the same
    input read again: one article, the second capture kept as an ``exact`` link."""
    text = "\n\n".join(["Un éboulement coupe une route de montagne", *BODY])
    with veille.open(tmp_path / "data") as v:
        [first] = v.ingest_bytes([("a.txt", text.encode())], source="agence.example").new_ids
        again = v.ingest_bytes([("b.txt", (text + "\n\n\n").encode())],
                               source="agence.example")
        assert (again.new, again.duplicate) == (0, 1)
        assert [(lk.relation, lk.origin) for lk in v.store.links(first)] == [("exact", "b.txt")]


def test_a_verbatim_copy_seen_first_gives_way_to_the_earlier_original(tmp_path: Path) -> None:
    """The copy ingested first but published later becomes the reprint of the agency text
    ingested after it (docs/dedup.md, *Which copy is the original*)."""
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([OUTLET])
        assert v.ingest_bytes([AGENCY]).new == 1
        by_source = {a.source: a for a in v.latest(10)}
        original, reprint = by_source["agence.example"], by_source["quotidien.example"]
        assert original.dedup is not None and reprint.dedup is not None
        assert original.dedup.duplicate_of is None
        assert (reprint.dedup.relation, reprint.dedup.duplicate_of) == ("reprint", original.id)
