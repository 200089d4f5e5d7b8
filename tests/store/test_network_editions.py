"""A network's editions are one outlet, learnt from the site they are published on
(f-b2-32, :mod:`veille.outlet_groups` rule 4): editions whose name ends in no gazetteer
place ("France Bleu Breizh Izel", "RCF Sud Bretagne") were counted as so many independent
outlets of one story, and the host of several editions was shown by the name of whichever
was most frequent lately. Real SQLite store, records written here (invented local news)."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.outlet_groups import outlet_groups
from veille.outlet_names import outlet_name

TEXT = ("La fête de la coquille Saint-Jacques se tiendra ce week-end sur le port d'Erquy, "
        "avec des démonstrations d'écaillage, un marché de producteurs et des visites de "
        "chalutiers, ont annoncé les organisateurs, qui attendent vingt mille visiteurs.")


def _story_sources(tmp_path: Path, records: list[dict[str, str]]) -> tuple[int, int]:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({**r, "published": f"2026-12-01T0{n}:00:00+01:00",
                                        "title": f"Erquy fête la coquille ({n})"},
                                       ensure_ascii=False) + "\n"
                            for n, r in enumerate(records, start=1)), encoding="utf-8")
    with veille.open(tmp_path / "data") as v:
        v.ingest(path)
        [story] = [s for s in v.store.stories(limit=10) if s.articles == len(records)]
        return story.articles, story.sources


def test_editions_on_the_networks_site_count_once(tmp_path: Path) -> None:
    records = [
        {"url": "https://www.rcf.fr/actualite/erquy-coquille", "source": "RCF Sud Bretagne",
         "text": TEXT},
        {"url": "https://www.rcf.fr/actualite/erquy-coquille-2", "source": "RCF Penn ar Bed",
         "text": TEXT.replace("ce week-end", "samedi et dimanche")},
        {"url": "https://www.letregor-exemple.fr/erquy/coquille", "source": "Le Trégor Exemple",
         "text": TEXT.replace("La fête", "La grande fête")},
    ]
    assert _story_sources(tmp_path, records) == (3, 2)


def test_an_agency_or_a_name_on_several_sites_is_not_grouped_by_site() -> None:
    sites = {"AFP": {"rcf.fr"}, "RCF Sud Bretagne": {"rcf.fr"},
             "Le Trégor Exemple": {"letregor-exemple.fr", "rcf.fr"}}
    groups = outlet_groups(["AFP", "RCF Sud Bretagne", "Le Trégor Exemple", "rcf.fr"], sites)
    assert sorted(sorted(g) for g in groups) == [
        ["AFP"], ["Le Trégor Exemple"], ["RCF Sud Bretagne", "rcf.fr"]]
    assert len(outlet_groups(["RCF Sud Bretagne", "rcf.fr"])) == 2  # no site: names only


def test_a_host_of_several_editions_is_shown_by_the_networks_name() -> None:
    assert outlet_name("francebleu.fr", ["France Bleu Breizh Izel", "France Bleu Armorique",
                                         "France Bleu Armorique"]) == "France Bleu"
    assert outlet_name("lemonde.fr", ["Le Monde"] * 3) == "Le Monde"
    # no common words that name the site: the most frequent, as before
    assert outlet_name("lefigaro.fr", ["Le Figaro", "Le Figaro", "Madame Figaro"]) == \
        "Le Figaro"
